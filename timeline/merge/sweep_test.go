package merge_test

import (
	"cmp"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// byStart sorts entries as a sweep wants them: by wall-clock date start.
func byStart(entries []timeline.Entry) []timeline.Entry {
	out := slices.Clone(entries)
	wall := func(t time.Time) string { return t.Format("2006-01-02T15:04:05") }
	slices.SortStableFunc(out, func(a, b timeline.Entry) int {
		return cmp.Compare(wall(a.Date.Start), wall(b.Date.Start))
	})
	return out
}

// sweep runs a Sweep over entries and returns what it hands over, sorted
// into chronology order.
func sweep(t *testing.T, entries []timeline.Entry) []timeline.Happening {
	t.Helper()
	return sweepWith(t, merge.NewSweep(), entries)
}

// sweepWith is sweep through s.
func sweepWith(t *testing.T, s *merge.Sweep, entries []timeline.Entry) []timeline.Happening {
	t.Helper()
	var out []timeline.Happening
	for _, e := range byStart(entries) {
		hs, ok := s.Add(e)
		if !ok {
			t.Fatalf("Add(%s) refused an entry in date order", e.Date.Value)
		}
		out = append(out, hs...)
	}
	out = append(out, s.Close()...)
	slices.SortFunc(out, merge.Compare)
	return out
}

// A sweep that skips the reasons of its joins gives the same happenings,
// with no reasons.
func TestSweepSkipReasons(t *testing.T) {
	for _, tt := range fixtureCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			want := sweep(t, tt.entries)
			got := sweepWith(t, merge.NewSweep().SkipReasons(), tt.entries)
			joined := 0
			for i := range got {
				if got[i].Why != nil {
					t.Errorf("happening %s has reasons %q", got[i].ID, got[i].Why)
				}
				joined += len(want[i].Why)
				want[i].Why = nil
			}
			if joined == 0 {
				t.Fatal("no happening of the test joins two sources")
			}
			if g, w := format(got), format(want); g != w {
				t.Errorf("without reasons:\n%s\nwith them:\n%s", g, w)
			}
		})
	}
}

// fixtureCase is a named list of entries to merge.
type fixtureCase struct {
	name    string
	entries []timeline.Entry
}

// fixtureCases gives the fixture events as they are, copied ten times as
// if reprinted, with a copy ten days later, and reprinted with copies
// three and six days later (dates that disagree within the bound, among
// many copies).
func fixtureCases(t *testing.T) []fixtureCase {
	fixture := fixtureEntries(t)
	reprinted := copies(fixture, 5)
	return []fixtureCase{
		{"fixtures", fixture},
		{"copies", copies(fixture, 10)},
		{"every ten days", append(slices.Clone(fixture), shifted(fixture, 10, "+10")...)},
		{"copies every three days", append(append(slices.Clone(reprinted), shifted(reprinted, 3, "+3")...), shifted(reprinted, 6, "+6")...)},
	}
}

// shifted returns copies of entries moved by days, as other articles.
func shifted(entries []timeline.Entry, days int, tag string) []timeline.Entry {
	out := make([]timeline.Entry, len(entries))
	for i, e := range entries {
		e.ArticleID += tag
		e.Published = e.Published.AddDate(0, 0, days)
		d := e.Date
		if d.HasInterval() {
			d.Start, d.End = d.Start.AddDate(0, 0, days), d.End.AddDate(0, 0, days)
		}
		e.Date = d
		out[i] = e
	}
	return out
}

func TestSweepGivesMergesChronology(t *testing.T) {
	fixture := fixtureEntries(t)
	tests := []struct {
		name    string
		entries []timeline.Entry
	}{
		{"fixtures", fixture},
		{"fixtures twice, a week apart", append(slices.Clone(fixture), shifted(fixture, 7, "+7")...)},
		{"fixtures three times, months apart", append(append(slices.Clone(fixture), shifted(fixture, 90, "+90")...), shifted(fixture, 200, "+200")...)},
		{"fixtures every ten days", func() []timeline.Entry {
			var out []timeline.Entry
			for k := range 8 {
				out = append(out, shifted(fixture, 10*k, fmt.Sprint("+", 10*k))...)
			}
			return out
		}()},
		{"copies of one report", copies(fixture, 20)},
		{"none", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := sweep(t, tt.entries), merge.Merge(tt.entries)
			// IDs are unique within one hand-over only; compare the rest.
			for i := range got {
				got[i].ID = ""
			}
			for i := range want {
				want[i].ID = ""
			}
			if g, w := format(got), format(want); g != w {
				t.Errorf("Sweep differs from Merge:\n%s\nwant:\n%s", g, w)
			}
		})
	}
}

