package store

import (
	"database/sql"
	"fmt"
	"time"
)

// wallLayout writes a wall-clock time without zone, sortable as text. Whole
// seconds give "2006-01-02T15:04:05"; a fraction, rare in mentions, is kept
// rather than lost, and still sorts right.
const wallLayout = "2006-01-02T15:04:05.999999999"

// utcLayout writes an instant in UTC with a fixed width, so that text order
// is time order.
const utcLayout = "2006-01-02T15:04:05.000000000Z07:00"

// wallClock returns t's wall clock in its own zone, or NULL for the zero
// time, which marks mentions that name no calendar interval.
func wallClock(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return formatWall(t)
}

// formatWall is t.Format(wallLayout), written by hand for the years 0 to
// 9999: a layout is parsed anew at each Format, and an ingest writes some
// forty of these per article.
func formatWall(t time.Time) string {
	y, mo, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(wallLayout)
	}
	h, mi, s := t.Clock()
	var buf [len("2006-01-02T15:04:05.999999999")]byte
	b := appendDigits(buf[:0], y, 4)
	b = appendDigits(append(b, '-'), int(mo), 2)
	b = appendDigits(append(b, '-'), d, 2)
	b = appendDigits(append(b, 'T'), h, 2)
	b = appendDigits(append(b, ':'), mi, 2)
	b = appendDigits(append(b, ':'), s, 2)
	if ns := t.Nanosecond(); ns != 0 {
		// ".999999999": the fraction without its trailing zeros.
		digits := 9
		for ns%10 == 0 {
			ns /= 10
			digits--
		}
		b = appendDigits(append(b, '.'), ns, digits)
	}
	return string(b)
}

// appendDigits appends n, which is not negative, in width digits, zeros
// first.
func appendDigits(b []byte, n, width int) []byte {
	start := len(b)
	for range width {
		b = append(b, '0')
	}
	for i := len(b) - 1; i >= start && n > 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return b
}

// wallClockNull is wallClock as a nullable string.
func wallClockNull(t time.Time) sql.NullString {
	if t.IsZero() {
		return sql.NullString{}
	}
	return sql.NullString{String: formatWall(t), Valid: true}
}

// parseWall reads a wall-clock column back in loc; NULL gives the zero time.
func parseWall(s sql.NullString, loc *time.Location) (time.Time, error) {
	if !s.Valid {
		return time.Time{}, nil
	}
	if t, ok := wholeSeconds(s.String, loc); ok {
		return t, nil
	}
	t, err := time.ParseInLocation(wallLayout, s.String, loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse wall clock %q: %w", s.String, err)
	}
	return t, nil
}

// zoneCache loads each zone name once per query: time.LoadLocation parses
// a zoneinfo file on every call.
type zoneCache map[string]*time.Location

// parsePublished reads an article's publication time: the RFC 3339 text
// gives the instant and offset, the zone name gives back the location
// (Europe/Paris rather than a bare +01:00) when it loads and agrees with
// the offset. Otherwise a fixed zone keeps the stored offset.
func (zc zoneCache) parsePublished(text, zone string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, text)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse publication time %q: %w", text, err)
	}
	_, offset := t.Zone()
	if loc := zc.load(zone); loc != nil {
		if _, o := t.In(loc).Zone(); o == offset {
			return t.In(loc), nil
		}
	}
	return t.In(time.FixedZone(zone, offset)), nil
}

// load returns the named location, nil if the name is empty or unknown.
func (zc zoneCache) load(name string) *time.Location {
	if name == "" {
		return nil
	}
	loc, ok := zc[name]
	if !ok {
		loc, _ = time.LoadLocation(name) // unknown names fall back to a fixed zone
		zc[name] = loc
	}
	return loc
}

// wholeSeconds reads "2006-01-02T15:04:05", the form nearly every stored
// wall clock has, as time.ParseInLocation reads it with wallLayout, without
// its layout interpreter: reading the heaviest queries' rows back spent a
// tenth of its time there. ok is false for anything else, including
// fields out of range, which parseWall leaves to time.ParseInLocation.
func wholeSeconds(s string, loc *time.Location) (t time.Time, ok bool) {
	if len(s) != 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	num := func(i, n int) int {
		v := 0
		for _, c := range []byte(s[i : i+n]) {
			if c < '0' || c > '9' {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, mo, d, h, mi, sec := num(0, 4), num(5, 2), num(8, 2), num(11, 2), num(14, 2), num(17, 2)
	if y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 {
		return time.Time{}, false
	}
	if d > 28 && d > time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return time.Time{}, false // the 31st of a 30-day month: time.Parse says so
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc), true
}
