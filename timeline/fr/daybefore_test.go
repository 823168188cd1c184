package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestDayBefore(t *testing.T) {
	tests := []struct {
		name, head   string
		ok           bool
		day, weekday int
		start        int
	}{
		{"le and à", "Rendez-vous le 2 à ", true, 2, 0, 12},
		{"vers", "le 16 vers ", true, 16, 0, 0},
		{"plutôt vers", "le 16 plutôt vers ", true, 16, 0, 0},
		{"weekday", "samedi 16 à ", true, 16, 6, 0},
		{"day in words", "vendredi quinze à ", true, 15, 5, 0},
		{"no preposition", "le 3 ", true, 3, 0, 0},
		{"no day", "Rendez-vous à ", false, 0, 0, 0},
		{"a count, not a day", "les 3 à ", false, 0, 0, 0},
		{"day 32", "le 32 à ", false, 0, 0, 0},
		{"glued to a word", "cale 2 à ", false, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, e, ok := fr.DayBefore(tt.head+"5h", len(tt.head))
			if ok != tt.ok || ok && (e.Day != tt.day || e.Weekday != tt.weekday || start != tt.start) {
				t.Errorf("DayBefore(%q) = %d %+v %v, want %d day %d weekday %d %v", tt.head, start, e, ok, tt.start, tt.day, tt.weekday, tt.ok)
			}
		})
	}
}
