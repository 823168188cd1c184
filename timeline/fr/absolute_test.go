package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestAbsoluteDate(t *testing.T) {
	cases := []matchCase{
		{name: "day month", text: "le 22 mars", ok: true, match: "le 22 mars",
			want: fr.Expr{Day: 22, Month: 3}, zero: "Year Weekday Dir"},
		{name: "day month year", text: "22 mars 2016 à Bruxelles", ok: true, match: "22 mars 2016",
			want: fr.Expr{Day: 22, Month: 3, Year: 2016}, zero: "Century"},
		{name: "weekday and comma", text: "mardi, 15 mars", ok: true, match: "mardi, 15 mars",
			want: fr.Expr{Weekday: 2, Day: 15, Month: 3}},
		{name: "weekday without comma", text: "le Mardi 15 mars 2016,", ok: true, match: "le Mardi 15 mars 2016",
			want: fr.Expr{Weekday: 2, Day: 15, Month: 3, Year: 2016}},
		{name: "1er", text: "1er mars", ok: true, match: "1er mars", want: fr.Expr{Day: 1, Month: 3}},
		{name: "superscript 1er", text: "le 1ᵉʳ mai", ok: true, match: "le 1ᵉʳ mai", want: fr.Expr{Day: 1, Month: 5}},
		{name: "premier", text: "le premier juin", ok: true, match: "le premier juin", want: fr.Expr{Day: 1, Month: 6}},
		{name: "ordinal suffix", text: "le 2e juillet", ok: true, match: "le 2e juillet", want: fr.Expr{Day: 2, Month: 7}},
		{name: "capitals and accent", text: "15 FÉVRIER 2016", ok: true, match: "15 FÉVRIER 2016",
			want: fr.Expr{Day: 15, Month: 2, Year: 2016}},
		{name: "no accent", text: "3 fevrier", ok: true, match: "3 fevrier", want: fr.Expr{Day: 3, Month: 2}},
		{name: "december no accent", text: "25 decembre", ok: true, match: "25 decembre", want: fr.Expr{Day: 25, Month: 12}},
		{name: "août", text: "15 août", ok: true, match: "15 août", want: fr.Expr{Day: 15, Month: 8}},
		{name: "févr.", text: "3 févr. 2016", ok: true, match: "3 févr. 2016", want: fr.Expr{Day: 3, Month: 2, Year: 2016}},
		{name: "sept.", text: "14 sept. 2014", ok: true, match: "14 sept. 2014", want: fr.Expr{Day: 14, Month: 9, Year: 2014}},
		{name: "janv.", text: "12 janv.", ok: true, match: "12 janv.", want: fr.Expr{Day: 12, Month: 1}},
		{name: "undotted abbreviation after a day", text: "12 janv 2015", ok: true, match: "12 janv 2015",
			want: fr.Expr{Day: 12, Month: 1, Year: 2015}},
		{name: "nbsp", text: "22\u00a0mars\u00a02016", ok: true, match: "22\u00a0mars\u00a02016",
			want: fr.Expr{Day: 22, Month: 3, Year: 2016}},
		{name: "narrow nbsp", text: "le\u202f22\u202fmars", ok: true, match: "le\u202f22\u202fmars",
			want: fr.Expr{Day: 22, Month: 3}},
		{name: "two-digit year", text: "le 12 octobre 98.", ok: true, match: "le 12 octobre 98",
			want: fr.Expr{Day: 12, Month: 10, Year: 1998, Century: true}},
		{name: "apostrophe year", text: "le 12 octobre ’05", ok: true, match: "le 12 octobre ’05",
			want: fr.Expr{Day: 12, Month: 10, Year: 2005, Century: true}},
		{name: "dernier", text: "le 6 mai dernier", ok: true, match: "le 6 mai dernier",
			want: fr.Expr{Day: 6, Month: 5, Dir: fr.DirLast}},
		{name: "prochain", text: "le 14 juillet prochain", ok: true, match: "le 14 juillet prochain",
			want: fr.Expr{Day: 14, Month: 7, Dir: fr.DirNext}},
		{name: "29 février", text: "29 février 2016", ok: true, match: "29 février 2016",
			want: fr.Expr{Day: 29, Month: 2, Year: 2016}},
		{name: "31 décembre", text: "31 décembre", ok: true, match: "31 décembre", want: fr.Expr{Day: 31, Month: 12}},
		{name: "inside a sentence", text: "Il est arrivé le 3 mars à Paris.", at: "le 3", ok: true, match: "le 3 mars",
			want: fr.Expr{Day: 3, Month: 3}},

		{name: "30 février", text: "30 février", ok: true, match: "30 février", want: fr.Expr{Day: 30, Month: 2, Problem: "February has no day 30"}},
		{name: "31 avril", text: "le 31 avril", ok: true, match: "le 31 avril", want: fr.Expr{Day: 31, Month: 4, Problem: "April has no day 31"}},
		{name: "day 32", text: "32 mars", ok: false},
		{name: "day 0", text: "0 mars", ok: false},
		{name: "27 morts", text: "27 morts", ok: false},
		{name: "day without month", text: "le 22", ok: false},
		{name: "month alone", text: "mars 2016", ok: false},
		{name: "planet", text: "la planète Mars", at: "Mars", ok: false},
		{name: "month inside a word", text: "15 marsupiaux", ok: false},
		{name: "day inside a number", text: "2015 mars", ok: false},
		// Fixed bugs
		{name: "year before Christ", text: "le 15 mars 44 av. J.-C.", ok: true, match: "le 15 mars 44 av. J.-C.",
			want: fr.Expr{Day: 15, Month: 3, Year: -44}, zero: "Century"},
		{name: "year after Christ", text: "10 Août 88 p. Chr. n.", ok: true, match: "10 Août 88 p. Chr. n.",
			want: fr.Expr{Day: 10, Month: 8, Year: 88}, zero: "Century"},
		{name: "three-digit year with era", text: "le 4 juillet 476 apr. J.-C.", ok: true, match: "le 4 juillet 476 apr. J.-C.",
			want: fr.Expr{Day: 4, Month: 7, Year: 476}},
		{name: "three-digit count is no year", text: "le 3 mars 150 personnes", ok: true, match: "le 3 mars",
			want: fr.Expr{Day: 3, Month: 3}, zero: "Year"},
		{name: "count after the date", text: "le 3 mars 15 personnes ont été arrêtées", ok: true, match: "le 3 mars",
			want: fr.Expr{Day: 3, Month: 3}, zero: "Year"},
	}
	knownFailures := []matchCase{}
	runCases(t, fr.AbsoluteDate(), cases, knownFailures)
}
