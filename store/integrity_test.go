package store_test

import (
	"context"
	"testing"
	"time"
)

func TestCheck(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	if err := db.Check(ctx); err != nil {
		t.Fatalf("Check on an empty database: %v", err)
	}
	a, ms, evs := sampleArticle("a", 3000, 10, 5, time.UTC)
	save(t, db, a, ms, evs)
	if err := db.Check(ctx); err != nil {
		t.Fatalf("Check after a save: %v", err)
	}
}
