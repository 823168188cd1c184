package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

// TestAge checks, through Duration, that ages are not read as durations
// while lengths of time written the same way still are.
func TestAge(t *testing.T) {
	years := func(v string) fr.Expr {
		return fr.Expr{Kind: fr.KindDuration, Value: v, Unit: timeline.GrainYear}
	}
	cases := []matchCase{
		{name: "au terme de", text: "au terme de trois ans de tractations", at: "trois", ok: true, match: "trois ans", want: years("P3Y")},
		{name: "à l'issue de", text: "à l'issue de deux ans de travaux", at: "deux", ok: true, match: "deux ans", want: years("P2Y")},
		{name: "âgé de", text: "âgé de 54 ans", at: "54", ok: false},
		{name: "has years", text: "Le président a 70 ans.", at: "70", ok: false},
		{name: "at years opening a sentence", text: "Il chante. À 28 ans, il a reçu un prix.", at: "28", ok: false},
		{name: "sentenced to years", text: "Il a été condamné à 10 ans.", at: "10", ok: true, match: "10 ans", want: years("P10Y")},
		{name: "had years when", text: "elle avait 6 ans quand la guerre a éclaté", at: "6", ok: false},
		{name: "years of delay", text: "il a 10 ans de retard", at: "10", ok: true, match: "10 ans", want: years("P10Y")},
		{name: "spent years", text: "il a passé 10 ans en prison", at: "10", ok: true, match: "10 ans", want: years("P10Y")},
		{name: "âgée de", text: "une femme âgée de 30 ans", at: "30", ok: false},
		{name: "agés without accent", text: "des hommes ages de 20 ans", at: "20", ok: false},
		{name: "une fillette de", text: "une fillette de 6 ans", at: "6", ok: false},
		{name: "un homme de", text: "un homme de quarante ans", at: "quarante", ok: false},
		{name: "name and commas", text: "Alain Parmentier, 53 ans, a été", at: "53", ok: false},
		{name: "name and comma at the end", text: "Alain Parmentier, 53 ans.", at: "53", ok: false},
		{name: "parentheses", text: "Jean Dupont (32 ans)", at: "32", ok: false},
		{name: "age band", text: "les 6-16 ans", at: "16", ok: false},
		{name: "age band with en dash", text: "les 18–25 ans", at: "25", ok: false},
		{name: "les moins de", text: "pour les moins de 17 ans", at: "moins", ok: false},
		{name: "les moins de at the number", text: "pour les moins de 17 ans", at: "17", ok: false},
		{name: "les plus de", text: "les plus de 65 ans", at: "65", ok: false},
		{name: "les", text: "pour les 15 ans et plus", at: "15", ok: false},

		{name: "une peine de", text: "une peine de dix ans", at: "dix", ok: true, match: "dix ans", want: years("P10Y")},
		{name: "un mandat de", text: "un mandat de cinq ans", at: "cinq", ok: true, match: "cinq ans", want: years("P5Y")},
		{name: "la guerre de", text: "la guerre de cent ans", at: "cent", ok: true, match: "cent ans", want: years("P100Y")},
		{name: "depuis", text: "depuis 20 ans", at: "20", ok: true, match: "20 ans", want: years("P20Y")},
		{name: "pendant", text: "pendant deux ans,", at: "deux", ok: true, match: "deux ans", want: years("P2Y")},
		{name: "plus de", text: "Il a passé plus de 20 ans en prison", at: "plus", ok: true, match: "plus de 20 ans",
			want: fr.Expr{Kind: fr.KindDuration, Value: "P20Y", Unit: timeline.GrainYear, Mod: "MORE_THAN"}},
		{name: "comma not closing an apposition", text: "Après 20 ans, il revient", at: "20", ok: true, match: "20 ans", want: years("P20Y")},
		// Fixed bugs
		{name: "un bébé de six mois", text: "un bébé de six mois", at: "six", ok: false},
		{name: "les at the start", text: "Les 15 ans et plus", at: "15", ok: false},
	}
	var knownFailures []matchCase
	runCases(t, fr.Duration(), cases, knownFailures)
}
