package check_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
	"github.com/timeline-fr/timeline/timeline/ingest"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatalf("write %s: %v", path, err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v (run go test -update)", path, err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, got)
	}
}

// report writes conflicts as the golden files keep them.
func report(cs []timeline.Conflict) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s [%s] %s\n  articles: %s\n  dates: %s\n  happening: %s\n",
			c.Kind, c.Severity, c.Message, strings.Join(c.Articles, ", "), strings.Join(c.Dates, ", "), c.Happening)
		for _, s := range c.Sentences {
			fmt.Fprintf(&b, "  > %s\n", s)
		}
	}
	return b.String()
}

// everyKind is an input on which every check fires once.
func everyKind(t *testing.T) check.Input {
	const (
		geneva = "Il a reçu mardi dernier, le 16 mars, la délégation. " +
			"La délégation a remis sa réponse le 16 mars, trois jours après l'ouverture de la session, le 14 mars. " +
			"Les avions ont quitté la base le lundi 15 mars."
		beirut = "Un convoi a atteint le 23 mars la ville de Madaya. " +
			"Le groupe de travail se réunira le 18 mars à Genève. " +
			"Damas remettra la liste avant le 31 avril. " +
			"Les discussions s'appuient sur la feuille de route adoptée à Vienne le 14 novembre."
	)
	in := input(t,
		article{id: "geneve", published: "2016-03-19T11:00", text: geneva, ms: ms(
			on(geneva, "mardi dernier", "2016-03-15", past, anchor("publication 2016-03-19")),
			on(geneva, "le 16 mars", "2016-03-16", past),
			on(geneva, "réponse |le 16 mars", "2016-03-16", past),
			on(geneva, "le 14 mars", "2016-03-14", past),
			on(geneva, "le lundi 15 mars", "2016-03-15", past, weekday(1)))},
		article{id: "beyrouth", published: "2016-03-21T08:30", text: beirut, ms: ms(
			on(beirut, "le 23 mars", "2016-03-23", past),
			on(beirut, "le 18 mars", "2016-03-18", future),
			on(beirut, "le 31 avril", "", problem("April has no day 31")),
			on(beirut, "le 14 novembre", "2015-11-14", inferred("year")))},
	)
	a := source("sputnik", "Sputnik France", "Le président russe a annoncé le 21 mars le retrait.", "2016-03-21", timeline.ModalityHappened)
	b := source("echo", "L'Écho diplomatique", "Lundi 14 mars, Vladimir Poutine a annoncé le retrait.", "2016-03-14", timeline.ModalityHappened)
	in.Happenings = []timeline.Happening{{ID: "retrait", Headline: "Annonce du retrait russe", Sources: []timeline.Entry{a, b}}}
	return in
}

func TestRunMessages(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		t.Run(lang, func(t *testing.T) {
			in := everyKind(t)
			in.Lang = lang
			cs := check.Run(in)
			var kinds []string
			for _, c := range cs {
				kinds = append(kinds, c.Kind)
			}
			sorted := slices.Sorted(slices.Values(kinds))
			if want := slices.Sorted(slices.Values(check.Kinds())); !slices.Equal(sorted, want) {
				t.Errorf("kinds found = %q, want each of %q once", sorted, want)
			}
			golden(t, "messages_"+lang+".golden", report(cs))
		})
	}
}

func TestRunDeterministic(t *testing.T) {
	first := check.Run(everyKind(t))
	for range 10 {
		if got := check.Run(everyKind(t)); !reflect.DeepEqual(got, first) {
			t.Fatalf("Run() gave two answers for the same input:\n%s\n%s", report(first), report(got))
		}
	}
}

func TestRunOrder(t *testing.T) {
	in := everyKind(t)
	slices.Reverse(in.Articles) // beyrouth first now
	var got []string
	for _, c := range check.Run(in) {
		got = append(got, c.Articles[0]+" "+c.Kind)
	}
	want := []string{
		"beyrouth past-after-publication",
		"beyrouth future-before-publication",
		"beyrouth impossible-date",
		"beyrouth ambiguous-year",
		"geneve relative-vs-explicit",
		"geneve order-violation",
		"geneve weekday-mismatch",
		"sputnik cross-source-date", // not among the articles: last
	}
	if !slices.Equal(got, want) {
		t.Errorf("Run() order =\n%q\nwant\n%q", got, want)
	}
}

