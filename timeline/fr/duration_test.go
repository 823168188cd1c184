package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestDuration(t *testing.T) {
	dur := func(value string, unit timeline.Grain) fr.Expr {
		return fr.Expr{Kind: fr.KindDuration, Value: value, Unit: unit}
	}
	mod := func(e fr.Expr, m string) fr.Expr { e.Mod = m; return e }
	hour, day, month, year := timeline.GrainHour, timeline.GrainDay, timeline.GrainMonth, timeline.GrainYear
	cases := []matchCase{
		{name: "more than one year with an apostrophe", text: "plus d'un an que", ok: true, match: "plus d'un an",
			want: fr.Expr{Kind: fr.KindDuration, Value: "P1Y", Unit: timeline.GrainYear, Mod: "MORE_THAN"}},
		{name: "one day as once", text: "il disait un jour que", at: "un", ok: false},
		{name: "one day or another", text: "un jour ou l'autre", ok: false},
		{name: "every day of the week", text: "ouvert 7 jours sur 7", at: "7", ok: false},
		{name: "three days out of five", text: "il travaille 3 jours sur 5", at: "3", ok: false},
		{name: "some day with a subject after", text: "je sais qu'un jour il reviendra", at: "un", ok: false},
		{name: "a holiday", text: "c'est un jour férié", at: "un", ok: false},
		{name: "only one day", text: "il ne restera qu'un jour en France", at: "un", ok: true, match: "un jour",
			want: fr.Expr{Kind: fr.KindDuration, Value: "P1D", Unit: timeline.GrainDay}},
		{name: "one day of rest", text: "après un jour de repos", at: "un", ok: true, match: "un jour",
			want: fr.Expr{Kind: fr.KindDuration, Value: "P1D", Unit: timeline.GrainDay}},
		{name: "lasted one day", text: "elle a duré un jour.", at: "un", ok: true, match: "un jour",
			want: fr.Expr{Kind: fr.KindDuration, Value: "P1D", Unit: timeline.GrainDay}},
		{name: "sept heures", text: "sept heures", ok: true, match: "sept heures", want: dur("PT7H", hour), zero: "Mod HasTime"},
		{name: "capitals", text: "Sept Heures", ok: true, match: "Sept Heures", want: dur("PT7H", hour)},
		{name: "six mois", text: "six mois", ok: true, match: "six mois", want: dur("P6M", month)},
		{name: "deux ans", text: "deux ans", ok: true, match: "deux ans", want: dur("P2Y", year)},
		{name: "digits", text: "15 jours", ok: true, match: "15 jours", want: dur("P15D", day)},
		{name: "decimal comma", text: "30,4 secondes", ok: true, match: "30,4 secondes", want: dur("PT30.4S", timeline.GrainSecond)},
		{name: "minutes", text: "45 minutes", ok: true, match: "45 minutes", want: dur("PT45M", timeline.GrainMinute)},
		{name: "weeks", text: "trois semaines", ok: true, match: "trois semaines", want: dur("P3W", timeline.GrainWeek)},
		{name: "compound number", text: "vingt et un jours", ok: true, match: "vingt et un jours", want: dur("P21D", day)},
		{name: "hyphenated number", text: "dix-huit mois", ok: true, match: "dix-huit mois", want: dur("P18M", month)},
		{name: "quatre-vingt-dix", text: "quatre-vingt-dix jours", ok: true, match: "quatre-vingt-dix jours", want: dur("P90D", day)},
		{name: "semesters", text: "trois semestres", ok: true, match: "trois semestres", want: dur("P18M", month)},
		{name: "quarters", text: "deux trimestres", ok: true, match: "deux trimestres", want: dur("P6M", month)},
		{name: "decades", text: "deux décennies", ok: true, match: "deux décennies", want: dur("P20Y", year)},
		{name: "hours and a half", text: "2 heures et demie", ok: true, match: "2 heures et demie", want: dur("PT2H30M", hour)},
		{name: "an hour and a quarter", text: "une heure et quart", ok: true, match: "une heure et quart", want: dur("PT1H15M", hour)},
		{name: "years and a half", text: "trois ans et demi", ok: true, match: "trois ans et demi", want: dur("P3Y6M", year)},
		{name: "days and a half", text: "deux jours et demi", ok: true, match: "deux jours et demi", want: dur("P2DT12H", day)},
		{name: "months and a half", text: "cinq mois et demi", ok: true, match: "cinq mois et demi", want: dur("P5M15D", month)},
		{name: "months have no quarter below", text: "deux mois et quart", ok: true, match: "deux mois", want: dur("P2M", month)},
		{name: "weeks have no half below", text: "deux semaines et demie", ok: true, match: "deux semaines", want: dur("P2W", timeline.GrainWeek)},
		{name: "et quart of a decimal", text: "1,5 heure et quart", ok: true, match: "1,5 heure", want: dur("PT1.5H", hour)},
		{name: "an offset's amount keeps whole units", text: "il y a un an et demi", at: "un", ok: true, match: "un an", want: dur("P1Y", year)},
		{name: "century", text: "un siècle", ok: true, match: "un siècle", want: dur("P100Y", year)},
		{name: "journées", text: "deux journées", ok: true, match: "deux journées", want: dur("P2D", day)},
		{name: "environ une heure", text: "environ une heure", ok: true, match: "environ une heure", want: mod(dur("PT1H", hour), "APPROX")},
		{name: "près de", text: "près de 20 ans", ok: true, match: "près de 20 ans", want: mod(dur("P20Y", year), "APPROX")},
		{name: "plus de", text: "plus de dix ans", ok: true, match: "plus de dix ans", want: mod(dur("P10Y", year), "MORE_THAN")},
		{name: "moins de", text: "moins de trois jours", ok: true, match: "moins de trois jours", want: mod(dur("P3D", day), "LESS_THAN")},
		{name: "au moins", text: "au moins deux semaines", ok: true, match: "au moins deux semaines",
			want: mod(dur("P2W", timeline.GrainWeek), "EQUAL_OR_MORE")},
		{name: "quelque", text: "quelque deux mois", ok: true, match: "quelque deux mois", want: mod(dur("P2M", month), "APPROX")},
		{name: "plusieurs années", text: "plusieurs années", ok: true, match: "plusieurs années", want: dur("PXY", year)},
		{name: "quelques jours", text: "quelques jours", ok: true, match: "quelques jours", want: dur("PXD", day)},
		{name: "des années", text: "des années", ok: true, match: "des années", want: dur("PXY", year)},
		{name: "des mois", text: "des mois", ok: true, match: "des mois", want: dur("PXM", month)},
		{name: "de longues années", text: "de longues années", ok: true, match: "de longues années", want: dur("PXY", year)},
		{name: "de nombreuses semaines", text: "de nombreuses semaines", ok: true, match: "de nombreuses semaines",
			want: dur("PXW", timeline.GrainWeek)},
		{name: "une dizaine d'années", text: "une dizaine d'années", ok: true, match: "une dizaine d'années", want: dur("P10Y", year)},
		{name: "une centaine d’heures", text: "une centaine d’heures", ok: true, match: "une centaine d’heures", want: dur("PT100H", hour)},
		{name: "un quart de siècle", text: "un quart de siècle", ok: true, match: "un quart de siècle", want: dur("P25Y", year)},
		{name: "un demi-siècle", text: "un demi-siècle", ok: true, match: "un demi-siècle", want: dur("P50Y", year)},
		{name: "une demi-heure", text: "une demi-heure", ok: true, match: "une demi-heure", want: dur("PT30M", timeline.GrainMinute)},
		{name: "une demi-journée", text: "une demi-journée", ok: true, match: "une demi-journée", want: dur("PT12H", hour)},
		{name: "quinquennat", text: "quinquennat", ok: true, match: "quinquennat", want: dur("P5Y", year)},
		{name: "septennat", text: "le septennat", at: "septennat", ok: true, match: "septennat", want: dur("P7Y", year)},
		{name: "nbsp", text: "deux\u00a0ans", ok: true, match: "deux\u00a0ans", want: dur("P2Y", year)},
		{name: "narrow nbsp", text: "20\u202fans", ok: true, match: "20\u202fans", want: dur("P20Y", year)},
		{name: "in a sentence", text: "Il a purgé six mois de prison.", at: "six", ok: true, match: "six mois", want: dur("P6M", month)},

		{name: "not a unit", text: "deux personnes", ok: false},
		{name: "unit alone", text: "ans", ok: false},
		{name: "des heures", text: "des heures supplémentaires", ok: false},
		{name: "des jours", text: "des jours fériés", ok: false},
		{name: "zero", text: "0 jour", ok: false},
		{name: "unit continues", text: "trois moissons", ok: false},
		// Fixed bugs
		{name: "une vingtaine de jours", text: "une vingtaine de jours", ok: true, match: "une vingtaine de jours", want: dur("P20D", day)},
		{name: "une dizaine de minutes", text: "une dizaine de minutes", ok: true, match: "une dizaine de minutes",
			want: dur("PT10M", timeline.GrainMinute)},
	}
	var knownFailures []matchCase
	runCases(t, fr.Duration(), cases, knownFailures)
}
