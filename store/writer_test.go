package store_test

import (
	"context"
	"testing"
)

// TestReleaseWriteCache checks that the writer keeps storing, and that
// what it stored stays, after its cache is released.
func TestReleaseWriteCache(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	paris := mustLoad(t, "Europe/Paris")
	first, ms, evs := sampleArticle("first", 3000, 10, 5, paris)
	second, _, _ := sampleArticle("second", 2000, 10, 5, paris)
	if _, err := db.SaveArticle(ctx, first, ms, evs); err != nil {
		t.Fatal(err)
	}
	if err := db.ReleaseWriteCache(ctx); err != nil {
		t.Fatalf("ReleaseWriteCache() error: %v", err)
	}
	if inserted, err := db.SaveArticle(ctx, second, ms, evs); err != nil || !inserted {
		t.Fatalf("SaveArticle() after ReleaseWriteCache = %v, %v, want true, nil", inserted, err)
	}
	for _, a := range []string{first.ContentHash(), second.ContentHash()} {
		if ok, err := db.HasArticle(ctx, a); err != nil || !ok {
			t.Errorf("HasArticle(%s) = %v, %v, want true, nil", a, ok, err)
		}
	}
	stats, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := stats.Events, 2*len(evs); got != want {
		t.Errorf("Stats().Events = %d, want %d", got, want)
	}
}
