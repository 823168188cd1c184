package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

func TestSaveArticleIdempotent(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	a, ms, evs := sampleArticle("a1", 1000, 3, 2, time.UTC)
	save(t, db, a, ms, evs)
	want := stats(t, db)

	inserted, err := db.SaveArticle(ctx, a, ms, evs)
	if err != nil || inserted {
		t.Errorf("second SaveArticle() = %v, %v, want false, nil", inserted, err)
	}
	if got := stats(t, db); got != want {
		t.Errorf("Stats() after the second save = %+v, want %+v", got, want)
	}
	if ok, err := db.HasArticle(ctx, a.ContentHash()); err != nil || !ok {
		t.Errorf("HasArticle(saved) = %v, %v, want true, nil", ok, err)
	}
	a.Text += " Mise à jour."
	if ok, err := db.HasArticle(ctx, a.ContentHash()); err != nil || ok {
		t.Errorf("HasArticle(edited) = %v, %v, want false, nil", ok, err)
	}
}

func TestSaveArticleAtomic(t *testing.T) {
	errForced := errors.New("forced failure")
	tests := []struct {
		name    string
		edit    func(db *store.DB, ms []timeline.Mention, evs []timeline.Event)
		wantErr error
	}{
		{"mention index past the end", func(_ *store.DB, ms []timeline.Mention, evs []timeline.Event) {
			evs[len(evs)-1].Mention = len(ms)
		}, store.ErrMentionIndex},
		{"negative mention index", func(_ *store.DB, _ []timeline.Mention, evs []timeline.Event) {
			evs[1].Mention = -1
		}, store.ErrMentionIndex},
		{"failure before commit", func(db *store.DB, _ []timeline.Mention, _ []timeline.Event) {
			store.SetBeforeCommit(db, func() error { return errForced })
		}, errForced},
		{"comma in an inferred field", func(_ *store.DB, ms []timeline.Mention, _ []timeline.Event) {
			ms[2].Inferred = []string{"year,month"}
		}, nil},
		{"weekday out of range", func(_ *store.DB, ms []timeline.Mention, _ []timeline.Event) {
			ms[1].Weekday = 8
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db, _ := openTemp(t)
			a, ms, evs := sampleArticle("a1", 1000, 3, 3, time.UTC)
			tt.edit(db, ms, evs)
			inserted, err := db.SaveArticle(ctx, a, ms, evs)
			if inserted || err == nil || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Errorf("SaveArticle() = %v, %v, want false, %v", inserted, err, tt.wantErr)
			}
			if got := stats(t, db); got != (store.Stats{}) {
				t.Errorf("Stats() after a failed save = %+v, want no rows", got)
			}
			if ok, err := db.HasArticle(ctx, a.ContentHash()); err != nil || ok {
				t.Errorf("HasArticle() after a failed save = %v, %v, want false, nil", ok, err)
			}
		})
	}
}

func TestSaveArticleIngestedAt(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	db.Now = func() time.Time { return time.Date(2016, time.March, 14, 12, 0, 0, 0, time.UTC) }
	a, ms, evs := sampleArticle("a1", 100, 1, 1, time.UTC)
	save(t, db, a, ms, evs)
	got, err := store.QueryString(ctx, db, "SELECT ingested_at FROM articles")
	if want := "2016-03-14T12:00:00Z"; err != nil || got != want {
		t.Errorf("ingested_at = %q, %v, want %q, nil", got, err, want)
	}
}

func TestSaveArticleConcurrent(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	const savers, articles = 6, 5
	inserts := make([][]bool, savers)
	var wg sync.WaitGroup
	for s := range savers {
		inserts[s] = make([]bool, articles)
		wg.Go(func() {
			for i := range articles {
				a, ms, evs := sampleArticle(fmt.Sprintf("a%d", i), 1000, 4, 2, time.UTC)
				inserted, err := db.SaveArticle(ctx, a, ms, evs)
				if err != nil {
					t.Errorf("saver %d: SaveArticle(%s) error: %v", s, a.ID, err)
				}
				inserts[s][i] = inserted
			}
		})
	}
	wg.Wait()
	for i := range articles {
		var n int
		for s := range savers {
			if inserts[s][i] {
				n++
			}
		}
		if n != 1 {
			t.Errorf("article a%d inserted by %d savers, want 1", i, n)
		}
	}
	if got, want := stats(t, db), (store.Stats{Articles: articles, Mentions: 4 * articles, Events: 2 * articles}); got != want {
		t.Errorf("Stats() = %+v, want %+v", got, want)
	}
}

