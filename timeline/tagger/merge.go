package tagger

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline/fr"
)

// mergeDateTime joins a day and the clock time written right after it
// ("hier à 10 h", "12 juillet à 19:00", "demain 17:00") into one mention.
// A comma or "vers" between them keeps two mentions, as TimeML annotators
// do ("samedi 4 janvier, à 18 h 30", "hier vers 18 h"); the time then takes
// its day from the date before it.
func mergeDateTime(text string, ms []match) []match {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && isDay(a.expr) && isClock(ms[i+1].expr) && tightSep(text[a.end:ms[i+1].start]) &&
			plainClock(text[ms[i+1].start:ms[i+1].end]) {
			b := ms[i+1]
			e := a.expr
			e.Kind = fr.KindTime
			e.HasTime, e.Hour, e.Minute, e.Second, e.Seconds = true, b.expr.Hour, b.expr.Minute, b.expr.Second, b.expr.Seconds
			e.Zone, e.Part = b.expr.Zone, ""
			if b.expr.Mod != "" {
				e.Mod = b.expr.Mod
			}
			if b.expr.Problem != "" {
				e.Problem = b.expr.Problem
			}
			out = append(out, match{start: a.start, end: b.end, rule: a.rule + "+" + b.rule, expr: e})
			i++
			continue
		}
		if i+1 < len(ms) && isClock(a.expr) && ms[i+1].expr.Part != "" && tightSep(text[a.end:ms[i+1].start]) {
			out = append(out, clockInPart(a, ms[i+1]))
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// clockInPart joins a clock time and the part of day after it: "à trois
// heures cet après-midi" is 15:00 today.
func clockInPart(clock, part match) match {
	e := part.expr
	e.Kind = fr.KindTime
	e.HasTime, e.Hour, e.Minute, e.Second, e.Seconds = true, clock.expr.Hour, clock.expr.Minute, clock.expr.Second, clock.expr.Seconds
	if (e.Part == "AF" || e.Part == "EV" || e.Part == "NI" && e.Hour >= 6) && e.Hour < 12 {
		e.Hour += 12
	}
	e.Part = ""
	return match{start: clock.start, end: part.end, rule: clock.rule + "+" + part.rule, expr: e}
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
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "à ") || strings.HasPrefix(l, "a ") || strings.HasPrefix(l, "midi") || strings.HasPrefix(l, "minuit")
}

// tightSep reports whether the text between a day and a time binds them:
// nothing but spaces, or "à".
func tightSep(sep string) bool {
	s := strings.TrimSpace(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(sep))
	return !strings.Contains(sep, "\n") && (s == "" || s == "à" || s == "a")
}
