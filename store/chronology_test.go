package store_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// placeConflicts stores, for each place, a conflict within its article
// whose message names the place.
func placeConflicts(t *testing.T, db *store.DB, places []store.ConflictPlace) {
	t.Helper()
	var checked []store.ArticleConflicts // one per article: each replaces the conflicts of its article
	for _, p := range places {
		c := store.PlacedConflict{Conflict: timeline.Conflict{Kind: "weekday-mismatch", Message: placeName(p),
			Articles: []string{p.ArticleID}}, ArticleID: p.ArticleID, Offset: p.Offset}
		if i := slices.IndexFunc(checked, func(ac store.ArticleConflicts) bool { return ac.ArticleID == p.ArticleID }); i >= 0 {
			checked[i].Conflicts = append(checked[i].Conflicts, c)
			continue
		}
		checked = append(checked, store.ArticleConflicts{ArticleID: p.ArticleID, Conflicts: []store.PlacedConflict{c}})
	}
	if err := db.ReplaceArticleConflicts(context.Background(), checked); err != nil {
		t.Fatalf("ReplaceArticleConflicts() error: %v", err)
	}
}

func placeName(p store.ConflictPlace) string { return fmt.Sprintf("%s@%d", p.ArticleID, p.Offset) }

// happeningsByPlace reads the happening each stored conflict within an
// article names, by place.
func happeningsByPlace(t *testing.T, db *store.DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, c := range conflicts(t, db) {
		if c.Kind == "weekday-mismatch" {
			out[c.Message] = c.Happening
		}
	}
	return out
}

// stageParts stages the links of the happenings of parts, in order, as a
// sweep hands them over, and commits them.
func stageParts(t *testing.T, db *store.DB, parts [][]timeline.Happening) {
	t.Helper()
	ctx := context.Background()
	stage, err := db.StageChronology(ctx)
	if err != nil {
		t.Fatalf("StageChronology() error: %v", err)
	}
	defer func() {
		if err := stage.Close(); err != nil {
			t.Errorf("Close() error: %v", err)
		}
	}()
	for _, part := range parts {
		for _, h := range part {
			for _, e := range h.Sources {
				if !stage.Wants(e.ArticleID, e.Date.Offset) {
					continue
				}
				p := store.ConflictPlace{ArticleID: e.ArticleID, Offset: e.Date.Offset}
				if err := stage.AddLink(ctx, p, h.ID, merge.OrderKey(h)); err != nil {
					t.Fatalf("AddLink() error: %v", err)
				}
			}
		}
	}
	if err := stage.Commit(ctx, 0); err != nil {
		t.Fatalf("Commit() error: %v", err)
	}
}

// The stage names at each place the happening check.Linker names over the
// whole chronology, whatever the parts a sweep hands over and their order.
func TestChronologyStageLinksAsLinker(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2016, time.March, d, 0, 0, 0, 0, time.UTC) }
	source := func(article string, offset int, published time.Time) timeline.Entry {
		var e timeline.Entry
		e.ArticleID, e.Published, e.Source, e.Summary = article, published, "Agence "+article, "résumé "+article
		e.Date = timeline.Mention{Offset: offset, Value: fmt.Sprint(offset)}
		return e
	}
	happening := func(id string, d int, sources ...timeline.Entry) timeline.Happening {
		return timeline.Happening{ID: id, Date: timeline.Mention{Start: day(d), End: day(d + 1)}, Sources: sources}
	}
	hs := []timeline.Happening{
		happening("h1", 1, source("a", 10, day(2)), source("b", 5, day(3))),
		happening("h2", 1, source("c", 3, day(1)), source("a", 10, day(2))), // first by publication
		happening("h3", 2, source("b", 5, day(3)), source("d", 7, day(3))),
		happening("h4", 3, source("e", 1, day(4)), source("e", 1, day(4))),
	}
	slices.SortFunc(hs, merge.Compare)
	link := check.Linker(hs)
	places := []store.ConflictPlace{{"a", 10}, {"b", 5}, {"c", 3}, {"d", 7}, {"e", 1}, {"z", 9}, {"a", 11}}
	parts := []struct {
		name  string
		parts [][]timeline.Happening
	}{
		{"whole", [][]timeline.Happening{hs}},
		{"one by one", [][]timeline.Happening{hs[:1], hs[1:2], hs[2:3], hs[3:]}},
		{"newest first", [][]timeline.Happening{hs[3:], hs[2:3], hs[1:2], hs[:1]}},
		{"halves", [][]timeline.Happening{hs[2:], hs[:2]}},
	}
	for _, tt := range parts {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openTemp(t)
			placeConflicts(t, db, places)
			// A happening named before the stage is named again, or no
			// more.
			if err := db.ReplaceHappeningConflicts(context.Background(), nil, nil,
				map[store.ConflictPlace]string{{"a", 11}: "stale", {"a", 10}: "stale"}, 0); err != nil {
				t.Fatalf("ReplaceHappeningConflicts() error: %v", err)
			}
			stageParts(t, db, tt.parts)
			got := happeningsByPlace(t, db)
			for _, p := range places {
				if want := link(p.ArticleID, p.Offset); got[placeName(p)] != want {
					t.Errorf("happening at %s = %q, want %q", placeName(p), got[placeName(p)], want)
				}
			}
		})
	}
}

