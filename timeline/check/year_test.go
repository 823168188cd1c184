package check_test

import (
	"slices"
	"testing"

	"github.com/timeline-fr/timeline/timeline/check"
)

func TestAmbiguousYear(t *testing.T) {
	const (
		vienna    = "Les discussions s'appuient sur la feuille de route adoptée à Vienne le 14 novembre."
		viennaYr  = "Les discussions s'appuient sur la feuille de route adoptée à Vienne le 14 novembre 2015."
		last      = "Le retrait intervient après le début de l'intervention, le 30 septembre dernier."
		near      = "Les négociations reprendront le 7 mars."
		unknown   = "Kerry sera à Moscou le 22 mars."
		withYears = "Kerry sera à Moscou le 22 mars, après la trêve de février 2016."
	)
	tests := []struct {
		name, published string
		a               article
		want            []string // candidate years or years the text names
	}{
		{"no tense, two years within reach", "2016-03-21T08:30", article{text: vienna,
			ms: ms(on(vienna, "le 14 novembre", "2015-11-14", inferred("year")))},
			[]string{"2015-11-14 2016-11-14"}},
		{"no publication date, no year", "", article{text: unknown,
			ms: ms(on(unknown, "le 22 mars", "0001-03-22", inferred("year"), future))},
			[]string{""}},
		{"no publication date, years in the text", "", article{text: withYears,
			ms: ms(on(withYears, "le 22 mars", "0001-03-22", inferred("year"), future),
				on(withYears, "février 2016", "2016-02"))},
			[]string{"2016"}},
		{"the tense chooses", "2016-03-21T08:30", article{text: vienna,
			ms: ms(on(vienna, "le 14 novembre", "2015-11-14", inferred("year"), past))}, nil},
		{"year written", "2016-03-21T08:30", article{text: viennaYr,
			ms: ms(on(viennaYr, "le 14 novembre 2015", "2015-11-14"))}, nil},
		{"dernier chooses", "2016-03-15T19:40", article{text: last,
			ms: ms(on(last, "le 30 septembre dernier", "2015-09-30", inferred("year")))}, nil},
		{"near publication", "2016-02-28T09:15", article{text: near,
			ms: ms(on(near, "le 7 mars", "2016-03-07", inferred("year")))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.id, tt.a.published = "a", tt.published
			got := datesOf(ofKind(input(t, tt.a), check.KindAmbiguousYear))
			if !slices.Equal(got, nonNil(tt.want)) {
				t.Errorf("ambiguous-year on %q published %q = %q, want %q", tt.a.text, tt.published, got, tt.want)
			}
		})
	}
}
