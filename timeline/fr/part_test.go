package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestPartOfDay(t *testing.T) {
	day := timeline.GrainDay
	cases := []matchCase{
		{name: "ce matin", text: "ce matin", ok: true, match: "ce matin",
			want: fr.Expr{Part: "MO", Unit: day, Dir: fr.DirThis}, zero: "Origin"},
		{name: "cet après-midi", text: "cet après-midi", ok: true, match: "cet après-midi",
			want: fr.Expr{Part: "AF", Unit: day, Dir: fr.DirThis}},
		{name: "cet apres-midi", text: "cet apres-midi", ok: true, match: "cet apres-midi",
			want: fr.Expr{Part: "AF", Unit: day, Dir: fr.DirThis}},
		{name: "cette nuit", text: "cette nuit", ok: true, match: "cette nuit",
			want: fr.Expr{Part: "NI", Unit: day, Dir: fr.DirThis}},
		{name: "ce soir", text: "Ce Soir", ok: true, match: "Ce Soir", want: fr.Expr{Part: "EV", Unit: day, Dir: fr.DirThis}},
		{name: "nbsp", text: "ce\u00a0matin", ok: true, match: "ce\u00a0matin", want: fr.Expr{Part: "MO", Unit: day, Dir: fr.DirThis}},
		{name: "la soirée", text: "la soirée", ok: true, match: "la soirée",
			want: fr.Expr{Part: "EV", Unit: day, Origin: fr.FromPrevious}, zero: "Dir"},
		{name: "la nuit", text: "la nuit", ok: true, match: "la nuit",
			want: fr.Expr{Part: "NI", Unit: day, Origin: fr.FromPrevious}},
		{name: "la matinée", text: "la matinee", ok: true, match: "la matinee",
			want: fr.Expr{Part: "MO", Unit: day, Origin: fr.FromPrevious}},
		{name: "le matin même", text: "le matin même", ok: true, match: "le matin même",
			want: fr.Expr{Part: "MO", Unit: day, Origin: fr.FromPrevious}},
		{name: "dans la journée", text: "dans la journée", ok: true, match: "dans la journée",
			want: fr.Expr{Part: "DT", Unit: day, Origin: fr.FromPrevious}},
		{name: "la journée même", text: "la journée même", ok: true, match: "la journée même",
			want: fr.Expr{Part: "DT", Unit: day, Origin: fr.FromPrevious}},
		{name: "l'après-midi", text: "l'après-midi", ok: true, match: "l'après-midi",
			want: fr.Expr{Part: "AF", Unit: day, Origin: fr.FromPrevious}},
		{name: "typographic apostrophe", text: "l’après-midi", ok: true, match: "l’après-midi",
			want: fr.Expr{Part: "AF", Unit: day, Origin: fr.FromPrevious}},

		{name: "cette soirée", text: "cette soirée", ok: false},
		{name: "cette matinée", text: "cette matinée", ok: false},
		{name: "la journée alone", text: "la journée", ok: false},
		{name: "no determiner", text: "matin", ok: false},
		{name: "word continues", text: "le matinal", ok: false},
		{name: "plural", text: "les nuits", ok: false},
	}
	runCases(t, fr.PartOfDay(), cases, nil)
}
