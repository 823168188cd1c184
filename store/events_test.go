package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// told is one sentence of a fixture article: the date expression in it
// becomes a mention and the sentence an event dated by it.
type told struct {
	sentence, expr string
	date           timeline.Mention // resolution of expr, offsets left out
	summary        string
	actors, places []string
}

// build makes the article, mentions and events a fixture tells.
func build(id, source string, published time.Time, sentences []told) (timeline.Article, []timeline.Mention, []timeline.Event) {
	var text strings.Builder
	var ms []timeline.Mention
	var evs []timeline.Event
	for i, s := range sentences {
		if i > 0 {
			text.WriteString(" ")
		}
		off := text.Len()
		text.WriteString(s.sentence)
		m := s.date
		m.Text = s.expr
		m.Offset = off + strings.Index(s.sentence, s.expr)
		m.EndOffset = m.Offset + len(s.expr)
		ms = append(ms, m)
		evs = append(evs, timeline.Event{
			ArticleID: id, Mention: i, Date: m, SentenceOffset: off, SentenceEnd: off + len(s.sentence),
			Sentence: s.sentence, Predicate: "annonce", Summary: s.summary,
			Actors: s.actors, Places: s.places, Modality: timeline.ModalityHappened,
		})
	}
	a := timeline.Article{ID: id, Source: source, URL: "https://example.org/" + id, Title: "Titre " + id,
		Published: published, Language: "fr", Text: text.String(), Origin: id + ".txt"}
	return a, ms, evs
}

func day(y int, m time.Month, d int, loc *time.Location) timeline.Mention {
	return dayMention(0, "", y, m, d, loc)
}

// seedChronology stores three articles on the Syria talks of March 2016.
func seedChronology(t *testing.T, db *store.DB) {
	paris := mustLoad(t, "Europe/Paris")
	march := timeline.Mention{Type: timeline.TypeDate, Value: "2016-03", Grain: timeline.GrainMonth,
		Start: time.Date(2016, time.March, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2016, time.April, 1, 0, 0, 0, 0, time.UTC)}
	twoWeeks := timeline.Mention{Type: timeline.TypeDuration, Value: "P2W"}
	fixtures := []struct {
		id, source string
		published  time.Time
		sentences  []told
	}{
		{"a1", "Le Monde", time.Date(2016, time.March, 14, 9, 0, 0, 0, paris), []told{
			{"Les pourparlers reprennent lundi 14 mars à Genève.", "lundi 14 mars", day(2016, time.March, 14, paris),
				"Reprise des pourparlers à Genève", []string{"Staffan de Mistura"}, []string{"Genève"}},
			{"Les délégations arrivent le 14 mars au Palais des Nations.", "le 14 mars", day(2016, time.March, 14, paris),
				"Arrivée des délégations", []string{"Délégation du régime", "Haut Comité des négociations"}, []string{"Genève", "Palais des Nations"}},
			{"Le premier round s'achèvera le 24 mars, selon Staffan de Mistura.", "le 24 mars", day(2016, time.March, 24, paris),
				"Fin du premier round", []string{"Staffan de Mistura"}, []string{"Genève"}},
		}},
		{"b1", "AFP", time.Date(2016, time.March, 20, 18, 0, 0, 0, time.UTC), []told{
			{"Vladimir Poutine a annoncé le 15 mars le retrait des forces russes.", "le 15 mars", day(2016, time.March, 15, time.UTC),
				"Annonce du retrait russe", []string{"Vladimir Poutine"}, []string{"Moscou"}},
			{"Les négociations de mars ont été saluées par l'ÉLYSÉE.", "mars", march,
				"Négociations saluées par Paris", []string{"ÉLYSÉE"}, []string{"Paris"}},
		}},
		{"c1", "Le Figaro", time.Date(2016, time.March, 14, 8, 0, 0, 0, paris), []told{
			{"Les négociations s'ouvrent lundi à Genève.", "lundi", day(2016, time.March, 14, paris),
				"Ouverture à Genève", []string{"ONU"}, []string{"Genève"}},
			{"Elles doivent durer deux semaines.", "deux semaines", twoWeeks, "Durée des discussions", nil, nil},
		}},
	}
	for _, f := range fixtures {
		a, ms, evs := build(f.id, f.source, f.published, f.sentences)
		save(t, db, a, ms, evs)
	}
}

