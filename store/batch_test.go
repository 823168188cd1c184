package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

func TestSaveArticles(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	good := bundle("a", "Le 22 mars, il est venu.")
	dup := bundle("a-again", "Le 22 mars, il est venu.")
	bad := bundle("b", "Le 23 mars, rien.")
	bad.Events = append(bad.Events, timeline.Event{Mention: 99})
	other := bundle("c", "Le 24 mars, autre chose.")
	saved, err := db.SaveArticles(ctx, []store.Bundle{good, dup, bad, other})
	if err != nil {
		t.Fatalf("SaveArticles: %v", err)
	}
	want := []bool{true, false, false, true}
	for i, s := range saved {
		if s.Inserted != want[i] {
			t.Errorf("bundle %d: inserted = %v, want %v", i, s.Inserted, want[i])
		}
	}
	if !errors.Is(saved[2].Err, store.ErrMentionIndex) {
		t.Errorf("bad bundle error = %v, want ErrMentionIndex", saved[2].Err)
	}
	if saved[1].Err != nil {
		t.Errorf("duplicate reported as error: %v", saved[1].Err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Mentions != 2 || st.Events != 2 {
		t.Errorf("stats = %+v, want 2 articles, 2 mentions, 2 events (the bad one rolled back whole)", st)
	}
}

func TestSaveArticlesCancelled(t *testing.T) {
	db, _ := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := db.SaveArticles(ctx, []store.Bundle{bundle("a", "Le 22 mars.")}); err == nil {
		t.Fatal("SaveArticles with a cancelled context succeeded")
	}
	st, _ := db.Stats(context.Background())
	if st.Articles != 0 {
		t.Errorf("cancelled batch stored %d articles", st.Articles)
	}
}

// bundle builds a one-mention, one-event article whose text is text.
func bundle(id, text string) store.Bundle {
	a, ms, evs := sampleArticle(id, 0, 1, 1, time.UTC)
	a.Text = text
	return store.Bundle{Article: a, Mentions: ms, Events: evs}
}

// BenchmarkSaveArticles stores batches of 64 articles of about 3 KB.
func BenchmarkSaveArticles(b *testing.B) {
	db, _ := openTemp(b)
	ctx := context.Background()
	b.ReportAllocs()
	n := 0
	for range b.N {
		batch := make([]store.Bundle, 64)
		for i := range batch {
			a, ms, evs := sampleArticle(fmt.Sprintf("a%d", n), 3000, 10, 5, time.UTC)
			n++
			batch[i] = store.Bundle{Article: a, Mentions: ms, Events: evs}
		}
		if _, err := db.SaveArticles(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(64*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// An event dated by an anaphor keeps its own date, not its mention's.
func TestEventOwnDate(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	b := bundle("a", "Au lendemain de l'annonce, les avions sont partis.")
	own := b.Events[0].Date
	own.Start, own.End = own.Start.AddDate(0, 0, 1), own.End.AddDate(0, 0, 1)
	own.Value = own.Start.Format("2006-01-02")
	b.Events[0].Date = own
	if _, err := db.SaveArticles(ctx, []store.Bundle{b}); err != nil {
		t.Fatal(err)
	}
	es, err := db.Events(ctx, timeline.Filter{})
	if err != nil || len(es) != 1 {
		t.Fatalf("Events = %d, %v", len(es), err)
	}
	got := es[0].Date
	if got.Value != own.Value || !got.Start.Equal(own.Start) || !got.End.Equal(own.End) {
		t.Errorf("event date = %s [%v, %v), want %s [%v, %v)", got.Value, got.Start, got.End, own.Value, own.Start, own.End)
	}
	if got.Text != b.Mentions[0].Text || got.Offset != b.Mentions[0].Offset {
		t.Errorf("event mention = %q at %d, want the stored mention %q at %d", got.Text, got.Offset, b.Mentions[0].Text, b.Mentions[0].Offset)
	}
	ms, err := db.Mentions(ctx, "a")
	if err != nil || len(ms) != 1 || ms[0].Value == own.Value {
		t.Errorf("the mention itself must keep its value: %v %v", ms, err)
	}
}
