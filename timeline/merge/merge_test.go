package merge_test

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Paris on systems without a zoneinfo database

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/ingest"
	"github.com/timeline-fr/timeline/timeline/merge"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

var update = flag.Bool("update", false, "rewrite golden files")

// annotated are the fixture articles this package's expectations were
// written for; articles added later do not change them.
var annotated = []string{
	"courrier-2016-02-13-munich",
	"meridien-2016-02-23-annonce-treve",
	"meridien-2016-02-28-treve-en-vigueur",
	"echo-diplomatique-2016-03-15-retrait-russe",
	"sputnik-2016-03-22-kerry-moscou",
	"gazette-du-levant-2016-03-25-kerry-moscou",
}

// fixtureArticles reads the annotated fixture articles as the command
// does, publication dates without a zone in Europe/Paris.
func fixtureArticles(t testing.TB) []timeline.Article {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	opt := ingest.Options{Location: loc}
	var out []timeline.Article
	keep := func(a timeline.Article) error {
		if slices.Contains(annotated, a.ID) {
			out = append(out, a)
		}
		return nil
	}
	err = fs.WalkDir(fixtures.Articles, "articles", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fixtures.Articles, p)
		if err != nil {
			return err
		}
		name := path.Base(p)
		switch path.Ext(name) {
		case ".jsonl":
			_, err = ingest.ParseJSONL(name, bytes.NewReader(data), opt, keep)
			return err
		case ".html":
			a, err := ingest.ParseHTML(name, data, opt)
			if err != nil {
				return err
			}
			return keep(a)
		}
		a, err := ingest.ParseText(name, data, opt)
		if err != nil {
			return err
		}
		return keep(a)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(annotated) {
		t.Fatalf("read %d annotated fixture articles, want %d", len(out), len(annotated))
	}
	return out
}

// fixtureEntries runs the pipeline on the annotated fixture articles.
func fixtureEntries(t testing.TB) []timeline.Entry {
	t.Helper()
	tg := tagger.New(tagger.PolicyNews)
	var out []timeline.Entry
	for _, a := range fixtureArticles(t) {
		for _, ev := range events.Extract(a, tg.Tag(a.Text, a.Published)) {
			out = append(out, timeline.Entry{Event: ev, Source: a.Source, URL: a.URL, Title: a.Title, Published: a.Published})
		}
	}
	return out
}

// format writes a chronology with its sources and explanations.
func format(hs []timeline.Happening) string {
	var b strings.Builder
	for _, h := range hs {
		fmt.Fprintf(&b, "%s  %s  %s  [%s]  actors=%s  places=%s\n", h.ID, timeline.DisplayDate(h.Date), h.Headline,
			h.Modality, strings.Join(h.Actors, ";"), strings.Join(h.Places, ";"))
		for _, s := range h.Sources {
			fmt.Fprintf(&b, "    %s %q = %s (%s): %s\n", s.ArticleID, s.Date.Text, timeline.DisplayDate(s.Date), s.Modality, s.Summary)
		}
		for _, w := range h.Why {
			fmt.Fprintf(&b, "    why: %s\n", w)
		}
	}
	return b.String()
}