func TestEvents(t *testing.T) {
	db, _ := openTemp(t)
	seedChronology(t, db)
	tokyo := mustLoad(t, "Asia/Tokyo")
	march := func(d int) time.Time { return time.Date(2016, time.March, d, 0, 0, 0, 0, time.UTC) }
	all := []string{"Négociations saluées par Paris", "Ouverture à Genève", "Reprise des pourparlers à Genève",
		"Arrivée des délégations", "Annonce du retrait russe", "Fin du premier round", "Durée des discussions"}
	tests := []struct {
		name   string
		filter timeline.Filter
		want   []string
	}{
		// Dates, then publication, then sentence; no interval last.
		{"no filter", timeline.Filter{}, all},
		{"from", timeline.Filter{From: march(15)},
			[]string{"Négociations saluées par Paris", "Annonce du retrait russe", "Fin du premier round"}},
		{"to", timeline.Filter{To: march(15)},
			[]string{"Négociations saluées par Paris", "Ouverture à Genève", "Reprise des pourparlers à Genève", "Arrivée des délégations"}},
		{"one day", timeline.Filter{From: march(24), To: march(25)},
			[]string{"Négociations saluées par Paris", "Fin du premier round"}},
		{"bounds are wall clocks", timeline.Filter{From: time.Date(2016, time.March, 15, 0, 0, 0, 0, tokyo)},
			[]string{"Négociations saluées par Paris", "Annonce du retrait russe", "Fin du premier round"}},
		{"after everything", timeline.Filter{From: time.Date(2016, time.April, 1, 0, 0, 0, 0, time.UTC)}, []string{}},
		{"actor ignoring case", timeline.Filter{Actor: "mistura"},
			[]string{"Reprise des pourparlers à Genève", "Fin du premier round"}},
		{"actor with accents ignoring case", timeline.Filter{Actor: "élysée"}, []string{"Négociations saluées par Paris"}},
		{"second actor", timeline.Filter{Actor: "DÉLÉGATION"}, []string{"Arrivée des délégations"}},
		{"unknown actor", timeline.Filter{Actor: "Kerry"}, []string{}},
		{"place", timeline.Filter{Place: "genève"},
			[]string{"Ouverture à Genève", "Reprise des pourparlers à Genève", "Arrivée des délégations", "Fin du premier round"}},
		{"place substring", timeline.Filter{Place: "PALAIS"}, []string{"Arrivée des délégations"}},
		{"query in a sentence", timeline.Filter{Query: "retrait"}, []string{"Annonce du retrait russe"}},
		{"query without accents", timeline.Filter{Query: "negociations"},
			[]string{"Négociations saluées par Paris", "Ouverture à Genève"}},
		{"query prefix", timeline.Filter{Query: "NÉGOCI*"},
			[]string{"Négociations saluées par Paris", "Ouverture à Genève"}},
		{"query wants every word", timeline.Filter{Query: "Genève pourparlers"}, []string{"Reprise des pourparlers à Genève"}},
		{"query operators are words", timeline.Filter{Query: `pourparlers OR "retrait`}, []string{}},
		{"query without words", timeline.Filter{Query: "!!!"}, all},
		{"place and date", timeline.Filter{Place: "Genève", From: march(20)}, []string{"Fin du premier round"}},
		{"actor and query", timeline.Filter{Actor: "Mistura", Query: "round"}, []string{"Fin du premier round"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, err := db.Events(context.Background(), tt.filter)
			if err != nil {
				t.Fatalf("Events(%+v) error: %v", tt.filter, err)
			}
			if got := summaries(entries); !slices.Equal(got, tt.want) {
				t.Errorf("Events(%+v) =\n%q\nwant\n%q", tt.filter, got, tt.want)
			}
		})
	}
}

