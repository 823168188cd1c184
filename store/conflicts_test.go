package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// sampleConflicts are conflicts of every severity, one with every field.
var sampleConflicts = []timeline.Conflict{
	{Kind: "cross-source-date", Severity: timeline.SeverityError,
		Message:   "Sputnik France dates the announcement on 21 March 2016, L'Écho diplomatique on 14 March 2016",
		Articles:  []string{"sputnik", "echo"},
		Dates:     []string{"2016-03-21", "2016-03-14"},
		Sentences: []string{"Le président russe a annoncé le 21 mars…", "Lundi 14 mars, lors d'une réunion…"},
		Happening: "h-retrait"},
	{Kind: "weekday-mismatch", Severity: timeline.SeverityWarning, Message: "15 March 2016 is a Tuesday",
		Articles: []string{"gazette"}, Dates: []string{"2016-03-15"}},
	{Kind: "ambiguous-year", Severity: timeline.SeverityInfo, Message: "no year"},
}

// conflicts returns the stored conflicts and fails the test on error.
func conflicts(t *testing.T, db *store.DB) []timeline.Conflict {
	t.Helper()
	got, err := db.Conflicts(context.Background())
	if err != nil {
		t.Fatalf("Conflicts() error: %v", err)
	}
	return got
}

func TestConflictsRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		save []timeline.Conflict
	}{
		{"none", nil},
		{"one with every field", sampleConflicts[:1]},
		{"order kept", []timeline.Conflict{sampleConflicts[2], sampleConflicts[0], sampleConflicts[1]}},
		{"empty lists", []timeline.Conflict{{Kind: "impossible-date", Articles: []string{}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTemp(t)
			if err := db.SaveConflicts(context.Background(), tt.save); err != nil {
				t.Fatalf("SaveConflicts() error: %v", err)
			}
			got := conflicts(t, db)
			want := slices.Clone(tt.save)
			for i := range want { // empty lists come back nil
				if len(want[i].Articles) == 0 {
					want[i].Articles = nil
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Conflicts() =\n%#v\nwant\n%#v", got, want)
			}
		})
	}
}

func TestSaveConflictsReplaces(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	steps := []struct {
		name string
		save []timeline.Conflict
	}{
		{"first list", sampleConflicts},
		{"shorter list", sampleConflicts[1:2]},
		{"cleared", nil},
		{"again", sampleConflicts[:2]},
	}
	for _, st := range steps {
		if err := db.SaveConflicts(ctx, st.save); err != nil {
			t.Fatalf("%s: SaveConflicts() error: %v", st.name, err)
		}
		if got := conflicts(t, db); !reflect.DeepEqual(got, st.save) {
			t.Errorf("%s: Conflicts() = %d conflicts %v, want %d %v", st.name, len(got), got, len(st.save), st.save)
		}
	}
}

func TestSaveConflictsAtomic(t *testing.T) {
	tests := []struct {
		name     string
		severity timeline.Severity
	}{
		{"severity above error", timeline.SeverityError + 1},
		{"negative severity", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db, _ := openTemp(t)
			if err := db.SaveConflicts(ctx, sampleConflicts); err != nil {
				t.Fatalf("SaveConflicts() error: %v", err)
			}
			bad := []timeline.Conflict{sampleConflicts[1], {Kind: "odd", Severity: tt.severity}}
			if err := db.SaveConflicts(ctx, bad); !errors.Is(err, store.ErrSeverity) {
				t.Errorf("SaveConflicts(severity %d) error = %v, want ErrSeverity", tt.severity, err)
			}
			if got := conflicts(t, db); !reflect.DeepEqual(got, sampleConflicts) {
				t.Errorf("Conflicts() after a failed save = %v, want the previous list %v", got, sampleConflicts)
			}
		})
	}
}

// The schema refuses a severity that Conflicts could not read back.
func TestConflictsSeverityConstraint(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	err := store.Exec(ctx, db, "INSERT INTO conflicts (idx, kind, severity, message) VALUES (0, 'x', 'fatal', 'm')")
	if err == nil {
		t.Fatalf("insert of severity 'fatal' succeeded, want the CHECK constraint to refuse it")
	}
}

func TestArticles(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	paris := mustLoad(t, "Europe/Paris")
	beirut := mustLoad(t, "Asia/Beirut")
	late, _, _ := sampleArticle("late", 100, 0, 0, paris)
	late.Published = time.Date(2016, time.March, 25, 7, 30, 0, 0, paris)
	early, _, _ := sampleArticle("early", 100, 0, 0, beirut)
	early.Published = time.Date(2016, time.March, 15, 8, 0, 0, 0, beirut)
	// 06:00 in Paris is 07:00 in Beirut: earlier than "early" by the clock
	// of neither zone, so the order must come from the instant.
	first, _, _ := sampleArticle("first", 100, 0, 0, paris)
	first.Published = time.Date(2016, time.March, 15, 6, 0, 0, 0, paris)
	replaced := first
	replaced.Text += " Première version."
	for _, a := range []timeline.Article{late, replaced, early, first} {
		save(t, db, a, nil, nil) // first replaces the earlier article of its id
	}
	got, err := db.Articles(ctx)
	if err != nil {
		t.Fatalf("Articles() error: %v", err)
	}
	want := []timeline.Article{first, early, late}
	if len(got) != len(want) {
		t.Fatalf("Articles() = %d articles, want %d", len(got), len(want))
	}
	for i := range want {
		t.Run(want[i].ID, func(t *testing.T) {
			g, w := got[i], want[i]
			if !sameInstantAndZone(g.Published, w.Published) {
				t.Errorf("Published = %s (%s), want %s (%s)", g.Published, g.Published.Location(), w.Published, w.Published.Location())
			}
			g.Published, w.Published = time.Time{}, time.Time{}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("Articles()[%d] =\n%+v\nwant\n%+v", i, g, w)
			}
		})
	}
}

