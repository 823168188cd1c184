package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestYear(t *testing.T) {
	year := timeline.GrainYear
	cases := []matchCase{
		{name: "en 2015", text: "en 2015", ok: true, match: "en 2015", want: fr.Expr{Year: 2015, Unit: year}, zero: "Month Day Century"},
		{name: "l'an 2000", text: "l'an 2000", ok: true, match: "l'an 2000", want: fr.Expr{Year: 2000, Unit: year}},
		{name: "l’an 2000", text: "l’an 2000", ok: true, match: "l’an 2000", want: fr.Expr{Year: 2000, Unit: year}},
		{name: "l'année 2001", text: "l'année 2001", ok: true, match: "l'année 2001", want: fr.Expr{Year: 2001, Unit: year}},
		{name: "L'ANNÉE", text: "L'ANNÉE 2001", ok: true, match: "L'ANNÉE 2001", want: fr.Expr{Year: 2001, Unit: year}},
		{name: "année without determiner", text: "année 1968", ok: true, match: "année 1968", want: fr.Expr{Year: 1968, Unit: year}},
		{name: "depuis", text: "depuis 2012", ok: true, match: "depuis 2012", want: fr.Expr{Year: 2012, Unit: year}},
		{name: "jusqu'en", text: "jusqu'en 2020", ok: true, match: "jusqu'en 2020", want: fr.Expr{Year: 2020, Unit: year}},
		{name: "dès", text: "dès 2017", ok: true, match: "dès 2017", want: fr.Expr{Year: 2017, Unit: year}},
		{name: "old year with a preposition", text: "en 1515", ok: true, match: "en 1515", want: fr.Expr{Year: 1515, Unit: year}},
		{name: "l'an 1000", text: "l'an 1000", ok: true, match: "l'an 1000", want: fr.Expr{Year: 1000, Unit: year}},
		{name: "nbsp", text: "en\u00a02015", ok: true, match: "en\u00a02015", want: fr.Expr{Year: 2015, Unit: year}},
		{name: "narrow nbsp", text: "l'an\u202f2000", ok: true, match: "l'an\u202f2000", want: fr.Expr{Year: 2000, Unit: year}},
		{name: "bare year in a sentence", text: "la crise de 2008 a frappé", at: "2008", ok: true, match: "2008",
			want: fr.Expr{Year: 2008, Unit: year}},
		{name: "bare year at the start", text: "1998 fut une année faste", ok: true, match: "1998", want: fr.Expr{Year: 1998, Unit: year}},
		{name: "season range second year", text: "la saison 2002/2003", at: "2003", ok: true, match: "2003",
			want: fr.Expr{Year: 2003, Unit: year}},
		{name: "end of sentence", text: "élu en 2012.", at: "en", ok: true, match: "en 2012", want: fr.Expr{Year: 2012, Unit: year}},

		{name: "4222 alone on a line", text: "Partager\n4222\nTweeter", at: "4222", ok: false},
		{name: "year alone on a line", text: "Partager\n2016\nTweeter", at: "2016", ok: false},
		{name: "2000 morts", text: "2000 morts", ok: false},
		{name: "2000 personnes", text: "plus de 2000 personnes", at: "2000", ok: false},
		{name: "percent", text: "1950 %", ok: false},
		{name: "l'article 27", text: "l'article 27", at: "27", ok: false},
		{name: "article 1998", text: "selon article 1998", at: "1998", ok: false},
		{name: "la loi 2005", text: "la loi 2005", at: "2005", ok: false},
		{name: "numéro", text: "n° 2015", at: "2015", ok: false},
		{name: "page", text: "page 1999", at: "1999", ok: false},
		{name: "bare year out of range", text: "vers 1850", at: "1850", ok: false},
		{name: "with preposition out of range", text: "en 3000", ok: false},
		{name: "five digits", text: "20160", ok: false},
		{name: "decimal", text: "2016,5", ok: false},
		{name: "after a dot", text: "12.2016", at: "2016", ok: false},
		{name: "thousands group", text: "2016 500 euros", ok: false},
		{name: "continues a group", text: "12 2016", at: "2016", ok: false},
		{name: "two digits", text: "en 98", ok: false},
		// Fixed bugs
		{name: "l'article 1998", text: "l'article 1998", at: "1998", ok: false},
		{name: "l’alinéa 2001", text: "l’alinéa 2001", at: "2001", ok: false},
	}
	var knownFailures []matchCase
	runCases(t, fr.Year(), cases, knownFailures)
}
