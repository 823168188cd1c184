// Package timeline holds the domain of the tool: articles, the date mentions
// found in them, the events those mentions date, and the chronology built from
// the events. The pipeline reads
//
//	Article -> Mention (tagger) -> Event (extraction) -> Chronology
//
// This package has plain types and pure functions only: it opens no file,
// imports no SQL driver and reads no configuration. Adapters live in
// subpackages (ingest reads articles, store keeps them in SQLite) and in
// cmd/timeline, which wires everything together.
package timeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// Article is one news article as read from a file, a JSONL line or a page.
type Article struct {
	ID        string    // JSONL id, else the file name without extension
	Source    string    // outlet or corpus name
	URL       string    // canonical address when known
	Title     string    // headline when known
	Published time.Time // publication instant, in the zone of the outlet
	Language  string    // ISO 639-1 code; "fr" for this tool
	Text      string    // body text, UTF-8, boilerplate removed
	Origin    string    // where it was read from: "path" or "path:line"
}

// ContentHash identifies an article by what it says, so that ingesting the
// same article twice stores it once. The publication date takes part because
// the same text published on another day resolves to other dates.
func (a Article) ContentHash() string {
	h := sha256.New()
	h.Write([]byte(a.Published.Format(time.RFC3339)))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// Grain is the granularity of a resolved date: the unit its value names.
type Grain string

// Grains from the finest to the coarsest.
const (
	GrainNone    Grain = ""
	GrainSecond  Grain = "second"
	GrainMinute  Grain = "minute"
	GrainHour    Grain = "hour"
	GrainPart    Grain = "partofday" // matin, soir, nuit
	GrainDay     Grain = "day"
	GrainWeekend Grain = "weekend"
	GrainWeek    Grain = "week"
	GrainMonth   Grain = "month"
	GrainSeason  Grain = "season"
	GrainQuarter Grain = "quarter"
	GrainHalf    Grain = "half" // semestre: TIMEX3 2016-H1
	GrainYear    Grain = "year"
	GrainDecade  Grain = "decade"
	GrainCentury Grain = "century"
)

// TimexType is the TIMEX3 type of a mention.
type TimexType string

// The four TIMEX3 types.
const (
	TypeDate     TimexType = "DATE"
	TypeTime     TimexType = "TIME"
	TypeDuration TimexType = "DURATION"
	TypeSet      TimexType = "SET"
)

// Tense is the grammatical time of the clause around a mention, as far as
// French cues tell it.
type Tense string

// Tenses the tagger recognises.
const (
	TenseUnknown     Tense = ""
	TensePast        Tense = "past"
	TensePresent     Tense = "present"
	TenseFuture      Tense = "future"
	TenseConditional Tense = "conditional"
)

// Mention is one date or time expression found in an article, with its
// resolution. Offsets are byte offsets into Article.Text.
type Mention struct {
	Offset    int       // first byte of the expression
	EndOffset int       // byte after its last byte
	Text      string    // the expression as written
	Type      TimexType // DATE, TIME, DURATION or SET
	Value     string    // TIMEX3 value: 2016-03-22, 2016-W12, PT7H, XXXX-SU, PRESENT_REF
	Mod       string    // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER
	// Start and End bound the calendar interval the value names, End
	// exclusive, as wall-clock times in the article's zone, or in the
	// zone the text names for a clock time (WrittenZone). Both are zero
	// for durations, sets and values that are not plain calendar values.
	Start, End time.Time
	Grain      Grain
	Anchor     string   // what the value was resolved against
	Rule       string   // name of the rule that matched
	Tense      Tense    // tense of the governing clause
	Inferred   []string // fields the text did not give: "year", "direction", ...
	// Weekday is the day of the week the text wrote next to a calendar
	// date ("mardi 15 mars"): 1 (lundi) to 7 (dimanche), 0 when none.
	// The cross-checks compare it with the date.
	Weekday int
	// Problem says why a written date cannot exist ("30 février", "25 h"):
	// such a mention has no interval and no value, and is kept only so
	// that the checks can report it.
	Problem string
}

// HasInterval reports whether the mention names a calendar interval.
func (m Mention) HasInterval() bool { return !m.Start.IsZero() }

// WrittenZone returns the zone a clock time's text names ("à minuit,
// heure de Damas", "15 h GMT") as the fixed offset its Value ends with
// ("2016-02-27T00:00+02", "...T15:00Z"), and false when the value names
// none: Start and End then hold the wall clock of the article's zone.
// With a written zone, Start and End hold the wall clock of that zone, as
// the text gives it; Instant places them in time.
func (m Mention) WrittenZone() (*time.Location, bool) {
	v := m.Value
	t := strings.LastIndexByte(v, 'T')
	if t < 0 || m.Type != TypeTime {
		return nil, false
	}
	clock := v[t+1:]
	if strings.HasSuffix(clock, "Z") {
		return time.UTC, true
	}
	i := strings.LastIndexAny(clock, "+-")
	if i < 0 {
		return nil, false
	}
	sign, off := 1, clock[i+1:]
	if clock[i] == '-' {
		sign = -1
	}
	var h, min int
	switch {
	case len(off) == 2 && isDigits(off):
		h = int(off[0]-'0')*10 + int(off[1]-'0')
	case len(off) == 5 && off[2] == ':' && isDigits(off[:2]) && isDigits(off[3:]):
		h = int(off[0]-'0')*10 + int(off[1]-'0')
		min = int(off[3]-'0')*10 + int(off[4]-'0')
	default:
		return nil, false
	}
	if h > 14 || min > 59 {
		return nil, false
	}
	return time.FixedZone(v[len(v)-len(off)-1:], sign*(h*3600+min*60)), true
}

// Instant returns t, a wall clock of m (its Start or End), as an instant:
// in the zone the text names when it names one (WrittenZone), else as t
// is.
func (m Mention) Instant(t time.Time) time.Time {
	loc, ok := m.WrittenZone()
	if !ok {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Modality says how an article presents an event.
type Modality string

// Modalities of events.
const (
	ModalityHappened    Modality = "happened"    // reported past
	ModalityPlanned     Modality = "planned"     // announced for the future
	ModalityOngoing     Modality = "ongoing"     // present tense
	ModalityConditional Modality = "conditional" // conditional or reported possibility
	ModalityNegated     Modality = "negated"     // said not to have happened
)

// Event is what happened on a mention's date, as one article tells it.
type Event struct {
	ArticleID string  // Article.ID of the article that tells it
	Mention   int     // index of the dating mention in the article's mentions
	Date      Mention // copy of the dating mention
	// SentenceOffset and SentenceEnd bound the source sentence in the text.
	SentenceOffset, SentenceEnd int
	Sentence                    string
	Predicate                   string // main verb group of the dated clause
	Summary                     string // short headline built from the clause
	Actors                      []string
	Places                      []string
	Modality                    Modality
}

// Entry is a stored event with the article that tells it, as listed in the
// chronology.
type Entry struct {
	Event
	Source    string
	URL       string
	Title     string
	Published time.Time
}

// Filter selects chronology entries. Zero fields select everything.
type Filter struct {
	From, To time.Time // entries whose interval overlaps [From, To)
	Actor    string    // substring of an actor name, case-insensitive
	Place    string    // substring of a place name, case-insensitive
	Query    string    // words searched in summaries and sentences
}
