package eval

import (
	"slices"
	"testing"
)

func at(lo, hi int, text string) mention {
	return mention{span: spanAt(lo, hi), text: text, hasText: true}
}

func unplaced(text string) mention { return mention{text: text, hasText: true} }

func TestOverlap(t *testing.T) {
	tests := []struct {
		name string
		a, b mention
		want int
	}{
		{"shared characters", at(0, 10, "le 22 mars"), at(3, 13, "22 mars 2016"), 7},
		{"disjoint", at(0, 4, "hier"), at(5, 9, "soir"), 0},
		{"touching", at(0, 4, "hier"), at(4, 8, " soi"), 0},
		{"unknown span: containment", unplaced("22 mars"), at(0, 10, "le 22  MARS"), 7},
		{"unknown span: no containment", unplaced("22 avril"), at(0, 10, "le 22 mars"), 0},
		{"unknown span: empty text", unplaced(""), unplaced("mars"), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := overlap(tt.a, tt.b); got != tt.want {
				t.Errorf("overlap(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestAlign(t *testing.T) {
	tests := []struct {
		name          string
		golds, preds  []mention
		strict, loose []pair // loose: relaxed pairs that are not strict
	}{
		{
			name:   "exact and partial",
			golds:  []mention{at(0, 4, "hier"), at(10, 20, "le 22 mars")},
			preds:  []mention{at(0, 4, "Hier"), at(13, 20, "22 mars")},
			strict: []pair{{0, 0}},
			loose:  []pair{{1, 1}},
		},
		{
			name:   "one to one: the larger overlap wins",
			golds:  []mention{at(0, 10, "le 22 mars")},
			preds:  []mention{at(0, 2, "le"), at(3, 10, "22 mars")},
			strict: nil,
			loose:  []pair{{0, 1}},
		},
		{
			name:   "strict before a larger overlap",
			golds:  []mention{at(0, 12, "le 22 mars 2"), at(8, 15, "22 mars")},
			preds:  []mention{at(3, 10, "22 mars")},
			strict: []pair{{1, 0}},
		},
		{
			name:   "relaxed after strict",
			golds:  []mention{at(0, 10, "le 22 mars"), at(3, 10, "22 mars")},
			preds:  []mention{at(3, 10, "22 mars"), at(0, 12, "le 22 mars 2")},
			strict: []pair{{1, 0}},
			loose:  []pair{{0, 1}},
		},
		{
			name:   "strict: nearest start at equal overlap",
			golds:  []mention{at(10, 20, "a b")},
			preds:  []mention{at(18, 30, "a  b"), at(5, 12, "A b")},
			strict: []pair{{0, 1}},
		},
		{
			name:  "relaxed: nearest start at equal overlap",
			golds: []mention{at(10, 20, "x")},
			preds: []mention{at(18, 30, "y"), at(5, 12, "z")},
			loose: []pair{{0, 1}},
		},
		{
			name:   "gold without text never strict",
			golds:  []mention{{span: spanAt(0, 6), text: "", hasText: false}},
			preds:  []mention{at(0, 6, "")},
			strict: nil,
			loose:  []pair{{0, 0}},
		},
		{"nothing predicted", []mention{at(0, 4, "hier")}, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := align(tt.golds, tt.preds)
			var strict, loose []pair
			for _, p := range a.relaxed {
				if a.strict[p] {
					strict = append(strict, p)
				} else {
					loose = append(loose, p)
				}
			}
			if len(a.strict) != len(strict) {
				t.Errorf("align: strict pairs %v not all relaxed %v", a.strict, a.relaxed)
			}
			if !slices.Equal(strict, tt.strict) || !slices.Equal(loose, tt.loose) {
				t.Errorf("align(%v, %v) = strict %v, relaxed only %v; want %v, %v", tt.golds, tt.preds, strict, loose, tt.strict, tt.loose)
			}
		})
	}
}
