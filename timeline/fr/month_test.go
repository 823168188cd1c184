package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestMonthYear(t *testing.T) {
	month := timeline.GrainMonth
	cases := []matchCase{
		{name: "mars 2016", text: "mars 2016", ok: true, match: "mars 2016",
			want: fr.Expr{Month: 3, Year: 2016, Unit: month}, zero: "Century Dir Day"},
		{name: "capital with a year", text: "Mars 2016", ok: true, match: "Mars 2016", want: fr.Expr{Month: 3, Year: 2016, Unit: month}},
		{name: "en mars", text: "en mars", ok: true, match: "en mars", want: fr.Expr{Month: 3, Unit: month}, zero: "Year"},
		{name: "two-figure year", text: "en octobre 98", ok: true, match: "en octobre 98", want: fr.Expr{Month: 10, Year: 1998, Century: true, Unit: month}},
		{name: "a price after a month", text: "février 81 75 payé", ok: true, match: "février", want: fr.Expr{Month: 2, Unit: month}, zero: "Year"},
		{name: "a missing price after a month", text: "avril 40 .. à 49 25", ok: true, match: "avril", want: fr.Expr{Month: 4, Unit: month}, zero: "Year"},
		{name: "au mois de juin", text: "au mois de juin", ok: true, match: "au mois de juin", want: fr.Expr{Month: 6, Unit: month}},
		{name: "mois d'août", text: "le mois d'août", ok: true, match: "le mois d'août", want: fr.Expr{Month: 8, Unit: month}},
		{name: "mois d’avril", text: "du mois d’avril", ok: true, match: "du mois d’avril", want: fr.Expr{Month: 4, Unit: month}},
		{name: "courant mai", text: "courant mai", ok: true, match: "courant mai", want: fr.Expr{Month: 5, Unit: month}},
		{name: "octobre 98", text: "octobre 98", ok: true, match: "octobre 98",
			want: fr.Expr{Month: 10, Year: 1998, Century: true, Unit: month}},
		{name: "mai 68", text: "en mai 68,", ok: true, match: "en mai 68", want: fr.Expr{Month: 5, Year: 1968, Century: true, Unit: month}},
		{name: "juin prochain", text: "juin prochain", ok: true, match: "juin prochain", want: fr.Expr{Month: 6, Dir: fr.DirNext, Unit: month}},
		{name: "septembre dernier", text: "septembre dernier", ok: true, match: "septembre dernier",
			want: fr.Expr{Month: 9, Dir: fr.DirLast, Unit: month}},
		{name: "mars dernier", text: "mars dernier", ok: true, match: "mars dernier", want: fr.Expr{Month: 3, Dir: fr.DirLast, Unit: month}},
		{name: "bare month other than mars and mai", text: "janvier", ok: true, match: "janvier", want: fr.Expr{Month: 1, Unit: month}},
		{name: "capitals and accent", text: "FÉVRIER 2016", ok: true, match: "FÉVRIER 2016", want: fr.Expr{Month: 2, Year: 2016, Unit: month}},
		{name: "no accent", text: "fevrier 2016", ok: true, match: "fevrier 2016", want: fr.Expr{Month: 2, Year: 2016, Unit: month}},
		{name: "décembre no accent", text: "decembre", ok: true, match: "decembre", want: fr.Expr{Month: 12, Unit: month}},
		{name: "févr.", text: "févr. 2016", ok: true, match: "févr. 2016", want: fr.Expr{Month: 2, Year: 2016, Unit: month}},
		{name: "janv.", text: "janv. 2015", ok: true, match: "janv. 2015", want: fr.Expr{Month: 1, Year: 2015, Unit: month}},
		{name: "sept.", text: "sept. 2014", ok: true, match: "sept. 2014", want: fr.Expr{Month: 9, Year: 2014, Unit: month}},
		{name: "nbsp", text: "mars\u00a02016", ok: true, match: "mars\u00a02016", want: fr.Expr{Month: 3, Year: 2016, Unit: month}},
		{name: "narrow nbsp", text: "en\u202fjuillet", ok: true, match: "en\u202fjuillet", want: fr.Expr{Month: 7, Unit: month}},
		{name: "depuis mars", text: "depuis mars", at: "mars", ok: true, match: "mars", want: fr.Expr{Month: 3, Unit: month}},
		{name: "de mars à juin", text: "de mars à juin", at: "mars", ok: true, match: "mars", want: fr.Expr{Month: 3, Unit: month}},
		{name: "jusqu'en mai", text: "jusqu'en mai", at: "mai", ok: true, match: "mai", want: fr.Expr{Month: 5, Unit: month}},
		{name: "entre mars et mai", text: "entre mars et mai", at: "mai", ok: true, match: "mai", want: fr.Expr{Month: 5, Unit: month}},

		{name: "planet alone", text: "Mars", ok: false},
		{name: "la planète Mars", text: "la planète Mars", at: "Mars", ok: false},
		{name: "planet in a sentence", text: "la mission vers Mars a décollé", at: "Mars", ok: false},
		{name: "Mai as a name", text: "Mai a déclaré", ok: false},
		{name: "Mai after a first name", text: "Thi Mai Nguyen", at: "Mai", ok: false},
		{name: "mars without cue", text: "mars", ok: false},
		{name: "word continues", text: "marsupial", ok: false},
		{name: "undotted abbreviation alone", text: "janv 2015", ok: false},
		{name: "2000 morts", text: "2000 morts", ok: false},
		// Fixed bugs
		{name: "count after the month", text: "en octobre 15 personnes ont été arrêtées", ok: true, match: "en octobre",
			want: fr.Expr{Month: 10, Unit: month}, zero: "Year"},
	}
	var knownFailures []matchCase
	runCases(t, fr.MonthYear(), cases, knownFailures)
}
