package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// Weekday matches a day of the week, with its direction and part of day:
// "lundi", "lundi dernier", "mardi prochain", "ce lundi", "mercredi matin",
// "ce même lundi après-midi", "jeudi 15" (a day of a month left to
// resolution), "mercredi suivant" (after the date mentioned before, else
// the one after the coming one).
func Weekday() *Rule {
	return newRule("weekday", TWeekday,
		`(?:(?P<this>ce|cet)`+sp+`(?:m[eê]me`+sp+`)?)?`+weekdayName+
			`(?:`+sp+`(?P<day>1er|[0-3]?\d)(?:er|e)?)?`+
			`(?:`+sp+`(?P<dir>derni[eè]r|prochain|suivant|pr[ée]c[ée]dent|pass[ée]|d`+apos+`apr[eè]s))?`+
			`(?:`+sp+partName+`)?`+
			`(?:`+sp+`(?P<week>(?:de`+sp+`)?la`+sp+`semaine`+sp+`(?:prochaine|suivante|derni[eè]re|pass[ée]e|pr[ée]c[ée]dente|d`+apos+`apr[eè]s)|(?:de`+sp+`)?cette`+sp+`semaine)`+
			`|`+sp+`en`+sp+`(?P<fortnight>huit|8|quinze|15))?`,
		parseWeekday)
}

func parseWeekday(g groups) (Expr, bool) {
	e := Expr{Kind: KindDate, Weekday: weekdayNumber(g.get("weekday"))}
	if e.Weekday == 0 {
		return Expr{}, false
	}
	if d := g.get("day"); d != "" {
		// "jeudi 15": a date only when nothing but a clause boundary or a
		// time follows ("jeudi 15 personnes", "jeudi 15 heures" are not)
		e.Day = dayNumber(d)
		if e.Day == 0 || g.has("dir") || g.has("week") || g.has("fortnight") || !endsDayPhrase(g.after) {
			return Expr{}, false
		}
	}
	switch {
	case g.has("dir"):
		e.Dir = readDir(g.get("dir"))
		if w := foldString(g.get("dir")); strings.HasPrefix(w, "suivant") || strings.HasSuffix(w, "apres") {
			e.Origin = FromPrevious // "mercredi suivant": after a date said before
		}
	case g.has("this"):
		e.Dir = DirThis
	}
	if w := g.get("week"); w != "" {
		e.Unit = timeline.GrainWeek
		last := foldString(lastWord(w))
		switch {
		case last == "apres" || readDir(last) == DirNext || last == "suivante":
			e.Shift = 1
		case readDir(last) == DirLast || strings.HasPrefix(last, "precedente"):
			e.Shift = -1
		default:
			e.Shift = 0
		}
	}
	switch foldString(g.get("fortnight")) {
	case "huit", "8": // "lundi en huit": the one after next
		e.Dir, e.Shift, e.Unit = DirNext, 1, timeline.GrainDay
	case "quinze", "15":
		e.Dir, e.Shift, e.Unit = DirNext, 2, timeline.GrainDay
	}
	e.Part = partCode(g.get("part"))
	return e, true
}

// NightOf matches "dans la nuit de vendredi à samedi", "dans la nuit de
// samedi" and "la nuit du 14 au 15 mars": the night that starts on the
// first day.
func NightOf() *Rule {
	m1 := strings.Replace(monthAfterDay, "P<month>", "P<m1>", 1)
	m2 := strings.Replace(monthAfterDay, "P<month>", "P<m2>", 1)
	return newRule("night-of", TPart,
		`(?:dans`+sp+`)?la`+sp+`nuit`+sp+`(?:`+
			`(?:de|du)`+sp+weekdayName+`(?:`+sp+`(?:à|a|au)`+sp+
			`(?P<weekday2>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|`+sp+`(?P<dir>derni[eè]r|prochain))?`+
			`|du`+sp+`(?P<d1>1er|[0-3]?\d)(?:`+sp+m1+`)?`+sp+`au`+sp+`(?P<d2>1er|[0-3]?\d)`+sp+m2+`(?:`+sp+year4+`)?)`,
		parseNightOf)
}

func parseNightOf(g groups) (Expr, bool) {
	if g.has("d1") {
		d1, d2, m := dayNumber(g.get("d1")), dayNumber(g.get("d2")), monthNumber(g.get("m2"))
		next := d2 == d1+1 && !g.has("m1")
		if g.has("m1") { // "la nuit du 31 mars au 1er avril"
			m1 := monthNumber(g.get("m1"))
			next = d1 == maxDay(m1) && d2 == 1 && m == m1%12+1
			m = m1
		}
		if d1 == 0 || m == 0 || !next {
			return Expr{}, false // "la nuit du 14 au 18 mars": nights, not one
		}
		e := Expr{Kind: KindDate, Day: d1, Month: m, Part: "NI"}
		if y := g.get("year"); y != "" {
			e.Year, _, _ = readYear(y, "")
		}
		return e, true
	}
	a, b := weekdayNumber(g.get("weekday")), weekdayNumber(g.get("weekday2"))
	if a == 0 || g.has("weekday2") && b != a%7+1 {
		return Expr{}, false
	}
	e := Expr{Kind: KindDate, Weekday: a, Part: "NI"}
	if g.has("dir") {
		e.Dir = readDir(g.get("dir")) // "la nuit de vendredi dernier"
	}
	return e, true
}

// endsDayPhrase reports whether the text after a day of the month ends
// the date: the end, punctuation, or a word that opens a time or a list.
func endsDayPhrase(after string) bool {
	t := strings.TrimLeft(after, " \u00a0\u202f")
	if t == "" {
		return true
	}
	if strings.ContainsRune(",.;:!?)»\"", rune(t[0])) {
		return !strings.HasPrefix(t, ".") || len(t) == 1 || !isDigitByte(t[1])
	}
	// A count is followed by what it counts ("lundi 6 personnes"), a date
	// by a preposition, an article or a part of day.
	return startsWithWord(t, "à", "a", "vers", "dès", "et", "ou", "au", "aux", "de", "du", "des", "entre",
		"avec", "pour", "sur", "dans", "en", "par", "contre", "devant", "chez", "après", "avant", "puis",
		"jusqu", "lors", "le", "la", "les", "l", "matin", "soir", "midi", "après-midi", "prochain", "dernier")
}
