package fr

import (
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// Year matches years: "en 2015", "l'an 2000", "l'année 2001", and bare
// years such as "1998". A bare number is a year only in 1900-2100 and
// where it does not count or number something: "4222", "2000 morts",
// "l'article 1998", a share counter alone on its line are not years.
func Year() *Rule {
	return newRule("year", TDigit|TYearWord|TUnit|TPeriod,
		`(?:(?P<decade>(?:les|des|aux|dans`+sp+`les)`+sp+`ann[ée]es`+sp+`(?P<dyear>(?:1[5-9]|20)\d0|\d0))`+
			`|(?:(?P<prep>en|l`+apos+sp0+`an|l`+apos+sp0+`ann[ée]e|ann[ée]e|depuis|jusqu`+apos+sp0+`en|dès)`+sp+`)?`+
			`(?P<year>\d{4}))`,
		parseYear)
}

// countedNouns are words that make a preceding number a count, not a year.
var countedNouns = map[string]bool{
	"morts": true, "mort": true, "personnes": true, "euros": true, "dollars": true, "francs": true,
	"habitants": true, "km": true, "kilometres": true, "metres": true, "tonnes": true,
	"soldats": true, "hommes": true, "femmes": true, "enfants": true, "victimes": true,
	"blesses": true, "emplois": true, "voix": true, "exemplaires": true, "manifestants": true,
	"refugies": true, "civils": true, "combattants": true, "militaires": true, "avions": true,
	"points": true, "fois": true, "pages": true, "eleves": true, "salaries": true, "logements": true,
	"voitures": true, "vehicules": true, "familles": true, "mots": true, "ha": true, "hectares": true,
	"litres": true, "kg": true, "m": true, "%": true, "signatures": true, "membres": true,
}

// numberingWords are words after which a number identifies, not dates.
var numberingWords = map[string]bool{
	"article": true, "articles": true, "n": true, "no": true, "numero": true, "page": true,
	"loi": true, "alinea": true, "chapitre": true, "paragraphe": true, "route": true,
	"rn": true, "ligne": true, "code": true, "tel": true, "telephone": true, "bp": true, "cedex": true,
}

func parseYear(g groups) (Expr, bool) {
	if d := g.get("dyear"); d != "" { // "les années 1970", "les années 80"
		n, _ := strconv.Atoi(d)
		if n < 100 {
			n += 1900
		}
		return Expr{Kind: KindDate, Year: n, Unit: timeline.GrainDecade}, true
	}
	y := g.get("year")
	e := Expr{Kind: KindDate, Unit: timeline.GrainYear}
	e.Year, _, _ = readYear(y, "")
	prep := g.has("prep")
	if !prep {
		if e.Year < 1900 || e.Year > 2100 || !bareYearContext(g.before, g.after) {
			return Expr{}, false
		}
	} else if e.Year < 1000 || e.Year > 2200 {
		return Expr{}, false
	}
	if digitGroupAround(g.before, g.after) {
		return Expr{}, false
	}
	return e, true
}

// bareYearContext reports whether a bare four-digit number reads as a year.
func bareYearContext(before, after string) bool {
	if numberingWords[foldString(lastWord(before))] {
		return false
	}
	next := foldString(firstWord(after))
	if countedNouns[next] {
		return false
	}
	// Alone on its line: page furniture such as a share counter.
	lineBefore := before[strings.LastIndexByte(before, '\n')+1:]
	lineAfter := after
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		lineAfter = after[:i]
	}
	if strings.TrimSpace(lineBefore) == "" && strings.TrimSpace(lineAfter) == "" && strings.Contains(before, "\n") {
		return false
	}
	return true
}

// digitGroupAround reports whether the number continues a larger one
// written with spaces or separators: "4 222", "2016,5", "12.2016".
func digitGroupAround(before, after string) bool {
	b := strings.TrimRight(before, " \u00a0\u202f")
	if b != before && b != "" && isDigitByte(b[len(b)-1]) && len(before)-len(b) <= 3 {
		return true
	}
	if len(before) >= 5 && before[len(before)-1] == '/' && allDigits(before[len(before)-5:len(before)-1]) {
		return false // "la saison 2002/2003"
	}
	if before != "" {
		if c := before[len(before)-1]; c == ',' || c == '.' || c == '/' || c == '-' && len(before) > 1 && isDigitByte(before[len(before)-2]) {
			return true
		}
	}
	if len(after) >= 2 && (after[0] == ',' || after[0] == '.') && isDigitByte(after[1]) {
		return true
	}
	a := strings.TrimLeft(after, " \u00a0\u202f")
	if a != after && len(a) >= 3 && isDigitByte(a[0]) && isDigitByte(a[1]) && isDigitByte(a[2]) && (len(a) == 3 || !isDigitByte(a[3])) {
		return true
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// firstWord returns the first word of s.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \u00a0\u202f")
	for i, r := range s {
		if !isWordRune(r) && r != '%' {
			return s[:i]
		}
	}
	return s
}
