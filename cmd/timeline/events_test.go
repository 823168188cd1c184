package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// seedEvents stores two articles with known events, so that the filters
// are tested apart from the tagger and the extraction.
func seedEvents(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
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
			Published: time.Date(2016, 3, 22, 9, 0, 0, 0, paris),
			Text:      "John Kerry sera reçu par Vladimir Poutine mercredi."}, []timeline.Event{
			{Summary: "John Kerry reçu par Vladimir Poutine au Kremlin", Sentence: "John Kerry sera reçu par Vladimir Poutine mercredi.",
				Actors: []string{"John Kerry", "Vladimir Poutine"}, Places: []string{"Moscou"}, Modality: timeline.ModalityPlanned},
		}},
	}
	dates := []timeline.Mention{day("2016-02-12"), day("2016-03-23")}
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
	munich := "2016-02-12  Accord de Munich sur une cessation des hostilités  Le Courrier des Nations\n"
	moscou := "2016-03-23  John Kerry reçu par Vladimir Poutine au Kremlin  Sputnik France\n"
	tests := []struct {
		name string
		args []string
		want []string // lines, oldest first
	}{
		{"all", nil, []string{munich, moscou}},
		{"from a month", []string{"--from", "2016-03"}, []string{moscou}},
		{"to a day includes that day", []string{"--to", "2016-02-12"}, []string{munich}},
		{"to the day before", []string{"--to", "2016-02-11"}, nil},
		{"between", []string{"--from", "2016-02-13", "--to", "2016-03-23"}, []string{moscou}},
		{"year", []string{"--from", "2016", "--to", "2016"}, []string{munich, moscou}},
		{"actor ignoring case", []string{"--actor", "kerry"}, []string{moscou}},
		{"unknown actor", []string{"--actor", "Lavrov"}, nil},
		{"place", []string{"--place", "munich"}, []string{munich}},
		{"query", []string{"--query", "cessation hostilités"}, []string{munich}},
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
			if got, want := squeeze(r.stdout), squeeze(strings.Join(tt.want, "")); got != want {
				t.Errorf("run %q: stdout =\n%s\nwant\n%s", args, got, want)
			}
		})
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
