package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestRelativePeriod(t *testing.T) {
	cases := []matchCase{
		{name: "la semaine prochaine", text: "la semaine prochaine", ok: true, match: "la semaine prochaine",
			want: fr.Expr{Unit: timeline.GrainWeek, Dir: fr.DirNext, Shift: 1}},
		{name: "cette semaine", text: "cette semaine", ok: true, match: "cette semaine",
			want: fr.Expr{Unit: timeline.GrainWeek, Dir: fr.DirThis}, zero: "Shift"},
		{name: "la semaine dernière", text: "la semaine dernière", ok: true, match: "la semaine dernière",
			want: fr.Expr{Unit: timeline.GrainWeek, Dir: fr.DirLast, Shift: -1}},
		{name: "la semaine derniere", text: "la semaine derniere", ok: true, match: "la semaine derniere",
			want: fr.Expr{Unit: timeline.GrainWeek, Dir: fr.DirLast, Shift: -1}},
		{name: "le mois dernier", text: "le mois dernier", ok: true, match: "le mois dernier",
			want: fr.Expr{Unit: timeline.GrainMonth, Dir: fr.DirLast, Shift: -1}},
		{name: "le mois prochain", text: "Le Mois Prochain", ok: true, match: "Le Mois Prochain",
			want: fr.Expr{Unit: timeline.GrainMonth, Dir: fr.DirNext, Shift: 1}},
		{name: "ce mois", text: "ce mois-ci", ok: true, match: "ce mois",
			want: fr.Expr{Unit: timeline.GrainMonth, Dir: fr.DirThis}},
		{name: "le mois précédent", text: "le mois précédent", ok: true, match: "le mois précédent",
			want: fr.Expr{Unit: timeline.GrainMonth, Dir: fr.DirLast, Shift: -1}},
		{name: "la semaine suivante", text: "la semaine suivante", ok: true, match: "la semaine suivante",
			want: fr.Expr{Unit: timeline.GrainWeek, Dir: fr.DirNext, Shift: 1}},
		{name: "l'an prochain", text: "l'an prochain", ok: true, match: "l'an prochain",
			want: fr.Expr{Unit: timeline.GrainYear, Dir: fr.DirNext, Shift: 1}},
		{name: "l’an dernier", text: "l’an dernier", ok: true, match: "l’an dernier",
			want: fr.Expr{Unit: timeline.GrainYear, Dir: fr.DirLast, Shift: -1}},
		{name: "l'année passée", text: "l'année passée", ok: true, match: "l'année passée",
			want: fr.Expr{Unit: timeline.GrainYear, Dir: fr.DirLast, Shift: -1}},
		{name: "cette année", text: "cette année", ok: true, match: "cette année",
			want: fr.Expr{Unit: timeline.GrainYear, Dir: fr.DirThis}, zero: "Shift"},
		{name: "CETTE ANNÉE", text: "CETTE ANNÉE", ok: true, match: "CETTE ANNÉE",
			want: fr.Expr{Unit: timeline.GrainYear, Dir: fr.DirThis}},
		{name: "cette annee", text: "cette annee", ok: true, match: "cette annee",
			want: fr.Expr{Unit: timeline.GrainYear, Dir: fr.DirThis}},
		{name: "l'année en cours", text: "l'année en cours", ok: true, match: "l'année en cours",
			want: fr.Expr{Unit: timeline.GrainYear, Dir: fr.DirThis}},
		{name: "ce week-end", text: "ce week-end", ok: true, match: "ce week-end",
			want: fr.Expr{Unit: timeline.GrainWeekend, Dir: fr.DirThis}},
		{name: "ce weekend", text: "ce weekend", ok: true, match: "ce weekend",
			want: fr.Expr{Unit: timeline.GrainWeekend, Dir: fr.DirThis}},
		{name: "le week-end dernier", text: "le week-end dernier", ok: true, match: "le week-end dernier",
			want: fr.Expr{Unit: timeline.GrainWeekend, Dir: fr.DirLast, Shift: -1}},
		{name: "le trimestre prochain", text: "le trimestre prochain", ok: true, match: "le trimestre prochain",
			want: fr.Expr{Unit: timeline.GrainQuarter, Dir: fr.DirNext, Shift: 1}},
		{name: "le siècle dernier", text: "le siècle dernier", ok: true, match: "le siècle dernier",
			want: fr.Expr{Unit: timeline.GrainCentury, Dir: fr.DirLast, Shift: -1}},
		{name: "la décennie passée", text: "la décennie passée", ok: true, match: "la décennie passée",
			want: fr.Expr{Unit: timeline.GrainDecade, Dir: fr.DirLast, Shift: -1}},
		{name: "nbsp", text: "la semaine\u00a0prochaine", ok: true, match: "la semaine\u00a0prochaine",
			want: fr.Expr{Unit: timeline.GrainWeek, Dir: fr.DirNext, Shift: 1}},
		{name: "narrow nbsp", text: "cette\u202fannée", ok: true, match: "cette\u202fannée",
			want: fr.Expr{Unit: timeline.GrainYear, Dir: fr.DirThis}},
		{name: "ces derniers jours", text: "ces derniers jours", ok: true, match: "ces derniers jours",
			want: fr.Expr{Kind: fr.KindDuration, Value: "PXD", Unit: timeline.GrainDay}},
		{name: "ces dernières semaines", text: "ces dernières semaines", ok: true, match: "ces dernières semaines",
			want: fr.Expr{Kind: fr.KindDuration, Value: "PXW", Unit: timeline.GrainWeek}},
		{name: "ces derniers mois", text: "ces derniers mois", ok: true, match: "ces derniers mois",
			want: fr.Expr{Kind: fr.KindDuration, Value: "PXM", Unit: timeline.GrainMonth}},
		{name: "ces dernières années", text: "ces dernières années", ok: true, match: "ces dernières années",
			want: fr.Expr{Kind: fr.KindDuration, Value: "PXY", Unit: timeline.GrainYear}},

		{name: "la semaine alone", text: "la semaine", ok: false},
		{name: "le mois alone", text: "le mois de mars", ok: false},
		{name: "l'an 2000", text: "l'an 2000", ok: false},
		{name: "ce semaine", text: "ce semaine", ok: false},
		{name: "ces jours", text: "ces jours", ok: false},
		{name: "plural", text: "les semaines prochaines", ok: false},
		{name: "no determiner", text: "semaine prochaine", ok: false},
		{name: "unknown direction", text: "la semaine sainte", ok: false},
	}
	runCases(t, fr.RelativePeriod(), cases, nil)
}
