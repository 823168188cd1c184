package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestSet(t *testing.T) {
	set := func(v string) fr.Expr { return fr.Expr{Kind: fr.KindSet, Value: v} }
	cases := []matchCase{
		{name: "chaque année", text: "chaque année", ok: true, match: "chaque année", want: set("P1Y")},
		{name: "capitals", text: "CHAQUE ANNÉE", ok: true, match: "CHAQUE ANNÉE", want: set("P1Y")},
		{name: "no accent", text: "chaque annee", ok: true, match: "chaque annee", want: set("P1Y")},
		{name: "tous les jeudis", text: "tous les jeudis", ok: true, match: "tous les jeudis", want: set("XXXX-WXX-4")},
		{name: "chaque lundi", text: "chaque lundi", ok: true, match: "chaque lundi", want: set("XXXX-WXX-1")},
		{name: "chaque dimanche", text: "chaque dimanche", ok: true, match: "chaque dimanche", want: set("XXXX-WXX-7")},
		{name: "les jeudis", text: "les jeudis", ok: true, match: "les jeudis", want: set("XXXX-WXX-4")},
		{name: "tous les jours", text: "tous les jours", ok: true, match: "tous les jours", want: set("P1D")},
		{name: "toutes les semaines", text: "toutes les semaines", ok: true, match: "toutes les semaines", want: set("P1W")},
		{name: "tous les mois", text: "tous les mois", ok: true, match: "tous les mois", want: set("P1M")},
		{name: "tous les ans", text: "tous les ans", ok: true, match: "tous les ans", want: set("P1Y")},
		{name: "tous les trimestres", text: "tous les trimestres", ok: true, match: "tous les trimestres", want: set("P3M")},
		{name: "chaque semestre", text: "chaque semestre", ok: true, match: "chaque semestre", want: set("P6M")},
		{name: "chaque matin", text: "chaque matin", ok: true, match: "chaque matin", want: set("TMO")},
		{name: "tous les soirs", text: "tous les soirs", ok: true, match: "tous les soirs", want: set("TEV")},
		{name: "chaque nuit", text: "chaque nuit", ok: true, match: "chaque nuit", want: set("TNI")},
		{name: "chaque week-end", text: "chaque week-end", ok: true, match: "chaque week-end", want: set("XXXX-WXX-WE")},
		{name: "par an", text: "10 000 euros par an", at: "par", ok: true, match: "par an", want: set("P1Y")},
		{name: "par jour", text: "par jour", ok: true, match: "par jour", want: set("P1D")},
		{name: "par heure", text: "par heure", ok: true, match: "par heure", want: set("PT1H")},
		{name: "quotidiennement", text: "quotidiennement", ok: true, match: "quotidiennement", want: set("P1D")},
		{name: "annuellement", text: "annuellement", ok: true, match: "annuellement", want: set("P1Y")},
		{name: "annuel", text: "le rapport annuel", at: "annuel", ok: true, match: "annuel", want: set("P1Y")},
		{name: "hebdomadaire", text: "une réunion hebdomadaire", at: "hebdomadaire", ok: true, match: "hebdomadaire", want: set("P1W")},
		{name: "mensuelle", text: "une réunion mensuelle", at: "mensuelle", ok: true, match: "mensuelle", want: set("P1M")},
		{name: "nbsp", text: "tous\u00a0les\u00a0jeudis", ok: true, match: "tous\u00a0les\u00a0jeudis", want: set("XXXX-WXX-4")},
		{name: "narrow nbsp", text: "chaque\u202fannée", ok: true, match: "chaque\u202fannée", want: set("P1Y")},

		{name: "le quotidien", text: "le quotidien", at: "quotidien", ok: false},
		{name: "Le Quotidien capitalised", text: "selon Le Quotidien", at: "Quotidien", ok: false},
		{name: "la vie quotidienne", text: "la vie quotidienne", at: "quotidienne", ok: false},
		{name: "un mensuel", text: "un mensuel", at: "mensuel", ok: false},
		{name: "la presse hebdomadaire", text: "la presse hebdomadaire", at: "hebdomadaire", ok: false},
		{name: "tous les alone", text: "tous les", ok: false},
		{name: "chaque fois", text: "chaque fois", ok: false},
		{name: "tous les deux", text: "tous les deux", ok: false},
		{name: "par personne", text: "par personne", ok: false},
		{name: "word continues", text: "tous les joueurs", ok: false},
		// Fixed bugs
		{name: "l'hebdomadaire", text: "selon l'hebdomadaire", at: "hebdomadaire", ok: false},
		{name: "l’annuel", text: "l’annuel des jeux vidéo", at: "annuel", ok: false},
	}
	var knownFailures []matchCase
	runCases(t, fr.Set(), cases, knownFailures)
}
