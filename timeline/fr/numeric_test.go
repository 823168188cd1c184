package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestNumericDate(t *testing.T) {
	cases := []matchCase{
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
	}
	runCases(t, fr.NumericDate(), cases, nil)
}
