package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestEdgePeriod(t *testing.T) {
	cases := []matchCase{
		{name: "first days of next month", text: "les premiers jours du mois prochain", ok: true, match: "les premiers jours du mois prochain",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainMonth, Dir: fr.DirNext, Shift: 1, Mod: "START"}},
		{name: "last days of last month", text: "les derniers jours du mois dernier", ok: true, match: "les derniers jours du mois dernier",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainMonth, Dir: fr.DirLast, Shift: -1, Mod: "END"}},
		{name: "first days of this month", text: "les premiers jours de ce mois", ok: true, match: "les premiers jours de ce mois",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainMonth, Dir: fr.DirThis, Mod: "START"}},
		{name: "ten first days of next month", text: "les dix premiers jours du mois prochain", ok: true,
			match: "les dix premiers jours du mois prochain", want: fr.Expr{Kind: fr.KindRange}},
		{name: "counted last days of a relative month", text: "les 3 derniers jours du mois dernier", at: "derniers", ok: false},
		{name: "first months of a relative month", text: "les premiers mois du mois prochain", ok: false},
		{name: "last days of a month", text: "les dix derniers jours de février", ok: true, match: "les dix derniers jours de février",
			want: fr.Expr{Kind: fr.KindRange}},
		{name: "first months of a year", text: "les trois premiers mois de 2016", ok: true, match: "les trois premiers mois de 2016",
			want: fr.Expr{Kind: fr.KindRange}},
		{name: "first months of this year", text: "des 8 premiers mois de l'année,", ok: true, match: "des 8 premiers mois de l'année",
			want: fr.Expr{Kind: fr.KindRange}},
		{name: "last months of last year", text: "les trois derniers mois de l'année dernière", ok: true,
			match: "les trois derniers mois de l'année dernière", want: fr.Expr{Kind: fr.KindRange}},
		{name: "first days uncounted", text: "les premiers jours de mars", ok: true, match: "les premiers jours de mars",
			want: fr.Expr{Month: 3, Mod: "START", Unit: timeline.GrainMonth}},
		{name: "last months uncounted", text: "les derniers mois de 2015", ok: true, match: "les derniers mois de 2015",
			want: fr.Expr{Year: 2015, Mod: "END", Unit: timeline.GrainYear}},
		{name: "first half of a month", text: "la première moitié de mars", ok: true, match: "la première moitié de mars",
			want: fr.Expr{Kind: fr.KindRange}},
		{name: "second half of a year", text: "la seconde moitié de l'année 2015", ok: true, match: "la seconde moitié de l'année 2015",
			want: fr.Expr{Ordinal: 2, Year: 2015, Unit: timeline.GrainHalf}},
		{name: "days of a year", text: "les premiers jours de l'année", ok: false},
		{name: "months of a month", text: "les trois derniers mois de mars", ok: false},
		{name: "days of something else", text: "les dix derniers jours de la campagne", ok: false},
		{name: "too many months", text: "les 14 premiers mois de 2015", ok: false},
		{name: "l'an alone", text: "les trois premiers mois de l'an", ok: false},
	}
	runCases(t, fr.EdgePeriod(), cases, nil)
}