func TestChronologyStageWants(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	placeConflicts(t, db, []store.ConflictPlace{{"a", 10}, {"b", 0}})
	stage, err := db.StageChronology(ctx)
	if err != nil {
		t.Fatalf("StageChronology() error: %v", err)
	}
	defer stage.Close()
	tests := []struct {
		article string
		offset  int
		want    bool
	}{{"a", 10, true}, {"b", 0, true}, {"a", 0, false}, {"b", 10, false}, {"c", 10, false}}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s@%d", tt.article, tt.offset), func(t *testing.T) {
			if got := stage.Wants(tt.article, tt.offset); got != tt.want {
				t.Errorf("Wants(%q, %d) = %v, want %v", tt.article, tt.offset, got, tt.want)
			}
		})
	}
}

// Staged conflicts are listed by place, then message, those equal on both
// in the order they were staged, across the batches the stage writes; a
// commit replaces every conflict found across sources before it.
func TestChronologyStageOrdersConflicts(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	saveText(t, db, "a", "A", 1)
	stageConflicts := func(cs []store.PlacedConflict) {
		t.Helper()
		stage, err := db.StageChronology(ctx)
		if err != nil {
			t.Fatalf("StageChronology() error: %v", err)
		}
		defer stage.Close()
		for len(cs) > 0 { // in parts, as a sweep hands them over
			n := min(len(cs), 7)
			if err := stage.AddConflicts(ctx, cs[:n]); err != nil {
				t.Fatalf("AddConflicts() error: %v", err)
			}
			cs = cs[n:]
		}
		if err := stage.Commit(ctx, 0); err != nil {
			t.Fatalf("Commit() error: %v", err)
		}
	}
	stageConflicts([]store.PlacedConflict{{Conflict: timeline.Conflict{Kind: "cross-source-date", Message: "old"}, ArticleID: "a"}})
	var staged []store.PlacedConflict
	for i := range 1300 { // more than two batches
		msg := fmt.Sprintf("m%d", (i*7)%5) // ties on place and message
		c := store.PlacedConflict{Conflict: timeline.Conflict{Kind: "cross-source-date", Message: msg,
			Articles: []string{"a", fmt.Sprint(i)}, Happening: fmt.Sprint("h", i)}, ArticleID: "a", Offset: (i * 13) % 11}
		staged = append(staged, c)
	}
	stageConflicts(staged)
	want := slices.Clone(staged)
	slices.SortStableFunc(want, func(x, y store.PlacedConflict) int {
		return cmp.Or(cmp.Compare(x.Offset, y.Offset), cmp.Compare(x.Message, y.Message))
	})
	got := conflicts(t, db)
	if len(got) != len(want) {
		t.Fatalf("Conflicts() gives %d conflicts, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Message != want[i].Message || got[i].Happening != want[i].Happening {
			t.Fatalf("conflict %d = %q of %q, want %q of %q", i, got[i].Message, got[i].Happening, want[i].Message, want[i].Happening)
		}
	}
}

// Until Commit, the stored conflicts stay as they were, and other
// connections can write: the stage holds no lock on the database.
func TestChronologyStageBeforeCommit(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	placeConflicts(t, db, []store.ConflictPlace{{"a", 10}})
	before := conflicts(t, db)
	stage, err := db.StageChronology(ctx)
	if err != nil {
		t.Fatalf("StageChronology() error: %v", err)
	}
	for i := range 1100 {
		if err := stage.AddLink(ctx, store.ConflictPlace{ArticleID: "a", Offset: 10}, fmt.Sprint("h", i), []byte{byte(i)}); err != nil {
			t.Fatalf("AddLink() error: %v", err)
		}
	}
	cross := store.PlacedConflict{Conflict: timeline.Conflict{Kind: "cross-source-date", Message: "new"}, ArticleID: "a"}
	if err := stage.AddConflicts(ctx, []store.PlacedConflict{cross}); err != nil {
		t.Fatalf("AddConflicts() error: %v", err)
	}
	short, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	saveText(t, db, "b", "B", 2)
	if err := db.ReplaceHappeningConflicts(short, nil, nil, nil, 0); err != nil {
		t.Errorf("writing while a stage is open: %v", err)
	}
	if err := stage.Close(); err != nil {
		t.Fatalf("Close() error: %v", err)
	}
	if got := conflicts(t, db); !slices.EqualFunc(got, before, func(a, b timeline.Conflict) bool {
		return a.Message == b.Message && a.Happening == b.Happening
	}) {
		t.Errorf("conflicts after a stage closed without Commit = %+v, want %+v", got, before)
	}
	// A stage opened after one closed starts empty.
	stageParts(t, db, nil)
	if got := happeningsByPlace(t, db); got["a@10"] != "" {
		t.Errorf("happening at a@10 = %q from a closed stage", got["a@10"])
	}
}

func TestChronologyStageRefusesUnknownSeverity(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	stage, err := db.StageChronology(ctx)
	if err != nil {
		t.Fatalf("StageChronology() error: %v", err)
	}
	defer stage.Close()
	bad := store.PlacedConflict{Conflict: timeline.Conflict{Kind: "cross-source-date", Severity: 9}}
	if err := stage.AddConflicts(ctx, []store.PlacedConflict{bad}); !errors.Is(err, store.ErrSeverity) {
		t.Errorf("AddConflicts(severity 9) error = %v, want ErrSeverity", err)
	}
}
