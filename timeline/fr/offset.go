package fr

import (
	"math"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// unitWords matches the units of offsets and durations.
const unitWords = `(?P<unit>secondes?|secs?|minutes?|mins?|mn|heures?|jours?|journ[ée]es?|semaines?|mois|ans|an|ann[ée]es?|d[ée]cennies?|si[eè]cles?|trimestres?|semestres?)`

// Offset matches dates given as a distance from the anchor or from the
// previous date: "il y a trois jours", "il y a 20 ans", "dans deux
// semaines", "trois jours plus tard", "deux semaines auparavant".
func Offset() *Rule {
	return newRule("offset", TUnit|TNumWord|TDigit,
		`(?:(?P<ago>il`+sp+`y`+sp+`a)`+sp+`|(?P<in>dans|d`+apos+`ici)`+sp+`)?`+
			`(?P<n>`+number+`|quelques|plusieurs)`+sp+unitWords+
			`(?:`+sp+`(?P<rel>plus`+sp+`tard|plus`+sp+`t[ôo]t|apr[eè]s|auparavant|avant|de`+sp+`plus))?`,
		parseOffset)
}

func parseOffset(g groups) (Expr, bool) {
	ago, in, rel := g.has("ago"), g.has("in"), foldString(g.get("rel"))
	if !ago && !in && rel == "" {
		return Expr{}, false
	}
	if (ago || in) && rel != "" && rel != "plus tard" {
		rel = ""
	}
	grain, _, mult := unitGrain(g.get("unit"))
	if grain == "" {
		return Expr{}, false
	}
	n, vague := offsetCount(g.get("n"))
	if n < 0 || vague {
		return Expr{}, false // "il y a quelques mois": a vague duration, not a date
	}
	e := Expr{Kind: KindDate, Unit: timeline.Grain(grain), Shift: n * mult}
	if vague {
		e.Mod = "APPROX"
		e.Value = "X"
	}
	switch {
	case ago:
		e.Shift = -e.Shift
	case in:
	case rel == "plus tard" || rel == "apres" || rel == "de plus":
		e.Origin = FromPrevious
	default: // auparavant, avant, plus tôt
		e.Origin = FromPrevious
		e.Shift = -e.Shift
	}
	if e.Unit == timeline.GrainSecond || e.Unit == timeline.GrainMinute || e.Unit == timeline.GrainHour {
		e.Kind = KindTime
	}
	return e, true
}

// offsetCount reads the count of an offset; vague counts ("quelques") are
// reported with vague=true and count 0.
func offsetCount(s string) (n int, vague bool) {
	switch strings.ToLower(s) {
	case "quelques", "plusieurs":
		return 0, true
	}
	v, ok := numberValue(s)
	if !ok || v != math.Trunc(v) || v > 10000 {
		return -1, false
	}
	return int(v), false
}
