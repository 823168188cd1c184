package check_test

import (
	"slices"
	"testing"

	"github.com/timeline-fr/timeline/timeline/check"
)

func TestWeekdayMismatch(t *testing.T) {
	const (
		monday15  = "Les avions ont quitté la base le lundi 15 mars."
		tuesday15 = "Les avions ont quitté la base le mardi 15 mars à 10 h."
		sunday1   = "Le scrutin aura lieu dimanche 1er mai."
		week      = "La session reprendra la semaine du lundi 14 mars."
		feb30     = "Le texte sera signé le lundi 30 février."
	)
	tests := []struct {
		name string
		a    article
		want []string // dates of each conflict: as written, nearest before, nearest after
	}{
		{"Monday written on a Tuesday", article{text: monday15,
			ms: ms(on(monday15, "le lundi 15 mars", "2016-03-15", weekday(1), past))},
			[]string{"2016-03-15 2016-03-14 2016-03-21"}},
		{"Thursday written on a Tuesday", article{text: monday15,
			ms: ms(on(monday15, "le lundi 15 mars", "2016-03-15", weekday(4)))},
			[]string{"2016-03-15 2016-03-10 2016-03-17"}},
		{"Sunday written on a Monday", article{text: sunday1,
			ms: ms(on(sunday1, "dimanche 1er mai", "2016-05-02", weekday(7)))},
			[]string{"2016-05-02 2016-05-01 2016-05-08"}},
		{"right weekday, time of day", article{text: tuesday15,
			ms: ms(on(tuesday15, "le mardi 15 mars à 10 h", "2016-03-15T10:00", weekday(2)))}, nil},
		{"right weekday", article{text: sunday1,
			ms: ms(on(sunday1, "dimanche 1er mai", "2016-05-01", weekday(7)))}, nil},
		{"no weekday written", article{text: monday15,
			ms: ms(on(monday15, "le lundi 15 mars", "2016-03-15"))}, nil},
		{"week, not a day", article{text: week,
			ms: ms(on(week, "la semaine du lundi 14 mars", "2016-W11", weekday(2)))}, nil},
		{"impossible date", article{text: feb30,
			ms: ms(on(feb30, "le lundi 30 février", "", weekday(1), problem("February has no day 30")))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.id, tt.a.published = "a", "2016-03-25T07:30"
			got := datesOf(ofKind(input(t, tt.a), check.KindWeekdayMismatch))
			if !slices.Equal(got, nonNil(tt.want)) {
				t.Errorf("weekday-mismatch on %q = %q, want %q", tt.a.text, got, tt.want)
			}
		})
	}
}
