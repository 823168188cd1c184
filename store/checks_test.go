package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// pendingIDs returns the ids of the pending articles, checking none.
func pendingIDs(t *testing.T, db *store.DB) []string {
	t.Helper()
	page, err := db.PendingArticles(context.Background(), 100)
	if err != nil {
		t.Fatalf("PendingArticles() error: %v", err)
	}
	var ids []string
	for _, p := range page {
		ids = append(ids, p.Article.ID)
	}
	return ids
}

// checkAll records every pending article as checked, each with one
// conflict of kind listed at offset 0.
func checkAll(t *testing.T, db *store.DB, kind string) {
	t.Helper()
	ctx := context.Background()
	page, err := db.PendingArticles(ctx, 100)
	if err != nil {
		t.Fatalf("PendingArticles() error: %v", err)
	}
	var checked []store.ArticleConflicts
	for _, p := range page {
		c := store.PlacedConflict{Conflict: timeline.Conflict{Kind: kind, Message: p.Article.Text,
			Articles: []string{p.Article.ID}}, ArticleID: p.Article.ID}
		checked = append(checked, store.ArticleConflicts{Row: p.Row, ArticleID: p.Article.ID, Conflicts: []store.PlacedConflict{c}})
	}
	if err := db.ReplaceArticleConflicts(ctx, checked); err != nil {
		t.Fatalf("ReplaceArticleConflicts() error: %v", err)
	}
}

// saveText stores an article of the given id, text and publication day.
func saveText(t *testing.T, db *store.DB, id, text string, day int) {
	t.Helper()
	a := timeline.Article{ID: id, Text: text, Published: time.Date(2016, time.March, day, 9, 0, 0, 0, time.UTC)}
	if _, err := db.SaveArticle(context.Background(), a, nil, nil); err != nil {
		t.Fatalf("SaveArticle(%s) error: %v", id, err)
	}
}

func TestPendingArticles(t *testing.T) {
	tests := []struct {
		name  string
		steps func(t *testing.T, db *store.DB)
		want  []string
	}{
		{"none stored", func(*testing.T, *store.DB) {}, nil},
		{"all new, in storage order", func(t *testing.T, db *store.DB) {
			saveText(t, db, "b", "B", 2)
			saveText(t, db, "a", "A", 1)
		}, []string{"b", "a"}},
		{"checked ones left out", func(t *testing.T, db *store.DB) {
			saveText(t, db, "a", "A", 1)
			checkAll(t, db, "x")
			saveText(t, db, "b", "B", 2)
		}, []string{"b"}},
		{"an id stored again hides the first", func(t *testing.T, db *store.DB) {
			saveText(t, db, "a", "A", 1)
			saveText(t, db, "a", "A again", 1)
		}, []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTemp(t)
			tt.steps(t, db)
			if got := pendingIDs(t, db); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("PendingArticles() = %q, want %q", got, tt.want)
			}
		})
	}
}

// Each pending article comes with its own mentions, in text order, also
// when an article stored again lies between the rows of a page.
func TestPendingArticlesMentions(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	paris := mustLoad(t, "Europe/Paris")
	save := func(id, text string, ms ...timeline.Mention) {
		t.Helper()
		a := timeline.Article{ID: id, Text: text, Published: time.Date(2016, time.March, 1, 9, 0, 0, 0, paris)}
		if _, err := db.SaveArticle(ctx, a, ms, nil); err != nil {
			t.Fatalf("SaveArticle(%s) error: %v", id, err)
		}
	}
	mention := func(text string, offset int) timeline.Mention {
		return timeline.Mention{Offset: offset, EndOffset: offset + len(text), Text: text, Type: timeline.TypeDate,
			Start: time.Date(2016, time.March, 2, 0, 0, 0, 0, paris), End: time.Date(2016, time.March, 3, 0, 0, 0, 0, paris)}
	}
	save("a", "hier et demain", mention("demain", 8), mention("hier", 0))
	save("b", "lundi", mention("lundi", 0))
	save("c", "sans date")
	save("b", "mardi, pas lundi", mention("mardi", 0)) // hides the first b, between a and c
	page, err := db.PendingArticles(ctx, 10)
	if err != nil {
		t.Fatalf("PendingArticles() error: %v", err)
	}
	got := map[string][]string{}
	for _, p := range page {
		got[p.Article.ID] = nil
		for _, m := range p.Mentions {
			got[p.Article.ID] = append(got[p.Article.ID], m.Text)
			if zone := m.Start.Location().String(); zone != "Europe/Paris" {
				t.Errorf("mention %q of %s read in %s, want the article's zone", m.Text, p.Article.ID, zone)
			}
		}
	}
	want := map[string][]string{"a": {"hier", "demain"}, "b": {"mardi"}, "c": nil}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mentions of the pending articles = %q, want %q", got, want)
	}
}

