package ingest

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// zonedLayouts are publication date forms that carry their own offset.
var zonedLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04 -0700",
	time.RFC1123Z,
	time.RFC1123,
}

// localLayouts are publication date forms without an offset, read in the
// zone of the outlet. Day-first forms follow French usage.
var localLayouts = []string{
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02 15h04",
	"2006-01-02",
	"2006/01/02 15:04",
	"2006/01/02",
	"02/01/2006 15:04",
	"02/01/2006 15h04",
	"02/01/2006",
	"02.01.2006",
}

// parseDate reads a publication date. A date without offset is a wall-clock
// time in loc; a date alone is midnight there.
func parseDate(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if isDateOnly(s) {
		// The usual form, which no other layout reads: tried first, it
		// spares the failures of the others.
		if t, err := time.ParseInLocation(time.DateOnly, s, loc); err == nil {
			return t, nil
		}
	}
	for _, layout := range zonedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	for _, layout := range localLayouts {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w: %q", ErrBadDate, s)
}

// isDateOnly reports whether s has the shape of "2006-01-02".
func isDateOnly(s string) bool {
	if len(s) != len(time.DateOnly) {
		return false
	}
	for i := range len(s) {
		if c := s[i]; i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// urlDates are the ways outlets put a date in an article's path, each with
// the year, month and day as its first three groups.
var urlDates = []*regexp.Regexp{
	regexp.MustCompile(`/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?:[/.]|$)`),   // /2016/03/22/
	regexp.MustCompile(`/((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[^0-9]|$)`),   // /2016-03-22/ or /2016-03-22-slug
	regexp.MustCompile(`/((?:19|20)\d\d)(\d\d)(\d\d)\d*(?:[/.\-_]|$)`), // /20160322/ or Sputnik's /201603221023572362-slug/
}

// PublishedFromURL finds a publication date in a URL: /2016/03/22/,
// /2016-03-22/, /20160322/ and the Sputnik-style /201603221023572362-slug/
// (YYYYMMDD followed by more digits). The date is midnight in loc (nil
// means Europe/Paris). ok is false when the URL holds no valid date.
func PublishedFromURL(u string, loc *time.Location) (t time.Time, ok bool) {
	if loc == nil {
		loc = paris()
	}
	path := u
	if parsed, err := url.Parse(u); err == nil {
		path = parsed.EscapedPath()
	}
	for _, re := range urlDates {
		for _, m := range re.FindAllStringSubmatch(path, -1) {
			if t, ok := calendarDate(m[1], m[2], m[3], loc); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// calendarDate builds midnight of a date given as digits, or reports that
// the date does not exist (month 13, 30 February).
func calendarDate(year, month, day string, loc *time.Location) (time.Time, bool) {
	y, errY := strconv.Atoi(year)
	m, errM := strconv.Atoi(month)
	d, errD := strconv.Atoi(day)
	if errY != nil || errM != nil || errD != nil {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
	if t.Year() != y || t.Month() != time.Month(m) || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// published decides an article's publication date: the override, else the
// date its metadata gives (raw, empty when none), else one in its URL.
func published(raw, articleURL string, opt Options) (time.Time, error) {
	t, err := publishedDate(raw, articleURL, opt)
	if err != nil {
		return t, err
	}
	return t, checkRange(t, opt)
}

// publishedDate finds the publication date, without checking its range.
func publishedDate(raw, articleURL string, opt Options) (time.Time, error) {
	if !opt.Published.IsZero() {
		return opt.Published, nil
	}
	if strings.TrimSpace(raw) != "" {
		t, err := parseDate(raw, opt.location())
		if err != nil {
			return time.Time{}, fmt.Errorf("published: %w", err)
		}
		return t, nil
	}
	if t, ok := PublishedFromURL(articleURL, opt.location()); ok {
		return t, nil
	}
	return time.Time{}, ErrNoPublished
}

// checkRange refuses publication dates before 1900 or in the future.
func checkRange(t time.Time, opt Options) error {
	switch {
	case t.Before(earliestPublication):
		return fmt.Errorf("%w: %s is before 1900", ErrDateRange, t.Format(time.DateOnly))
	case t.After(opt.now().Add(futureSlack)):
		return fmt.Errorf("%w: %s is in the future", ErrDateRange, t.Format(time.DateOnly))
	}
	return nil
}
