package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestCentury(t *testing.T) {
	century := timeline.GrainCentury
	cases := []matchCase{
		{name: "roman", text: "au XXe siècle,", at: "XXe", ok: true, match: "XXe siècle", want: fr.Expr{Year: 1900, Unit: century}},
		{name: "roman with determiner", text: "le XIXe siècle", ok: true, match: "le XIXe siècle", want: fr.Expr{Year: 1800, Unit: century}},
		{name: "roman eme", text: "du XXIème siècle", at: "XXI", ok: true, match: "XXIème siècle", want: fr.Expr{Year: 2000, Unit: century}},
		{name: "lower case", text: "le xviiie siècle", ok: true, match: "le xviiie siècle", want: fr.Expr{Year: 1700, Unit: century}},
		{name: "digits", text: "au 19e siècle", at: "19e", ok: true, match: "19e siècle", want: fr.Expr{Year: 1800, Unit: century}},
		{name: "no accent", text: "le XVe siecle", ok: true, match: "le XVe siecle", want: fr.Expr{Year: 1400, Unit: century}},
		{name: "before Christ", text: "le Ve siècle avant J.-C.", ok: false},
		{name: "before Christ abbreviated", text: "le IVe siècle av. J.-C.", ok: false},
		{name: "not a numeral", text: "le XYe siècle", ok: false},
		{name: "too far", text: "le 30e siècle", ok: false},
		{name: "first century left alone", text: "le Ie siècle", ok: false},
		{name: "no century word", text: "le XXe arrondissement", ok: false},
	}
	runCases(t, fr.Century(), cases, nil)
}
