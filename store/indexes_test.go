package store_test

import (
	"context"
	"errors"
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

// An ingest leaves the text of its events to IndexFullText, which a
// full-text query and the integrity check run first; the triggers that keep
// the index in step with the events skip the events it does not hold yet.
func TestDeferredFullText(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	seedChronology(t, db)
	store.SetFullTextChunk(db, 5)
	backlog := func(want int) {
		t.Helper()
		if got, err := db.FullTextBacklog(ctx); err != nil || got != want {
			t.Errorf("FullTextBacklog() = %d, %v, want %d", got, err, want)
		}
	}
	count := func(query, word string) string {
		t.Helper()
		n, err := store.QueryString(ctx, db, query, word)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	// indexed counts the events the index finds for a word; held, those
	// whose text holds it.
	indexed := func(word string) string {
		t.Helper()
		return count("SELECT count(*) FROM events_fts WHERE events_fts MATCH ?", word)
	}
	held := func(word string) string {
		t.Helper()
		return count("SELECT count(*) FROM events WHERE summary LIKE '%' || ?1 || '%' OR sentence LIKE '%' || ?1 || '%'", word)
	}
	before := indexed("reprise")

	if err := db.DeferFullText(ctx); err != nil {
		t.Fatal(err)
	}
	backlog(0)
	paris := mustLoad(t, "Europe/Paris")
	for i := range 3 {
		a, ms, evs := sampleArticle(fmt.Sprintf("bulk%d", i), 0, 4, 4, paris)
		save(t, db, a, ms, evs)
	}
	backlog(12)
	if got := indexed("reprise"); got != before {
		t.Errorf("events indexed for %q while deferred = %s, want %s as before the load", "reprise", got, before)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := db.IndexFullText(cancelled, false); !errors.Is(err, context.Canceled) {
		t.Errorf("IndexFullText(cancelled) = %v, want context.Canceled", err)
	}
	backlog(12)

	got, err := db.Events(ctx, timeline.Filter{Query: "reprise"})
	if err != nil {
		t.Fatal(err)
	}
	want := held("reprise")
	if fmt.Sprint(len(got)) != want || indexed("reprise") != want {
		t.Errorf("Events(reprise) after the load = %d events, index %s, want %s", len(got), indexed("reprise"), want)
	}
	backlog(0)
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check() after IndexFullText: %v", err)
	}

	// An event of the backlog changed or deleted before it is indexed, and
	// an indexed one changed or deleted while a backlog waits.
	if err := db.DeferFullText(ctx); err != nil {
		t.Fatal(err)
	}
	for i := 3; i < 5; i++ {
		a, ms, evs := sampleArticle(fmt.Sprintf("bulk%d", i), 0, 4, 4, paris)
		save(t, db, a, ms, evs)
	}
	backlog(8)
	for _, q := range []string{
		"UPDATE events SET summary = 'Trêve conclue' WHERE id = (SELECT max(id) FROM events)",
		"DELETE FROM articles WHERE article_id = 'bulk3'",
		"UPDATE events SET summary = 'Trêve rompue' WHERE id = (SELECT min(id) FROM events)",
		"DELETE FROM articles WHERE article_id = 'bulk0'",
	} {
		if err := store.Exec(ctx, db, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	backlog(4)
	if err := db.Check(ctx); err != nil {
		t.Errorf("Check() after changes amid a backlog: %v", err)
	}
	backlog(0)
	for _, word := range []string{"reprise", "trêve", "conclue", "rompue"} {
		if got, want := indexed(word), held(word); got != want {
			t.Errorf("events indexed for %q = %s, want %s", word, got, want)
		}
	}
}

// A full-text query indexes a backlog while an ingest of another process
// (another handle on the file) goes on storing: both succeed, and every
// event ends up indexed.
func TestFullTextQueryBesideIngest(t *testing.T) {
	ctx := context.Background()
	ingest, path := openTemp(t)
	query, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer query.Close()
	store.SetFullTextChunk(query, 2)
	if err := ingest.DeferFullText(ctx); err != nil {
		t.Fatal(err)
	}
	paris := mustLoad(t, "Europe/Paris")
	for i := range 4 {
		a, ms, evs := sampleArticle(fmt.Sprintf("early%d", i), 0, 4, 4, paris)
		save(t, ingest, a, ms, evs)
	}
	found := make(chan error, 1)
	go func() {
		_, err := query.Events(ctx, timeline.Filter{Query: "reprise"})
		found <- err
	}()
	for i := range 4 {
		a, ms, evs := sampleArticle(fmt.Sprintf("late%d", i), 0, 4, 4, paris)
		if _, err := ingest.SaveArticle(ctx, a, ms, evs); err != nil {
			t.Errorf("SaveArticle(%s) beside the query: %v", a.ID, err)
		}
	}
	if err := <-found; err != nil {
		t.Errorf("Events(reprise) beside the ingest: %v", err)
	}
	if err := ingest.IndexFullText(ctx, false); err != nil {
		t.Fatal(err)
	}
	got, err := query.Events(ctx, timeline.Filter{Query: "reprise"})
	if err != nil || len(got) != 32 {
		t.Errorf("Events(reprise) after both = %d events, %v, want 32", len(got), err)
	}
	if n, err := ingest.FullTextBacklog(ctx); err != nil || n != 0 {
		t.Errorf("FullTextBacklog() = %d, %v, want 0", n, err)
	}
	if err := ingest.Check(ctx); err != nil {
		t.Errorf("Check(): %v", err)
	}
}
