package fr

import (
	"math"
	"strings"
	"unicode"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// unitWords matches the units of offsets and durations.
const unitWords = `(?P<unit>secondes?|secs?|minutes?|mins?|mn|heures?|jours?|journ[ée]es?|semaines?|mois|ans|an|ann[ée]es?|d[ée]cennies?|si[eè]cles?|trimestres?|semestres?)`

// Offset matches dates given as a distance from the anchor or from the
// previous date: "il y a trois jours", "il y a 20 ans", "dans deux
// semaines", "voilà deux ans", "trois jours plus tard", "deux semaines
// auparavant", "dans
// 2'" (minutes), "dans 30\"" (seconds), "il y a un an jour pour jour" (that
// very day).
func Offset() *Rule {
	return newRule("offset", TUnit|TNumWord|TDigit,
		`(?:(?P<ago>il`+sp+`y`+sp+`a|(?P<voila>voil[àa]|voici))`+sp+`|(?P<in>dans|d`+apos+`ici)`+sp+`)?`+
			`(?:(?P<q>pr[eè]s`+sp+`(?:de`+sp+`|d`+apos+`)|environ`+sp+`|(?:un`+sp+`peu`+sp+`)?(?:plus|moins)`+sp+`(?:de`+sp+`|d`+apos+`)|presque`+sp+`|quasiment`+sp+`|(?:tout`+sp+`)?juste`+sp+`|exactement`+sp+`|au`+sp+`moins`+sp+`|bient[oô]t`+sp+`))?`+
			`(?:(?P<n>`+number+`|quelques|plusieurs|une`+sp+`(?P<round>dizaine|quinzaine|vingtaine|trentaine|centaine)`+sp+`(?:de`+sp+`|d`+apos+`))`+sp0+unitWords+`|(?P<mark>\d+)(?P<unit>["″'′’]))`+
			`(?:`+sp+`(?P<rel>plus`+sp+`tard|plus`+sp+`t[ôo]t|apr[eè]s|auparavant|avant|de`+sp+`plus))?`+
			`(?:`+sp0+`,?`+sp0+`(?P<exact>jour`+sp+`pour`+sp+`jour))?`,
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
	if a := strings.TrimLeft(g.after, " \u00a0\u202f"); g.has("voila") && (rel != "" || strings.HasPrefix(a, "qu") ||
		complementAfter(a) && !startsWithWord(a, "de cela", "de ça")) {
		return Expr{}, false // "voilà dix-huit ans que": since; "voilà deux ans de travail": an amount
	}
	if (rel == "apres" || rel == "avant") && !ago && !in && startsNounPhrase(g.after) {
		return Expr{}, false // "six mois après l'accident": counted from an event; the amount is a duration
	}
	grain, _, mult := unitGrain(g.get("unit"))
	count := g.get("n")
	if g.has("mark") { // "dans 2'", "dans 30\"": minutes and seconds marks
		if !ago && !in {
			return Expr{}, false
		}
		grain, mult, count = "minute", 1, g.get("mark")
		if m := g.get("unit"); m == `"` || m == "″" {
			grain = "second"
		}
	}
	if grain == "" {
		return Expr{}, false
	}
	n, vague := offsetCount(count)
	if r := foldString(g.get("round")); r != "" {
		n, vague = roundCount(r), false
	}
	if n < 0 || vague {
		return Expr{}, false // "il y a quelques mois": a vague duration, not a date
	}
	e := Expr{Kind: KindDate, Unit: timeline.Grain(grain), Shift: n * mult, Offset: true}
	if g.has("round") {
		e.Mod = "APPROX"
	}
	if g.has("exact") {
		// "il y a cinq ans jour pour jour": the day, not the year
		if e.Unit != timeline.GrainYear && e.Unit != timeline.GrainMonth && e.Unit != timeline.GrainWeek || g.has("round") {
			return Expr{}, false
		}
		e.Exact = true
	}
	if q := g.get("q"); q != "" {
		if !ago && !in {
			return Expr{}, false // "environ trois jours plus tard" is left to Duration and the date before
		}
		e.Mod = offsetMod(strings.TrimPrefix(strings.Join(strings.Fields(foldString(q)), " "), "un peu "), ago)
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

// determiners open the noun phrase of an event after "avant" or "après".
var determiners = map[string]bool{"le": true, "la": true, "les": true, "l": true, "un": true, "une": true,
	"son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "ce": true, "cet": true,
	"cette": true, "ces": true, "du": true, "des": true, "d": true, "de": true, "notre": true,
	"votre": true, "mon": true, "ma": true, "que": true, "qu": true,
	"celui": true, "celle": true, "ceux": true, "celles": true}

// startsNounPhrase reports whether text opens on a determiner.
func startsNounPhrase(after string) bool {
	w := foldString(firstLetters(after))
	return determiners[w]
}

// firstLetters returns the first run of letters of s, after spaces.
func firstLetters(s string) string {
	s = strings.TrimLeft(s, " \u00a0\u202f")
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// offsetMod is the TIMEX3 mod of an offset whose amount q qualifies: "il
// y a près de trois semaines" is about then, "il y a plus de dix ans"
// before then, "dans moins d'un mois" before then, "il y a tout juste un
// an" then.
func offsetMod(q string, ago bool) string {
	more, less := strings.HasPrefix(q, "plus") || strings.HasPrefix(q, "au moins"), strings.HasPrefix(q, "moins")
	switch {
	case strings.HasSuffix(q, "juste") || q == "exactement":
		return "" // "il y a tout juste un an": then exactly
	case more && ago, less && !ago:
		return "BEFORE"
	case more, less:
		return "AFTER"
	}
	return "APPROX"
}

// roundCount is the count a round number of "une dizaine de" stands for.
func roundCount(r string) int {
	switch r {
	case "dizaine":
		return 10
	case "quinzaine":
		return 15
	case "vingtaine":
		return 20
	case "trentaine":
		return 30
	}
	return 100
}

// offsetCount reads the count of an offset; vague counts ("quelques") are
// reported with vague=true and count 0.
func offsetCount(s string) (n int, vague bool) {
	switch lower.String(s) {
	case "quelques", "plusieurs":
		return 0, true
	}
	v, ok := numberValue(s)
	if !ok || v != math.Trunc(v) || v > 10000 {
		return -1, false
	}
	return int(v), false
}