func TestEventsEntry(t *testing.T) {
	db, _ := openTemp(t)
	paris := mustLoad(t, "Europe/Paris")
	a, ms, evs := build("a1", "Le Monde", time.Date(2016, time.March, 14, 9, 0, 0, 0, paris), []told{
		{"Rien ne bouge depuis deux semaines.", "deux semaines", timeline.Mention{Type: timeline.TypeDuration, Value: "P2W"},
			"Blocage", nil, nil},
		{"Les délégations arrivent le 14 mars au Palais des Nations.", "le 14 mars", day(2016, time.March, 14, paris),
			"Arrivée des délégations", []string{"Délégation du régime"}, []string{"Genève", "Palais des Nations"}},
	})
	ms[1].Inferred = []string{"year"}
	evs[1].Date = ms[1]
	save(t, db, a, ms, evs)
	entries, err := db.Events(context.Background(), timeline.Filter{Query: "délégations"})
	if err != nil || len(entries) != 1 {
		t.Fatalf("Events() = %d entries, %v, want 1, nil", len(entries), err)
	}
	got := entries[0]
	if g, w := mentionString(got.Date), mentionString(evs[1].Date); g != w {
		t.Errorf("Date = %s, want %s", g, w)
	}
	if !sameInstantAndZone(got.Published, a.Published) {
		t.Errorf("Published = %s, want %s", got.Published, a.Published)
	}
	if got.Source != a.Source || got.URL != a.URL || got.Title != a.Title {
		t.Errorf("article metadata = %q, %q, %q, want %q, %q, %q", got.Source, got.URL, got.Title, a.Source, a.URL, a.Title)
	}
	gotEvent, wantEvent := got.Event, evs[1]
	gotEvent.Date, wantEvent.Date = timeline.Mention{}, timeline.Mention{}
	if !reflect.DeepEqual(gotEvent, wantEvent) {
		t.Errorf("Event =\n%+v\nwant\n%+v", gotEvent, wantEvent)
	}
}

func TestEventsFullTextFollowsDeletes(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	seedChronology(t, db)
	if err := store.Exec(ctx, db, "DELETE FROM articles WHERE article_id = 'a1'"); err != nil {
		t.Fatalf("delete article a1: %v", err)
	}
	if got, want := stats(t, db), (store.Stats{Articles: 2, Mentions: 4, Events: 4}); got != want {
		t.Errorf("Stats() after deleting a1 = %+v, want %+v", got, want)
	}
	if n, err := store.QueryString(ctx, db, "SELECT count(*) FROM events_fts"); err != nil || n != "4" {
		t.Errorf("full-text rows after deleting a1 = %s, %v, want 4, nil", n, err)
	}
	if entries, err := db.Events(ctx, timeline.Filter{Query: "pourparlers"}); err != nil || len(entries) != 0 {
		t.Errorf("Events(pourparlers) after deleting a1 = %q, %v, want none", summaries(entries), err)
	}
}

