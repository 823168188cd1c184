package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestDayRange(t *testing.T) {
	days := func(a, b int) fr.Expr {
		return fr.Expr{Kind: fr.KindRange, Unit: timeline.GrainDay, From: &fr.Expr{Day: a}, To: &fr.Expr{Day: b}}
	}
	cases := []matchCase{
		{name: "days of the current month", text: "du 3 au 7 courant, la foire", ok: true, match: "du 3 au 7 courant",
			want: fr.Expr{Kind: fr.KindRange, Unit: timeline.GrainDay}},
		{name: "days of next month", text: "du 10 au 12 du mois prochain.", ok: true, match: "du 10 au 12 du mois prochain",
			want: fr.Expr{Kind: fr.KindRange, Unit: timeline.GrainDay}},
		{name: "days and a noun after courant", text: "du 3 au 7 courant d'air", ok: false},
		{name: "from a day of this month", text: "à partir du 8 de ce mois.", at: "du", ok: true, match: "du 8 de ce mois",
			want: fr.Expr{Day: 8, Unit: timeline.GrainMonth}},
		{name: "du au", text: "du 13 au 18.", ok: true, match: "du 13 au 18", want: days(13, 18)},
		{name: "entre et words", text: "entre le 13 et le dix-huit", ok: true, match: "entre le 13 et le dix-huit", want: days(13, 18)},
		{name: "ordinal suffix", text: "du 13e au dix-huit, puis", ok: true, match: "du 13e au dix-huit", want: days(13, 18)},
		{name: "from a day", text: "à partir du 8", at: "du", ok: true, match: "du 8", want: fr.Expr{Day: 8}, zero: "Month"},
		{name: "until a day", text: "jusqu'au 20.", ok: true, match: "jusqu'au 20", want: fr.Expr{Day: 20}},

		{name: "percent", text: "du 13 au 18 %", ok: false},
		{name: "ages", text: "du 3 au 5 ans", ok: false},
		{name: "month follows", text: "du 13 au 18 mars", ok: false},
		{name: "backwards", text: "du 18 au 13.", ok: false},
		{name: "lone du", text: "la nuit du 8.", at: "du", ok: false},
		{name: "decimal", text: "du 13 au 18.5", ok: false},
		{name: "not a day", text: "du 13 au 45.", ok: false},
	}
	var knownFailures []matchCase
	runCases(t, fr.DayRange(), cases, knownFailures)
}
