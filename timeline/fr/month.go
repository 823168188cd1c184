package fr

import (
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
)

// MonthYear matches a month with or without its year: "mars 2016", "en
// mars", "au mois de juin", "octobre 98", "juin prochain", "septembre
// dernier". "Mars" the planet and "Mai" the name are not months: a
// capitalised month with nothing around it that makes it a date is skipped.
func MonthYear() *Rule {
	return newRule("month-year", TMonth,
		`(?:(?P<prep>en|(?:au|le|du)`+sp+`mois`+sp+`(?:de`+sp+`|d`+apos+sp0+`)|mois`+sp+`(?:de`+sp+`|d`+apos+sp0+`)|courant)`+sp0+`)?`+
			monthName+`(?:`+sp+`(?P<year>\d{4}|`+apos+`?\d\d))?(?:`+sp+`(?P<dir>derni[eè]r|prochain|pass[ée]))?`,
		parseMonthYear)
}

func parseMonthYear(g groups) (Expr, bool) {
	month := g.get("month")
	e := Expr{Kind: KindDate, Month: monthNumber(month), Unit: timeline.GrainMonth}
	if e.Month == 0 {
		return Expr{}, false
	}
	if y := g.get("year"); y != "" {
		var ok bool
		if e.Year, e.Century, ok = readYear(y, g.after); !ok {
			return Expr{}, false
		}
	}
	e.Dir = readDir(g.get("dir"))
	bare := !g.has("prep") && e.Year == 0 && e.Dir == DirNone
	if bare && (e.Month == 3 || e.Month == 5) {
		r, _ := utf8.DecodeRuneInString(month)
		if unicode.IsUpper(r) || !monthCue(g.before) {
			return Expr{}, false // Mars the planet, Mai the name, "mars" without cue
		}
	}
	return e, true
}

// monthCue reports whether the words before a bare month make it a date:
// "depuis mars", "jusqu'en mai", "de mars à juin".
func monthCue(before string) bool {
	w := foldString(lastWord(before))
	switch w {
	case "depuis", "de", "d", "a", "en", "des", "avant", "apres", "et", "ou", "entre", "courant", "debut", "fin", "mi":
		return true
	}
	return false
}

// lastWord returns the last word of s, "" when s ends without one.
func lastWord(s string) string {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if unicode.IsLetter(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	return s[start:end]
}

// startsWith reports whether s starts with the word w, ignoring case.
func startsWith(s, w string) bool {
	return len(s) >= len(w) && foldString(s[:len(w)]) == w
}
