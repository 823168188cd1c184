package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestDateRange(t *testing.T) {
	days := func(from, to fr.Expr) fr.Expr {
		return fr.Expr{Kind: fr.KindRange, Unit: timeline.GrainDay, From: &from, To: &to}
	}
	years := func(a, b int) fr.Expr {
		return fr.Expr{Kind: fr.KindRange, Unit: timeline.GrainYear,
			From: &fr.Expr{Year: a, Unit: timeline.GrainYear}, To: &fr.Expr{Year: b, Unit: timeline.GrainYear}}
	}
	dm := func(d, m, y int) fr.Expr { return fr.Expr{Day: d, Month: m, Year: y} }
	cases := []matchCase{
		{name: "du 15 au 22 mars", text: "du 15 au 22 mars", ok: true, match: "du 15 au 22 mars", want: days(dm(15, 3, 0), dm(22, 3, 0))},
		{name: "with a year", text: "du 15 au 22 mars 2016", ok: true, match: "du 15 au 22 mars 2016",
			want: days(dm(15, 3, 2016), dm(22, 3, 2016))},
		{name: "two months", text: "du 10 juin au 1er juillet 2016", ok: true, match: "du 10 juin au 1er juillet 2016",
			want: days(dm(10, 6, 2016), dm(1, 7, 2016))},
		{name: "two years", text: "du 28 décembre 2015 au 3 janvier 2016", ok: true, match: "du 28 décembre 2015 au 3 janvier 2016",
			want: days(dm(28, 12, 2015), dm(3, 1, 2016))},
		{name: "entre le et le", text: "entre le 20 et le 30 juin", ok: true, match: "entre le 20 et le 30 juin",
			want: days(dm(20, 6, 0), dm(30, 6, 0))},
		{name: "without du", text: "ouvert 4 au 9 mai", at: "4", ok: true, match: "4 au 9 mai", want: days(dm(4, 5, 0), dm(9, 5, 0))},
		{name: "jusqu'au", text: "du 4 jusqu'au 9 mai", ok: true, match: "du 4 jusqu'au 9 mai", want: days(dm(4, 5, 0), dm(9, 5, 0))},
		{name: "hyphenated days in words", text: "du deux au vingt-et-un mai", ok: true, match: "du deux au vingt-et-un mai",
			want: days(dm(2, 5, 0), dm(21, 5, 0))},
		{name: "weekdays on both bounds", text: "du lundi 4 au vendredi 8 mai", ok: true, match: "du lundi 4 au vendredi 8 mai",
			want: days(dm(4, 5, 0), dm(8, 5, 0))},
		{name: "two full dates with weekdays stay apart", text: "du lundi 4 mai au vendredi 8 mai", ok: false},
		{name: "not a day in words", text: "du cent au 3 mai", ok: false},
		{name: "capitals", text: "Du 15 au 22 MARS", ok: true, match: "Du 15 au 22 MARS", want: days(dm(15, 3, 0), dm(22, 3, 0))},
		{name: "févr.", text: "du 1er au 3 févr.", ok: true, match: "du 1er au 3 févr.", want: days(dm(1, 2, 0), dm(3, 2, 0))},
		{name: "nbsp", text: "du\u00a015 au\u202f22\u00a0mars", ok: true, match: "du\u00a015 au\u202f22\u00a0mars",
			want: days(dm(15, 3, 0), dm(22, 3, 0))},
		{name: "de 1999 à 2012", text: "de 1999 à 2012", ok: true, match: "de 1999 à 2012", want: years(1999, 2012)},
		{name: "weekdays", text: "du lundi au mercredi", ok: true, match: "du lundi au mercredi",
			want: fr.Expr{Kind: fr.KindRange, Unit: timeline.GrainDay, From: &fr.Expr{Weekday: 1}, To: &fr.Expr{Weekday: 3}}},
		{name: "weekdays between", text: "entre lundi et mercredi", ok: true, match: "entre lundi et mercredi",
			want: fr.Expr{Kind: fr.KindRange, Unit: timeline.GrainDay, From: &fr.Expr{Weekday: 1}, To: &fr.Expr{Weekday: 3}}},
		{name: "weekdays with a mixed link", text: "du lundi et mercredi", ok: false},
		{name: "hyphenated years", text: "l'édition 2012-2013 du Vendée Globe", at: "2012", ok: true, match: "2012-2013", want: years(2012, 2013)},
		{name: "years with an en dash", text: "la guerre de 1914 – 1918", at: "1914", ok: true, match: "1914 – 1918", want: years(1914, 1918)},
		{name: "hyphenated years backwards", text: "2013-2012", ok: false},
		{name: "a code, not years", text: "2012-2500", ok: false},
		{name: "de 1999 a 2012", text: "de 1999 a 2012", ok: true, match: "de 1999 a 2012", want: years(1999, 2012)},
		{name: "entre 2001 et 2003", text: "entre 2001 et 2003", ok: true, match: "entre 2001 et 2003", want: years(2001, 2003)},
		{name: "same year", text: "de 2001 à 2001", ok: true, match: "de 2001 à 2001", want: years(2001, 2001)},

		{name: "years backwards", text: "de 2012 à 1999", ok: false},
		{name: "days backwards", text: "du 22 au 15 mars", ok: false},
		{name: "same day", text: "du 15 au 15 mars", ok: false},
		{name: "day 32", text: "du 15 au 32 mars", ok: false},
		{name: "30 février", text: "du 28 au 30 février", ok: false},
		{name: "no month", text: "entre le 20 et le 30", ok: false},
		{name: "two days, not between", text: "le 6 et le 13 avril", at: "6", ok: false},
		{name: "short year", text: "de 1999 à 20", ok: false},
		{name: "age band", text: "les 6-16 ans", at: "6", ok: false},
		{name: "score", text: "3-1", ok: false},
		// Fixed bugs
		// The dashed form reuses the group names of the first alternative.
		{name: "dash", text: "14 - 20 sept. 2014", ok: true, match: "14 - 20 sept. 2014", want: days(dm(14, 9, 2014), dm(20, 9, 2014))},
		{name: "en dash without spaces", text: "14–20 sept", ok: true, match: "14–20 sept", want: days(dm(14, 9, 0), dm(20, 9, 0))},
		{name: "dash across months", text: "le 28 février - 3 mars", ok: true, match: "le 28 février - 3 mars", want: days(dm(28, 2, 0), dm(3, 3, 0))},
	}
	var knownFailures []matchCase
	runCases(t, fr.DateRange(), cases, knownFailures)
}
