package fr

import (
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// Century matches a century by its ordinal, in Roman or Arabic numerals:
// "le XXe siècle", "au XIXe siècle", "le 21e siècle".
// TIMEX3 names the 20th century by its first two digits, "19". Centuries
// before Christ ("le Ve siècle av. J.-C.") are left alone.
func Century() *Rule {
	return newRule("century", TDigit|TYearPart,
		`(?:le`+sp+`)?`+
			`(?P<num>[ivx]{1,6}|\d{1,2})(?:e|[eè]me|ᵉ)`+sp+`si[eè]cle`,
		parseCentury)
}

func parseCentury(g groups) (Expr, bool) {
	num := g.get("num") + g.get("cent") // Century's, or FuzzyPeriod's
	n := romanNumber(strings.ToLower(num))
	if n == 0 {
		n, _ = strconv.Atoi(num)
	}
	if n < 2 || n > 22 {
		return Expr{}, false
	}
	after := foldString(strings.TrimLeft(g.after, " \t\n\u00a0\u202f"))
	if strings.HasPrefix(after, "av") || strings.HasPrefix(after, "before") {
		return Expr{}, false // "avant J.-C.", "av. J.-C."
	}
	return Expr{Kind: KindDate, Year: (n - 1) * 100, Unit: timeline.GrainCentury}, true
}

// romanNumber reads a Roman numeral up to 39 (XXXIX), or 0.
func romanNumber(s string) int {
	n := 0
	for len(s) > 0 && s[0] == 'x' {
		n, s = n+10, s[1:]
	}
	units := map[string]int{"": 0, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
	u, ok := units[s]
	if !ok || n+u == 0 || n > 30 {
		return 0
	}
	return n + u
}
