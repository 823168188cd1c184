package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// A spool gives its pieces back in the order merge.Compare sorts their
// happenings, whatever the order they were added in, and removes its
// file when closed.
func TestSpoolOrder(t *testing.T) {
	ctx := context.Background()
	paris := mustLoad(t, "Europe/Paris")
	rng := rand.New(rand.NewPCG(3, 4))
	day := func(d int) time.Time { return time.Date(2016, 3, d, 0, 0, 0, 0, paris) }
	var hs []timeline.Happening
	for i := range 300 {
		start := day(1 + rng.IntN(5))
		if rng.IntN(4) == 0 {
			start = start.Add(time.Duration(rng.IntN(24)) * time.Hour).In(time.UTC) // same instants, other zones
		}
		end := start.AddDate(0, 0, 1+rng.IntN(2))
		if i%50 == 0 {
			start, end = time.Date(1212, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1213, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		src := timeline.Entry{Event: timeline.Event{
			ArticleID: fmt.Sprintf("a%d", rng.IntN(6)), SentenceOffset: rng.IntN(3), Mention: rng.IntN(2),
			Summary: []string{"", "Kerry à Moscou", "Kerry a Moscou"}[rng.IntN(3)],
		}, Published: day(10 + rng.IntN(3)), Source: []string{"Le Monde", "AFP"}[rng.IntN(2)]}
		src.Date = timeline.Mention{Start: start, End: end, Offset: rng.IntN(3), Value: []string{"2016-03", "2016-03-01"}[rng.IntN(2)]}
		hs = append(hs, timeline.Happening{ID: fmt.Sprint(i), Date: src.Date, Sources: []timeline.Entry{src}})
	}
	sp, err := store.OpenSpool(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hs {
		if err := sp.Add(ctx, h, "g"+h.ID, []byte(h.ID)); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	err = sp.Each(ctx, func(group string, body []byte) error {
		if group != "g"+string(body) {
			t.Errorf("piece %s filed under %q", body, group)
		}
		got = append(got, string(body))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sorted := slices.Clone(hs)
	slices.SortStableFunc(sorted, merge.Compare)
	for i := range sorted {
		if i >= len(got) {
			t.Fatalf("got %d pieces, want %d", len(got), len(sorted))
		}
		if got[i] != sorted[i].ID && merge.Compare(hs[atoi(got[i])], sorted[i]) != 0 {
			t.Fatalf("piece %d = %s, want %s (or one that compares equal)", i, got[i], sorted[i].ID)
		}
	}
	if err := sp.Add(ctx, hs[0], "", nil); err == nil {
		t.Error("Add after Each succeeded, want an error")
	}
	if err := sp.Close(); err != nil {
		t.Fatal(err)
	}
}

func atoi(s string) int {
	var n int
	fmt.Sscan(s, &n)
	return n
}

// Closing a spool never read removes its folder too.
func TestSpoolClose(t *testing.T) {
	dir := t.TempDir()
	sp, err := store.OpenSpool(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := sp.Add(context.Background(), timeline.Happening{}, "", []byte("x")); err == nil {
		t.Error("Add of a happening without a source succeeded")
	}
	if err := sp.Close(); err != nil {
		t.Fatal(err)
	}
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Errorf("spool left %d files in %s", len(left), dir)
	}
}
