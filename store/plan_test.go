package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// The name index is filled from the new events outwards: each name of an
// event is looked up by its key, never every name scanned for each event,
// which would cost in proportion to the names of the whole archive.
func TestIndexEventsPlan(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "timeline.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range append([]string{indexTextSQL}, indexNamesSQL...) {
		rows, err := db.sql.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, 0)
		if err != nil {
			t.Fatalf("explain %q: %v", q, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
		for _, step := range plan {
			if strings.Contains(step, " n ") && !strings.Contains(step, "(kind=? AND folded=?)") {
				t.Errorf("names read by %q in the plan of %q:\n%s", step, q, strings.Join(plan, "\n"))
			}
			if strings.HasPrefix(step, "SCAN e") || strings.HasPrefix(step, "SCAN events") {
				t.Errorf("events scanned whole in the plan of %q:\n%s", q, strings.Join(plan, "\n"))
			}
		}
	}
}
