package fr

import (
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// Duration matches amounts of time: "sept heures", "six mois", "deux ans",
// "30,4 secondes", "environ une heure", "plusieurs années", "un quart de
// siècle", "quinquennat".
func Duration() *Rule {
	return newRule("duration", TUnit|TNumWord|TDigit,
		`(?:(?P<mod>environ|près`+sp+`de|plus`+sp+`de|moins`+sp+`de|au`+sp+`moins|quelque|pr[eè]s`+sp+`d`+apos+`|plus`+sp+`d`+apos+`|moins`+sp+`d`+apos+`)`+sp0+`)?(?:`+
			`(?P<n>`+number+`|quelques|plusieurs|des|de`+sp+`longues|de`+sp+`nombreuses|une`+sp+`(?:dizaine|quinzaine|vingtaine|trentaine|centaine)`+sp+`(?:de`+sp+`|d`+apos+`))`+sp0+unitWords+
			`(?:`+sp+`et`+sp+`(?P<frac>demie?|quart))?`+
			`|(?P<quarter>un`+sp+`quart`+sp+`de`+sp+`si[eè]cle|un`+sp+`demi-si[eè]cle|une`+sp+`demi-heure|une`+sp+`demi-journ[ée]e)`+
			`|(?P<term>quinquennat|septennat))`,
		parseDuration)
}

func parseDuration(g groups) (Expr, bool) {
	e := Expr{Kind: KindDuration}
	switch {
	case g.has("quarter"):
		q := foldString(g.get("quarter"))
		switch {
		case strings.Contains(q, "quart"):
			e.Value, e.Unit = "P25Y", timeline.GrainYear
		case strings.Contains(q, "siecle"):
			e.Value, e.Unit = "P50Y", timeline.GrainYear
		case strings.Contains(q, "heure"):
			e.Value, e.Unit = "PT30M", timeline.GrainMinute
		default:
			e.Value, e.Unit = "PT12H", timeline.GrainHour
		}
	case g.has("term"):
		_, _, mult := unitGrain(g.get("term"))
		e.Value, e.Unit = "P"+strconv.Itoa(mult)+"Y", timeline.GrainYear
	default:
		grain, letter, mult := unitGrain(g.get("unit"))
		n := foldString(g.get("n"))
		if outOf(g.after) {
			return Expr{}, false // "7 jours sur 7": always
		}
		if grain == "" || n == "des" && (!vagueUnitOK(grain) || startsWithDigit(g.after)) {
			return Expr{}, false
		}
		if grain == "year" && isAge(g.before, g.after) || grain == "month" && !g.has("mod") && isAgeInMonths(g.before) {
			return Expr{}, false
		}
		if n == "un" && grain == "day" && !g.has("mod") && !oneDayAmount(g.before, g.after) {
			return Expr{}, false // "il disait un jour", "un jour ou l'autre": once, some day
		}
		count, ok := durationCount(n, mult)
		if !ok {
			return Expr{}, false
		}
		e.Unit = timeline.Grain(grain)
		e.Value = "P" + count + letter
		if grain == "second" || grain == "minute" || grain == "hour" {
			e.Value = "PT" + count + letter
		}
		if frac := foldString(g.get("frac")); frac != "" {
			// "deux heures et demie", "trois ans et demi": the fraction in
			// the unit below. After "il y a" or "dans" the amount is an
			// offset's, whose rule reads the whole units only: the shorter
			// reading is tried instead.
			part, ok := fractionValue(grain, frac == "quart")
			if !ok || strings.ContainsAny(count, ".X") || endsWithWord(g.before, "a", "dans") {
				return Expr{}, false
			}
			e.Value += part
		}
	}
	switch foldString(strings.Fields(g.get("mod") + " x")[0]) {
	case "environ", "pres", "quelque":
		e.Mod = "APPROX"
	case "plus":
		e.Mod = "MORE_THAN"
	case "moins":
		e.Mod = "LESS_THAN"
	case "au":
		e.Mod = "EQUAL_OR_MORE"
	}
	return e, true
}

// fractionValue gives "et demi" or "et quart" of a unit in the unit below,
// as it follows the count in a TIMEX3 duration: 30M after hours, 6M after
// years. ok is false for units with no exact half or quarter below them.
func fractionValue(grain string, quarter bool) (string, bool) {
	parts, ok := fractions[grain]
	if !ok {
		return "", false
	}
	if quarter {
		return parts[1], parts[1] != ""
	}
	return parts[0], true
}

// fractions are a half and a quarter of a unit, in the unit below.
var fractions = map[string][2]string{
	"year":   {"6M", "3M"},
	"hour":   {"30M", "15M"},
	"minute": {"30S", "15S"},
	"month":  {"15D", ""}, // half a month is taken as 15 days; a quarter has no exact count
	"day":    {"T12H", "T6H"},
}

// startsWithDigit reports whether s opens on a digit after spaces.
func startsWithDigit(s string) bool {
	s = strings.TrimLeft(s, " \u00a0\u202f")
	return s != "" && isDigitByte(s[0])
}

// vagueUnitOK reports whether "des" + unit reads as a vague duration ("des
// années") rather than a plural noun ("des heures supplémentaires").
func vagueUnitOK(grain string) bool { return grain == "year" || grain == "month" }

// durationCount writes the count of a duration for a TIMEX3 value: digits,
// or X for vague counts.
func durationCount(n string, mult int) (string, bool) {
	switch {
	case n == "quelques" || n == "plusieurs" || n == "des" || strings.HasPrefix(n, "de "):
		return "X", true
	case strings.Contains(n, "quinzaine"):
		return strconv.Itoa(15 * mult), true
	case strings.Contains(n, "trentaine"):
		return strconv.Itoa(30 * mult), true
	case strings.Contains(n, "dizaine"):
		return strconv.Itoa(10 * mult), true
	case strings.Contains(n, "vingtaine"):
		return strconv.Itoa(20 * mult), true
	case strings.Contains(n, "centaine"):
		return strconv.Itoa(100 * mult), true
	}
	v, ok := numberValue(n)
	if !ok || v <= 0 {
		return "", false
	}
	v *= float64(mult)
	return strconv.FormatFloat(v, 'f', -1, 64), true
}

// oneDayAmount reports whether "un jour", between before and after, is an
// amount of time ("pendant un jour", "en un jour", "qu'un jour", "plus
// d'un jour", "un jour de repos") rather than some day or once ("disait un
// jour", "qu'un jour il reviendrait", "un jour ou l'autre", "un jour
// férié").
func oneDayAmount(before, after string) bool {
	a := foldString(strings.TrimLeft(after, " \u00a0\u202f"))
	if startsWithWord(a, "ferie", "ou", "a") {
		return false
	}
	if startsWithWord(a, "de") || strings.HasPrefix(a, "d'") || strings.HasPrefix(a, "d’") {
		return true // "un jour de repos", "un jour d'arrêt"
	}
	b := strings.TrimRight(before, " \u00a0\u202f")
	if strings.HasSuffix(b, "'") || strings.HasSuffix(b, "’") {
		// "qu'un jour", "d'un jour": the word before the apostrophe
		if startsWithWord(a, "il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "le", "la", "les", "un", "une", "ce", "cette") {
			return false // "je pressens qu'un jour il me sera révélé"
		}
		return true
	}
	if strings.HasPrefix(foldString(lastWord(b)), "dur") {
		return true // "elle a duré un jour", "durera un jour"
	}
	return endsWithWord(before, "pendant", "en", "pour", "apres", "après", "de", "seulement", "juste", "moins", "plus", "que", "sur")
}