func TestConflictsByArticle(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	saveText(t, db, "late", "late", 3)
	saveText(t, db, "early", "early", 1)
	checkAll(t, db, "weekday-mismatch")
	saveText(t, db, "late", "late, edited", 3)
	checkAll(t, db, "impossible-date")
	cross := []store.PlacedConflict{{Conflict: timeline.Conflict{Kind: "cross-source-date", Message: "cross",
		Articles: []string{"early", "late"}, Happening: "h1"}, ArticleID: "early", KindOrder: 1}}
	stage, err := db.StageChronology(ctx)
	if err != nil {
		t.Fatalf("StageChronology() error: %v", err)
	}
	defer stage.Close()
	if err := stage.AddConflicts(ctx, cross); err != nil {
		t.Fatalf("AddConflicts() error: %v", err)
	}
	for _, id := range []string{"early", "late"} {
		if err := stage.AddLink(ctx, store.ConflictPlace{ArticleID: id}, "h-"+id, []byte(id)); err != nil {
			t.Fatalf("AddLink() error: %v", err)
		}
	}
	if err := stage.Commit(ctx, 0); err != nil {
		t.Fatalf("Commit() error: %v", err)
	}
	var got []string
	for _, c := range conflicts(t, db) {
		got = append(got, c.Kind+" "+c.Message+" "+c.Happening)
	}
	want := []string{"weekday-mismatch early h-early", "cross-source-date cross h1", "impossible-date late, edited h-late"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Conflicts() = %q, want %q", got, want)
	}
	if n, err := db.ConflictCount(ctx); err != nil || n != len(want) {
		t.Errorf("ConflictCount() = %d, %v, want %d", n, err, len(want))
	}
}

func TestPrepareChecks(t *testing.T) {
	tests := []struct {
		name        string
		lang        string
		all         bool
		wantPending []string
	}{
		{"same language", "en", false, nil},
		{"everything again", "en", true, []string{"a"}},
		{"another language", "fr", false, []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db, _ := openTemp(t)
			if err := db.PrepareChecks(ctx, "en", false); err != nil {
				t.Fatalf("PrepareChecks(en) error: %v", err)
			}
			saveText(t, db, "a", "A", 1)
			checkAll(t, db, "x")
			if err := db.PrepareChecks(ctx, tt.lang, tt.all); err != nil {
				t.Fatalf("PrepareChecks(%q, %v) error: %v", tt.lang, tt.all, err)
			}
			if got := pendingIDs(t, db); !reflect.DeepEqual(got, tt.wantPending) {
				t.Errorf("PrepareChecks(%q, %v): pending %q, want %q", tt.lang, tt.all, got, tt.wantPending)
			}
			if n := len(conflicts(t, db)); (n == 0) != (tt.wantPending != nil) {
				t.Errorf("PrepareChecks(%q, %v): %d conflicts kept", tt.lang, tt.all, n)
			}
		})
	}
}

// Conflicts found beside tagging are stored with their articles only when
// the stored conflicts are up to date and in the same language.
func TestSaveArticlesWithChecks(t *testing.T) {
	withChecks := func(id, lang string) store.Bundle {
		b := bundle(id, "Texte de "+id)
		c := store.PlacedConflict{Conflict: timeline.Conflict{Kind: "weekday", Severity: timeline.SeverityWarning,
			Message: "conflit de " + id, Articles: []string{id}}, ArticleID: id}
		b.Checks = &store.ArticleChecks{Lang: lang, Conflicts: []store.PlacedConflict{c}}
		return b
	}
	tests := []struct {
		name        string
		before      []string // articles stored without checks first
		lang        string   // language of the stored conflicts
		batch       []store.Bundle
		wantPending []string
		wantStored  int
	}{
		{"up to date", nil, "fr", []store.Bundle{withChecks("a", "fr"), withChecks("b", "fr")}, nil, 2},
		{"other language", nil, "en", []store.Bundle{withChecks("a", "fr")}, []string{"a"}, 0},
		{"one without checks", nil, "fr", []store.Bundle{withChecks("a", "fr"), bundle("b", "Texte de b")}, []string{"a", "b"}, 0},
		{"earlier article unchecked", []string{"old"}, "fr", []store.Bundle{withChecks("a", "fr")}, []string{"old", "a"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTemp(t)
			ctx := context.Background()
			if err := db.PrepareChecks(ctx, tt.lang, false); err != nil {
				t.Fatal(err)
			}
			for i, id := range tt.before {
				saveText(t, db, id, "Texte ancien "+id, 1+i)
			}
			if _, err := db.SaveArticles(ctx, tt.batch); err != nil {
				t.Fatalf("SaveArticles() error: %v", err)
			}
			if got := pendingIDs(t, db); !reflect.DeepEqual(got, tt.wantPending) {
				t.Errorf("pending = %q, want %q", got, tt.wantPending)
			}
			if got := len(conflicts(t, db)); got != tt.wantStored {
				t.Errorf("stored conflicts = %d, want %d", got, tt.wantStored)
			}
		})
	}
}
