package main

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/export"
)

// exportFixturesDB builds the fixture articles into a fresh database.
func exportFixturesDB(t *testing.T) string {
	t.Helper()
	db := tempDB(t)
	if r := execute(t, "build", "--db", db, fixtures); r.code != 0 {
		t.Fatalf("build %s: %v", fixtures, r)
	}
	return db
}

// exportWindow is the period of the golden exports: the day the first
// Russian planes left Hmeimim, which the fixtures date in three ways.
var exportWindow = []string{"--from", "2016-03-15", "--to", "2016-03-15"}

// exportGoldenExt names the golden file of each format.
var exportGoldenExt = map[string]string{
	export.FormatCSV: "csv", export.FormatJSON: "json", export.FormatJSONL: "jsonl", export.FormatMarkdown: "md",
	export.FormatICS: "ics", export.FormatTimelineJS: "timelinejs.json", export.FormatTimelineJSCSV: "timelinejs.csv",
	export.FormatHTML: "html",
}

func TestExportFixtures(t *testing.T) {
	db := exportFixturesDB(t)
	for _, format := range export.Formats() {
		if format == export.FormatTimeML {
			continue // a folder: TestExportTimeMLFolder
		}
		t.Run(format, func(t *testing.T) {
			args := append([]string{"export", "--db", db, "--format", format, "--title", "Syrie, 15 mars 2016"}, exportWindow...)
			r := execute(t, args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("run %q: %v", args, r)
			}
			golden(t, "export_fixtures."+exportGoldenExt[format], r.stdout)
		})
	}
}

func TestExportTimeMLFolder(t *testing.T) {
	db := exportFixturesDB(t)
	dir := filepath.Join(t.TempDir(), "timeml")
	args := append([]string{"export", "--db", db, "--format", "timeml", "--out", dir}, exportWindow...)
	if r := execute(t, args...); r.code != 0 || r.stdout != "" {
		t.Fatalf("run %q: %v", args, r)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(names) == 0 {
		t.Fatalf("timeml folder %s: %v, %d files", dir, err, len(names))
	}
	var all strings.Builder
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		checkXML(t, name, data)
		all.WriteString("==> " + filepath.Base(name) + " <==\n" + string(data))
	}
	if !slices.Contains(names, filepath.Join(dir, "sputnik-2016-03-22-kerry-moscou.tml")) {
		t.Errorf("timeml folder holds %q, want the seed article's document", names)
	}
	golden(t, "export_fixtures.tml", all.String())
}

// checkXML checks that data is well-formed XML.
func checkXML(t *testing.T, name string, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	for {
		_, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("%s is not well-formed XML: %v", name, err)
			return
		}
	}
}

func TestExportOut(t *testing.T) {
	db := exportFixturesDB(t)
	want := execute(t, "export", "--db", db, "--format", "csv", "--excel")
	dir := t.TempDir()
	out := filepath.Join(dir, "chronologie.csv")
	r := execute(t, "export", "--db", db, "--format", "csv", "--excel", "--out", out)
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("export --out: %v", r)
	}
	got, err := os.ReadFile(out)
	if err != nil || string(got) != want.stdout {
		t.Errorf("--out %s holds %d bytes (%v), want the %d bytes of standard output", out, len(got), err, len(want.stdout))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("export left %d files in %s, want only %s", len(entries), dir, out)
	}
}

