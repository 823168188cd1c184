package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestLexicon(t *testing.T) {
	tests := []struct {
		name    string
		word    string
		trigger fr.Trigger
		prefix  bool
	}{
		{"month with capital and accent", "Février", fr.TMonth, false},
		{"month without accent", "fevrier", fr.TMonth, false},
		{"month in capitals", "FÉVRIER", fr.TMonth, false},
		{"abbreviation", "janv", fr.TMonth, false},
		{"août", "Août", fr.TMonth, false},
		{"sept is a month and a number", "sept", fr.TMonth | fr.TNumWord, false},
		{"weekday", "Mardi", fr.TWeekday, false},
		{"plural weekday", "jeudis", fr.TWeekday, false},
		{"aujourd", "aujourd", fr.TRelDay, true},
		{"veille", "veille", fr.TRelDay, false},
		{"avant-veille", "avant-veille", fr.TRelDay, false},
		{"number word", "trois", fr.TNumWord, false},
		{"un is also a prefix", "un", fr.TNumWord, true},
		{"premier", "premier", fr.TNumWord, true},
		{"unit", "semaines", fr.TUnit, false},
		{"heure", "heure", fr.TUnit | fr.TClock, false},
		{"année", "année", fr.TUnit | fr.TPeriod, true},
		{"mois", "mois", fr.TUnit | fr.TPeriod, true},
		{"semestre", "semestre", fr.TUnit | fr.TPeriod | fr.TSet | fr.TYearPart, false},
		{"midi", "Midi", fr.TPart | fr.TClock, false},
		{"nuit", "nuit", fr.TPart, true},
		{"matinée", "matinée", fr.TPart, false},
		{"season with accent", "été", fr.TSeason, false},
		{"season in capitals", "ÉTÉ", fr.TSeason, false},
		{"minuit", "minuit", fr.TClock, false},
		{"set", "chaque", fr.TSet, true},
		{"quotidien", "quotidien", fr.TSet, false},
		{"ref", "désormais", fr.TRef, false},
		{"début", "Début", fr.TFuzzy, true},
		{"mi", "mi", fr.TFuzzy, true},
		{"week", "week", fr.TPeriod, false},

		{"le", "le", 0, true},
		{"Le", "Le", 0, true},
		{"elided l", "l", 0, true},
		{"dès folds to des", "dès", 0, true},
		{"après", "Après", 0, true},
		{"jusqu", "jusqu", 0, true},
		{"il", "il", 0, true},
		{"dernière", "dernière", fr.TNumWord, true},

		{"unknown word", "maison", 0, false},
		{"empty", "", 0, false},
		{"letter outside French", "año", 0, false},
		{"too long", "anticonstitutionnellement", 0, false},
		{"digits", "2016", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fr.TriggerOf(tt.word); got != tt.trigger {
				t.Errorf("TriggerOf(%q) = %b, want %b", tt.word, got, tt.trigger)
			}
			if got := fr.IsPrefix(tt.word); got != tt.prefix {
				t.Errorf("IsPrefix(%q) = %t, want %t", tt.word, got, tt.prefix)
			}
		})
	}
}
