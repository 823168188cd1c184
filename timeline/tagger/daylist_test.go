package tagger_test

import (
	"slices"
	"testing"

	"github.com/timeline-fr/timeline/timeline/tagger"
)

func TestDayLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // text=value of every mention
	}{
		{"two days", "Les élections auront lieu les 6 et 13 avril prochains.",
			[]string{"les 6=2016-04-06", "13 avril prochains=2016-04-13"}},
		{"three days", "Les pourparlers ont eu lieu les 2, 3 et 4 mars.",
			[]string{"les 2=2016-03-02", "3=2016-03-03", "4 mars=2016-03-04"}},
		{"des", "Le sommet des 15 et 16 mars a échoué.", []string{"des 15=2016-03-15", "16 mars=2016-03-16"}},
		{"le et le", "Ils se sont vus le 6 et le 13 mars.", []string{"le 6=2016-03-06", "le 13 mars=2016-03-13"}},
		{"premier", "Les grèves des 1er et 2 mars ont cessé.", []string{"des 1er=2016-03-01", "2 mars=2016-03-02"}},
		{"or", "Il arrivera le 6 ou le 7 avril.", []string{"le 6=2016-04-06", "le 7 avril=2016-04-07"}},
		{"with a year", "Les scrutins des 6 et 13 avril 2003 ont eu lieu.", []string{"des 6=2003-04-06", "13 avril 2003=2003-04-13"}},

		{"between is a range", "Il viendra entre le 20 et le 30 juin.", []string{"entre le 20 et le 30 juin=2016-06-20/2016-06-30"}},
		{"days out of order", "Les 27 et 13 mars sont des dates.", []string{"13 mars=2016-03-13"}},
		{"no article", "Il y a eu 6 et 13 mars.", []string{"13 mars=2016-03-13"}},
		{"no day", "Les 300 et 13 mars.", []string{"13 mars=2016-03-13"}},
		{"hours", "Il travaille les 6 et 13 heures.", []string{"13 heures=2016-03-22T13:00"}},
		{"weekday date", "Ils se verront les 6 et mardi 13 mars.", []string{"mardi 13 mars=2016-03-13"}},
	}
	tg := tagger.New(tagger.PolicyNews)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range tg.Tag(tt.text, tuesday) {
				got = append(got, m.Text+"="+m.Value)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Tag(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
