package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestOffset(t *testing.T) {
	day, week, month, year := timeline.GrainDay, timeline.GrainWeek, timeline.GrainMonth, timeline.GrainYear
	cases := []matchCase{
		{name: "abbreviated unit", text: "dans 5 mins", ok: true, match: "dans 5 mins",
			want: fr.Expr{Kind: fr.KindTime, Unit: timeline.GrainMinute, Shift: 5}},
		{name: "minutes mark", text: "dans 2'", ok: true, match: "dans 2'", want: fr.Expr{Kind: fr.KindTime, Unit: timeline.GrainMinute, Shift: 2}},
		{name: "seconds mark", text: "dans 30\" environ", ok: true, match: "dans 30\"", want: fr.Expr{Kind: fr.KindTime, Unit: timeline.GrainSecond, Shift: 30}},
		{name: "mark without dans", text: "2' plus tard", ok: false},
		{name: "about then", text: "il y a près de trois semaines", ok: true, match: "il y a près de trois semaines",
			want: fr.Expr{Unit: timeline.GrainWeek, Shift: -3, Offset: true, Mod: "APPROX"}},
		{name: "environ", text: "il y a environ un mois", ok: true, match: "il y a environ un mois",
			want: fr.Expr{Unit: timeline.GrainMonth, Shift: -1, Offset: true, Mod: "APPROX"}},
		{name: "more than, ago", text: "il y a plus de dix ans", ok: true, match: "il y a plus de dix ans",
			want: fr.Expr{Unit: timeline.GrainYear, Shift: -10, Offset: true, Mod: "BEFORE"}},
		{name: "a little more than, ago", text: "il y a un peu plus d'un mois, le 12 février", ok: true, match: "il y a un peu plus d'un mois",
			want: fr.Expr{Unit: timeline.GrainMonth, Shift: -1, Offset: true, Mod: "BEFORE"}},
		{name: "exactly, ago", text: "il y a tout juste un an", ok: true, match: "il y a tout juste un an",
			want: fr.Expr{Unit: timeline.GrainYear, Shift: -1, Offset: true}},
		{name: "less than, to come", text: "dans moins d'un mois", ok: true, match: "dans moins d'un mois",
			want: fr.Expr{Unit: timeline.GrainMonth, Shift: 1, Offset: true, Mod: "BEFORE"}},
		{name: "more than, to come", text: "dans plus de deux semaines", ok: true, match: "dans plus de deux semaines",
			want: fr.Expr{Unit: timeline.GrainWeek, Shift: 2, Offset: true, Mod: "AFTER"}},
		{name: "round count", text: "il y a une dizaine de jours", ok: true, match: "il y a une dizaine de jours",
			want: fr.Expr{Unit: timeline.GrainDay, Shift: -10, Offset: true, Mod: "APPROX"}},
		{name: "round count elided", text: "il y a une quinzaine d'années", ok: true, match: "il y a une quinzaine d'années",
			want: fr.Expr{Unit: timeline.GrainYear, Shift: -15, Offset: true, Mod: "APPROX"}},
		{name: "qualifier without il y a", text: "près de trois semaines plus tard", ok: false},
		{name: "qualified vague count", text: "il y a près de quelques jours", ok: false},
		{name: "round count without il y a", text: "une dizaine de jours", ok: false},
		{name: "il y a trois jours", text: "il y a trois jours", ok: true, match: "il y a trois jours",
			want: fr.Expr{Unit: day, Shift: -3}, zero: "Origin Mod"},
		{name: "il y a 20 ans", text: "il y a 20 ans", ok: true, match: "il y a 20 ans", want: fr.Expr{Unit: year, Shift: -20, Offset: true}, zero: "Origin"},
		{name: "day for day", text: "il y a cinq ans jour pour jour, la révolte", ok: true, match: "il y a cinq ans jour pour jour",
			want: fr.Expr{Unit: year, Shift: -5, Offset: true, Exact: true}},
		{name: "day for day after a comma", text: "il y a un an, jour pour jour,", ok: true, match: "il y a un an, jour pour jour",
			want: fr.Expr{Unit: year, Shift: -1, Offset: true, Exact: true}},
		{name: "day for day needs a unit above the day", text: "il y a trois jours jour pour jour", ok: true, match: "il y a trois jours",
			want: fr.Expr{Unit: timeline.GrainDay, Shift: -3, Offset: true}, zero: "Exact"},
		{name: "day without day for day", text: "il y a un an, jour de deuil", ok: true, match: "il y a un an",
			want: fr.Expr{Unit: year, Shift: -1, Offset: true}, zero: "Exact"},
		{name: "capital", text: "Il y a un an,", ok: true, match: "Il y a un an", want: fr.Expr{Unit: year, Shift: -1}},
		{name: "dans deux semaines", text: "dans deux semaines", ok: true, match: "dans deux semaines",
			want: fr.Expr{Unit: week, Shift: 2}, zero: "Origin"},
		{name: "d'ici trois mois", text: "d'ici trois mois", ok: true, match: "d'ici trois mois", want: fr.Expr{Unit: month, Shift: 3}},
		{name: "d’ici 2 ans", text: "d’ici 2 ans", ok: true, match: "d’ici 2 ans", want: fr.Expr{Unit: year, Shift: 2}},
		{name: "trois jours plus tard", text: "trois jours plus tard", ok: true, match: "trois jours plus tard",
			want: fr.Expr{Unit: day, Shift: 3, Origin: fr.FromPrevious}},
		{name: "deux semaines auparavant", text: "deux semaines auparavant", ok: true, match: "deux semaines auparavant",
			want: fr.Expr{Unit: week, Shift: -2, Origin: fr.FromPrevious}},
		{name: "dix jours après", text: "dix jours après", ok: true, match: "dix jours après",
			want: fr.Expr{Unit: day, Shift: 10, Origin: fr.FromPrevious}},
		{name: "un an plus tôt", text: "un an plus tôt", ok: true, match: "un an plus tôt",
			want: fr.Expr{Unit: year, Shift: -1, Origin: fr.FromPrevious}},
		{name: "deux ans avant", text: "deux ans avant", ok: true, match: "deux ans avant",
			want: fr.Expr{Unit: year, Shift: -2, Origin: fr.FromPrevious}},
		{name: "compound number", text: "il y a vingt et un ans", ok: true, match: "il y a vingt et un ans", want: fr.Expr{Unit: year, Shift: -21}},
		{name: "hyphenated number", text: "il y a dix-huit mois", ok: true, match: "il y a dix-huit mois", want: fr.Expr{Unit: month, Shift: -18}},
		{name: "quatre-vingt-dix", text: "il y a quatre-vingt-dix ans", ok: true, match: "il y a quatre-vingt-dix ans",
			want: fr.Expr{Unit: year, Shift: -90}},
		{name: "semesters in months", text: "il y a trois semestres", ok: true, match: "il y a trois semestres",
			want: fr.Expr{Unit: month, Shift: -18}},
		{name: "decade in years", text: "il y a une décennie", ok: true, match: "il y a une décennie", want: fr.Expr{Unit: year, Shift: -10}},
		{name: "hours are times", text: "il y a deux heures", ok: true, match: "il y a deux heures",
			want: fr.Expr{Kind: fr.KindTime, Unit: timeline.GrainHour, Shift: -2}},
		{name: "nbsp", text: "il\u00a0y\u00a0a trois\u00a0jours", ok: true, match: "il\u00a0y\u00a0a trois\u00a0jours",
			want: fr.Expr{Unit: day, Shift: -3}},
		{name: "narrow nbsp", text: "il y a 20\u202fans", ok: true, match: "il y a 20\u202fans", want: fr.Expr{Unit: year, Shift: -20}},

		{name: "no direction", text: "trois jours", ok: false},
		{name: "vague count", text: "il y a quelques mois", ok: false},
		{name: "plusieurs", text: "il y a plusieurs années", ok: false},
		{name: "decimal count", text: "il y a 2,5 ans", ok: false},
		{name: "not a unit", text: "il y a trois personnes", ok: false},
		{name: "no unit", text: "dans deux", ok: false},
		{name: "unit continues", text: "dans deux journaux", ok: false},
		{name: "count too large", text: "il y a 20000 ans", ok: false},
		// Fixed bugs
		{name: "quatre-vingts", text: "il y a quatre-vingts ans", ok: true, match: "il y a quatre-vingts ans",
			want: fr.Expr{Unit: year, Shift: -80}},
	}
	var knownFailures []matchCase
	runCases(t, fr.Offset(), cases, knownFailures)
}
