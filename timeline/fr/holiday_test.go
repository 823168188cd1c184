package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestHoliday(t *testing.T) {
	cases := []matchCase{
		{name: "Noël", text: "à Noël", at: "Noël", ok: true, match: "Noël", want: fr.Expr{Month: 12, Day: 25}},
		{name: "national day", text: "la fête nationale, le président", ok: true, match: "la fête nationale", want: fr.Expr{Month: 7, Day: 14}},
		{name: "national day of Syria", text: "la fête nationale syrienne", ok: false},
		{name: "national day of a country", text: "la fête nationale du Liban", ok: false},
		{name: "national day of Belgium", text: "la fête nationale belge", ok: false},
		{name: "a day named by its date", text: "depuis le 11-Septembre", at: "le", ok: true, match: "le 11-Septembre", want: fr.Expr{Year: 2001, Month: 9, Day: 11}},
		{name: "a recurring day named by its date", text: "le 1er-Mai, les syndicats", ok: true, match: "le 1er-Mai", want: fr.Expr{Month: 5, Day: 1}, zero: "Year"},
		{name: "a lower-case month after a hyphen", text: "le 11-septembre", ok: false},
		{name: "an impossible named day", text: "le 31-Novembre", ok: false},
		{name: "ramadan", text: "pendant le ramadan, les combats", at: "le", ok: true, match: "le ramadan",
			want: fr.Expr{Feast: true, Hijri: fr.HijriRamadan, Unit: timeline.GrainMonth, Mod: "APPROX"}, zero: "Year"},
		{name: "ramadan with its year", text: "le ramadan 2015", ok: true, match: "le ramadan 2015",
			want: fr.Expr{Feast: true, Hijri: fr.HijriRamadan, Year: 2015, Mod: "APPROX"}},
		{name: "aïd el-fitr", text: "l'Aïd el-Fitr", ok: true, match: "l'Aïd el-Fitr", want: fr.Expr{Feast: true, Hijri: fr.HijriFitr, Mod: "APPROX"}},
		{name: "aïd el-kébir", text: "l’Aïd el-Kébir", ok: true, match: "l’Aïd el-Kébir", want: fr.Expr{Feast: true, Hijri: fr.HijriAdha, Mod: "APPROX"}},
		{name: "aid al-adha", text: "l'aid al-adha", ok: true, match: "l'aid al-adha", want: fr.Expr{Feast: true, Hijri: fr.HijriAdha, Mod: "APPROX"}},
		{name: "christmas with its year", text: "à Noël 2015", at: "Noël", ok: true, match: "Noël 2015", want: fr.Expr{Month: 12, Day: 25, Year: 2015}},
		{name: "noel without accent", text: "noel", ok: true, match: "noel", want: fr.Expr{Month: 12, Day: 25}},
		{name: "jour de l'an", text: "le jour de l'an", ok: true, match: "le jour de l'an", want: fr.Expr{Month: 1, Day: 1}},
		{name: "nouvel an", text: "le nouvel an", ok: true, match: "le nouvel an", want: fr.Expr{Month: 1, Day: 1}},
		{name: "Toussaint", text: "la Toussaint", ok: true, match: "la Toussaint", want: fr.Expr{Month: 11, Day: 1}},
		{name: "fête du travail", text: "la fête du travail", ok: true, match: "la fête du travail", want: fr.Expr{Month: 5, Day: 1}},
		{name: "14-Juillet", text: "le 14-Juillet", ok: true, match: "le 14-Juillet", want: fr.Expr{Month: 7, Day: 14}},
		{name: "Pâques", text: "à Pâques", at: "Pâques", ok: true, match: "Pâques", want: fr.Expr{Feast: true}},
		{name: "Pentecôte", text: "la Pentecôte", ok: true, match: "la Pentecôte", want: fr.Expr{Feast: true, Easter: 49}},
		{name: "an alone", text: "l'an", ok: false},
		{name: "les morts", text: "les morts", ok: false},
		{name: "le travail", text: "le travail", ok: false},
	}
	var knownFailures []matchCase
	runCases(t, fr.Holiday(), cases, knownFailures)
}