// TestMergeFixtures compares the merged chronology of the fixtures with a
// golden file.
func TestMergeFixtures(t *testing.T) {
	got := format(merge.Merge(fixtureEntries(t)))
	golden := filepath.Join("testdata", "fixtures.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden (go test -update to write it): %v", err)
	}
	if got != string(want) {
		t.Errorf("chronology differs from %s (go test -update to rewrite)\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}

// ref points at a source: its article, a part of its sentence and, when
// the sentence dates several events, a part of the date as written.
type ref struct{ article, sentence, mention string }

func (r ref) is(e timeline.Entry) bool {
	return e.ArticleID == r.article && strings.Contains(e.Sentence, r.sentence) && strings.Contains(e.Date.Text, r.mention)
}

func (r ref) String() string { return fmt.Sprintf("%s %q %q", r.article, r.sentence, r.mention) }

// find returns the index of the happening that holds the source r, -1 if
// none does.
func find(hs []timeline.Happening, r ref) int {
	return slices.IndexFunc(hs, func(h timeline.Happening) bool { return slices.ContainsFunc(h.Sources, r.is) })
}

const (
	courrier = "courrier-2016-02-13-munich"
	meridien = "meridien-2016-02-23-annonce-treve"
	treve    = "meridien-2016-02-28-treve-en-vigueur"
	echo     = "echo-diplomatique-2016-03-15-retrait-russe"
	sputnik  = "sputnik-2016-03-22-kerry-moscou"
	gazette  = "gazette-du-levant-2016-03-25-kerry-moscou"
)

// TestFixtureHappenings checks that each happening of the fixtures is one
// entry with all its sources, filed under the right date.
func TestFixtureHappenings(t *testing.T) {
	hs := merge.Merge(fixtureEntries(t))
	tests := []struct {
		name    string
		sources []ref
		date    string   // display date the entry is filed under
		dates   []string // the dates its sources give, when they disagree
	}{
		{"the ceasefire comes into force", []ref{
			{meridien, "La trêve doit entrer en vigueur", ""},
			{treve, "est entrée en vigueur à minuit", ""},
			{echo, "cessation des hostilités entrée en vigueur", ""},
			{gazette, "La trêve, en vigueur depuis", ""},
			{sputnik, "cessez-le-feu, entré en vigueur", ""},
		}, "2016-02-27", nil},
		{"Washington and Moscow announce the truce", []ref{
			{meridien, "ont annoncé hier", ""},
			{treve, "accord russo-américain annoncé", "22 février"},
		}, "2016-02-22", nil},
		{"Putin announces the withdrawal, on the 14th or the 21st", []ref{
			{echo, "globalement accomplie", ""},
			{sputnik, "a annoncé le 21 mars", ""},
		}, "2016-03-14", []string{"2016-03-14", "2016-03-21"}},
		{"the first planes leave Hmeimim", []ref{
			{echo, "ont quitté ce mardi matin", "mardi matin"},
			{echo, "a décollé", ""},
			{sputnik, "ont quitté mardi, 15 mars", ""},
			{gazette, "avaient quitté la base de Hmeimim", ""},
		}, "2016-03-15", nil},
		{"Kerry's visit to Moscow", []ref{
			{sputnik, "serait reçu par le président russe", ""},
			{sputnik, "visite de John Kerry dans la capitale russe", ""},
			{sputnik, "ne sera accueilli", ""},
			{gazette, "Arrivé mercredi", "mercredi"},
		}, "2016-03-22", []string{"2016-03-22", "2016-03-23 matin", "2016-03-23"}},
		{"Kerry meets Putin", []ref{
			{sputnik, "rencontrerait la semaine prochaine", "semaine prochaine"},
			{gazette, "s’est entretenu jeudi", "jeudi"},
		}, "semaine du 21 mars 2016", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := find(hs, tt.sources[0])
			if i < 0 {
				t.Fatalf("no entry holds %v", tt.sources[0])
			}
			h := hs[i]
			for _, r := range tt.sources[1:] {
				if j := find(hs, r); j != i {
					t.Errorf("%v is in entry %d, want it with %v in entry %d %q", r, j, tt.sources[0], i, h.Headline)
				}
			}
			if got := timeline.DisplayDate(h.Date); got != tt.date {
				t.Errorf("entry %q filed under %s, want %s", h.Headline, got, tt.date)
			}
			if tt.dates != nil {
				if got := sourceDates(h); !slices.Equal(got, tt.dates) {
					t.Errorf("entry %q: sources give %v, want %v", h.Headline, got, tt.dates)
				}
			}
		})
	}
}

// sourceDates lists the dates the sources of h give, without repeats, in
// the order of the sources.
func sourceDates(h timeline.Happening) []string {
	var out []string
	for _, s := range h.Sources {
		if d := timeline.DisplayDate(s.Date); !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// TestFixtureSeparateHappenings checks that different happenings are not
// merged for sharing a verb, an actor or a day.
func TestFixtureSeparateHappenings(t *testing.T) {
	hs := merge.Merge(fixtureEntries(t))
	tests := []struct {
		name string
		a, b ref
	}{
		{"Kerry leaves Moscow, the planes leave Hmeimim", ref{gazette, "a quitté Moscou", ""}, ref{sputnik, "ont quitté mardi, 15 mars", ""}},
		{"two Obama-Putin calls", ref{meridien, "se sont entretenus au téléphone", ""}, ref{echo, "au téléphone avec Vladimir Poutine", ""}},
		{"the withdrawal ordered and announced", ref{echo, "Il a ordonné le retrait", ""}, ref{echo, "globalement accomplie", ""}},
		{"Kerry arrives, then meets Putin", ref{gazette, "Arrivé mercredi", "mercredi"}, ref{gazette, "Arrivé mercredi", "jeudi"}},
		{"Kerry speaks, Putin announces", ref{sputnik, "Se prononçant", ""}, ref{echo, "globalement accomplie", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i, j := find(hs, tt.a), find(hs, tt.b)
			if i < 0 || j < 0 {
				t.Fatalf("entries of %v and %v: %d, %d", tt.a, tt.b, i, j)
			}
			if i == j {
				t.Errorf("%v and %v are merged in %q, want them apart", tt.a, tt.b, hs[i].Headline)
			}
		})
	}
}

// Every event with a date is in exactly one entry, and no entry lacks a
// date.
func TestMergeKeepsEverySource(t *testing.T) {
	entries := fixtureEntries(t)
	hs := merge.Merge(entries)
	dated, sources := 0, 0
	for _, e := range entries {
		if e.Date.HasInterval() {
			dated++
		}
	}
	ids := map[string]bool{}
	for _, h := range hs {
		sources += len(h.Sources)
		if !h.Date.HasInterval() {
			t.Errorf("entry %s %q has no date", h.ID, h.Headline)
		}
		if ids[h.ID] {
			t.Errorf("two entries share the id %s", h.ID)
		}
		ids[h.ID] = true
		if len(h.Why) != len(h.Sources)-1 {
			t.Errorf("entry %s has %d sources but %d explanations", h.ID, len(h.Sources), len(h.Why))
		}
	}
	if sources != dated {
		t.Errorf("entries hold %d sources, want the %d dated events", sources, dated)
	}
}

// The same entries in any order give the same chronology.
func TestMergeOrderIndependent(t *testing.T) {
	entries := fixtureEntries(t)
	want := format(merge.Merge(entries))
	for seed := range uint64(5) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			shuffled := slices.Clone(entries)
			r := rand.New(rand.NewPCG(seed, 2016))
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if got := format(merge.Merge(shuffled)); got != want {
				t.Errorf("Merge of shuffled entries (seed %d) differs:\n%s\nwant:\n%s", seed, got, want)
			}
		})
	}
}

