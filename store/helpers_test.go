package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// openTemp opens a fresh database in a temporary folder, closed at the end
// of the test.
func openTemp(t testing.TB) (*store.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "timeline.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q) error: %v", path, err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Errorf("Close() error: %v", err)
		}
	})
	return db, path
}

// mustLoad loads a zone the tests need.
func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q) error: %v", name, err)
	}
	return loc
}

// dayMention is a resolved DATE mention of one day in loc.
func dayMention(offset int, text string, y int, m time.Month, d int, loc *time.Location) timeline.Mention {
	start := time.Date(y, m, d, 0, 0, 0, 0, loc)
	return timeline.Mention{
		Offset:    offset,
		EndOffset: offset + len(text),
		Text:      text,
		Type:      timeline.TypeDate,
		Value:     start.Format("2006-01-02"),
		Start:     start,
		End:       start.AddDate(0, 0, 1),
		Grain:     timeline.GrainDay,
		Rule:      "day",
		Tense:     timeline.TensePast,
	}
}

// mentionString writes every field of m, times with their zone, so that
// two mentions compare equal when they print the same.
func mentionString(m timeline.Mention) string {
	at := func(t time.Time) string {
		if t.IsZero() {
			return "zero"
		}
		return t.Format(time.RFC3339Nano) + " " + t.Location().String()
	}
	return fmt.Sprintf("{%d-%d %q %s %q mod=%q %s..%s grain=%q anchor=%q rule=%q tense=%q inferred=%q weekday=%d problem=%q}",
		m.Offset, m.EndOffset, m.Text, m.Type, m.Value, m.Mod, at(m.Start), at(m.End),
		m.Grain, m.Anchor, m.Rule, m.Tense, m.Inferred, m.Weekday, m.Problem)
}

// summaries lists the summaries of entries, in order.
func summaries(entries []timeline.Entry) []string {
	out := []string{}
	for _, e := range entries {
		out = append(out, e.Summary)
	}
	return out
}

// save stores an article and fails the test on error or duplicate.
func save(t testing.TB, db *store.DB, a timeline.Article, ms []timeline.Mention, evs []timeline.Event) {
	t.Helper()
	inserted, err := db.SaveArticle(context.Background(), a, ms, evs)
	if err != nil || !inserted {
		t.Fatalf("SaveArticle(%s) = %v, %v, want true, nil", a.ID, inserted, err)
	}
}

// stats returns the row counts of db.
func stats(t testing.TB, db *store.DB) store.Stats {
	t.Helper()
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats() error: %v", err)
	}
	return s
}

// sampleArticle builds an article of about size bytes of French text with
// n day mentions and an event on each of the first e of them.
func sampleArticle(id string, size, n, e int, loc *time.Location) (timeline.Article, []timeline.Mention, []timeline.Event) {
	const sentence = "Les négociations ont repris le 14 mars à Genève sous l'égide de l'ONU. "
	pos := strings.Index(sentence, "14 mars")
	var b strings.Builder
	var ms []timeline.Mention
	for i := 0; b.Len() < size || i < n; i++ {
		if i < n {
			ms = append(ms, dayMention(b.Len()+pos, "14 mars", 2016, time.March, 1+i%28, loc))
		}
		b.WriteString(sentence)
	}
	a := timeline.Article{
		ID: id, Source: "Le Monde", URL: "https://example.org/" + id, Title: "Syrie : reprise des pourparlers",
		Published: time.Date(2016, time.March, 14, 9, 30, 0, 0, loc), Language: "fr",
		Text: b.String() + id, Origin: "testdata/" + id + ".txt",
	}
	var evs []timeline.Event
	for i := 0; i < e && i < n; i++ {
		off := ms[i].Offset - pos
		evs = append(evs, timeline.Event{
			ArticleID: id, Mention: i, Date: ms[i],
			SentenceOffset: off, SentenceEnd: off + len(sentence) - 1, Sentence: strings.TrimSpace(sentence),
			Predicate: "ont repris", Summary: fmt.Sprintf("Reprise des négociations %d", i),
			Actors: []string{"ONU"}, Places: []string{"Genève"}, Modality: timeline.ModalityHappened,
		})
	}
	return a, ms, evs
}

// migrated writes a database at schema version, runs stmts on it, closes
// it and opens it again with Open, which migrates it to the newest
// version; the database is closed at the end of the test.
func migrated(t *testing.T, version int, stmts ...string) *store.DB {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "timeline.db")
	old, err := store.OpenVersion(ctx, path, version)
	if err != nil {
		t.Fatalf("OpenVersion(%q, %d) error: %v", path, version, err)
	}
	for i, s := range stmts {
		if err := store.Exec(ctx, old, s); err != nil {
			t.Fatalf("statement %d on the version %d database: %v", i, version, err)
		}
	}
	if err := old.Close(); err != nil {
		t.Fatalf("Close() error: %v", err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(%q) of a version %d database error: %v", path, version, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
