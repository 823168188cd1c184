package store_test

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkSaveArticle saves a 3 KB article with 10 mentions and 5 events,
// a new text each time so that every save inserts.
func BenchmarkSaveArticle(b *testing.B) {
	ctx := context.Background()
	db, _ := openTemp(b)
	paris := mustLoad(b, "Europe/Paris")
	a, ms, evs := sampleArticle("bench", 3000, 10, 5, paris)
	text := a.Text
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a.Text = fmt.Sprintf("%s %d", text, i)
		i++
		if inserted, err := db.SaveArticle(ctx, a, ms, evs); err != nil || !inserted {
			b.Fatalf("SaveArticle() = %v, %v, want true, nil", inserted, err)
		}
	}
}

// BenchmarkHasArticle looks up the content hash of an article, stored
// and not, as an ingest does for every article it reads.
func BenchmarkHasArticle(b *testing.B) {
	ctx := context.Background()
	db, _ := openTemp(b)
	paris := mustLoad(b, "Europe/Paris")
	a, ms, evs := sampleArticle("bench", 3000, 10, 5, paris)
	if _, err := db.SaveArticle(ctx, a, ms, evs); err != nil {
		b.Fatal(err)
	}
	stored := a.ContentHash()
	a.Text += " autre"
	absent := a.ContentHash()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		hash, want := stored, true
		if i%2 == 1 {
			hash, want = absent, false
		}
		i++
		if got, err := db.HasArticle(ctx, hash); err != nil || got != want {
			b.Fatalf("HasArticle() = %v, %v, want %v, nil", got, err, want)
		}
	}
}