func TestExportUsageErrors(t *testing.T) {
	db := exportFixturesDB(t)
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no format", []string{"export"}, "missing --format (one of csv, json"},
		{"unknown format", []string{"export", "--format", "pdf"}, `unknown format "pdf"`},
		{"excel with json", []string{"export", "--format", "json", "--excel"}, "--excel applies to csv"},
		{"timeml to standard output", []string{"export", "--format", "timeml"}, "give --out DIR"},
		{"bad from", []string{"export", "--format", "csv", "--from", "mars"}, `"mars"`},
		{"argument", []string{"export", "--format", "csv", "Kerry"}, `unexpected argument "Kerry"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(tt.args, "--db", db)
			r := execute(t, args...)
			if r.code != 2 || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("run %q: exit %d, stderr %q, want exit 2 and %q", args, r.code, r.stderr, tt.stderr)
			}
		})
	}
}

func TestExportMissingDatabase(t *testing.T) {
	db := tempDB(t)
	r := execute(t, "export", "--db", db, "--format", "json")
	if r.code != 1 || !strings.Contains(r.stderr, "does not exist") {
		t.Errorf("export on a missing database: want exit 1 and a message, got\n%v", r)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("export created %s", db)
	}
}

func TestExportIgnoresFormatKey(t *testing.T) {
	db := tempDB(t)
	seedEvents(t, db)
	inv := invocation{env: map[string]string{"TIMELINE_FORMAT": "json"}}
	r := inv.execute(t, "export", "--db", db, "--format", "csv")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "start,end,grain,") {
		t.Errorf("export --format csv with TIMELINE_FORMAT=json: want CSV, got\n%v", r)
	}
}

// saveConflicts stores cs in the database at path.
func saveConflicts(t *testing.T, path string, cs []timeline.Conflict) {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	if err := db.SaveConflicts(context.Background(), cs); err != nil {
		t.Fatalf("save conflicts: %v", err)
	}
}

func TestExportConflicts(t *testing.T) {
	db := tempDB(t)
	seedEvents(t, db)
	saveConflicts(t, db, []timeline.Conflict{
		{Kind: "weekday-mismatch", Severity: timeline.SeverityWarning, Message: "vendredi 12 février", Articles: []string{"munich"}},
		{Kind: "cross-source-date", Severity: timeline.SeverityError, Message: "22 or 23 March", Articles: []string{"moscou"}},
	})
	tests := []struct {
		name  string
		args  []string
		kinds []string
	}{
		{"everything", nil, []string{"weekday-mismatch", "cross-source-date"}},
		{"filtered by actor", []string{"--actor", "Kerry"}, []string{"cross-source-date"}},
		{"filtered by date", []string{"--to", "2016-02"}, []string{"weekday-mismatch"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"export", "--db", db, "--format", "json"}, tt.args...)
			r := execute(t, args...)
			var doc export.JSONChronology
			if err := json.Unmarshal([]byte(r.stdout), &doc); r.code != 0 || err != nil {
				t.Fatalf("run %q: %v (%v)", args, r, err)
			}
			var kinds []string
			for _, c := range doc.Conflicts {
				kinds = append(kinds, c.Kind)
			}
			if !slices.Equal(kinds, tt.kinds) {
				t.Errorf("run %q: conflicts %q, want %q", args, kinds, tt.kinds)
			}
		})
	}
}

func TestExportHelp(t *testing.T) {
	r := execute(t, "export", "--help")
	if r.code != 0 {
		t.Fatalf("export --help: %v", r)
	}
	for _, format := range export.Formats() {
		if !strings.Contains(r.stdout, "\n  "+format+" ") || exportFormats[format] == "" {
			t.Errorf("export --help does not describe the format %q:\n%s", format, r.stdout)
		}
	}
	for _, want := range []string{"Examples:", "--out", "--excel", "--title", "--from", "--actor", "--query"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("export --help lacks %q", want)
		}
	}
}

func TestUniqueFileName(t *testing.T) {
	used := map[string]int{}
	tests := []struct{ name, want string }{
		{"a.tml", "a.tml"},
		{"b.tml", "b.tml"},
		{"a.tml", "a-2.tml"},
		{"a.tml", "a-3.tml"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := uniqueFileName(tt.name, used); got != tt.want {
				t.Errorf("uniqueFileName(%q) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

// A filtered export lists what merging every stored event at once gives,
// then keeping the entries with a source the whole filter selects, whether
// it reads the whole archive or the regions around what it selects.
func TestExportAsWholeMerge(t *testing.T) {
	ctx := context.Background()
	db, whole := mergedFixtures(t)
	march := time.Date(2016, 3, 1, 0, 0, 0, 0, time.UTC)
	filters := map[string]timeline.Filter{
		"a month":          {From: march, To: march.AddDate(0, 1, 0)},
		"an actor":         {Actor: "poutine"},
		"a place in March": {Place: "genève", From: march, To: march.AddDate(0, 1, 0)},
		"words":            {Query: "trêve"},
	}
	for _, windowed := range []bool{false, true} {
		for name, f := range filters {
			t.Run(fmt.Sprintf("%s/windowed=%v", name, windowed), func(t *testing.T) {
				defer func(w bool, m time.Duration) { windowedListing, listingMargin = w, m }(windowedListing, listingMargin)
				windowedListing, listingMargin = windowed, time.Hour
				selected, err := db.Events(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				keys := map[string]bool{}
				for _, e := range selected {
					keys[entryKey(e)] = true
				}
				var want []timeline.Happening
				for _, h := range whole {
					if slices.ContainsFunc(h.Sources, func(e timeline.Entry) bool { return keys[entryKey(e)] }) {
						want = append(want, h)
					}
				}
				c, err := (&app{}).loadExport(ctx, db, f, false)
				if err != nil {
					t.Fatal(err)
				}
				if len(want) == 0 || !reflect.DeepEqual(c.Happenings, want) {
					t.Errorf("export gives %d happenings, merging everything gives %d: %s",
						len(c.Happenings), len(want), diffHappenings(c.Happenings, want))
				}
			})
		}
	}
}

// sweptFilter is a filter of the chronology, as flags and as a value.
type sweptFilter struct {
	name string
	args []string
	f    timeline.Filter
}

// sweptFilters are the filters the streamed outputs are checked with, each
// made to sweep the whole archive.
var sweptFilters = []sweptFilter{
	{"everything", nil, timeline.Filter{}},
	{"an actor", []string{"--actor", "poutine"}, timeline.Filter{Actor: "poutine"}},
	{"a place", []string{"--place", "genève"}, timeline.Filter{Place: "genève"}},
	{"words", []string{"--query", "trêve"}, timeline.Filter{Query: "trêve"}},
}

// An export that sweeps the whole archive goes through a spool, entry by
// entry; it writes the bytes that the export of the chronology listed in
// memory gives.
func TestStreamedExportAsListed(t *testing.T) {
	db := exportFixturesDB(t)
	defer func(s float64) { maxListingShare = s }(maxListingShare)
	maxListingShare = 0 // every filter sweeps the whole archive
	filters := sweptFilters
	ctx := context.Background()
	for _, format := range export.StreamFormats() {
		for _, tt := range filters {
			t.Run(format+"/"+tt.name, func(t *testing.T) {
				args := append([]string{"export", "--db", db, "--format", format}, tt.args...)
				r := execute(t, args...)
				if r.code != 0 || r.stderr != "" {
					t.Fatalf("run %q: %v", args, r)
				}
				sdb, err := store.Open(ctx, db)
				if err != nil {
					t.Fatal(err)
				}
				defer sdb.Close()
				c, err := (&app{}).loadExport(ctx, sdb, tt.f, false)
				if err != nil {
					t.Fatal(err)
				}
				if len(c.Happenings) == 0 {
					t.Fatalf("filter %+v selects nothing", tt.f)
				}
				var want strings.Builder
				if err := export.Write(&want, format, c, export.Options{}); err != nil {
					t.Fatal(err)
				}
				if r.stdout != want.String() {
					t.Errorf("streamed export differs from the listed one:\n%s\nwant:\n%s", r.stdout, want.String())
				}
			})
		}
	}
}
