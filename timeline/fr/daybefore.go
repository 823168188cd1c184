package fr

import (
	"regexp"

	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// dayBeforeRe matches a day of the month written without its month at the
// end of a text: "le 16 ", "samedi 16 à ", "vendredi quinze vers ".
var dayBeforeRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])((?:le|` + weekdayName + `)` + sp +
	`(?P<day>[0-3]?\d|` + numWord + `(?:-(?:et-)?` + numWord + `)*)(?:er|e)?` + sp +
	`(?:plutôt` + sp + `)?(?:(?:à|a|vers|(?:à|a)` + sp + `partir` + sp + `de)` + sp + `)?)$`)

// DayBefore reads the day of the month that ends text[:pos] and comes
// right before a clock time: "le 2 à 5 h", "samedi 16 vers 18 h", "le 16
// plutôt vers 18 h", "le 20 à partir de 10 h". It
// returns where the day starts and the date it names (month and year left
// to resolution), or false.
func DayBefore(text string, pos int) (int, Expr, bool) {
	head := text[max(0, pos-40):pos]
	m := dayBeforeRe.FindStringSubmatchIndex(head)
	if m == nil {
		return 0, Expr{}, false
	}
	d := head[m[2*dayBeforeRe.SubexpIndex("day")]:m[2*dayBeforeRe.SubexpIndex("day")+1]]
	e := Expr{Kind: KindDate, Day: dayNumber(d)}
	if e.Day == 0 {
		v, ok := numberValue(d)
		if !ok || v < 1 || v > 31 || v != float64(int(v)) {
			return 0, Expr{}, false
		}
		e.Day = int(v)
	}
	if i := dayBeforeRe.SubexpIndex("weekday"); m[2*i] >= 0 {
		e.Weekday = weekdayNumber(lower.String(head[m[2*i]:m[2*i+1]]))
	}
	return pos - len(head) + m[2], e, true
}
