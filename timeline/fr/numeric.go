package fr

import "strconv"

// NumericDate matches dates written in digits: "22/03/2016", "22.03.2016",
// "22/03", "2016-03-22".
func NumericDate() *Rule {
	return newRule("numeric-date", TDigit|TWeekday,
		`(?:le`+sp+`)?(?:`+weekdayName+sp0+`,?`+sp+`)?(?:`+
			`(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>\d{4}|\d\d))?`+
			`|(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>\d{4})`+
			`|(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d))`,
		parseNumeric)
}

func parseNumeric(g groups) (Expr, bool) {
	var d, m, y string
	switch {
	case g.has("iy"):
		d, m, y = g.get("id"), g.get("im"), g.get("iy")
	case g.has("d2"):
		d, m, y = g.get("d2"), g.get("m2"), g.get("y2")
	default:
		d, m, y = g.get("d"), g.get("m"), g.get("y")
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

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
