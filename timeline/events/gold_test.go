package events_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Paris on systems without a zoneinfo database

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/ingest"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// goldEvent is one line of fixtures/gold/events.jsonl: an event that a
// date of a fixture article anchors, as an annotator read it.
type goldEvent struct {
	Article  string   `json:"article"`
	Mention  string   `json:"mention"`  // the date as written, or the anaphor
	Value    string   `json:"value"`    // TIMEX3 value of the date
	Family   string   `json:"family"`   // predicate family, "" for a state
	Sentence []string `json:"sentence"` // words of its sentence, to tell it apart
	Anaphor  bool     `json:"anaphor"`  // dated through an anaphor, not a date of its sentence
	Note     string   `json:"note"`
}

// readGoldEvents reads the event gold of the fixtures.
func readGoldEvents(t testing.TB) []goldEvent {
	t.Helper()
	data, err := fs.ReadFile(fixtures.Gold, "gold/events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out []goldEvent
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		var g goldEvent
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold/events.jsonl:%d: %v", n, err)
		}
		out = append(out, g)
	}
	return out
}

// annotatedArticles reads the fixture articles that the gold annotates,
// as the command does: publication dates without a zone in Europe/Paris.
// Articles added to the fixtures later are not scored.
func annotatedArticles(t testing.TB, gold []goldEvent) []timeline.Article {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, g := range gold {
		ids[g.Article] = true
	}
	var out []timeline.Article
	keep := func(a timeline.Article) error {
		if ids[a.ID] {
			out = append(out, a)
		}
		return nil
	}
	err = fs.WalkDir(fixtures.Articles, "articles", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		return parseFixture(p, keep, ingest.Options{Location: loc})
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(ids) {
		t.Fatalf("found %d of the %d annotated articles", len(out), len(ids))
	}
	return out
}

// parseFixture reads one embedded fixture file and gives its articles to
// keep.
func parseFixture(p string, keep func(timeline.Article) error, opt ingest.Options) error {
	data, err := fs.ReadFile(fixtures.Articles, p)
	if err != nil {
		return err
	}
	name := path.Base(p)
	var a timeline.Article
	switch path.Ext(name) {
	case ".jsonl":
		_, err = ingest.ParseJSONL(name, bytes.NewReader(data), opt, keep)
		return err
	case ".html":
		a, err = ingest.ParseHTML(name, data, opt)
	default:
		a, err = ingest.ParseText(name, data, opt)
	}
	if err != nil {
		return err
	}
	return keep(a)
}

// matches reports whether an extracted event is the gold one: same
// article, same value, a date written alike (one holds the other), and a
// sentence with the gold's words. An anaphoric gold event matches an
// event whose sentence holds the anaphor but not its date.
func (g goldEvent) matches(ev timeline.Event) bool {
	if ev.ArticleID != g.Article || ev.Date.Value != g.Value {
		return false
	}
	for _, w := range g.Sentence {
		if !strings.Contains(ev.Sentence, w) {
			return false
		}
	}
	if g.Anaphor {
		return strings.Contains(ev.Sentence, g.Mention) && !inSentence(ev)
	}
	got, want := strings.ToLower(ev.Date.Text), strings.ToLower(g.Mention)
	return strings.Contains(got, want) || strings.Contains(want, got)
}

// score counts the matches of one scoring.
type score struct{ matched, gold, extracted int }

func (s score) precision() float64 { return percent(s.matched, s.extracted) }
func (s score) recall() float64    { return percent(s.matched, s.gold) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s score) String() string {
	return fmt.Sprintf("P %.1f R %.1f F1 %.1f (%d matched, %d gold, %d extracted)",
		s.precision(), s.recall(), s.f1(), s.matched, s.gold, s.extracted)
}

func percent(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// scoreEvents pairs gold and extracted events, each used once, and scores
// the event-date pairs, then the pairs whose predicate family is right too.
// misses lists the gold events not found and the extracted ones not in
// the gold.
func scoreEvents(gold []goldEvent, evs []timeline.Event) (pairs, families score, misses []string) {
	used := make([]bool, len(evs))
	pairs = score{gold: len(gold), extracted: len(evs)}
	families = pairs
	for _, g := range gold {
		i := slices.IndexFunc(evs, func(ev timeline.Event) bool { return g.matches(ev) })
		for i >= 0 && used[i] {
			j := slices.IndexFunc(evs[i+1:], func(ev timeline.Event) bool { return g.matches(ev) })
			if j < 0 {
				i = -1
				break
			}
			i += 1 + j
		}
		if i < 0 {
			misses = append(misses, fmt.Sprintf("missed %s %q = %s (%s)", g.Article, g.Mention, g.Value, g.Note))
			continue
		}
		used[i] = true
		pairs.matched++
		if f := events.Family(evs[i]); f == g.Family {
			families.matched++
		} else {
			misses = append(misses, fmt.Sprintf("family %s %q: %q, want %q", g.Article, g.Mention, f, g.Family))
		}
	}
	for i, ev := range evs {
		if !used[i] {
			misses = append(misses, fmt.Sprintf("spurious %s %q = %s: %s", ev.ArticleID, ev.Date.Text, ev.Date.Value, ev.Summary))
		}
	}
	return pairs, families, misses
}

// TestGoldEventScores scores the extracted event-date pairs of the
// annotated fixture articles against the hand-made gold, and fails when a
// score falls under its floor. Floors only rise: raise them with the
// scores, never lower them to let a change pass.
func TestGoldEventScores(t *testing.T) {
	const (
		pairPrecision, pairRecall     = 99.9, 96.1
		familyPrecision, familyRecall = 97.9, 94.1
	)
	gold := readGoldEvents(t)
	tg := tagger.New(tagger.PolicyNews)
	var evs []timeline.Event
	for _, a := range annotatedArticles(t, gold) {
		evs = append(evs, events.Extract(a, tg.Tag(a.Text, a.Published))...)
	}
	pairs, families, misses := scoreEvents(gold, evs)
	t.Logf("event-date pairs: %v", pairs)
	t.Logf("with the predicate family: %v", families)
	for _, m := range misses {
		t.Log(m)
	}
	if pairs.precision() < pairPrecision || pairs.recall() < pairRecall {
		t.Errorf("event-date pairs: %v; floors P %.1f R %.1f", pairs, pairPrecision, pairRecall)
	}
	if families.precision() < familyPrecision || families.recall() < familyRecall {
		t.Errorf("with the family: %v; floors P %.1f R %.1f", families, familyPrecision, familyRecall)
	}
}

// The gold itself: every line points at words of its article.
func TestGoldEventsAnnotateTheirArticles(t *testing.T) {
	gold := readGoldEvents(t)
	texts := map[string]string{}
	for _, a := range annotatedArticles(t, gold) {
		texts[a.ID] = a.Text
	}
	for i, g := range gold {
		t.Run(fmt.Sprintf("%d %s %s", i+1, g.Article, g.Mention), func(t *testing.T) {
			text := texts[g.Article]
			for _, w := range append([]string{g.Mention}, g.Sentence...) {
				if !strings.Contains(text, w) {
					t.Errorf("%s does not contain %q", g.Article, w)
				}
			}
			if g.Value == "" || g.Note == "" {
				t.Errorf("line %d: value %q, note %q: both are needed", i+1, g.Value, g.Note)
			}
		})
	}
}

func TestScoreEvents(t *testing.T) {
	day := func(article, text, value, sentence string) timeline.Event {
		return timeline.Event{ArticleID: article, Date: timeline.Mention{Text: text, Value: value, Offset: 0},
			SentenceEnd: len(sentence), Sentence: sentence, Predicate: "a quitté"}
	}
	gold := []goldEvent{
		{Article: "a", Mention: "le 22 mars", Value: "2016-03-22", Family: "leave", Sentence: []string{"Moscou"}},
		{Article: "a", Mention: "le 22 mars", Value: "2016-03-22", Family: "leave", Sentence: []string{"Moscou"}},
		{Article: "a", Mention: "hier", Value: "2016-03-21", Family: "meet"},
	}
	evs := []timeline.Event{
		day("a", "le 22 mars", "2016-03-22", "Kerry a quitté Moscou le 22 mars."),
		day("a", "hier", "2016-03-21", "Kerry a quitté hier Genève."),
		day("b", "hier", "2016-03-21", "Kerry a quitté hier Genève."),
	}
	pairs, families, misses := scoreEvents(gold, evs)
	if want := (score{matched: 2, gold: 3, extracted: 3}); pairs != want {
		t.Errorf("pairs = %+v, want %+v", pairs, want)
	}
	if want := (score{matched: 1, gold: 3, extracted: 3}); families != want {
		t.Errorf("families = %+v, want %+v", families, want)
	}
	if len(misses) != 3 {
		t.Errorf("misses = %q, want the second 22 March, the family of hier and article b", misses)
	}
}
