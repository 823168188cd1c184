package check_test

import (
	"slices"
	"testing"

	"github.com/timeline-fr/timeline/timeline/check"
)

func TestImpossibleDate(t *testing.T) {
	const (
		feb30  = "Le texte sera signé le 30 février."
		april  = "Damas remettra la liste avant le 31 avril."
		hour25 = "Le convoi est arrivé à 25 h à Madaya."
		minute = "Le convoi est arrivé à 10 h 75 à Madaya."
		fine   = "Le texte sera signé le 29 février."
	)
	tests := []struct {
		name   string
		a      article
		want   []string // dates of the conflicts
		wantFR string   // French message of the first one
	}{
		{"30 February", article{text: feb30, ms: ms(on(feb30, "le 30 février", "", problem("February has no day 30")))},
			[]string{"le 30 février"}, "« le 30 février » n'est ni une date ni une heure possible : février ne compte que 29 jours."},
		{"31 April", article{text: april, ms: ms(on(april, "le 31 avril", "", problem("April has no day 31")))},
			[]string{"le 31 avril"}, "« le 31 avril » n'est ni une date ni une heure possible : avril ne compte que 30 jours."},
		{"hour 25", article{text: hour25, ms: ms(on(hour25, "25 h", "", problem("hour 25 does not exist")))},
			[]string{"25 h"}, "« 25 h » n'est ni une date ni une heure possible : une journée ne compte que 24 heures."},
		{"minute 75", article{text: minute, ms: ms(on(minute, "10 h 75", "", problem("minute 75 does not exist")))},
			[]string{"10 h 75"}, "« 10 h 75 » n'est ni une date ni une heure possible : une heure ne compte que 60 minutes."},
		{"29 February 2016", article{text: fine, ms: ms(on(fine, "le 29 février", "2016-02-29"))}, nil, ""},
		{"date without interval", article{text: fine, ms: ms(on(fine, "le 29 février", ""))}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.id, tt.a.published = "a", "2016-02-10T09:00"
			in := input(t, tt.a)
			got := datesOf(ofKind(in, check.KindImpossibleDate))
			if !slices.Equal(got, nonNil(tt.want)) {
				t.Fatalf("impossible-date on %q = %q, want %q", tt.a.text, got, tt.want)
			}
			if tt.wantFR == "" {
				return
			}
			in.Lang = "fr"
			if got := ofKind(in, check.KindImpossibleDate)[0].Message; got != tt.wantFR {
				t.Errorf("French message = %q, want %q", got, tt.wantFR)
			}
		})
	}
}
