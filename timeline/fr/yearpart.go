package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// YearPart matches a quarter or a half of a year counted inside it: "le
// premier trimestre 2016", "au troisième trimestre", "le 2e semestre de
// 2015", "au dernier trimestre de l'année 2015". Without its year it is
// the one the tense points to; "de l'année dernière" after it is joined
// by the tagger. "Le dernier trimestre" alone is the one before the
// present, a relative period (RelativePeriod).
func YearPart() *Rule {
	return newRule("year-part", TNumWord|TDigit|TYearPart,
		`(?:(?:le|ce|cet)`+sp+`)?`+
			`(?P<ord>premier|1er|deuxi[eè]me|2(?:n?de?|e|[eè]me)|second|troisi[eè]me|3e|3[eè]me|quatri[eè]me|4e|4[eè]me|dernier)`+
			sp+`(?P<unit>trimestre|semestre)`+
			`(?:`+sp+`(?:(?:de|d`+apos+`)`+sp0+`(?:l`+apos+`ann[ée]e`+sp+`)?)?`+year4+`)?`,
		parseYearPart)
}

func parseYearPart(g groups) (Expr, bool) {
	e := Expr{Kind: KindDate, Unit: timeline.GrainQuarter, Ordinal: ordinalNumber(g.get("ord"))}
	last := 4
	if foldString(g.get("unit")) == "semestre" {
		e.Unit, last = timeline.GrainHalf, 2
	}
	if foldString(g.get("ord")) == "second" {
		e.Ordinal = 2
	}
	if e.Ordinal == 0 || e.Ordinal > last {
		return Expr{}, false // "le cinquième trimestre"
	}
	if y := g.get("year"); y != "" {
		e.Year, _, _ = readYear(y, "")
		return e, true
	}
	if e.Ordinal < 0 {
		return Expr{}, false // "le dernier trimestre": RelativePeriod's
	}
	// "le premier trimestre de grossesse", "du deuxième semestre de
	// l'exercice": a part of something else than a calendar year. "de
	// l'année dernière" is left to the tagger, which joins it.
	after := strings.ReplaceAll(foldString(strings.TrimLeft(g.after, " \t\n\u00a0\u202f")), "’", "'")
	if startsWithWord(after, "de", "du", "des") || strings.HasPrefix(after, "d'") {
		rest := strings.TrimLeft(after[strings.IndexAny(after, " '")+1:], " ")
		if !strings.HasPrefix(rest, "l'an") && !strings.HasPrefix(rest, "cette annee") {
			return Expr{}, false
		}
	}
	return e, true
}
