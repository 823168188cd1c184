package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
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

func TestCheckFindsCorruption(t *testing.T) {
	tests := []struct {
		name, stmt string
	}{
		{"event dated by another article's mention", "UPDATE events SET mention = (SELECT max(id) FROM mentions) WHERE id = (SELECT min(id) FROM events)"},
		{"dating mention kept stale", "UPDATE mentions SET text = 'mardi' WHERE id = (SELECT mention FROM events LIMIT 1)"},
		{"dating mention kept empty", "UPDATE events SET date_mention = '' WHERE id = (SELECT max(id) FROM events)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTemp(t)
			ctx := context.Background()
			for _, id := range []string{"a", "b"} {
				a, ms, evs := sampleArticle(id, 3000, 10, 5, time.UTC)
				save(t, db, a, ms, evs)
			}
			if err := store.Exec(ctx, db, tt.stmt); err != nil {
				t.Fatalf("%s: %v", tt.stmt, err)
			}
			if err := db.Check(ctx); !errors.Is(err, store.ErrCorrupt) {
				t.Errorf("Check() = %v, want ErrCorrupt", err)
			}
		})
	}
}
