package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// seedEvents stores three articles with known events, so that the filters
// and the merging are tested apart from the tagger and the extraction:
// Sputnik and the Gazette report one meeting, on different days.
func seedEvents(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	const (
		sputnik = "John Kerry sera reçu par Vladimir Poutine au Kremlin mercredi pour parler de la transition."
		gazette = "John Kerry a été reçu jeudi par Vladimir Poutine au Kremlin, où ils ont évoqué la transition."
	)
	articles := []struct {
		art    timeline.Article
		events []timeline.Event
	}{
		{timeline.Article{ID: "munich", Source: "Le Courrier des Nations", Language: "fr",
			Published: time.Date(2016, 2, 13, 9, 0, 0, 0, paris),
			Text:      "Un accord a été conclu vendredi à Munich."}, []timeline.Event{
			{Summary: "Accord de Munich sur une cessation des hostilités", Sentence: "Un accord a été conclu vendredi à Munich.",
				Actors: []string{"GISS"}, Places: []string{"Munich"}, Modality: timeline.ModalityHappened},
		}},
		{timeline.Article{ID: "moscou", Source: "Sputnik France", Language: "fr",
			Published: time.Date(2016, 3, 22, 9, 0, 0, 0, paris), Text: sputnik}, []timeline.Event{
			{Summary: "John Kerry reçu par Vladimir Poutine au Kremlin", Sentence: sputnik, SentenceEnd: len(sputnik),
				Actors: []string{"John Kerry", "Vladimir Poutine"}, Places: []string{"Moscou"}, Modality: timeline.ModalityPlanned},
		}},
		{timeline.Article{ID: "gazette", Source: "La Gazette du Levant", Language: "fr",
			Published: time.Date(2016, 3, 25, 7, 30, 0, 0, paris), Text: gazette}, []timeline.Event{
			{Summary: "John Kerry reçu par Vladimir Poutine au Kremlin", Sentence: gazette, SentenceEnd: len(gazette),
				Actors: []string{"John Kerry", "Vladimir Poutine"}, Modality: timeline.ModalityHappened},
		}},
	}
	dates := []timeline.Mention{day("2016-02-12"), day("2016-03-23"), day("2016-03-24")}
	for i, a := range articles {
		a.events[0].Date = dates[i]
		if _, err := db.SaveArticle(ctx, a.art, dates[i:i+1], a.events); err != nil {
			t.Fatalf("save %s: %v", a.art.ID, err)
		}
	}
}

func TestEventsFilters(t *testing.T) {
	db := tempDB(t)
	seedEvents(t, db)
	munich := "2016-02-12 Accord de Munich sur une cessation des hostilités le GISS Munich 1 article: Le Courrier des Nations\n"
	moscou := "2016-03-23 John Kerry reçu par Vladimir Poutine au Kremlin John Kerry, Vladimir Poutine Moscou " +
		"2 articles: Sputnik France, La Gazette du Levant\n"
	tests := []struct {
		name string
		args []string
		want []string // lines without their id, oldest first
	}{
		{"all", nil, []string{munich, moscou}},
		{"from a month", []string{"--from", "2016-03"}, []string{moscou}},
		{"to a day includes that day", []string{"--to", "2016-02-12"}, []string{munich}},
		{"to the day before", []string{"--to", "2016-02-11"}, nil},
		{"between", []string{"--from", "2016-02-13", "--to", "2016-03-23"}, []string{moscou}},
		{"date of one source only", []string{"--from", "2016-03-24"}, []string{moscou}},
		{"year", []string{"--from", "2016", "--to", "2016"}, []string{munich, moscou}},
		{"actor ignoring case", []string{"--actor", "kerry"}, []string{moscou}},
		{"unknown actor", []string{"--actor", "Lavrov"}, nil},
		{"place", []string{"--place", "munich"}, []string{munich}},
		{"place of one source keeps the whole entry", []string{"--place", "moscou"}, []string{moscou}},
		{"query", []string{"--query", "cessation hostilités"}, []string{munich}},
		{"query of one source keeps the whole entry", []string{"--query", "évoqué"}, []string{moscou}},
		{"combined", []string{"--from", "2016-03-01", "--actor", "Poutine", "--place", "Moscou", "--query", "Kremlin"}, []string{moscou}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"events", "--db", db}, tt.args...)
			r := execute(t, args...)
			if r.code != 0 {
				t.Fatalf("run %q: %v", args, r)
			}
			// Column widths depend on the lines selected: compare words.
			if got, want := withoutIDs(squeeze(r.stdout)), strings.Join(tt.want, ""); got != want {
				t.Errorf("run %q: stdout =\n%s\nwant\n%s", args, got, want)
			}
		})
	}
}

