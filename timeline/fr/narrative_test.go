package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestNarrativeDay(t *testing.T) {
	cases := []matchCase{
		{name: "opens a sentence", text: "Le 3, un autre convoi est parti.", ok: true, match: "Le 3",
			want: fr.Expr{Day: 3, Origin: fr.FromPrevious}},
		{name: "after a full stop", text: "Il est arrivé. Le 1er, il est reparti.", at: "Le 1er", ok: true, match: "Le 1er",
			want: fr.Expr{Day: 1, Origin: fr.FromPrevious}},
		{name: "part of the day", text: "les tirs ont repris le 5 au matin", at: "le 5", ok: true, match: "le 5",
			want: fr.Expr{Day: 5, Origin: fr.FromPrevious}},
		{name: "in the night", text: "le 12 dans la nuit", ok: true, match: "le 12",
			want: fr.Expr{Day: 12, Origin: fr.FromPrevious}},

		{name: "a number", text: "Le 14 est un bon numéro.", ok: false},
		{name: "closing a clause after a date", text: "signé le 22 février à Munich puis confirmé le 26.", at: "le 26", ok: true,
			match: "le 26", want: fr.Expr{Day: 26, Origin: fr.FromPrevious}},
		{name: "no month before", text: "Il a obtenu le 26.", at: "le", ok: false},
		{name: "month in the sentence before", text: "Il est venu en février. Il a eu le 26.", at: "le 26", ok: false},
		{name: "inside a sentence", text: "Selon le 3, ça va.", at: "le 3", ok: false},
		{name: "no day", text: "Le 32, rien.", ok: false},
		{name: "no comma", text: "Le 3 mars, rien.", ok: false},
		{name: "day of the current month", text: "il est venu le 7 courant", at: "le", ok: true, match: "le 7 courant",
			want: fr.Expr{Day: 7, Unit: timeline.GrainMonth}},
		{name: "du and courant", text: "votre télégramme du 16 courant", at: "du", ok: true, match: "du 16 courant",
			want: fr.Expr{Day: 16, Unit: timeline.GrainMonth}},
		{name: "de ce mois", text: "lancé le 15 de ce mois, en présence", at: "le", ok: true, match: "le 15 de ce mois",
			want: fr.Expr{Day: 15, Unit: timeline.GrainMonth}},
		{name: "du mois prochain", text: "le 6 du mois prochain", ok: true, match: "le 6 du mois prochain",
			want: fr.Expr{Day: 6, Unit: timeline.GrainMonth, Shift: 1}},
		{name: "du mois dernier", text: "le 20 du mois dernier", ok: true, match: "le 20 du mois dernier",
			want: fr.Expr{Day: 20, Unit: timeline.GrainMonth, Shift: -1}},
		{name: "du mois passé", text: "le 20 du mois passé", ok: true, match: "le 20 du mois passé",
			want: fr.Expr{Day: 20, Unit: timeline.GrainMonth, Shift: -1}},
		{name: "du alone is no day", text: "Le prix du 3, rien.", at: "du", ok: false},
		{name: "du mois alone", text: "le 6 du mois", at: "le", ok: false},
		{name: "courant and a noun", text: "il habite au 7 courant d'air", at: "au", ok: false},
	}
	runCases(t, fr.NarrativeDay(), cases, nil)
}
