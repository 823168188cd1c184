package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestYearPart(t *testing.T) {
	quarter, half := timeline.GrainQuarter, timeline.GrainHalf
	cases := []matchCase{
		{name: "first quarter with year", text: "au premier trimestre 2016,", at: "premier", ok: true, match: "premier trimestre 2016",
			want: fr.Expr{Ordinal: 1, Unit: quarter, Year: 2016}},
		{name: "quarter of a year", text: "le quatrième trimestre de 2015", ok: true, match: "le quatrième trimestre de 2015",
			want: fr.Expr{Ordinal: 4, Unit: quarter, Year: 2015}},
		{name: "quarter of the year written", text: "le troisième trimestre de l'année 2014", ok: true, match: "le troisième trimestre de l'année 2014",
			want: fr.Expr{Ordinal: 3, Unit: quarter, Year: 2014}},
		{name: "digits", text: "au 1er trimestre, les ventes", at: "1er", ok: true, match: "1er trimestre",
			want: fr.Expr{Ordinal: 1, Unit: quarter}, zero: "Year"},
		{name: "second half", text: "le second semestre sera dur", ok: true, match: "le second semestre",
			want: fr.Expr{Ordinal: 2, Unit: half}, zero: "Year"},
		{name: "2e semestre", text: "au 2e semestre 2012", at: "2e", ok: true, match: "2e semestre 2012",
			want: fr.Expr{Ordinal: 2, Unit: half, Year: 2012}},
		{name: "last quarter of a year", text: "le dernier trimestre 2015", ok: true, match: "le dernier trimestre 2015",
			want: fr.Expr{Ordinal: -1, Unit: quarter, Year: 2015}},
		{name: "before a relative year", text: "le deuxième trimestre de l'année dernière", ok: true, match: "le deuxième trimestre",
			want: fr.Expr{Ordinal: 2, Unit: quarter}, zero: "Year"},
		{name: "typographic apostrophe", text: "le premier semestre de l’année 2013", ok: true, match: "le premier semestre de l’année 2013",
			want: fr.Expr{Ordinal: 1, Unit: half, Year: 2013}},
		{name: "last quarter alone is relative", text: "le dernier trimestre a été bon", ok: false},
		{name: "pregnancy", text: "le premier trimestre de grossesse", ok: false},
		{name: "fiscal year", text: "le deuxième semestre de l'exercice", ok: false},
		{name: "fiscal year, typographic apostrophe", text: "le premier trimestre d’exercice", ok: false},
		{name: "before a relative year, typographic apostrophe", text: "le deuxième semestre de l’année dernière", ok: true, match: "le deuxième semestre",
			want: fr.Expr{Ordinal: 2, Unit: timeline.GrainHalf}, zero: "Year"},
		{name: "fifth quarter", text: "le cinquième trimestre", ok: false},
		{name: "third half", text: "le troisième semestre 2015", ok: false},
		{name: "no unit", text: "le premier tour", ok: false},
	}
	runCases(t, fr.YearPart(), cases, nil)
}
