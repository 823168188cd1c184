package store_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// A row SQLite refuses (here a weekday out of range, which only the
// database checks) leaves out its article alone: the batch is stored again
// one article at a time, and the others keep their rows, each event
// dated by its own article's mention.
func TestSaveArticlesRefusedRow(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	stored := bundle("stored", "Le 21 mars, déjà là.")
	if _, err := db.SaveArticles(ctx, []store.Bundle{stored}); err != nil {
		t.Fatal(err)
	}
	first := manyRowsBundle("first", 3, 2, 1)
	refused := manyRowsBundle("refused", 3, 2, 2)
	refused.Mentions[1].Weekday = 8
	// A bad article whose content is stored already counts as stored,
	// as it did when its row was inserted first.
	storedAndBad := stored
	storedAndBad.Events = append(slices.Clone(stored.Events), timeline.Event{Mention: 5})
	last := manyRowsBundle("last", 4, 3, 3)
	saved, err := db.SaveArticles(ctx, []store.Bundle{first, refused, storedAndBad, last})
	if err != nil {
		t.Fatalf("SaveArticles: %v", err)
	}
	if !saved[0].Inserted || !saved[3].Inserted || saved[0].Err != nil || saved[3].Err != nil {
		t.Errorf("good articles: %+v, %+v, want inserted", saved[0], saved[3])
	}
	if saved[1].Inserted || saved[1].Err == nil || !strings.Contains(saved[1].Err.Error(), "mention 1") {
		t.Errorf("refused article: %+v, want an error naming mention 1", saved[1])
	}
	if saved[2] != (store.Saved{}) {
		t.Errorf("stored article with a bad event: %+v, want not inserted, no error", saved[2])
	}
	if got, want := stats(t, db), (store.Stats{Articles: 3, Mentions: 1 + 3 + 4, Events: 1 + 2 + 3}); got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
	checkEventMentions(t, db, []store.Bundle{stored, first, last})
}

// Batches larger than one multi-row statement, with row counts that are
// not powers of two, keep every row and every event's mention.
func TestSaveArticlesManyRows(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	var batch []store.Bundle
	for i, n := range []int{0, 1, 70, 130, 5} {
		batch = append(batch, manyRowsBundle(fmt.Sprintf("a%d", i), n, n*2/3, i))
	}
	saved, err := db.SaveArticles(ctx, batch)
	if err != nil {
		t.Fatalf("SaveArticles: %v", err)
	}
	for i, s := range saved {
		if !s.Inserted || s.Err != nil {
			t.Errorf("bundle %d: %+v, want inserted", i, s)
		}
	}
	if got, want := stats(t, db), (store.Stats{Articles: 5, Mentions: 206, Events: 135}); got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
	checkEventMentions(t, db, batch)
	// The next batch numbers its mentions after these.
	more := []store.Bundle{manyRowsBundle("b", 3, 3, 9)}
	if _, err := db.SaveArticles(ctx, more); err != nil {
		t.Fatalf("SaveArticles: %v", err)
	}
	checkEventMentions(t, db, append(batch, more...))
}

// manyRowsBundle builds an article with n mentions, each a distinct day
// and text, and e events, the i-th dated by mention (i*7)%n.
func manyRowsBundle(id string, n, e, seed int) store.Bundle {
	var text strings.Builder
	var ms []timeline.Mention
	day := time.Date(2016, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, seed*200)
	for i := range n {
		d := day.AddDate(0, 0, i)
		expr := fmt.Sprintf("%s %d", id, i)
		fmt.Fprintf(&text, "Le %s, ", d.Format("2006-01-02"))
		ms = append(ms, dayMention(text.Len(), expr, d.Year(), d.Month(), d.Day(), time.UTC))
		text.WriteString(expr + ". ")
	}
	var evs []timeline.Event
	for i := range e {
		m := (i * 7) % n
		evs = append(evs, timeline.Event{ArticleID: id, Mention: m, Date: ms[m],
			Sentence: fmt.Sprintf("Phrase %d de %s.", i, id), Summary: fmt.Sprintf("%s événement %d", id, i),
			Actors: []string{"Acteur " + id}, Places: []string{"Lieu " + id}, Modality: timeline.ModalityHappened})
	}
	a := timeline.Article{ID: id, Source: "Source", Published: time.Date(2016, time.March, 14, 9, 0, 0, 0, time.UTC),
		Language: "fr", Text: text.String() + id, Origin: "test/" + id}
	return store.Bundle{Article: a, Mentions: ms, Events: evs}
}

// checkEventMentions checks that the stored events are those of bs, each
// with the mention that dates it in its own article, and that every
// article's mentions read back in order.
func checkEventMentions(t *testing.T, db *store.DB, bs []store.Bundle) {
	t.Helper()
	ctx := context.Background()
	want := map[string]string{} // summary -> its mention
	for _, b := range bs {
		for _, ev := range b.Events {
			want[ev.Summary] = mentionString(b.Mentions[ev.Mention])
		}
		ms, err := db.Mentions(ctx, b.Article.ID)
		if err != nil {
			t.Fatalf("Mentions(%s): %v", b.Article.ID, err)
		}
		if len(ms) != len(b.Mentions) {
			t.Errorf("Mentions(%s) = %d, want %d", b.Article.ID, len(ms), len(b.Mentions))
			continue
		}
		for i := range ms {
			if got, want := mentionString(ms[i]), mentionString(b.Mentions[i]); got != want {
				t.Errorf("Mentions(%s)[%d] = %s, want %s", b.Article.ID, i, got, want)
			}
		}
	}
	es, err := db.Events(ctx, timeline.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != len(want) {
		t.Errorf("Events = %d entries, want %d", len(es), len(want))
	}
	for _, e := range es {
		if got := mentionString(e.Date); got != want[e.Summary] {
			t.Errorf("event %q dated by %s, want %s", e.Summary, got, want[e.Summary])
		}
	}
}