func TestMentionsRoundTrip(t *testing.T) {
	paris := mustLoad(t, "Europe/Paris")
	full := timeline.Mention{
		Offset: 40, EndOffset: 59, Text: "mercredi 23 au matin", Type: timeline.TypeTime,
		Value: "2016-03-23TMO", Mod: "START",
		Start: time.Date(2016, time.March, 23, 6, 0, 0, 0, paris),
		End:   time.Date(2016, time.March, 23, 12, 0, 0, 0, paris),
		Grain: timeline.GrainPart, Anchor: "2016-03-14", Rule: "weekday_part",
		Tense: timeline.TenseFuture, Inferred: []string{"month", "year"}, Weekday: 3,
	}
	// The summer-time change of 27 March 2016 falls inside this week.
	week := timeline.Mention{
		Offset: 0, EndOffset: 17, Text: "la semaine pro", Type: timeline.TypeDate, Value: "2016-W12",
		Start: time.Date(2016, time.March, 21, 0, 0, 0, 0, paris),
		End:   time.Date(2016, time.March, 28, 0, 0, 0, 0, paris),
		Grain: timeline.GrainWeek, Rule: "week_next",
	}
	duration := timeline.Mention{Offset: 70, EndOffset: 85, Text: "deux semaines", Type: timeline.TypeDuration,
		Value: "P2W", Rule: "duration", Tense: timeline.TensePresent}
	impossible := timeline.Mention{Offset: 90, EndOffset: 100, Text: "30 février", Type: timeline.TypeDate,
		Rule: "absolute-date", Problem: "February has no day 30", Weekday: 2}
	tests := []struct {
		name string
		save []timeline.Mention
		want []timeline.Mention // in text order
	}{
		{"every field", []timeline.Mention{full}, []timeline.Mention{full}},
		{"over a summer-time change", []timeline.Mention{week}, []timeline.Mention{week}},
		{"no interval", []timeline.Mention{duration}, []timeline.Mention{duration}},
		{"impossible date", []timeline.Mention{impossible}, []timeline.Mention{impossible}},
		{"text order", []timeline.Mention{duration, full, week}, []timeline.Mention{week, full, duration}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTemp(t)
			a := timeline.Article{ID: "a1", Published: time.Date(2016, time.March, 14, 9, 0, 0, 0, paris), Text: tt.name}
			save(t, db, a, tt.save, nil)
			got, err := db.Mentions(context.Background(), "a1")
			if err != nil {
				t.Fatalf("Mentions(a1) error: %v", err)
			}
			if !slices.Equal(mapStrings(got), mapStrings(tt.want)) {
				t.Errorf("Mentions(a1) =\n%s\nwant\n%s", mapStrings(got), mapStrings(tt.want))
			}
		})
	}
}

func mapStrings(ms []timeline.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, mentionString(m))
	}
	return out
}

func TestMentionsLatestArticle(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	a, ms, _ := sampleArticle("a1", 100, 1, 0, time.UTC)
	save(t, db, a, ms, nil)
	a.Text += " Version corrigée."
	save(t, db, a, nil, nil)
	if got, err := db.Mentions(ctx, "a1"); err != nil || len(got) != 0 {
		t.Errorf("Mentions(a1) = %d mentions, %v, want those of the last stored a1: none", len(got), err)
	}
	if _, err := db.Mentions(ctx, "missing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Mentions(missing) error = %v, want ErrNotFound", err)
	}
}

func TestPublishedZone(t *testing.T) {
	paris := mustLoad(t, "Europe/Paris")
	tests := []struct {
		name      string
		published time.Time
	}{
		{"named zone in winter", time.Date(2016, time.March, 14, 9, 30, 0, 0, paris)},
		{"named zone in summer", time.Date(2016, time.April, 2, 23, 15, 0, 0, paris)},
		{"UTC", time.Date(2016, time.March, 14, 9, 30, 0, 0, time.UTC)},
		{"unnamed offset", time.Date(2016, time.March, 14, 9, 30, 0, 0, time.FixedZone("", 3*3600))},
		{"unknown name", time.Date(2016, time.March, 14, 9, 30, 0, 0, time.FixedZone("Beyrouth", 2*3600))},
		{"fraction of a second", time.Date(2016, time.March, 14, 9, 30, 0, 123456789, paris)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTemp(t)
			a, ms, evs := sampleArticle("a1", 100, 1, 1, tt.published.Location())
			a.Published = tt.published
			save(t, db, a, ms, evs)
			entries, err := db.Events(context.Background(), timeline.Filter{})
			if err != nil || len(entries) != 1 {
				t.Fatalf("Events() = %d entries, %v, want 1, nil", len(entries), err)
			}
			if got := entries[0].Published; !sameInstantAndZone(got, tt.published) {
				t.Errorf("Published = %s (%s), want %s (%s)", got, got.Location(), tt.published, tt.published.Location())
			}
		})
	}
}

// sameInstantAndZone reports whether a and b are the same instant shown in
// zones of the same name and offset.
func sameInstantAndZone(a, b time.Time) bool {
	an, ao := a.Zone()
	bn, bo := b.Zone()
	return a.Equal(b) && an == bn && ao == bo && a.Location().String() == b.Location().String()
}
