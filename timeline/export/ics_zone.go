package export

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// zoneSpan is a zone that timed events use, with the years they fall in.
type zoneSpan struct {
	loc         *time.Location
	name        string
	first, last int // years
}

// zonesUsed lists the zones of the timed entries that are written with a
// TZID, by name, each with the years its events fall in.
func zonesUsed(hs []timeline.Happening) []zoneSpan {
	spans := map[string]*zoneSpan{}
	for _, h := range hs {
		if !h.Date.HasInterval() || !isTimed(h.Date.Grain) {
			continue
		}
		start, end := h.Date.Instant(h.Date.Start), h.Date.Instant(h.Date.End)
		name, ok := tzid(start.Location())
		if !ok {
			continue
		}
		z := spans[name]
		if z == nil {
			z = &zoneSpan{loc: start.Location(), name: name, first: start.Year(), last: start.Year()}
			spans[name] = z
		}
		z.first = min(z.first, start.Year())
		z.last = max(z.last, end.Year())
	}
	var out []zoneSpan
	for _, z := range spans {
		out = append(out, *z)
	}
	slices.SortFunc(out, func(a, b zoneSpan) int { return cmp.Compare(a.name, b.name) })
	return out
}

// observance is one period of a zone with one offset (RFC 5545 3.6.5).
type observance struct {
	localStart string // start, as a local time in the offset before it
	from, to   int    // offsets in seconds before and after it
	name       string
	daylight   bool
}

// writeVTimezone writes the VTIMEZONE of a zone for the years it is used:
// the offset on 1 January of the first year, then every change of offset
// until the end of the last year, read from Go's zone data. Explicit
// observances rather than recurrence rules keep the output exact for
// zones whose rules changed.
func writeVTimezone(cw contentWriter, z zoneSpan) {
	cw.line("BEGIN:VTIMEZONE")
	cw.line("TZID:" + z.name)
	for _, o := range observances(z) {
		kind := "STANDARD"
		if o.daylight {
			kind = "DAYLIGHT"
		}
		cw.line("BEGIN:" + kind)
		cw.line("DTSTART:" + o.localStart)
		cw.line("TZOFFSETFROM:" + icsOffset(o.from))
		cw.line("TZOFFSETTO:" + icsOffset(o.to))
		if o.name != "" && o.name[0] != '+' && o.name[0] != '-' {
			cw.line("TZNAME:" + icsText(o.name))
		}
		cw.line("END:" + kind)
	}
	cw.line("END:VTIMEZONE")
}

// observances lists the periods of z from 1 January of its first year to
// the end of its last year.
func observances(z zoneSpan) []observance {
	t := time.Date(z.first, 1, 1, 0, 0, 0, 0, z.loc)
	end := time.Date(z.last+1, 1, 1, 0, 0, 0, 0, z.loc)
	name, off := t.Zone()
	out := []observance{{from: off, to: off, name: name, daylight: t.IsDST(),
		localStart: t.Format("20060102T150405")}}
	for day := t; day.Before(end); day = day.Add(24 * time.Hour) {
		next := day.Add(24 * time.Hour)
		if _, o := next.Zone(); o == off {
			continue
		}
		at := transition(day, next)
		name, o := at.Zone()
		local := at.UTC().Add(time.Duration(off) * time.Second)
		out = append(out, observance{from: off, to: o, name: name, daylight: at.IsDST(),
			localStart: local.Format("20060102T150405")})
		off = o
	}
	return out
}

// transition finds, to the second, the first instant after lo whose
// offset differs from lo's; hi must have another offset.
func transition(lo, hi time.Time) time.Time {
	_, off := lo.Zone()
	for hi.Sub(lo) > time.Second {
		mid := lo.Add(hi.Sub(lo) / 2).Truncate(time.Second)
		if _, o := mid.Zone(); o == off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

// icsOffset writes a UTC offset as RFC 5545 does: +0100, -0330, +053328.
func icsOffset(seconds int) string {
	sign := '+'
	if seconds < 0 {
		sign, seconds = '-', -seconds
	}
	s := fmt.Sprintf("%c%02d%02d", sign, seconds/3600, seconds/60%60)
	if seconds%60 != 0 {
		s += fmt.Sprintf("%02d", seconds%60)
	}
	return s
}
