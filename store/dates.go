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
	return t.Format(wallLayout)
}

// parseWall reads a wall-clock column back in loc; NULL gives the zero time.
func parseWall(s sql.NullString, loc *time.Location) (time.Time, error) {
	if !s.Valid {
		return time.Time{}, nil
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
