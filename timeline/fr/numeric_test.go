package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestNumericDate(t *testing.T) {
	cases := []matchCase{
		{name: "day month year with hyphens", text: "daté du 24-03-2016.", at: "24", ok: true, match: "24-03-2016", want: fr.Expr{Day: 24, Month: 3, Year: 2016}},
		{name: "year month day with slashes", text: "2016/03/24 08:15", ok: true, match: "2016/03/24", want: fr.Expr{Day: 24, Month: 3, Year: 2016}},
		{name: "an age band with a hyphen", text: "les 15-24 ans", at: "15", ok: false},
		{name: "slashes", text: "22/03/2016", ok: true, match: "22/03/2016",
			want: fr.Expr{Day: 22, Month: 3, Year: 2016}, zero: "Century Weekday"},
		{name: "ISO", text: "2016-03-22", ok: true, match: "2016-03-22", want: fr.Expr{Day: 22, Month: 3, Year: 2016}},
		{name: "dots", text: "22.03.2016", ok: true, match: "22.03.2016", want: fr.Expr{Day: 22, Month: 3, Year: 2016}},
		{name: "day and month", text: "le 22/03 au soir", ok: true, match: "le 22/03",
			want: fr.Expr{Day: 22, Month: 3}, zero: "Year"},
		{name: "one digit", text: "1/3/2016", ok: true, match: "1/3/2016", want: fr.Expr{Day: 1, Month: 3, Year: 2016}},
		{name: "two-digit year", text: "22/03/16", ok: true, match: "22/03/16",
			want: fr.Expr{Day: 22, Month: 3, Year: 2016, Century: true}},
		{name: "weekday", text: "le mardi 22/03/2016", ok: true, match: "le mardi 22/03/2016",
			want: fr.Expr{Weekday: 2, Day: 22, Month: 3, Year: 2016}},
		{name: "weekday with comma and capital", text: "Mardi, 22/03/2016", ok: true, match: "Mardi, 22/03/2016",
			want: fr.Expr{Weekday: 2, Day: 22, Month: 3, Year: 2016}},
		{name: "nbsp after weekday", text: "mardi\u00a022/03", ok: true, match: "mardi\u00a022/03",
			want: fr.Expr{Weekday: 2, Day: 22, Month: 3}},
		{name: "leap day", text: "29/02/2016", ok: true, match: "29/02/2016", want: fr.Expr{Day: 29, Month: 2, Year: 2016}},
		{name: "followed by a time", text: "22/03/2016 à 10h", ok: true, match: "22/03/2016",
			want: fr.Expr{Day: 22, Month: 3, Year: 2016}},
		{name: "in a sentence", text: "Mis à jour le 22/03/2016.", at: "le", ok: true, match: "le 22/03/2016",
			want: fr.Expr{Day: 22, Month: 3, Year: 2016}},

		{name: "ISO with one-digit month and day", text: "2015-3-3", ok: true, match: "2015-3-3",
			want: fr.Expr{Day: 3, Month: 3, Year: 2015}},
		{name: "spaces with year", text: "le 20 02 2014", ok: true, match: "le 20 02 2014",
			want: fr.Expr{Day: 20, Month: 2, Year: 2014}},
		{name: "spaces with short year", text: "24 12 14", ok: true, match: "24 12 14",
			want: fr.Expr{Day: 24, Month: 12, Year: 2014, Century: true}},
		{name: "spaces day and month", text: "le 17 2", ok: true, match: "le 17 2", want: fr.Expr{Day: 17, Month: 2}},
		{name: "spaces day and month then time", text: "rendez-vous le 31 10 à 9 h", at: "le", ok: true,
			match: "le 31 10", want: fr.Expr{Day: 31, Month: 10}},

		{name: "phone number", text: "01 23 45 67 89", ok: false},
		{name: "thousands", text: "20 000 personnes", ok: false},
		{name: "count after two numbers", text: "12 3 personnes", ok: false},
		{name: "spaces month 13", text: "12 13 2014", ok: false},
		{name: "spaced year then amount", text: "les 3 10 2014 euros", at: "3", ok: false},
		{name: "month 13", text: "22/13/2016", ok: false},
		{name: "day 0", text: "00/03/2016", ok: false},
		{name: "31 April", text: "31/04/2016", ok: false},
		{name: "30 February", text: "30/02", ok: false},
		{name: "ISO month 13", text: "2016-13-01", ok: false},
		{name: "longer fraction", text: "22/03/2016/5", ok: false},
		{name: "month and year", text: "12/2016", ok: false},
		{name: "score", text: "22.03", ok: false},
		{name: "ISO date and more digits", text: "2016-03-225", ok: false},
		{name: "plain number", text: "2016", ok: false},
		{name: "fraction after a whole number", text: "On cote disponible 16 3/4, courant 16 1/4", at: "3", ok: false},
		{name: "fraction of something", text: "les 3/4 des électeurs", at: "3", ok: false},
		{name: "quarter-final", text: "les 1/4 de finale", at: "1", ok: false},
		{name: "fraction with a day over its month is a date", text: "16 5/3 au soir", at: "5", ok: true, match: "5/3",
			want: fr.Expr{Day: 5, Month: 3}, zero: "Year"},
		{name: "le before a small day and month", text: "le 3/4 des", ok: true, match: "le 3/4",
			want: fr.Expr{Day: 3, Month: 4}, zero: "Year"},
		{name: "small day and month alone", text: "Rendez-vous 1/8 à midi", at: "1", ok: true, match: "1/8",
			want: fr.Expr{Day: 1, Month: 8}, zero: "Year"},
	}
	runCases(t, fr.NumericDate(), cases, nil)
}