// withoutIDs drops the first column (the entry id) of each line of s.
func withoutIDs(s string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		if _, rest, ok := strings.Cut(line, " "); ok {
			b.WriteString(rest)
		}
	}
	return b.String()
}

// ids returns the first column of each line of s.
func ids(s string) []string {
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, f[0])
		}
	}
	return out
}

func TestEventsExplain(t *testing.T) {
	db := tempDB(t)
	seedEvents(t, db)
	list := execute(t, "events", "--db", db, "--actor", "Kerry")
	got := ids(list.stdout)
	if list.code != 0 || len(got) != 1 {
		t.Fatalf("events --actor Kerry: want one entry, got %v", list)
	}
	id := got[0]
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     []string // parts of stdout (or stderr when the code is not 0)
	}{
		{"text", []string{"--explain", id}, 0, []string{
			id + "  2016-03-23  John Kerry reçu par Vladimir Poutine au Kremlin",
			"filed under 2016-03-23: the sources disagree: 2016-03-23 (1 article), 2016-03-24 (1 article)",
			"sources (2):",
			`1. Sputnik France, published 2016-03-22 09:00 +01:00 [moscou]: "2016-03-23" = 2016-03-23 (planned)`,
			"     " + "John Kerry sera reçu par Vladimir Poutine au Kremlin mercredi pour parler de la transition.",
			`2. La Gazette du Levant, published 2016-03-25 07:30 +01:00 [gazette]: "2016-03-24" = 2016-03-24 (happened)`,
			`joined Sputnik France [moscou] "2016-03-23" and La Gazette du Levant [gazette] "2016-03-24": ` +
				"same actors [John Kerry, Vladimir Poutine], same themes [transition], shared words [kremlin, reçu, transition], " +
				"predicate family 'meet', dates 2016-03-23 and 2016-03-24 differ (disagreement)",
		}},
		{"json", []string{"--explain", id, "--format", "json"}, 0, []string{`"id": "` + id + `"`, `"why": [`, `"article_id": "gazette"`}},
		{"filters do not hide the entry", []string{"--explain", id, "--actor", "nobody"}, 1, []string{"no chronology entry"}},
		{"unknown id", []string{"--explain", "ffffffff"}, 1, []string{`no chronology entry "ffffffff"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"events", "--db", db}, tt.args...)
			r := execute(t, args...)
			if r.code != tt.wantCode {
				t.Fatalf("run %q: exit %d, want %d\n%v", args, r.code, tt.wantCode, r)
			}
			out := r.stdout
			if tt.wantCode != 0 {
				out = r.stderr
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("run %q: output lacks %q:\n%s", args, w, out)
				}
			}
		})
	}
}

func TestEventsGazetteer(t *testing.T) {
	db := tempDB(t)
	seedEvents(t, db)
	path := filepath.Join(t.TempDir(), "noms.yaml")
	names := "actors:\n  - name: Groupe international de soutien à la Syrie\n    aliases: [GISS]\n"
	if err := os.WriteFile(path, []byte(names), 0o644); err != nil {
		t.Fatal(err)
	}
	r := execute(t, "events", "--db", db, "--gazetteer", path, "--place", "Munich")
	if r.code != 0 || !strings.Contains(r.stdout, "Groupe international de soutien à la Syrie") {
		t.Errorf("events --gazetteer %s: want the GISS under its configured name\n%v", path, r)
	}
}

func TestEventsTimezone(t *testing.T) {
	db := tempDB(t)
	seedEvents(t, db)
	// Dates are compared as wall clocks: the zone of --from does not move
	// the day of an event.
	r := execute(t, "events", "--db", db, "--timezone", "Pacific/Auckland", "--from", "2016-03-23", "--to", "2016-03-23")
	if r.code != 0 || !strings.Contains(r.stdout, "Kerry") || strings.Contains(r.stdout, "Munich") {
		t.Errorf("events --timezone Pacific/Auckland --from/--to 2016-03-23: want the Kerry event only\n%v", r)
	}
}

func TestEventsMissingDatabase(t *testing.T) {
	db := tempDB(t)
	r := execute(t, "events", "--db", db)
	if r.code != 1 || !strings.Contains(r.stderr, "does not exist") {
		t.Errorf("events on a missing database: want exit 1 and a message, got\n%v", r)
	}
}

func TestEventFiltersFilter(t *testing.T) {
	cfg := settings{Location: paris}
	f, err := eventFilters{from: "2016-03", to: "2016-03", actor: "Kerry", place: "Moscou", query: "visite"}.filter(cfg)
	if err != nil {
		t.Fatalf("filter: %v", err)
	}
	want := timeline.Filter{From: time.Date(2016, 3, 1, 0, 0, 0, 0, paris), To: time.Date(2016, 4, 1, 0, 0, 0, 0, paris),
		Actor: "Kerry", Place: "Moscou", Query: "visite"}
	if !f.From.Equal(want.From) || !f.To.Equal(want.To) || f.Actor != want.Actor || f.Place != want.Place || f.Query != want.Query {
		t.Errorf("filter = %+v, want %+v", f, want)
	}
}

// squeeze collapses the runs of spaces of each line of s.
func squeeze(s string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		if line != "" {
			b.WriteString(strings.Join(strings.Fields(line), " ") + "\n")
		}
	}
	return b.String()
}

// The chronology read through a sweep is what merging every stored event
// at once gives, then keeping what the filters select: the same entries,
// sources, explanations and ids, for every filter.
func TestChronologyAsWholeMerge(t *testing.T) {
	db, whole := mergedFixtures(t)
	day := func(d string) time.Time {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			panic(err) // tests only: constant dates
		}
		return t
	}
	tests := []chronologyTest{
		{"everything", timeline.Filter{}, false},
		{"one day", timeline.Filter{From: day("2016-02-27"), To: day("2016-02-28")}, false},
		{"from March", timeline.Filter{From: day("2016-03-01")}, false},
		{"until mid-February", timeline.Filter{To: day("2016-02-15")}, false},
		{"an actor", timeline.Filter{Actor: "kerry"}, false},
		{"a place in February", timeline.Filter{Place: "genève", From: day("2016-02-01"), To: day("2016-03-01")}, false},
		{"words", timeline.Filter{Query: "trêve"}, false},
		{"nobody", timeline.Filter{Actor: "personne"}, true},
	}
	modes := []struct {
		name     string
		windowed bool
		margin   time.Duration
	}{
		{"as chosen", false, regionMargin},
		{"regions", true, regionMargin},
		{"growing regions", true, time.Hour},
	}
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			defer func(w bool, m time.Duration) { windowedListing, listingMargin = w, m }(windowedListing, listingMargin)
			windowedListing, listingMargin = mode.windowed, mode.margin
			var read [][]region
			listedRegions = func(rs []region) { read = append(read, rs) }
			defer func() { listedRegions = nil }()
			testChronologyAsWholeMerge(t, db, whole, tests)
			if mode.windowed && len(read) < 5 {
				t.Errorf("%d of the listings read regions, want every filtered one with dated events", len(read))
			}
		})
	}
	if len(whole) < 20 {
		t.Fatalf("%d happenings in the fixtures, want at least 20", len(whole))
	}
}

// mergedFixtures opens the database built from the fixtures (closed when
// the test ends) and merges every event it stores at once.
func mergedFixtures(t *testing.T) (*store.DB, []timeline.Happening) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, builtFixtures(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	all, err := db.Events(ctx, timeline.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return db, merge.Merge(all)
}

// chronologyTest is a filter of the chronology and whether it selects
// nothing.
type chronologyTest struct {
	name  string
	f     timeline.Filter
	empty bool
}

// testChronologyAsWholeMerge checks each filter of tests against whole,
// the chronology merged at once.
func testChronologyAsWholeMerge(t *testing.T, db *store.DB, whole []timeline.Happening, tests []chronologyTest) {
	ctx := context.Background()
	for _, tt := range tests {
		f := tt.f
		t.Run(tt.name, func(t *testing.T) {
			var keys map[string]bool
			if f.Actor != "" || f.Place != "" || f.Query != "" {
				selected, err := db.Events(ctx, timeline.Filter{Actor: f.Actor, Place: f.Place, Query: f.Query})
				if err != nil {
					t.Fatal(err)
				}
				keys = map[string]bool{}
				for _, e := range selected {
					keys[storedKey(e)] = true
				}
			}
			var want []timeline.Happening
			for _, h := range whole {
				inRange := f.From.IsZero() && f.To.IsZero() ||
					slices.ContainsFunc(h.Sources, func(e timeline.Entry) bool { return inPeriod(e.Date, f.From, f.To) })
				chosen := keys == nil || slices.ContainsFunc(h.Sources, func(e timeline.Entry) bool { return keys[storedKey(e)] })
				if inRange && chosen {
					want = append(want, h)
				}
			}
			got, err := (&app{}).chronology(ctx, db, f)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("chronology gives %d happenings, merging everything gives %d: %s", len(got), len(want), diffHappenings(got, want))
			}
			if (len(want) == 0) != tt.empty {
				t.Errorf("%d happenings selected, want empty %v: the filter tests nothing", len(want), tt.empty)
			}
		})
	}
}

// diffHappenings describes the first difference between two chronologies.
func diffHappenings(got, want []timeline.Happening) string {
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			return fmt.Sprintf("happening %d: %s %s\nwant %s %s", i, got[i].ID, got[i].Headline, want[i].ID, want[i].Headline)
		}
	}
	return "one is a prefix of the other"
}

// A listing that sweeps the whole archive goes through a spool, entry by
// entry; it prints what the chronology listed in memory prints.
func TestStreamedEventsAsListed(t *testing.T) {
	db := exportFixturesDB(t)
	defer func(s float64) { maxListingShare = s }(maxListingShare)
	maxListingShare = 0 // every filter sweeps the whole archive
	filters := append(slices.Clone(sweptFilters), sweptFilter{"nothing", []string{"--actor", "personne"}, timeline.Filter{Actor: "personne"}})
	ctx := context.Background()
	for _, format := range []string{formatText, formatJSON} {
		for _, tt := range filters {
			t.Run(format+"/"+tt.name, func(t *testing.T) {
				args := append([]string{"events", "--db", db, "--format", format}, tt.args...)
				r := execute(t, args...)
				if r.code != 0 || r.stderr != "" {
					t.Fatalf("run %q: %v", args, r)
				}
				sdb, err := store.Open(ctx, db)
				if err != nil {
					t.Fatal(err)
				}
				defer sdb.Close()
				a := &app{}
				hs, err := a.chronology(ctx, sdb, tt.f)
				if err != nil {
					t.Fatal(err)
				}
				var want strings.Builder
				if err := writeChronology(&want, hs, format); err != nil {
					t.Fatal(err)
				}
				if r.stdout != want.String() {
					t.Errorf("streamed listing differs from the listed one:\n%s\nwant:\n%s", r.stdout, want.String())
				}
			})
		}
	}
}

// chronology lists in memory the entries printChronology prints for f,
// through listChronology: the reference the streamed outputs are checked
// against.
func (a *app) chronology(ctx context.Context, db *store.DB, f timeline.Filter) ([]timeline.Happening, error) {
	l, err := newListing(ctx, db, f, storedKey, true)
	if err != nil {
		return nil, err
	}
	return a.listChronology(ctx, db, true, l)
}