// An entry keeps its id when an article reporting something else is
// added.
func TestMergeStableIDs(t *testing.T) {
	entries := fixtureEntries(t)
	before := merge.Merge(entries)
	later := entries[len(entries)-1]
	later.ArticleID, later.Published = "later", later.Published.AddDate(0, 1, 0)
	later.Date = timeline.Mention{Text: "le 1er mai", Type: timeline.TypeDate, Value: "2016-05-01", Grain: timeline.GrainDay,
		Start: time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2016, 5, 2, 0, 0, 0, 0, time.UTC)}
	after := merge.Merge(append(slices.Clone(entries), later))
	if len(after) != len(before)+1 {
		t.Fatalf("adding an unrelated event: %d entries, want %d", len(after), len(before)+1)
	}
	for _, h := range before {
		if !slices.ContainsFunc(after, func(a timeline.Happening) bool { return a.ID == h.ID && a.Headline == h.Headline }) {
			t.Errorf("entry %s %q lost its id", h.ID, h.Headline)
		}
	}
}

func TestMergeLeavesOutUndated(t *testing.T) {
	e := timeline.Entry{Event: timeline.Event{ArticleID: "a", Summary: "Décalage horaire",
		Date: timeline.Mention{Text: "sept heures", Type: timeline.TypeDuration, Value: "PT7H"}}}
	if hs := merge.Merge([]timeline.Entry{e}); len(hs) != 0 {
		t.Errorf("Merge(duration) = %d entries, want none", len(hs))
	}
	if hs := merge.Merge(nil); len(hs) != 0 {
		t.Errorf("Merge(nil) = %d entries, want none", len(hs))
	}
}

func TestExplain(t *testing.T) {
	hs := merge.Merge(fixtureEntries(t))
	announce := hs[find(hs, ref{sputnik, "a annoncé le 21 mars", ""})]
	violence := hs[find(hs, ref{sputnik, "depuis la mise en œuvre du cessez-le-feu", ""})]
	tests := []struct {
		name, id string
		ok       bool
		want     []string
	}{
		{"a disagreement", announce.ID, true, []string{
			announce.ID + "  2016-03-14  ",
			"filed under 2016-03-14: the sources disagree: 2016-03-14 (1 article), 2016-03-21 (1 article)",
			"sources (2):",
			`1. L'Écho diplomatique, published 2016-03-15 19:40 +01:00 [echo-diplomatique-2016-03-15-retrait-russe]: "Lundi 14 mars" = 2016-03-14 (happened)`,
			`2. Sputnik France, published 2016-03-22 [sputnik-2016-03-22-kerry-moscou]: "le 21 mars" = 2016-03-21 (happened)`,
			"Le président russe a annoncé le 21 mars que la tâche",
			"why:\n  joined L'Écho diplomatique",
			"predicate family 'announce', dates 2016-03-14 and 2016-03-21 differ (disagreement)",
		}},
		{"an anaphor", violence.ID, true, []string{
			"dated by the event it refers to: its sentence has no date of its own",
			"depuis la mise en œuvre du cessez-le-feu",
		}},
		{"unknown id", "ffffffff", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := merge.Explain(hs, tt.id)
			if ok != tt.ok {
				t.Fatalf("Explain(%s) ok = %v, want %v", tt.id, ok, tt.ok)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("Explain(%s) lacks %q:\n%s", tt.id, w, got)
				}
			}
		})
	}
}
