package store_test

import (
	"context"
	"testing"

	"github.com/timeline-fr/timeline/store"
)

// TestCHeap checks that the C heap's figures follow what SQLite holds:
// storing an article fills the writer's page cache, releasing that cache
// frees it, and a trim leaves what is in use.
func TestCHeap(t *testing.T) {
	before, _, ok := store.CHeap()
	if !ok {
		t.Skip("the C library does not tell what its heap holds")
	}
	ctx := context.Background()
	db, _ := openTemp(t)
	paris := mustLoad(t, "Europe/Paris")
	art, ms, evs := sampleArticle("heap", 200_000, 200, 100, paris)
	if _, err := db.SaveArticle(ctx, art, ms, evs); err != nil {
		t.Fatal(err)
	}
	stored, _, _ := store.CHeap()
	if stored <= before {
		t.Errorf("C heap in use after storing an article = %d bytes, want more than the %d before", stored, before)
	}
	if err := db.ReleaseWriteCache(ctx); err != nil {
		t.Fatal(err)
	}
	released, _, _ := store.CHeap()
	if released >= stored {
		t.Errorf("C heap in use after the write cache was released = %d bytes, want less than the %d before", released, stored)
	}
	// A trim gives back free memory only: what SQLite holds stays.
	store.TrimCHeap()
	if inUse, _, _ := store.CHeap(); inUse < released/2 {
		t.Errorf("C heap in use after a trim = %d bytes, want about the %d before", inUse, released)
	}
}
