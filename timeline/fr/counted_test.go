package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestCountedPeriod(t *testing.T) {
	day, week, month := timeline.GrainDay, timeline.GrainWeek, timeline.GrainMonth
	cases := []matchCase{
		{name: "les trois derniers jours", text: "les trois derniers jours", ok: true, match: "les trois derniers jours",
			want: fr.Expr{Unit: day, Shift: -3, Counted: true, Dir: fr.DirLast}, zero: "Origin Offset"},
		{name: "les 2 prochaines semaines", text: "les 2 prochaines semaines", ok: true, match: "les 2 prochaines semaines",
			want: fr.Expr{Unit: week, Shift: 2, Counted: true, Dir: fr.DirNext}},
		{name: "unit first, précédents", text: "les 30 jours précédents", ok: true, match: "les 30 jours précédents",
			want: fr.Expr{Unit: day, Shift: -30, Counted: true, Origin: fr.FromPrevious}},
		{name: "hours past the clock", text: "il était 15 heures passées quand", at: "15", ok: false},
		{name: "last days of an occupation", text: "les six derniers mois d’occupation", ok: false},
		{name: "heures passées", text: "les 24 heures passées", ok: true, match: "les 24 heures passées",
			want: fr.Expr{Kind: fr.KindTime, Unit: timeline.GrainHour, Shift: -24, Counted: true}},
		{name: "secondes suivantes", text: "les 90 secondes suivantes", ok: true, match: "les 90 secondes suivantes",
			want: fr.Expr{Kind: fr.KindTime, Unit: timeline.GrainSecond, Shift: 90, Origin: fr.FromPrevious}},
		{name: "no determiner, no accent", text: "2 dernieres annees", ok: true, match: "2 dernieres annees",
			want: fr.Expr{Unit: timeline.GrainYear, Shift: -2, Counted: true}},
		{name: "à venir", text: "dans les six mois à venir", at: "les", ok: true, match: "les six mois à venir",
			want: fr.Expr{Unit: month, Shift: 6, Counted: true}},
		{name: "trimesters in months", text: "les deux derniers trimestres", ok: true, match: "les deux derniers trimestres",
			want: fr.Expr{Unit: month, Shift: -6, Counted: true}},

		{name: "adjective first", text: "au cours des dernières 24 heures", at: "des", ok: true, match: "des dernières 24 heures",
			want: fr.Expr{Kind: fr.KindTime, Unit: timeline.GrainHour, Shift: -24, Counted: true, Dir: fr.DirLast}},
		{name: "adjective first, to come", text: "les prochains trente jours", ok: true, match: "les prochains trente jours",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainDay, Shift: 30, Counted: true, Dir: fr.DirNext}},
		{name: "no count", text: "ces derniers jours", ok: false},
		{name: "adjective first without article", text: "dernières 24 heures", ok: false},
		{name: "vague count", text: "les quelques derniers mois", at: "quelques", ok: false},
		{name: "a plain duration", text: "les trois jours", ok: false},
		{name: "a date, not a count", text: "le 2 mars dernier", at: "2", ok: false},
		{name: "not a unit", text: "les 3 derniers matchs", ok: false},
	}
	runCases(t, fr.CountedPeriod(), cases, nil)
}
