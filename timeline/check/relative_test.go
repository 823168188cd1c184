package check_test

import (
	"slices"
	"testing"

	"github.com/timeline-fr/timeline/timeline/check"
)

func TestRelativeVsExplicit(t *testing.T) {
	const (
		tuesday16 = "Il a reçu mardi dernier, le 16 mars, la délégation."
		tuesday15 = "Il a reçu mardi dernier, le 15 mars, la délégation."
		soit      = "Il a reçu le 16 mars, soit mardi dernier, la délégation."
		paren     = "La délégation est arrivée hier (le 17 mars) à Genève."
		apart     = "Il a reçu mardi dernier la délégation et la reverra le 16 mars."
		both      = "Il a reçu hier, mercredi, la délégation."
		lendemain = "Il a reçu le 16 mars, soit le lendemain, la délégation."
		week      = "Il a reçu la semaine dernière, le 16 mars, la délégation."
	)
	tests := []struct {
		name string
		a    article
		want []string // relative date, explicit date
	}{
		{"relative then explicit", article{text: tuesday16, ms: ms(
			on(tuesday16, "mardi dernier", "2016-03-15", past),
			on(tuesday16, "le 16 mars", "2016-03-16", past, inferred("year")))},
			[]string{"2016-03-15 2016-03-16"}},
		{"explicit then relative", article{text: soit, ms: ms(
			on(soit, "le 16 mars", "2016-03-16", past),
			on(soit, "mardi dernier", "2016-03-15", past))},
			[]string{"2016-03-15 2016-03-16"}},
		{"in parentheses", article{text: paren, ms: ms(
			on(paren, "hier", "2016-03-18", past),
			on(paren, "le 17 mars", "2016-03-17", past))},
			[]string{"2016-03-18 2016-03-17"}},
		{"agreeing", article{text: tuesday15, ms: ms(
			on(tuesday15, "mardi dernier", "2016-03-15", past),
			on(tuesday15, "le 15 mars", "2016-03-15", past))}, nil},
		{"not side by side", article{text: apart, ms: ms(
			on(apart, "mardi dernier", "2016-03-15", past),
			on(apart, "le 16 mars", "2016-03-16", future))}, nil},
		{"two relative dates", article{text: both, ms: ms(
			on(both, "hier", "2016-03-18", past),
			on(both, "mercredi", "2016-03-16", past))}, nil},
		{"counted from the explicit date", article{text: lendemain, ms: ms(
			on(lendemain, "le 16 mars", "2016-03-16", past),
			on(lendemain, "le lendemain", "2016-03-17", past, anchor("previous date 2016-03-16")))}, nil},
		{"week holding the day", article{text: week, ms: ms(
			on(week, "la semaine dernière", "2016-W11", past),
			on(week, "le 16 mars", "2016-03-16", past))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.id, tt.a.published = "a", "2016-03-19T11:00"
			got := datesOf(ofKind(input(t, tt.a), check.KindRelativeVsExplicit))
			if !slices.Equal(got, nonNil(tt.want)) {
				t.Errorf("relative-vs-explicit on %q = %q, want %q", tt.a.text, got, tt.want)
			}
		})
	}
}
