package fr

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// AbsoluteDate matches a day of month with its month: "le 22 mars",
// "22 mars 2016", "mardi, 15 mars", "1er mars", "le 6 mai dernier", "15
// mars 44 av. J.-C.", "10 août 88 apr. J.-C." (the year as written).
func AbsoluteDate() *Rule {
	return newRule("absolute-date", TWeekday|TDigit|TNumWord|TMonth,
		`(?:le`+sp+`)?(?:`+weekdayName+sp0+`,?`+sp+`)?`+dayNum+sp0+monthAfterDay+
			`(?:`+sp+`(?:(?P<year>\d{4}|`+apos+`?\d\d)|(?P<year>\d{1,4})(?P<era>`+sp+
			`(?:av(?:ant|\.)`+sp0+`J\.?-?C\.?|ap(?:r[eè]s|r?\.)`+sp0+`J\.?-?C\.?|p\.`+sp0+`Chr\.`+sp0+`n\.))))?`+
			`(?:`+sp+`(?P<dir>derni[eè]re?s?|prochaine?s?))?`,
		parseAbsolute)
}

func parseAbsolute(g groups) (Expr, bool) {
	e := Expr{Kind: KindDate, Day: dayNumber(g.get("day")), Month: monthNumber(g.get("month"))}
	if e.Day == 0 || e.Month == 0 {
		return Expr{}, false
	}
	if e.Day > maxDay(e.Month) {
		e.Problem = fmt.Sprintf("%s has no day %d", time.Month(e.Month), e.Day)
	}
	if w := g.get("weekday"); w != "" {
		e.Weekday = weekdayNumber(w)
	}
	if era := foldString(g.get("era")); era != "" {
		// "44 av. J.-C.", "10 août 88 p. Chr. n.": the year as written,
		// before Christ as a negative year
		n, err := strconv.Atoi(g.get("year"))
		if err != nil || n < 1 {
			return Expr{}, false
		}
		e.Year = n
		if strings.HasPrefix(strings.TrimSpace(era), "av") {
			e.Year = -n
		}
	} else if y := g.get("year"); y != "" {
		var ok bool
		if e.Year, e.Century, ok = readYear(y, g.after); !ok {
			return Expr{}, false
		}
	}
	e.Dir = readDir(g.get("dir"))
	return e, true
}

// maxDay is the last day a month can have in any year.
func maxDay(month int) int {
	switch month {
	case 2:
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// readYear reads a four-digit year, or a two-digit one ("98", "'98") when
// nothing numeric follows it. century reports a two-digit year.
func readYear(s, after string) (year int, century bool, ok bool) {
	s = strings.TrimLeft(s, "'’")
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, false, false
	}
	if len(s) == 4 {
		return n, false, true
	}
	if followedByNoun(after) || strings.HasPrefix(after, ":") || strings.HasPrefix(after, "h") || strings.HasPrefix(after, " h") {
		return 0, false, false // "5 mai 12:00": a time, not the year 2012
	}
	if a := strings.TrimLeft(after, " \u00a0\u202f"); len(a) < len(after) && a != "" &&
		(isDigitByte(a[0]) || a[0] == '/' || strings.HasPrefix(a, "..")) {
		return 0, false, false // "février 81 75 payé", "avril 40 .. à 49": prices in a listing
	}
	if n < 50 {
		return 2000 + n, true, true
	}
	return 1900 + n, true, true
}

// followedByNoun reports whether text after a number continues with a word,
// as in "le 3 mars 15 personnes", where the number counts something.
func followedByNoun(after string) bool {
	t := strings.TrimLeft(after, " \u00a0\u202f")
	if len(t) == len(after) || t == "" {
		return false
	}
	c := t[0]
	return 'a' <= c && c <= 'z' || c >= 0xc3
}

// readDir reads "dernier", "prochain", "suivant", ... as a direction.
func readDir(s string) Direction {
	s = foldString(s)
	switch {
	case s == "":
		return DirNone
	case strings.HasPrefix(s, "dernier"), strings.HasPrefix(s, "derniere"), strings.HasPrefix(s, "passe"),
		strings.HasPrefix(s, "precedent"), strings.HasPrefix(s, "ecoule"):
		return DirLast
	case strings.HasPrefix(s, "prochain"), strings.HasPrefix(s, "suivant"), strings.HasPrefix(s, "d'apres"), strings.HasPrefix(s, "d’apres"):
		return DirNext
	case s == "ce" || s == "cet" || s == "cette" || s == "meme":
		return DirThis
	}
	return DirNone
}