func TestMatchQuery(t *testing.T) {
	tests := []struct {
		query, want string
	}{
		{"", ""},
		{"Genève", `"Genève"`},
		{"  pourparlers   Genève ", `"pourparlers" "Genève"`},
		{"négoci*", `"négoci*"`},
		{"l'ONU", `"l'ONU"`},
		{`"retrait OR`, `"retrait" "OR"`},
		{"- * !!!", ""},
		{"a*b", `"a b"`},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := store.MatchQuery(tt.query); got != tt.want {
				t.Errorf("matchQuery(%q) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}

func TestEventsBetween(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	a, ms, evs := sampleArticle("a", 0, 3, 3, time.UTC) // events on 1, 2 and 3 March 2016
	save(t, db, a, ms, evs)
	day := func(d int) time.Time { return time.Date(2016, time.March, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		from, to time.Time
		want     int
	}{
		{"all", day(1), day(4), 3},
		{"one day", day(2), day(3), 1},
		{"overlapping the end", day(3).Add(12 * time.Hour), day(10), 1},
		{"before", day(-5), day(1), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := db.CountEventsBetween(ctx, tt.from, tt.to)
			var read int
			err2 := db.EachEventBetween(ctx, tt.from, tt.to, func(timeline.Entry, int64) error { read++; return nil })
			if err != nil || err2 != nil || n != tt.want || read != tt.want {
				t.Errorf("CountEventsBetween = %d, %v; EachEventBetween read %d, %v; want %d", n, err, read, err2, tt.want)
			}
		})
	}
}

// The full-text index reads its text from the events table: it finds
// stored events, forgets deleted ones, and stays consistent.
func TestFullTextIndex(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	for _, id := range []string{"a", "b"} {
		a, ms, evs := sampleArticle(id, 0, 2, 2, time.UTC)
		save(t, db, a, ms, evs)
	}
	found := func() int {
		t.Helper()
		es, err := db.Events(ctx, timeline.Filter{Query: "negociations geneve"})
		if err != nil {
			t.Fatal(err)
		}
		return len(es)
	}
	if got := found(); got != 4 {
		t.Errorf("before deleting: %d events found, want 4", got)
	}
	if err := store.Exec(ctx, db, "DELETE FROM articles WHERE article_id = 'a'"); err != nil {
		t.Fatalf("delete article: %v", err)
	}
	if got := found(); got != 2 {
		t.Errorf("after deleting an article: %d events found, want 2", got)
	}
	if err := store.Exec(ctx, db, "INSERT INTO events_fts (events_fts) VALUES ('integrity-check')"); err != nil {
		t.Errorf("full-text index integrity check: %v", err)
	}
}

// Reading the dated events one at a time gives them in the order Events
// lists them: by date, then publication, article and sentence, ties on
// the date included.
func TestEachDatedEventOrder(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	for i, id := range []string{"c", "a", "d", "b"} {
		a, ms, evs := sampleArticle(id, 0, 3, 3, time.UTC) // events on 1, 2 and 3 March 2016
		a.Published = a.Published.Add(time.Duration(i%2) * time.Hour)
		save(t, db, a, ms, evs)
	}
	all, err := db.Events(ctx, timeline.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, e := range all {
		if e.Date.HasInterval() {
			want = append(want, e.ArticleID+" "+e.Summary)
		}
	}
	err = db.EachDatedEvent(ctx, func(e timeline.Entry) error {
		got = append(got, e.ArticleID+" "+e.Summary)
		return nil
	})
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("EachDatedEvent = %q, %v\nwant the order of Events %q", got, err, want)
	}
}

// The lean reading gives every entry of EachDatedEvent, in its order,
// with the article's title and address alone left empty.
func TestEachDatedEventLean(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	for i, id := range []string{"c", "a", "d", "b"} {
		a, ms, evs := sampleArticle(id, 0, 3, 3, time.UTC)
		a.Published = a.Published.Add(time.Duration(i%2) * time.Hour)
		a.Title, a.URL = "Titre « "+id+" »", "https://example.org/"+id
		save(t, db, a, ms, evs)
	}
	var want, got []timeline.Entry
	if err := db.EachDatedEvent(ctx, func(e timeline.Entry) error {
		if e.Title == "" || e.URL == "" {
			t.Errorf("EachDatedEvent: entry of %s has title %q, URL %q; want both", e.ArticleID, e.Title, e.URL)
		}
		e.Title, e.URL = "", ""
		want = append(want, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.EachDatedEventLean(ctx, func(e timeline.Entry) error {
		got = append(got, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(want) != 12 {
		t.Fatalf("EachDatedEvent read %d entries, want 12", len(want))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("EachDatedEventLean =\n%+v\nwant EachDatedEvent without titles and URLs\n%+v", got, want)
	}
}

// Events sorts its rows in Go as SQLite sorts them in entryOrder: events
// without a date last, ties on dates broken by publication, article,
// sentence and row.
func TestEventsOrderAsSQL(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	paris := mustLoad(t, "Europe/Paris")
	for i, id := range []string{"c", "a", "d", "b", "e"} {
		loc := time.UTC
		if i%2 == 1 {
			loc = paris
		}
		a, ms, evs := sampleArticle(id, 0, 4, 4, loc) // events on 1 to 4 March 2016
		a.Published = a.Published.Add(time.Duration(i%3) * time.Hour)
		ms[3] = timeline.Mention{Offset: ms[3].Offset, EndOffset: ms[3].EndOffset, Text: ms[3].Text,
			Type: timeline.TypeDuration, Value: "P3D", Rule: "duration"} // no interval
		evs[3].Date = ms[3]
		save(t, db, a, ms, evs)
	}
	got, err := db.Events(ctx, timeline.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := db.SQLOrderedEvents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	key := func(es []timeline.Entry) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ArticleID+" "+e.Summary+" "+e.Date.Value)
		}
		return out
	}
	if !slices.Equal(key(got), key(want)) {
		t.Errorf("Events order:\n%q\nwant SQLite's:\n%q", key(got), key(want))
	}
	if n := len(got); n != 20 || got[n-1].Date.HasInterval() {
		t.Errorf("got %d events, the last dated %v; want 20, the undated last", n, got[n-1].Date.Value)
	}
}

// TestEventsOrderAcrossBatches lists more events than one batch of rows
// read ahead holds, with dates, publications and articles interleaved,
// and checks that Events gives them in the order of the SQL listing that
// sweeps use.
func TestEventsOrderAcrossBatches(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	paris := mustLoad(t, "Europe/Paris")
	for i := range 40 {
		a, ms, evs := sampleArticle(fmt.Sprintf("art%02d", (i*17)%40), 0, 20, 20, paris)
		a.Published = a.Published.Add(time.Duration(i%7) * time.Hour)
		save(t, db, a, ms, evs)
	}
	got, err := db.Events(ctx, timeline.Filter{})
	if err != nil {
		t.Fatalf("Events() error: %v", err)
	}
	var want []timeline.Entry
	if err := db.EachDatedEvent(ctx, func(e timeline.Entry) error {
		want = append(want, e)
		return nil
	}); err != nil {
		t.Fatalf("EachDatedEvent() error: %v", err)
	}
	if len(got) != 800 || len(want) != 800 {
		t.Fatalf("Events() = %d entries, EachDatedEvent() = %d, want 800 each", len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("Events()[%d] = %s %q %d, want %s %q %d", i, got[i].ArticleID, got[i].Summary, got[i].SentenceOffset,
				want[i].ArticleID, want[i].Summary, want[i].SentenceOffset)
		}
	}
}

// saveArticles stores n sample articles art00, art01, ... of 20 events
// each: more rows than a batch read ahead.
func saveArticles(t *testing.T, db *store.DB, n int) {
	t.Helper()
	paris := mustLoad(t, "Europe/Paris")
	for i := range n {
		a, ms, evs := sampleArticle(fmt.Sprintf("art%02d", i), 0, 20, 20, paris)
		save(t, db, a, ms, evs)
	}
}

// TestEventsBadRow checks that a row Events cannot read, amid rows still
// being read ahead, gives an error naming its article, and that the
// database still answers afterwards.
func TestEventsBadRow(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	saveArticles(t, db, 30)
	if err := store.Exec(ctx, db, "UPDATE articles SET published = 'mardi' WHERE article_id = 'art03'"); err != nil {
		t.Fatal(err)
	}
	_, err := db.Events(ctx, timeline.Filter{})
	if err == nil || !strings.Contains(err.Error(), "art03") || !strings.Contains(err.Error(), `"mardi"`) {
		t.Fatalf("Events() error = %v, want one naming article art03 and its publication", err)
	}
	got, err := db.Events(ctx, timeline.Filter{Actor: "onu", To: time.Date(2016, time.March, 2, 0, 0, 0, 0, time.UTC)})
	if err == nil || !strings.Contains(err.Error(), "art03") {
		t.Fatalf("Events(actor) = %d entries, %v, want the error again", len(got), err)
	}
	if err := store.Exec(ctx, db, "DELETE FROM articles WHERE article_id = 'art03'"); err != nil {
		t.Fatal(err)
	}
	if got, err = db.Events(ctx, timeline.Filter{}); err != nil || len(got) != 29*20 {
		t.Fatalf("Events() after the bad article was removed = %d entries, %v, want %d, nil", len(got), err, 29*20)
	}
}

// A sweep's reading stops at the first error of its callback or of a
// row, amid rows still being read ahead, and the database answers
// afterwards.
func TestEachDatedEventStops(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	saveArticles(t, db, 30)
	count := func() (int, error) {
		n := 0
		err := db.EachDatedEvent(ctx, func(timeline.Entry) error { n++; return nil })
		return n, err
	}
	errStop := errors.New("enough")
	n := 0
	err := db.EachDatedEvent(ctx, func(timeline.Entry) error {
		if n++; n == 300 {
			return errStop
		}
		return nil
	})
	if !errors.Is(err, errStop) || n != 300 {
		t.Errorf("EachDatedEvent stopped at %d entries with %v, want 300 and the callback's error", n, err)
	}
	if got, err := count(); err != nil || got != 600 {
		t.Fatalf("EachDatedEvent after a stop read %d entries, %v; want 600, nil", got, err)
	}
	if err := store.Exec(ctx, db, "UPDATE articles SET published = 'mardi' WHERE article_id = 'art17'"); err != nil {
		t.Fatal(err)
	}
	if _, err := count(); err == nil || !strings.Contains(err.Error(), "art17") {
		t.Errorf("EachDatedEvent over a bad row: %v, want an error naming article art17", err)
	}
	if err := store.Exec(ctx, db, "DELETE FROM articles WHERE article_id = 'art17'"); err != nil {
		t.Fatal(err)
	}
	if got, err := count(); err != nil || got != 29*20 {
		t.Fatalf("EachDatedEvent after the bad article was removed read %d entries, %v; want %d, nil", got, err, 29*20)
	}
}
