package store_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// indexSchema lists the indexes of db with their statements.
func indexSchema(t *testing.T, db *store.DB) string {
	t.Helper()
	s, err := store.QueryString(context.Background(), db,
		"SELECT group_concat(name || ': ' || coalesce(sql, ''), char(10)) FROM (SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name)")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDeferIndexes(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	seedChronology(t, db)
	march := timeline.Filter{From: time.Date(2016, time.March, 14, 0, 0, 0, 0, time.UTC), To: time.Date(2016, time.March, 16, 0, 0, 0, 0, time.UTC)}
	want, err := db.Events(ctx, march)
	if err != nil {
		t.Fatal(err)
	}
	schema := indexSchema(t, db)

	if err := db.DeferIndexes(ctx); err != nil {
		t.Fatalf("DeferIndexes() error: %v", err)
	}
	if err := db.DeferIndexes(ctx); err != nil {
		t.Fatalf("DeferIndexes() twice: %v", err)
	}
	if missing, err := db.MissingIndexes(ctx); err != nil || !reflect.DeepEqual(missing, []string{"events_date"}) {
		t.Fatalf("MissingIndexes() after DeferIndexes() = %q, %v, want [events_date]", missing, err)
	}
	got, err := db.Events(ctx, march)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Events(March 14-15) without the deferred indexes = %q, %v, want %q", summaries(got), err, summaries(want))
	}
	paris := mustLoad(t, "Europe/Paris")
	for i := range 3 {
		a, ms, evs := sampleArticle(fmt.Sprintf("bulk%d", i), 0, 4, 4, paris)
		save(t, db, a, ms, evs)
	}

	if err := db.RestoreIndexes(ctx); err != nil {
		t.Fatalf("RestoreIndexes() error: %v", err)
	}
	// It built them sorting in files, and the writer keeps its
	// temporary data in memory again.
	if v, err := store.WriterTempStore(ctx, db); err != nil || v != "2" {
		t.Errorf("writer's temp_store after RestoreIndexes() = %s, %v, want 2 (memory)", v, err)
	}
	if got := indexSchema(t, db); got != schema {
		t.Errorf("indexes after RestoreIndexes() =\n%s\nwant as migrated:\n%s", got, schema)
	}
	if missing, err := db.MissingIndexes(ctx); err != nil || missing != nil {
		t.Errorf("MissingIndexes() after RestoreIndexes() = %q, %v, want none", missing, err)
	}
	if err := db.RestoreIndexes(ctx); err != nil {
		t.Fatalf("RestoreIndexes() twice: %v", err)
	}
	if s := stats(t, db); s.Events != 7+12 {
		t.Errorf("events stored = %d, want %d", s.Events, 7+12)
	}
	// The restored index holds the events stored while it was dropped.
	const count = "SELECT count(*) FROM events %s WHERE date_start >= '2016-03-01'"
	indexed, err := store.QueryString(ctx, db, fmt.Sprintf(count, "INDEXED BY events_date"))
	if err != nil {
		t.Fatal(err)
	}
	if scanned, err := store.QueryString(ctx, db, fmt.Sprintf(count, "NOT INDEXED")); err != nil || indexed != scanned || scanned != "18" {
		t.Errorf("dated events through the restored index = %s, read whole = %s, %v, want 18 both", indexed, scanned, err)
	}
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check() after restoring the indexes: %v", err)
	}
}