// A Preparer gives what Prepare gives: for copies of the same events, for
// events that differ from others in one field the traits are read from,
// and past the traits it remembers.
func TestPreparerGivesPrepare(t *testing.T) {
	fixture := fixtureEntries(t)
	var varied []timeline.Entry
	for i, e := range fixture {
		varied = append(varied, e)
		other := e
		other.ArticleID += "#other"
		switch i % 4 {
		case 0:
			other.Actors = append(slices.Clone(e.Actors), "Staffan de Mistura")
		case 1:
			other.Summary += " à Genève"
		case 2:
			other.Date.Text = "hier"
		default:
			other.Modality = timeline.ModalityNegated
		}
		varied = append(varied, other)
	}
	var many []timeline.Entry
	for k := range 5000 {
		e := fixture[k%len(fixture)]
		e.ArticleID += fmt.Sprint("#", k)
		e.Sentence = fmt.Sprintf("%s (%d)", e.Sentence, k/3)
		many = append(many, e)
	}
	for _, tt := range []struct {
		name    string
		entries []timeline.Entry
	}{
		{"copies", copies(fixture, 5)},
		{"one field apart", varied},
		{"more sentences than it remembers", many},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var p merge.Preparer
			s := merge.NewSweep()
			var got []timeline.Happening
			for _, e := range byStart(tt.entries) {
				hs, ok := s.AddPrepared(p.Prepare(e))
				if !ok {
					t.Fatalf("AddPrepared(%s) refused an entry in date order", e.Date.Value)
				}
				got = append(got, hs...)
			}
			got = append(got, s.Close()...)
			slices.SortFunc(got, merge.Compare)
			if g, w := format(got), format(sweep(t, tt.entries)); g != w {
				t.Errorf("a sweep of entries a Preparer prepared differs:\n%s\nwant:\n%s", g, w)
			}
		})
	}
}

func TestSweepRefusesEarlierEntry(t *testing.T) {
	day := func(d int) timeline.Entry {
		start := time.Date(2016, 3, d, 0, 0, 0, 0, time.UTC)
		return timeline.Entry{Event: timeline.Event{ArticleID: "a", Summary: "Annonce",
			Date: timeline.Mention{Value: start.Format("2006-01-02"), Start: start, End: start.AddDate(0, 0, 1), Grain: timeline.GrainDay}}}
	}
	s := merge.NewSweep()
	if _, ok := s.Add(day(14)); !ok {
		t.Fatal("Add(14 March) refused the first entry")
	}
	if _, ok := s.Add(day(13)); ok {
		t.Error("Add(13 March) after 14 March = ok, want refused")
	}
}

// copies returns n copies of entries, each as another article on the same
// dates: a dispatch reprinted by n outlets.
func copies(entries []timeline.Entry, n int) []timeline.Entry {
	var out []timeline.Entry
	for k := range n {
		out = append(out, shifted(entries, 0, fmt.Sprint("#", k))...)
	}
	return out
}

// BenchmarkMergeCopies merges 100 copies of the fixture events: every
// happening has 100 sources, whose pairs need not all be compared.
func BenchmarkMergeCopies(b *testing.B) {
	entries := copies(fixtureEntries(b), 100)
	b.ReportAllocs()
	for b.Loop() {
		merge.Merge(entries)
	}
}

// BenchmarkSweepCopies sweeps the same events in date order, with 100 and
// 400 copies: the time per copy must not grow with the copies.
func BenchmarkSweepCopies(b *testing.B) {
	for _, c := range []struct {
		copies  int
		reasons bool
	}{{100, true}, {100, false}, {400, false}} {
		b.Run(fmt.Sprintf("copies=%d/reasons=%v", c.copies, c.reasons), func(b *testing.B) {
			reasons := c.reasons
			entries := byStart(copies(fixtureEntries(b), c.copies))
			b.ReportAllocs()
			for b.Loop() {
				s := merge.NewSweep()
				if !reasons {
					s.SkipReasons()
				}
				for _, e := range entries {
					s.Add(e)
				}
				s.Close()
			}
		})
	}
}

// Merge, through its sweep, gives what comparing every pair at once gives.
func TestMergeGivesMergeGroup(t *testing.T) {
	for _, tt := range fixtureCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			got, want := merge.Merge(tt.entries), merge.MergeGroup(tt.entries)
			if g, w := format(got), format(want); g != w {
				t.Errorf("Merge differs from comparing every pair:\n%s\nwant:\n%s", g, w)
			}
		})
	}
}
