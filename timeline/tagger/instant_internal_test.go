package tagger

import (
	"slices"
	"testing"

	"github.com/timeline-fr/timeline/timeline"
)

func TestISOAmount(t *testing.T) {
	tests := []struct {
		in   string
		want []amount
		ok   bool
	}{
		{"PT5M", []amount{{timeline.GrainMinute, 5}}, true},
		{"P5M", []amount{{timeline.GrainMonth, 5}}, true},
		{"P1Y", []amount{{timeline.GrainYear, 1}}, true},
		{"PT2H30M", []amount{{timeline.GrainHour, 2}, {timeline.GrainMinute, 30}}, true},
		{"P3W", []amount{{timeline.GrainWeek, 3}}, true},
		{"P1DT12H", []amount{{timeline.GrainDay, 1}, {timeline.GrainHour, 12}}, true},
		{"PT90S", []amount{{timeline.GrainSecond, 90}}, true},
		{"PXM", nil, false},
		{"PTXH", nil, false},
		{"P1.5Y", nil, false},
		{"P", nil, false},
		{"PT", nil, false},
		{"P5", nil, false},
		{"P5H", nil, false},
		{"PT5D", nil, false},
		{"P5MT", nil, false},
		{"P99999999Y", nil, false},
		{"", nil, false},
		{"5M", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := isoAmount(tt.in)
			if ok != tt.ok || !slices.Equal(got, tt.want) {
				t.Errorf("isoAmount(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
