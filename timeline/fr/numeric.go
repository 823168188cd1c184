package fr

import (
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// NumericDate matches dates written in digits: "22/03/2016", "22.03.2016",
// "22-03-2016", "22/03", "2016-03-22", "2016/03/22", "2015-3-3", and with spaces when nothing else can
// be meant: "le 20 02 2014", "24 12 14", "le 17 02" (day and month of one
// or two digits, a year of two or four, no other number around).
func NumericDate() *Rule {
	return newRule("numeric-date", TDigit|TWeekday,
		`(?:le`+sp+`)?(?:`+weekdayName+sp0+`,?`+sp+`)?(?:`+
			`(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>\d{4}|\d\d))?`+
			`|(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>\d{4})`+
			`|(?P<iy>\d{4})[-/](?P<im>[01]?\d)[-/](?P<id>[0-3]?\d)`+
			`|(?P<d4>[0-3]?\d)-(?P<m4>[01]?\d)-(?P<y4>\d{4})`+
			`|(?P<d3>[0-3]?\d) (?P<m3>[01]?\d)(?: (?P<y3>\d{4}|\d\d))?)`,
		parseNumeric)
}

func parseNumeric(g groups) (Expr, bool) {
	var d, m, y string
	switch {
	case g.has("iy"):
		d, m, y = g.get("id"), g.get("im"), g.get("iy")
	case g.has("d2"):
		d, m, y = g.get("d2"), g.get("m2"), g.get("y2")
	case g.has("d4"):
		d, m, y = g.get("d4"), g.get("m4"), g.get("y4")
	case g.has("d3"):
		d, m, y = g.get("d3"), g.get("m3"), g.get("y3")
		if !spacedDate(g, y != "") {
			return Expr{}, false
		}
	default:
		d, m, y = g.get("d"), g.get("m"), g.get("y")
		if y == "" && isFraction(g, d, m) {
			return Expr{}, false
		}
	}
	if len(g.after) > 0 && (g.after[0] == '/' || g.after[0] == '-' && y != "" || isDigitByte(g.after[0])) {
		return Expr{}, false // part of a longer number or fraction
	}
	e := Expr{Kind: KindDate}
	e.Day, _ = strconv.Atoi(d)
	e.Month, _ = strconv.Atoi(m)
	if e.Month < 1 || e.Month > 12 || e.Day < 1 || e.Day > maxDay(e.Month) {
		return Expr{}, false
	}
	if y != "" {
		var ok bool
		if e.Year, e.Century, ok = readYear(y, ""); !ok {
			return Expr{}, false
		}
	}
	if w := g.get("weekday"); w != "" {
		e.Weekday = weekdayNumber(w)
	}
	return e, true
}

// isFraction reports whether "d/m" written alone, with no year, "le" or
// weekday, is a fraction: a numerator below its denominator, after a whole
// number ("16 3/4", "en hausse de 19 1/8") or before what it is a part of
// ("les 3/4 des électeurs", "1/4 de finale").
func isFraction(g groups, num, den string) bool {
	if !isDigitByte(g.s[g.idx[0]]) {
		return false
	}
	n, _ := strconv.Atoi(num)
	d, _ := strconv.Atoi(den)
	if n >= d {
		return false
	}
	b := strings.TrimRight(g.before, " \u00a0\u202f")
	if len(b) < len(g.before) && b != "" && isDigitByte(b[len(b)-1]) {
		return true
	}
	a := strings.TrimLeft(g.after, " \u00a0\u202f")
	return len(a) < len(g.after) && startsWithWord(a, "de", "des", "du", "d", "finale", "finales")
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// spacedDate reports whether numbers separated by spaces ("20 02 2014",
// "le 17 02") stand alone as a date: no number, sign or unit around them,
// and, for a day and month only, nothing but an end, a punctuation mark or
// a clock time after them ("le 17 2 à 10 h").
func spacedDate(g groups, withYear bool) bool {
	b := strings.TrimRight(g.before, " \u00a0\u202f")
	if b != "" && (isDigitByte(b[len(b)-1]) || strings.ContainsRune("+-/.,:", rune(b[len(b)-1]))) {
		return false
	}
	a := g.after
	if a == "" {
		return true
	}
	if a[0] != ' ' && a[0] != ',' && a[0] != '.' && a[0] != ';' && a[0] != ')' && a[0] != '!' && a[0] != '?' {
		return false // "17 02h", "20 2,5"
	}
	t := strings.TrimLeft(a, " \u00a0\u202f")
	if t == "" {
		return true
	}
	if isDigitByte(t[0]) {
		return false // "01 23 45 67 89"
	}
	if withYear {
		return !isDigitByte(t[0]) && !strings.HasPrefix(t, "%") && !startsWithWord(t, "ans", "euros", "€", "millions", "milliards")
	}
	if a[0] != ' ' {
		return a[0] != ',' || !startsWithDigit(a[1:])
	}
	return strings.ContainsRune(",.;)!?", rune(t[0])) || startsWithWord(t, "à", "a", "vers", "au", "et", "dès", "des", "de")
}

// startsWithWord reports whether s opens on one of words, followed by a
// non-letter.
func startsWithWord(s string, words ...string) bool {
	l := lower.String(s)
	for _, w := range words {
		if strings.HasPrefix(l, w) && (len(l) == len(w) || !isWordRune(rune(l[len(w)]))) {
			return true
		}
	}
	return false
}

// complementAfter reports whether after, the text after a match, opens on
// "de", "du", "des" or "d'": a complement that makes the match part of a
// noun phrase ("les dix derniers jours de la campagne", "voilà deux ans de
// travail", "au 7 courant d'air").
func complementAfter(after string) bool {
	a := strings.TrimLeft(after, " \t\n\u00a0\u202f")
	return startsWithWord(a, "de", "du", "des") || strings.HasPrefix(a, "d'") || strings.HasPrefix(a, "d’") ||
		strings.HasPrefix(a, "D'") || strings.HasPrefix(a, "D’")
}