func TestRunLinksHappenings(t *testing.T) {
	in := everyKind(t)
	weekday := in.Mentions["geneve"][4]
	in.Happenings = append(in.Happenings, timeline.Happening{ID: "depart", Sources: []timeline.Entry{
		{Event: timeline.Event{ArticleID: "geneve", Date: weekday}},
	}})
	got := map[string]string{}
	for _, c := range check.Run(in) {
		got[c.Kind] = c.Happening
	}
	want := map[string]string{check.KindWeekdayMismatch: "depart", check.KindCrossSourceDate: "retrait", check.KindImpossibleDate: ""}
	for kind, h := range want {
		if got[kind] != h {
			t.Errorf("%s conflict names happening %q, want %q", kind, got[kind], h)
		}
	}
}

func TestAnnotate(t *testing.T) {
	hs := []timeline.Happening{{ID: "a"}, {ID: "b"}, {ID: "c", Conflicts: []string{"stale"}}}
	cs := []timeline.Conflict{
		{Kind: check.KindWeekdayMismatch, Happening: "a"},
		{Kind: check.KindCrossSourceDate, Happening: "a"},
		{Kind: check.KindCrossSourceDate, Happening: "a"},
		{Kind: check.KindImpossibleDate},
		{Kind: check.KindOrderViolation, Happening: "b"},
	}
	check.Annotate(hs, cs)
	want := [][]string{{check.KindCrossSourceDate, check.KindWeekdayMismatch}, {check.KindOrderViolation}, nil}
	for i, h := range hs {
		if !slices.Equal(h.Conflicts, want[i]) {
			t.Errorf("happening %s: Conflicts = %q, want %q", h.ID, h.Conflicts, want[i])
		}
	}
}

func TestParseSeverity(t *testing.T) {
	tests := []struct {
		in      string
		want    timeline.Severity
		wantErr bool
	}{
		{"info", timeline.SeverityInfo, false},
		{"warning", timeline.SeverityWarning, false},
		{"ERROR", timeline.SeverityError, false},
		{"fatal", 0, true},
		{"", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := check.ParseSeverity(tt.in)
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("ParseSeverity(%q) = %v, %v, want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestAtLeast(t *testing.T) {
	cs := []timeline.Conflict{{Kind: "a", Severity: timeline.SeverityInfo},
		{Kind: "b", Severity: timeline.SeverityError}, {Kind: "c", Severity: timeline.SeverityWarning}}
	tests := []struct {
		min  timeline.Severity
		want []string
	}{
		{timeline.SeverityInfo, []string{"a", "b", "c"}},
		{timeline.SeverityWarning, []string{"b", "c"}},
		{timeline.SeverityError, []string{"b"}},
	}
	for _, tt := range tests {
		t.Run(tt.min.String(), func(t *testing.T) {
			var got []string
			for _, c := range check.AtLeast(cs, tt.min) {
				got = append(got, c.Kind)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("AtLeast(%s) = %q, want %q", tt.min, got, tt.want)
			}
		})
	}
}

// TestFixtures runs the checks on the fixture articles as the tagger reads
// them: every conflict found within an article is planted there on purpose
// (fixtures/README.md lists them); the cross-source ones need the merge
// and are tested with the command.
func TestFixtures(t *testing.T) {
	tg := tagger.New(tagger.PolicyNews)
	in := check.Input{Mentions: map[string][]timeline.Mention{}}
	_, err := ingest.Read(context.Background(), []string{"../../fixtures/articles"}, nil, ingest.Options{}, func(a timeline.Article) error {
		in.Articles = append(in.Articles, a)
		in.Mentions[a.ID] = tg.Tag(a.Text, a.Published)
		return nil
	})
	if err != nil {
		t.Fatalf("read fixtures: %v", err)
	}
	golden(t, "fixtures.golden", report(check.Run(in)))
}
