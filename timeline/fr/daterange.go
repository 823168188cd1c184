package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// DateRange matches intervals: "du 15 au 22 mars", "du 10 juin au 1er
// juillet 2016", "entre le 20 et le 30 juin", "de 1999 à 2012", "entre 2001
// et 2003", "14 - 20 sept. 2014", "la saison 2012-2013", "du lundi au
// mercredi".
func DateRange() *Rule {
	d1 := rangeDay("d1")
	d2 := rangeDay("d2")
	m1 := strings.Replace(monthAfterDay, "P<month>", "P<m1>", 1)
	m2 := strings.Replace(monthAfterDay, "P<month>", "P<m2>", 1)
	y1 := `(?P<y1>\d{4})`
	y2 := `(?P<y2>\d{4})`
	return newRule("date-range", TDigit|TNumWord|TWeekday,
		`(?:`+
			`(?:(?P<open>du|entre`+sp+`le)`+sp+`)?`+d1+`(?:`+sp0+m1+`(?:`+sp+y1+`)?)?`+sp+`(?:au|jusqu`+apos+`au|(?P<and>et`+sp+`le))`+sp+d2+sp0+m2+`(?:`+sp+y2+`)?`+
			`|(?:le`+sp+`)?`+d1+`(?:`+sp0+m1+`(?:`+sp+y1+`)?)?`+sp0+`[-–]`+sp0+d2+sp0+m2+`(?:`+sp+y2+`)?`+
			`|(?P<yfrom>de|entre)`+sp+`(?P<ya>1[5-9]\d\d|20\d\d)`+sp+`(?:à|a|et)`+sp+`(?P<yb>1[5-9]\d\d|20\d\d)`+
			`|(?P<ya>1[5-9]\d\d|20\d\d)`+sp0+`[-–]`+sp0+`(?P<yb>1[5-9]\d\d|20\d\d)`+
			`|(?P<wfrom>du|entre)`+sp+`(?P<wa>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`+sp+`(?:au|et)`+sp+
			`(?P<wb>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`+
			`)`,
		parseRange)
}

func parseRange(g groups) (Expr, bool) {
	if g.has("wa") { // "du lundi au mercredi", "entre lundi et mercredi"
		link := foldString(strings.Fields(g.s[g.idx[0]:g.idx[1]])[2])
		if (foldString(g.get("wfrom")) == "du") != (link == "au") || startsWithDigit(g.after) {
			return Expr{}, false // "du lundi et ...", "du lundi au mardi 8": another reading
		}
		a, b := weekdayNumber(g.get("wa")), weekdayNumber(g.get("wb"))
		if a == 0 || b == 0 || a == b {
			return Expr{}, false
		}
		from, to := &Expr{Kind: KindDate, Weekday: a}, &Expr{Kind: KindDate, Weekday: b}
		return Expr{Kind: KindRange, From: from, To: to, Unit: timeline.GrainDay}, true
	}
	if g.has("and") && !strings.HasPrefix(foldString(g.get("open")), "entre") {
		return Expr{}, false // "le 6 et le 13 avril": two days, not the days between
	}
	if g.has("ya") {
		a, _, _ := readYear(g.get("ya"), "")
		b, _, _ := readYear(g.get("yb"), "")
		if b < a || !g.has("yfrom") && (b == a || b-a > 100 || digitGroupAround(g.before, g.after)) {
			return Expr{}, false // "1999-1998", "2010-2200": no span of years
		}
		from := &Expr{Kind: KindDate, Year: a, Unit: timeline.GrainYear}
		to := &Expr{Kind: KindDate, Year: b, Unit: timeline.GrainYear}
		return Expr{Kind: KindRange, From: from, To: to, Unit: timeline.GrainYear}, true
	}
	to := &Expr{Kind: KindDate, Day: rangeDayNumber(g.get("d2")), Month: monthNumber(g.get("m2"))}
	from := &Expr{Kind: KindDate, Day: rangeDayNumber(g.get("d1")), Month: to.Month}
	if m := g.get("m1"); m != "" {
		from.Month = monthNumber(m)
	}
	if y := g.get("y2"); y != "" {
		to.Year, _, _ = readYear(y, "")
		from.Year = to.Year
	}
	if y := g.get("y1"); y != "" {
		from.Year, _, _ = readYear(y, "")
	}
	if g.has("wd1") && g.has("m1") {
		return Expr{}, false // "du mercredi 3 avril au samedi 6 avril": two full dates, two mentions
	}
	if from.Day == 0 || to.Day == 0 || to.Month == 0 || from.Day > maxDay(from.Month) || to.Day > maxDay(to.Month) {
		return Expr{}, false
	}
	if from.Month == to.Month && from.Year == to.Year && from.Day >= to.Day {
		return Expr{}, false
	}
	return Expr{Kind: KindRange, From: from, To: to, Unit: timeline.GrainDay}, true
}

// rangeDay matches a bound of a range of days, in digits or in words, with
// the weekday it may carry: "13", "1er", "treize", "samedi 13".
func rangeDay(name string) string {
	return `(?:(?P<w` + name + `>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)` + sp + `)?` +
		`(?P<` + name + `>1er|1ᵉʳ|premier|[0-3]?\d|` + numWord + `(?:-(?:et-)?` + numWord + `)*)(?:er|e|ème)?`
}

// rangeDayNumber reads a day bound written in digits or in words; 0 when
// it is no day.
func rangeDayNumber(s string) int {
	if n := dayNumber(s); n != 0 {
		return n
	}
	v, ok := numberValue(s)
	if !ok || v < 1 || v > 31 || v != float64(int(v)) {
		return 0
	}
	return int(v)
}