func TestMentionsByArticle(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	paris := mustLoad(t, "Europe/Paris")
	a, ms, _ := sampleArticle("a", 100, 2, 0, paris)
	b, bms, _ := sampleArticle("b", 100, 3, 0, time.UTC)
	bms[0].Weekday, bms[1].Problem = 1, "hour 25 does not exist"
	c, _, _ := sampleArticle("c", 100, 0, 0, paris) // no mention: no key
	save(t, db, a, ms, nil)
	save(t, db, b, bms, nil)
	save(t, db, c, nil, nil)
	a2 := a
	a2.Text += " Version corrigée."
	save(t, db, a2, ms[:1], nil) // the same id again: its mentions win
	got, err := db.MentionsByArticle(ctx)
	if err != nil {
		t.Fatalf("MentionsByArticle() error: %v", err)
	}
	want := map[string][]timeline.Mention{"a": ms[:1], "b": bms}
	if len(got) != len(want) {
		t.Errorf("MentionsByArticle() has %d keys, want %d", len(got), len(want))
	}
	for id, w := range want {
		t.Run(id, func(t *testing.T) {
			if g := mapStrings(got[id]); !reflect.DeepEqual(g, mapStrings(w)) {
				t.Errorf("MentionsByArticle()[%s] =\n%s\nwant\n%s", id, g, mapStrings(w))
			}
		})
	}
}

// A database written before the checks existed gains the new columns with
// their defaults and an empty conflicts table.
func TestMigrateToConflicts(t *testing.T) {
	ctx := context.Background()
	stmts := []string{
		`INSERT INTO articles (id, article_id, published, published_zone, published_utc, text, content_hash, ingested_at)
		VALUES (1, 'old', '2016-03-14T09:00:00+01:00', 'Europe/Paris', '2016-03-14T08:00:00.000000000Z',
		'Lundi 14 mars', 'hash', '2016-03-14T10:00:00Z')`,
		`INSERT INTO mentions (article, idx, byte_offset, end_offset, text, type, value, start_local, end_local, grain)
		VALUES (1, 0, 0, 13, 'Lundi 14 mars', 'DATE', '2016-03-14', '2016-03-14T00:00:00', '2016-03-15T00:00:00', 'day')`,
	}
	db := migrated(t, 3, stmts...)
	ms, err := db.Mentions(ctx, "old")
	if err != nil || len(ms) != 1 {
		t.Fatalf("Mentions(old) = %d mentions, %v, want 1, nil", len(ms), err)
	}
	if got := fmt.Sprintf("weekday=%d problem=%q", ms[0].Weekday, ms[0].Problem); got != `weekday=0 problem=""` {
		t.Errorf("migrated mention: %s, want weekday=0 problem=\"\"", got)
	}
	if got := conflicts(t, db); len(got) != 0 {
		t.Errorf("Conflicts() after migrating = %v, want none", got)
	}
}

// Conflicts stored before happening ids grew name happenings by ids no
// listing gives any more: migrating drops them and has the next refresh
// check and merge everything again.
func TestMigrateToLongerHappeningIDs(t *testing.T) {
	ctx := context.Background()
	stmts := []string{
		`INSERT INTO articles (id, article_id, published, published_zone, published_utc, text, content_hash, ingested_at)
		VALUES (1, 'old', '2016-03-14T09:00:00+01:00', 'Europe/Paris', '2016-03-14T08:00:00.000000000Z',
		'Lundi 14 mars', 'hash', '2016-03-14T10:00:00Z')`,
		`INSERT INTO conflicts (idx, kind, severity, message, scope, happening)
		VALUES (0, 'date_disagreement', 'warning', 'two dates', 'chronology', '4a33a283')`,
		`UPDATE conflict_checks SET lang = 'fr', last_article = 1, last_event = 1 WHERE id = 1`,
	}
	db := migrated(t, 8, stmts...)
	if got := conflicts(t, db); len(got) != 0 {
		t.Errorf("Conflicts() after migrating = %v, want none", got)
	}
	merged, _, _, err := db.ChronologyProgress(ctx)
	if err != nil || merged != 0 {
		t.Errorf("ChronologyProgress() merged = %d, %v; want 0: every event to merge again", merged, err)
	}
	pending, err := db.PendingArticles(ctx, 10)
	if err != nil || len(pending) != 1 {
		t.Errorf("PendingArticles() = %d articles, %v; want the 1 stored, to check again", len(pending), err)
	}
}
