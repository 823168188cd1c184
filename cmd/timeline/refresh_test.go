package main

import (
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

func marchDay(d int) time.Time {
	return time.Date(2016, time.March, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d-1)
}

func TestJoinRegions(t *testing.T) {
	tests := []struct {
		name string
		in   []region
		want []region
	}{
		{"apart", []region{{marchDay(20), marchDay(25)}, {marchDay(1), marchDay(5)}}, []region{{marchDay(1), marchDay(5)}, {marchDay(20), marchDay(25)}}},
		{"overlapping", []region{{marchDay(1), marchDay(10)}, {marchDay(5), marchDay(20)}}, []region{{marchDay(1), marchDay(20)}}},
		{"touching", []region{{marchDay(1), marchDay(10)}, {marchDay(10), marchDay(12)}}, []region{{marchDay(1), marchDay(12)}}},
		{"inside", []region{{marchDay(1), marchDay(30)}, {marchDay(5), marchDay(6)}}, []region{{marchDay(1), marchDay(30)}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := joinRegions(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("joinRegions = %v, want %v", got, tt.want)
			}
			for i := range got {
				if !got[i].from.Equal(tt.want[i].from) || !got[i].to.Equal(tt.want[i].to) {
					t.Errorf("joinRegions[%d] = %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestWholeIn(t *testing.T) {
	source := func(from, to int) timeline.Entry {
		return timeline.Entry{Event: timeline.Event{Date: timeline.Mention{Start: marchDay(from), End: marchDay(to)}}}
	}
	regions := []region{{marchDay(1), marchDay(60)}}
	tests := []struct {
		name    string
		sources []timeline.Entry
		whole   bool
	}{
		{"well inside", []timeline.Entry{source(20, 21), source(25, 26)}, true},
		{"near the start", []timeline.Entry{source(10, 11), source(25, 26)}, false},
		{"near the end", []timeline.Entry{source(20, 21), source(50, 51)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, whole := wholeIn(timeline.Happening{Sources: tt.sources}, regions)
			if whole != tt.whole {
				t.Fatalf("wholeIn = %v, want %v", whole, tt.whole)
			}
			if !whole && (r.from.After(tt.sources[0].Date.Start.Add(-linkReach)) || r.to.Before(tt.sources[len(tt.sources)-1].Date.End.Add(linkReach))) {
				t.Errorf("region to read %v does not reach past the happening by %v", r, linkReach)
			}
		})
	}
}
