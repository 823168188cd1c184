package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestOrdinalPeriod(t *testing.T) {
	week, day := timeline.GrainWeek, timeline.GrainDay
	cases := []matchCase{
		{name: "first week", text: "la première semaine de mars", ok: true, match: "la première semaine de mars",
			want: fr.Expr{Ordinal: 1, Unit: week, Month: 3}},
		{name: "last week with year", text: "la dernière semaine de septembre 2014", ok: true,
			match: "la dernière semaine de septembre 2014", want: fr.Expr{Ordinal: -1, Unit: week, Month: 9, Year: 2014}},
		{name: "third day", text: "le 3e jour d'octobre", ok: true, match: "le 3e jour d'octobre",
			want: fr.Expr{Ordinal: 3, Unit: day, Month: 10}},
		{name: "last day typographic", text: "le dernier jour d’octobre 2015", ok: true, match: "le dernier jour d’octobre 2015",
			want: fr.Expr{Ordinal: -1, Unit: day, Month: 10, Year: 2015}},
		{name: "first week-end", text: "le premier week-end de septembre", ok: true, match: "le premier week-end de septembre",
			want: fr.Expr{Ordinal: 1, Unit: timeline.GrainWeekend, Month: 9}},
		{name: "week of a date", text: "la semaine du 21 mars", ok: true, match: "la semaine du 21 mars",
			want: fr.Expr{Day: 21, Month: 3, Unit: week}},
		{name: "last weekday of a month", text: "le dernier lundi de mars", ok: true, match: "le dernier lundi de mars",
			want: fr.Expr{Ordinal: -1, Weekday: 1, Month: 3}, zero: "Unit"},
		{name: "weekday of next month", text: "le premier mercredi du mois prochain", ok: true, match: "le premier mercredi du mois prochain",
			want: fr.Expr{Ordinal: 1, Weekday: 3, Unit: timeline.GrainMonth, Shift: 1}},
		{name: "weekday of this month", text: "le deuxième jeudi du mois,", ok: true, match: "le deuxième jeudi du mois",
			want: fr.Expr{Ordinal: 2, Weekday: 4, Unit: timeline.GrainMonth}, zero: "Shift Month"},
		{name: "first fortnight", text: "la première quinzaine d'avril", ok: true, match: "la première quinzaine d'avril",
			want: fr.Expr{Kind: fr.KindRange}},
		{name: "no month", text: "la première semaine de négociations", ok: false},
		{name: "week of next month needs a weekday", text: "la première semaine du mois prochain", ok: false},
		{name: "third fortnight", text: "la troisième quinzaine de juin", ok: false},
		{name: "weekday of no month", text: "le premier lundi de la saison", ok: false},
		{name: "sixth week", text: "la sixième semaine de mars", ok: false},
		{name: "week of an impossible date", text: "la semaine du 31 avril", ok: false},
	}
	var knownFailures []matchCase
	runCases(t, fr.OrdinalPeriod(), cases, knownFailures)
}
