package tagger

import (
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// mergeDateTime joins a day and the clock time written right after it
// ("hier à 10 h", "12 juillet à 19:00", "demain 17:00") into one mention.
// A comma or "vers" between them keeps two mentions, as TimeML annotators
// do ("samedi 4 janvier, à 18 h 30", "hier vers 18 h"); the time then takes
// its day from the date before it.
func mergeDateTime(text string, ms []match) []match {
	out := ms[:0] // in place: out never passes the match being read
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && isClock(ms[i+1].expr) && (isDay(a.expr) || isDayPart(a.expr)) &&
			tightSep(text[a.end:ms[i+1].start]) && plainClock(text[ms[i+1].start:ms[i+1].end]) {
			b := ms[i+1]
			e := a.expr
			e.Kind = fr.KindTime
			e = withClock(e, b.expr)
			// "à 9 heures du soir", or "hier soir à 10 heures": 22 h
			part := b.expr.Part
			if part == "" {
				part = a.expr.Part
			}
			e.Zone, e.Part, e.Hour = b.expr.Zone, "", partClockHour(part, e.Hour)
			// "dans la nuit de vendredi à samedi à trois heures du matin"
			e = smallHoursOfNight(e, a.rule, e.Hour)
			e = eveningMidnight(e, part)
			if b.expr.Mod != "" {
				e.Mod = b.expr.Mod
			}
			if b.expr.Problem != "" {
				e.Problem = b.expr.Problem
			}
			out = append(out, spanning(a, b, e))
			i++
			continue
		}
		if i+1 < len(ms) && isClock(ms[i+1].expr) && ms[i+1].expr.Part == "" && isThisPart(a.expr) &&
			tightSep(text[a.end:ms[i+1].start]) && plainClock(text[ms[i+1].start:ms[i+1].end]) {
			// "ce soir à 9 heures" stays two mentions, as TimeML
			// annotators keep them, but the hour is 21 h.
			ms[i+1].expr.Hour = partClockHour(a.expr.Part, ms[i+1].expr.Hour)
		}
		if i+1 < len(ms) && isDay(a.expr) && a.expr.Part == "" && partAfterDay(text, ms[i+1]) &&
			strings.TrimSpace(spaces.Replace(text[a.end:ms[i+1].start])) == "" {
			// "lundi 14 mars au soir", "la veille au matin": one mention,
			// as "lundi soir" is.
			e := a.expr
			e.Part = ms[i+1].expr.Part
			out = append(out, spanning(a, ms[i+1], e))
			i++
			continue
		}
		if i+1 < len(ms) && isClock(a.expr) && ms[i+1].expr.Part != "" &&
			(tightSep(text[a.end:ms[i+1].start]) || zoneApposed(text[a.start:a.end], a.expr, text[a.end:ms[i+1].start])) {
			out = append(out, clockInPart(a, ms[i+1]))
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// partAfterDay reports whether m is "au matin" or "au soir", the part of
// day that a day written just before it takes.
func partAfterDay(text string, m match) bool {
	if m.rule != "part-of-day" || m.expr.Part == "" || m.expr.HasTime || m.expr.Mod != "" {
		return false
	}
	w := lower.String(spaces.Replace(text[m.start:m.end]))
	return w == "au soir" || w == "au matin"
}

// spaces turns French spaces into plain ones, apostrophes typographic
// apostrophes into straight ones.
var (
	spaces      = strings.NewReplacer("\u00a0", " ", "\u202f", " ")
	apostrophes = strings.NewReplacer("’", "'")
)

// spanning is the match that runs from a to b with expression e.
func spanning(a, b match, e fr.Expr) match {
	return match{start: a.start, end: b.end, rule: a.rule + "+" + b.rule, expr: e}
}

// clockInPart joins a clock time and the part of day after it: "à trois
// heures cet après-midi" is 15:00 today.
func clockInPart(clock, part match) match {
	e := part.expr
	e.Kind = fr.KindTime
	e = withClock(e, clock.expr)
	e.Zone = clock.expr.Zone
	e.Hour = partClockHour(e.Part, e.Hour)
	// "à minuit dans la nuit de vendredi à samedi"
	e = smallHoursOfNight(e, part.rule, e.Hour)
	e = eveningMidnight(e, e.Part)
	e.Part = ""
	return match{start: clock.start, end: part.end, rule: clock.rule + "+" + part.rule, expr: e}
}

// smallHoursOfNight moves e, a day joined to a clock time of hour h, to
// the next day when the day is a night of two days (rule) and h one of its
// small hours: they belong to the day the night ends on.
func smallHoursOfNight(e fr.Expr, rule string, h int) fr.Expr {
	if rule == "night-of" && h < 12 {
		return dayAfter(e)
	}
	return e
}

// eveningMidnight moves e, a day joined to a clock time, to the next day
// when the clock time is the midnight that ends the evening said with it:
// "ce soir à minuit", "minuit dimanche soir".
func eveningMidnight(e fr.Expr, part string) fr.Expr {
	if part == "EV" && e.Hour == 0 && e.Minute == 0 {
		return dayAfter(e)
	}
	return e
}

// dayAfter moves the weekday or the day of e to the next one.
func dayAfter(e fr.Expr) fr.Expr {
	switch {
	case e.Weekday != 0:
		e.Weekday = e.Weekday%7 + 1
	case e.Day == 0 && e.Unit == timeline.GrainDay && e.Origin == fr.FromAnchor && !e.Offset && !e.Counted:
		e.Shift++ // "ce soir", "demain soir"
	case e.Day != 0 && e.Month != 0:
		// the month's last day; a year not given counts as a common one
		last := time.Date(max(e.Year, 2001), time.Month(e.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if e.Day < last {
			e.Day++
		} else {
			e.Day, e.Month = 1, e.Month%12+1
			if e.Month == 1 && e.Year != 0 {
				e.Year++
			}
		}
	}
	return e
}

// isClock reports whether e is a clock time with no day of its own.
func isClock(e fr.Expr) bool {
	return e.Kind == fr.KindTime && e.HasTime && e.Day == 0 && e.Weekday == 0 && e.Unit == ""
}

// plainClock reports whether a clock time opens on its hour or on "à",
// not on a preposition that makes it a bound ("vers", "jusqu'à", "dès").
func plainClock(s string) bool {
	if s == "" {
		return false
	}
	if isDigit(s[0]) {
		return true
	}
	l := lower.String(s)
	return strings.HasPrefix(l, "à ") || strings.HasPrefix(l, "a ") || strings.HasPrefix(l, "midi") || strings.HasPrefix(l, "minuit")
}

// zoneApposed reports whether sep, the text between a clock time and a
// part of day, closes the zone the clock time set between commas: "à
// minuit, heure de Damas, dans la nuit de vendredi à samedi" is that
// night's midnight, as "à minuit dans la nuit de vendredi à samedi" is.
func zoneApposed(clock string, e fr.Expr, sep string) bool {
	if e.Zone == "" || strings.Contains(sep, "\n") || strings.TrimSpace(spaces.Replace(sep)) != "," {
		return false
	}
	before, _, ok := strings.Cut(clock, e.Zone)
	return ok && strings.HasSuffix(strings.TrimRight(spaces.Replace(before), " "), ",")
}

// tightSep reports whether the text between a day and a time binds them:
// nothing but spaces, or "à".
func tightSep(sep string) bool {
	s := strings.TrimSpace(spaces.Replace(sep))
	return !strings.Contains(sep, "\n") && (s == "" || s == "à" || s == "a")
}

// withClock gives e the time of day of the clock time c.
func withClock(e, c fr.Expr) fr.Expr {
	e.HasTime, e.HourOnly = true, c.HourOnly
	e.Hour, e.Minute, e.Second, e.Seconds = c.Hour, c.Minute, c.Second, c.Seconds
	return e
}

// mergeAgenda joins, for the calendar value style, what an agenda keeps as
// one entry although TimeML annotates it as several mentions: a clock range
// ("de 9 h à 11 h", "13h-15h") becomes its first clock time, and a day and
// the time given with it ("le 2 mars vers 5 h", "jeudi de 9 h à 11 h",
// "13 h 30 samedi 21 septembre") become that time on that day.
func mergeAgenda(text string, ms []match) []match {
	ms = joinClockRanges(text, ms)
	out := ms[:0] // in place: out never passes the match being read
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) {
			b := ms[i+1]
			sep := text[a.end:b.start]
			switch {
			case isDayPart(a.expr) && isClock(b.expr) && looseSep(sep):
				// "demain matin 11 h", "lundi soir à 8 h": the time of that part of that day
				m := joinDayClock(a, b, a.start, b.end)
				m.expr.Hour = partClockHour(a.expr.Part, m.expr.Hour)
				out = append(out, m)
				i++
				continue
			case isDay(a.expr) && isClock(b.expr) && looseSep(sep):
				out = append(out, untilFromDayStart(text, joinDayClock(a, b, a.start, b.end), b))
				i++
				continue
			case isDay(a.expr) && a.expr.Mod == "" && isDayThird(b.expr) && looseSep(sep):
				// "aujourd'hui en début de journée", "le 12 février en fin de journée"
				e := a.expr
				e.Mod = b.expr.Mod
				out = append(out, spanning(a, b, e))
				i++
				continue
			case isDay(a.expr) && isPart(b.expr) && looseSep(sep):
				e := a.expr
				e.Part = b.expr.Part
				if b.expr.Mod != "" {
					e.Mod = b.expr.Mod
				}
				out = append(out, spanning(a, b, e))
				i++
				continue
			case isClock(a.expr) && isDay(b.expr) && tightSep(strings.Trim(sep, ", ")):
				out = append(out, joinDayClock(b, a, a.start, b.end))
				i++
				continue
			}
		}
		if isClock(a.expr) {
			if start, e, ok := fr.DayBefore(text, a.start); ok {
				if n := len(out); n > 0 && out[n-1].end > start && out[n-1].start >= start && e.Weekday != 0 {
					out = out[:n-1] // "samedi" was matched alone before "16 à 18 h"
				}
				if n := len(out); n == 0 || out[n-1].end <= start {
					out = append(out, untilFromDayStart(text, joinDayClock(match{start: start, end: a.start, rule: "day-before", expr: e}, a, start, a.end), a))
					continue
				}
			}
		}
		if n := len(out); n > 0 && a.expr.Part != "" && isPart(a.expr) && a.expr.Mod == "" {
			// "le 16 vers 6 h dans la soirée": the part says which 6 h
			if p := out[n-1]; p.expr.HasTime && !isBareClock(p.expr) && looseSep(text[p.end:a.start]) {
				p.expr.Hour = partClockHour(a.expr.Part, p.expr.Hour)
				p.end, p.rule = a.end, p.rule+"+"+a.rule
				out[n-1] = p
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// untilFromDayStart makes a day joined with a bound "jusqu'à 16 h" start
// at the start of that day: "demain jusqu'à 16 h" runs from midnight.
func untilFromDayStart(text string, m, clock match) match {
	if l := lower.String(text[clock.start:clock.end]); strings.HasPrefix(l, "jusqu") {
		m.expr.Hour, m.expr.Minute, m.expr.Second, m.expr.Seconds, m.expr.HourOnly = 0, 0, 0, false, true
	}
	return m
}

// isDayPart reports whether e is a part of a given day with no clock time:
// "demain matin", "lundi soir".
func isDayPart(e fr.Expr) bool {
	return e.Kind == fr.KindDate && !e.HasTime && e.Part != "" && e.Mod == "" &&
		(e.Day != 0 || e.Weekday != 0 || e.Unit == timeline.GrainDay && e.Origin == fr.FromAnchor && e.Dir != fr.DirThis)
}

// isThisPart reports whether e is a part of today said with "ce": "ce
// soir", "cet après-midi".
func isThisPart(e fr.Expr) bool {
	return e.Kind == fr.KindDate && !e.HasTime && e.Part != "" && e.Mod == "" &&
		e.Unit == timeline.GrainDay && e.Origin == fr.FromAnchor && e.Dir == fr.DirThis
}

// partClockHour reads an hour said with a part of day: 8 in the evening is
// 20 h. Midnight (0 h) stays itself.
func partClockHour(part string, h int) int {
	if (part == "AF" || part == "EV" || part == "NI" && h >= 6) && 0 < h && h < 12 {
		return h + 12
	}
	return h
}

// joinClockRanges replaces a clock time, a range word and a clock time by
// the first one, spanning both.
func joinClockRanges(text string, ms []match) []match {
	out := ms[:0] // in place: out never passes the match being read
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && isClock(a.expr) && isClock(ms[i+1].expr) &&
			rangeSep(text[a.end:ms[i+1].start]+firstWord(text[ms[i+1].start:ms[i+1].end])) {
			a.end = ms[i+1].end
			i++
		}
		out = append(out, a)
	}
	return out
}

// joinDayClock gives the day the clock's time, over [start, end).
func joinDayClock(day, clock match, start, end int) match {
	e := withClock(day.expr, clock.expr)
	e.Kind, e.Part = fr.KindTime, ""
	if clock.expr.Mod != "" {
		e.Mod = clock.expr.Mod
	}
	if clock.expr.Problem != "" {
		e.Problem = clock.expr.Problem
	}
	return match{start: start, end: end, rule: day.rule + "+" + clock.rule, expr: e}
}

// looseSep reports whether the words between a day and a clock time leave
// them one agenda entry: "à", "vers", "de", "entre", "plutôt", "mais", "à
// partir de", "plus tard que".
func looseSep(sep string) bool {
	if strings.ContainsAny(sep, ".;\n") || len(sep) > 24 {
		return false
	}
	for _, w := range strings.Fields(lower.String(sep)) {
		switch w {
		case "à", "a", "vers", "de", "entre", "plutôt", "plutot", "mais", "par", "exemple", "le", "la", "dans", "en",
			"partir", "plus", "tard", "que":
		default:
			return false
		}
	}
	return true
}

// rangeSep reports whether the text between two clock times makes them
// the bounds of one range: "-", "à", "et", "jusqu'à".
func rangeSep(sep string) bool {
	s := strings.TrimSpace(spaces.Replace(sep))
	switch lower.String(s) {
	case "-", "–", "à", "a", "et", "jusqu'à", "jusqu’à", "au":
		return true
	}
	return false
}

// isPart reports whether e is a part of day with no day of its own ("le
// matin", "en fin d'après-midi").
func isPart(e fr.Expr) bool {
	return e.Part != "" && !e.HasTime && e.Day == 0 && e.Weekday == 0 && e.Shift == 0
}

// firstWord returns the first word of s with the space after it, if the
// word is a preposition that can open a clock range's second bound.
func firstWord(s string) string {
	for _, p := range []string{"jusqu'à", "jusqu’à", "à", "a"} {
		if strings.HasPrefix(lower.String(s), p+" ") {
			return p
		}
	}
	return ""
}

// joinDayOf joins a day counted from the previous date and the date named
// right after it: "le lendemain du 13 février", "la veille de Noël", "le
// surlendemain de Pâques" count from that date. A part of day joins the
// day after it the same way: "la soirée de jeudi".
func joinDayOf(text string, ms []match) []match {
	out := ms[:0] // in place: out never passes the match being read
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && a.expr.Origin == fr.FromPrevious && a.expr.Unit == timeline.GrainDay &&
			a.expr.Part == "" && a.expr.Weekday == 0 && !a.expr.Offset && isDayOf(text[a.end:ms[i+1].start]) {
			b := ms[i+1]
			if (isDay(b.expr) && b.expr.Day != 0 || b.expr.Feast && !b.expr.HasTime) && b.expr.Base == nil {
				e := a.expr
				base := b.expr
				e.Base = &base
				out = append(out, spanning(a, b, e))
				i++
				continue
			}
		}
		if i+1 < len(ms) && (isFloatingPart(a.expr) || isDayThird(a.expr)) && isDay(ms[i+1].expr) && ms[i+1].expr.Part == "" &&
			ms[i+1].expr.Mod == "" && ms[i+1].expr.Base == nil && isDayOf(text[a.end:ms[i+1].start]) {
			// "la soirée de jeudi", "la matinée du 15 mars", "à l'aube du
			// 15 mars", "en fin de journée de mardi": that day's part or
			// third, one mention as "jeudi soir" is
			e := ms[i+1].expr
			e.Part, e.Mod = a.expr.Part, a.expr.Mod
			out = append(out, spanning(a, ms[i+1], e))
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// isDayOf reports whether sep, between "le lendemain" and a date, is "de",
// "du" or "d'".
func isDayOf(sep string) bool {
	s := lower.String(strings.TrimSpace(apostrophes.Replace(spaces.Replace(sep))))
	switch s {
	case "de", "du", "d'", "de la", "de l'", "":
		return true
	}
	return false
}

// isDayThird reports whether e is the start, middle or end of the day with
// no day of its own: "en début de journée".
func isDayThird(e fr.Expr) bool {
	return e.Kind == fr.KindDate && e.Unit == timeline.GrainDay && e.Shift == 0 && !e.Offset && e.Base == nil &&
		e.Day == 0 && e.Weekday == 0 && e.Part == "" && (e.Mod == "START" || e.Mod == "MID" || e.Mod == "END")
}

// joinWeekdayDate joins a weekday named relative to publication and the
// date set beside it: "lundi dernier, le 14 mars", "jeudi prochain 24
// mars". The date says which day is meant; the
// weekday stays with it, so that the checks see a weekday that does not
// fit the date.
func joinWeekdayDate(text string, ms []match) []match {
	out := ms[:0] // in place: out never passes the match being read
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && a.expr.Kind == fr.KindDate && a.expr.Weekday != 0 && a.expr.Day == 0 &&
			a.expr.Unit == "" && a.expr.Part == "" && !a.expr.HasTime && (a.expr.Dir == fr.DirLast || a.expr.Dir == fr.DirNext) {
			b := ms[i+1]
			if e := b.expr; e.Kind == fr.KindDate && e.Day != 0 && e.Month != 0 && e.Weekday == 0 && !e.HasTime &&
				e.Base == nil && e.Part == "" && appositionSep(text[a.end:b.start]) {
				e.Weekday = a.expr.Weekday
				if e.Dir == fr.DirNone {
					e.Dir = a.expr.Dir
				}
				out = append(out, match{start: a.start, end: b.end, rule: a.rule + "+" + b.rule, expr: e})
				i++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// joinWeekdayFeast joins a weekday and the movable feast after it that
// names its week: "le lundi de Pâques" is Easter Monday, "le lundi de
// Pentecôte" Whit Monday, "le jeudi de l'Ascension" Ascension Day itself.
func joinWeekdayFeast(text string, ms []match) []match {
	out := ms[:0] // in place: out never passes the match being read
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && a.expr.Kind == fr.KindDate && a.expr.Weekday != 0 && a.expr.Day == 0 && a.expr.Unit == "" &&
			a.expr.Part == "" && !a.expr.HasTime && a.expr.Dir == fr.DirNone {
			b := ms[i+1]
			if e := b.expr; e.Feast && e.Hijri == 0 && feastOfSep(text[a.end:b.start]) {
				// the feast's own weekday, from its distance to Easter
				// Sunday: Sunday for Easter and Whitsun, Thursday for
				// Ascension
				feastDay := (6+e.Easter%7)%7 + 1
				e.Easter += (a.expr.Weekday - feastDay + 7) % 7
				out = append(out, match{start: a.start, end: b.end, rule: b.rule, expr: e})
				i++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// feastOfSep reports whether sep ties a weekday to the feast after it:
// "de", "de la", "de l'".
func feastOfSep(sep string) bool {
	s := strings.TrimSpace(apostrophes.Replace(spaces.Replace(sep)))
	return !strings.Contains(sep, "\n") && (s == "de" || s == "de la" || s == "de l'")
}

// appositionSep reports whether sep sets a date beside the word before
// it: spaces or a comma.
func appositionSep(sep string) bool {
	s := strings.TrimSpace(spaces.Replace(sep))
	return !strings.Contains(sep, "\n") && (s == "" || s == ",")
}

// joinDateYear joins a date without its year and the year said right
// after it, relative to publication: "du 6 au 15 septembre l'an
// prochain", "le 6 septembre de l'année prochaine", "en mars l'an
// dernier". The date takes that year.
func joinDateYear(text string, ms []match) []match {
	out := ms[:0] // in place: out never passes the match being read
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && lacksYear(a.expr) && relativeYear(ms[i+1].expr) && yearSep(text[a.end:ms[i+1].start]) {
			e := a.expr
			y := ms[i+1].expr
			e.YearOf = &y
			out = append(out, spanning(a, ms[i+1], e))
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// lacksYear reports whether e is a date, or a range of dates, that names
// its month and not its year, or a quarter or half of a year not named.
func lacksYear(e fr.Expr) bool {
	if e.Kind == fr.KindRange {
		return e.From != nil && e.To != nil && e.To.Month != 0 && e.From.Year == 0 && e.To.Year == 0 && e.Unit == timeline.GrainDay
	}
	if e.Kind == fr.KindDate && e.Ordinal > 0 && e.Year == 0 && (e.Unit == timeline.GrainQuarter || e.Unit == timeline.GrainHalf) {
		return true // "le deuxième trimestre de l'année dernière"
	}
	return e.Kind == fr.KindDate && e.Month != 0 && e.Year == 0 && (e.Unit == "" || e.Unit == timeline.GrainMonth) &&
		e.Base == nil && !e.HasTime && e.Dir == fr.DirNone && e.Shift == 0
}

// relativeYear reports whether e is a year named relative to the anchor:
// "l'an prochain", "l'année dernière", "cette année".
func relativeYear(e fr.Expr) bool {
	return e.Kind == fr.KindDate && e.Unit == timeline.GrainYear && e.Mod == "" && e.Origin == fr.FromAnchor &&
		(e.Dir == fr.DirThis && e.Shift == 0 || e.Dir == fr.DirNext && e.Shift == 1 || e.Dir == fr.DirLast && e.Shift == -1)
}

// yearSep reports whether sep joins a date and the year after it: spaces,
// "de", "d'".
func yearSep(sep string) bool {
	s := strings.TrimSpace(apostrophes.Replace(spaces.Replace(sep)))
	return !strings.Contains(sep, "\n") && (s == "" || s == "de" || s == "d'")
}
