// Package ingest reads news articles from plain text, JSONL and HTML files
// and turns them into timeline.Article values: the first step of the
// pipeline Article -> Mention -> Event -> Chronology.
//
// Every article needs a publication date, since the relative dates it
// contains ("hier", "mardi dernier") are resolved against it. The date comes
// from Options.Published, else the article's metadata, else its URL.
//
// Reading is forgiving: an article that cannot be read (bad encoding, no
// date, a broken JSONL line) is reported in an ErrorList, and the others go
// on, the way go/scanner collects syntax errors.
package ingest

import (
	"errors"
	"fmt"
	"sync"
	"time"
	_ "time/tzdata" // Europe/Paris must load on machines without a zoneinfo database
)

// Options tune how articles are read.
type Options struct {
	Published time.Time      // when non-zero, overrides every article's publication date (the --published flag)
	Location  *time.Location // zone for publication dates given without offset; nil means Europe/Paris
	// Now is the clock that publication dates must not be ahead of; nil
	// means time.Now.
	Now func() time.Time
	// Consumed, when set, is called by Read before each article is handed
	// over with the number of input bytes read so far from files and
	// standard input: with InputSize, how far the input has been read.
	Consumed func(bytes int64)
}

// MaxArticleBytes bounds the size of one article: a larger file or JSONL
// line is reported with ErrTooLarge, so that one runaway input cannot
// exhaust memory.
const MaxArticleBytes = 16 << 20

// earliestPublication is the oldest publication date accepted: older dates
// are typing mistakes far more often than 19th-century news.
var earliestPublication = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// futureSlack tolerates clocks and zones a little ahead of ours.
const futureSlack = 48 * time.Hour

// now returns the clock of o.
func (o Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

// defaultZone is the zone of French outlets, used when Options.Location is nil.
const defaultZone = "Europe/Paris"

// location returns the zone for dates written without an offset.
func (o Options) location() *time.Location {
	if o.Location != nil {
		return o.Location
	}
	return paris()
}

// paris loads Europe/Paris once from the embedded database; it falls back
// to UTC only if that database is somehow unusable, since library code must
// not panic.
var paris = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocation(defaultZone)
	if err != nil {
		return time.UTC
	}
	return loc
})

// Sentinel errors wrapped in Error.Err; check them with errors.Is.
var (
	ErrNoPublished = errors.New("no publication date")
	ErrEmpty       = errors.New("empty article")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrBinary      = errors.New("binary content")
	ErrNoText      = errors.New("no text")
	// ErrBadDate is a publication date written in a form not understood.
	ErrBadDate = errors.New("unrecognised date")
	// ErrDateRange is a publication date before 1900 or in the future.
	ErrDateRange = errors.New("publication date out of range")
	// ErrTooLarge is an article larger than MaxArticleBytes.
	ErrTooLarge = errors.New("article too large")
)

// Error is one article that could not be read; the others go on.
type Error struct {
	Origin string // "path" or "path:line"
	Err    error
}

// Error returns "origin: err".
func (e *Error) Error() string {
	return e.Origin + ": " + e.Err.Error()
}

// Unwrap returns the underlying error, so that errors.Is sees the sentinels.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is the list of articles a read skipped, in reading order. Like
// go/scanner.ErrorList, it is an error itself.
type ErrorList []*Error

// Error summarises the list: the first error and how many follow.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the errors of the list, so that errors.Is and errors.As
// look into every one of them.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// newError builds the Error for origin, keeping err as is when it already
// is one.
func newError(origin string, err error) *Error {
	if e, ok := errors.AsType[*Error](err); ok {
		return e
	}
	return &Error{Origin: origin, Err: err}
}
