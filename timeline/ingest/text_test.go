package ingest_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/ingest"
)

// paris is the default zone of publication dates.
var paris = mustZone("Europe/Paris")

// mustZone loads a zone for the tests; the zone database is embedded.
func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // tests only: ingest embeds time/tzdata
	}
	return loc
}

// fixture reads an embedded fixture article.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := fixtures.Articles.ReadFile("articles/" + name)
	if err != nil {
		t.Fatalf("fixture %s: %v", name, err)
	}
	return data
}

// utf16LE encodes ASCII text as UTF-16 little endian with its byte order mark.
func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, c := range []byte(s) {
		out = append(out, c, 0)
	}
	return out
}

// utf16BE encodes ASCII text as UTF-16 big endian with its byte order mark.
func utf16BE(s string) []byte {
	out := []byte{0xfe, 0xff}
	for _, c := range []byte(s) {
		out = append(out, 0, c)
	}
	return out
}

func TestParseText(t *testing.T) {
	march22 := time.Date(2016, 3, 22, 0, 0, 0, 0, paris)
	override := time.Date(2016, 4, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		file  string
		input string
		opt   ingest.Options
		want  timeline.Article
	}{
		{
			name:  "front matter",
			file:  "dir/a.txt",
			input: "published: 2016-03-22\nsource: Le Monde\nurl: https://x.example/a\ntitle: Titre\nid: art-1\nlanguage: FR\n\nCorps du texte.\n",
			want:  timeline.Article{ID: "art-1", Source: "Le Monde", URL: "https://x.example/a", Title: "Titre", Published: march22, Language: "fr", Text: "Corps du texte.", Origin: "dir/a.txt"},
		},
		{
			name:  "fenced front matter with other keys and quotes",
			file:  "b.md",
			input: "---\ntitle: \"Titre : sous-titre\"\nauthor: Personne\n# note\npublished: '2016-03-22'\n---\n\nCorps.\n",
			want:  timeline.Article{ID: "b", Title: "Titre : sous-titre", Published: march22, Language: "fr", Text: "Corps.", Origin: "b.md"},
		},
		{
			name:  "no front matter",
			file:  "c",
			input: "Paris, mardi. Le ministre a parlé.\n\nDeuxième paragraphe.",
			opt:   ingest.Options{Published: override},
			want:  timeline.Article{ID: "c", Published: override, Language: "fr", Text: "Paris, mardi. Le ministre a parlé.\n\nDeuxième paragraphe.", Origin: "c"},
		},
		{
			name:  "unknown key is body",
			file:  "d.txt",
			input: "Moscou: le ministre a parlé.\n\nSuite.",
			opt:   ingest.Options{Published: override},
			want:  timeline.Article{ID: "d", Published: override, Language: "fr", Text: "Moscou: le ministre a parlé.\n\nSuite.", Origin: "d.txt"},
		},
		{
			name:  "key lines without blank line are body",
			file:  "e.txt",
			input: "source: AFP\nLe ministre a parlé.",
			opt:   ingest.Options{Published: override},
			want:  timeline.Article{ID: "e", Published: override, Language: "fr", Text: "source: AFP\nLe ministre a parlé.", Origin: "e.txt"},
		},
		{
			name:  "unclosed fence is body",
			file:  "f.txt",
			input: "---\nTexte après un filet.",
			opt:   ingest.Options{Published: override},
			want:  timeline.Article{ID: "f", Published: override, Language: "fr", Text: "---\nTexte après un filet.", Origin: "f.txt"},
		},
		{
			name:  "indentation kept, blank lines around trimmed",
			file:  "g.txt",
			input: "url: https://x.example/2016/03/22/a\n\n  \n\n    Ligne un\n\n    Ligne deux  \n \n\n",
			want:  timeline.Article{ID: "g", URL: "https://x.example/2016/03/22/a", Published: march22, Language: "fr", Text: "    Ligne un\n\n    Ligne deux  ", Origin: "g.txt"},
		},
		{
			name:  "CRLF and UTF-8 BOM",
			file:  "h.txt",
			input: "\xef\xbb\xbfpublished: 2016-03-22\r\n\r\nUn.\r\nDeux.\r\n",
			want:  timeline.Article{ID: "h", Published: march22, Language: "fr", Text: "Un.\nDeux.", Origin: "h.txt"},
		},
		{
			name:  "UTF-16 little endian",
			file:  "i.txt",
			input: string(utf16LE("published: 2016-03-22\n\nTexte.")),
			want:  timeline.Article{ID: "i", Published: march22, Language: "fr", Text: "Texte.", Origin: "i.txt"},
		},
		{
			name:  "UTF-16 big endian",
			file:  "j.txt",
			input: string(utf16BE("published: 2016-03-22\n\nTexte.")),
			want:  timeline.Article{ID: "j", Published: march22, Language: "fr", Text: "Texte.", Origin: "j.txt"},
		},
		{
			name:  "override wins over front matter",
			file:  "k.txt",
			input: "published: 2016-03-22\nlanguage: en\n\nText.",
			opt:   ingest.Options{Published: override},
			want:  timeline.Article{ID: "k", Published: override, Language: "en", Text: "Text.", Origin: "k.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ingest.ParseText(tt.file, []byte(tt.input), tt.opt)
			if err != nil {
				t.Fatalf("ParseText(%q) error = %v", tt.input, err)
			}
			assertArticle(t, tt.input, got, tt.want)
		})
	}
}

// assertArticle compares two articles, dates by instant.
func assertArticle(t *testing.T, input string, got, want timeline.Article) {
	t.Helper()
	if !got.Published.Equal(want.Published) {
		t.Errorf("%q: Published = %v, want %v", input, got.Published, want.Published)
	}
	got.Published, want.Published = time.Time{}, time.Time{}
	if got != want {
		t.Errorf("%q:\ngot  %+v\nwant %+v", input, got, want)
	}
}

func TestParseTextDates(t *testing.T) {
	moscow := mustZone("Europe/Moscow")
	tests := []struct {
		name, published string
		loc             *time.Location
		want            time.Time
	}{
		{"date only", "2016-03-22", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris)},
		{"date only in zone", "2016-03-22", moscow, time.Date(2016, 3, 22, 0, 0, 0, 0, moscow)},
		{"RFC 3339", "2016-03-22T10:23:00+03:00", nil, time.Date(2016, 3, 22, 7, 23, 0, 0, time.UTC)},
		{"RFC 3339 UTC", "2016-03-22T10:23:00Z", nil, time.Date(2016, 3, 22, 10, 23, 0, 0, time.UTC)},
		{"fraction", "2016-03-22T10:23:00.123+01:00", nil, time.Date(2016, 3, 22, 9, 23, 0, 123e6, time.UTC)},
		{"offset without colon", "2016-03-22T10:23:00+0300", nil, time.Date(2016, 3, 22, 7, 23, 0, 0, time.UTC)},
		{"space, minutes", "2016-03-22 10:23", nil, time.Date(2016, 3, 22, 10, 23, 0, 0, paris)},
		{"space, seconds", "2016-03-22 10:23:45", nil, time.Date(2016, 3, 22, 10, 23, 45, 0, paris)},
		{"T without offset", "2016-03-22T10:23", nil, time.Date(2016, 3, 22, 10, 23, 0, 0, paris)},
		{"French hour", "2016-03-22 10h23", nil, time.Date(2016, 3, 22, 10, 23, 0, 0, paris)},
		{"day first", "22/03/2016", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris)},
		{"RFC 1123", "Tue, 22 Mar 2016 10:23:00 +0300", nil, time.Date(2016, 3, 22, 7, 23, 0, 0, time.UTC)},
		{"summer time", "2016-03-28 10:00", nil, time.Date(2016, 3, 28, 8, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input := "published: " + tt.published + "\n\nTexte."
			got, err := ingest.ParseText("a.txt", []byte(input), ingest.Options{Location: tt.loc})
			if err != nil {
				t.Fatalf("ParseText(%q) error = %v", input, err)
			}
			if !got.Published.Equal(tt.want) {
				t.Errorf("ParseText(%q).Published = %v, want %v", input, got.Published, tt.want)
			}
		})
	}
}

func TestParseTextErrors(t *testing.T) {
	tests := []struct {
		name, input string
		want        error
	}{
		{"empty", "", ingest.ErrEmpty},
		{"blank", " \n\t\n", ingest.ErrEmpty},
		{"BOM only", "\xef\xbb\xbf", ingest.ErrEmpty},
		{"front matter only", "published: 2016-03-22\n", ingest.ErrNoText},
		{"front matter and blank body", "published: 2016-03-22\n\n \n", ingest.ErrNoText},
		{"NUL byte", "published: 2016-03-22\n\nTexte\x00.", ingest.ErrBinary},
		{"control characters", strings.Repeat("\x01\x02\x03\x04\x05\x06\x07\x08abc", 8), ingest.ErrBinary},
		{"mostly undecodable", strings.Repeat("\x80\x81\x82\x83\x84\x85\x86\x87\x88abcd", 8), ingest.ErrBinary},
		{"short Latin-1", "x\xe9y", ingest.ErrInvalidUTF8},
		{"Latin-1", "published: 2016-03-22\n\nL'arm\xe9e russe a quitt\xe9 la Syrie.", ingest.ErrInvalidUTF8},
		{"no date", "Texte sans date.", ingest.ErrNoPublished},
		{"no date in URL", "url: https://x.example/article-12\n\nTexte.", ingest.ErrNoPublished},
		{"bad date", "published: mardi dernier\n\nTexte.", ingest.ErrBadDate},
		{"impossible date", "published: 2016-02-30\n\nTexte.", ingest.ErrBadDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ingest.ParseText("dir/x.txt", []byte(tt.input), ingest.Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("ParseText(%q) error = %v, want %v", tt.input, err, tt.want)
			}
			e, ok := errors.AsType[*ingest.Error](err)
			if !ok || e.Origin != "dir/x.txt" {
				t.Errorf("ParseText(%q) error = %#v, want an *ingest.Error with Origin dir/x.txt", tt.input, err)
			}
		})
	}
}

// seedPath is the gold seed article, outside the module.
const seedPath = "../../../shared/gold/seed.jsonl"

// TestParseTextSeed checks that the seed fixture gives back the seed's text
// byte for byte, so that the gold offsets hold.
func TestParseTextSeed(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s not found", seedPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	var seed struct{ Text, URL string }
	if err := json.Unmarshal(data, &seed); err != nil {
		t.Fatalf("seed: %v", err)
	}
	name := "sputnik-2016-03-22-kerry-moscou.txt"
	got, err := ingest.ParseText(name, fixture(t, name), ingest.Options{})
	if err != nil {
		t.Fatalf("ParseText(%s) error = %v", name, err)
	}
	if got.Text != seed.Text {
		t.Errorf("ParseText(%s).Text = %q, want the seed text %q", name, got.Text, seed.Text)
	}
	if got.URL != seed.URL {
		t.Errorf("ParseText(%s).URL = %q, want %q", name, got.URL, seed.URL)
	}
}

func TestParseTextFixtures(t *testing.T) {
	tests := []struct {
		file              string
		id, source, title string
		published         time.Time
		textStart         string
	}{
		{
			file: "sputnik-2016-03-22-kerry-moscou.txt", id: "sputnik-2016-03-22-kerry-moscou",
			source: "Sputnik France", title: "John Kerry rencontrera Vladimir Poutine lors de sa visite à Moscou",
			published: time.Date(2016, 3, 22, 0, 0, 0, 0, paris), textStart: "Ecoutez Radio Sputnik\n    le secrétaire",
		},
		{
			file: "courrier-des-nations-2016-02-13-munich.txt", id: "courrier-2016-02-13-munich",
			source: "Le Courrier des Nations", title: "À Munich, les grandes puissances s'accordent sur une « cessation des hostilités » en Syrie",
			published: time.Date(2016, 2, 13, 0, 0, 0, 0, paris), textStart: "Après plus de cinq heures",
		},
		{
			file: "gazette-du-levant-2016-03-25-kerry-moscou.txt", id: "gazette-du-levant-2016-03-25-kerry-moscou",
			source: "La Gazette du Levant", title: "À Moscou, John Kerry et Vladimir Poutine veulent accélérer la transition en Syrie",
			published: time.Date(2016, 3, 25, 7, 30, 0, 0, paris), textStart: "Le secrétaire d’État américain",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := ingest.ParseText(tt.file, fixture(t, tt.file), ingest.Options{})
			if err != nil {
				t.Fatalf("ParseText(%s) error = %v", tt.file, err)
			}
			if got.ID != tt.id || got.Source != tt.source || got.Title != tt.title || got.Language != "fr" {
				t.Errorf("ParseText(%s) = ID %q, Source %q, Title %q, Language %q; want %q, %q, %q, fr",
					tt.file, got.ID, got.Source, got.Title, got.Language, tt.id, tt.source, tt.title)
			}
			if !got.Published.Equal(tt.published) {
				t.Errorf("ParseText(%s).Published = %v, want %v", tt.file, got.Published, tt.published)
			}
			if len(got.Text) < len(tt.textStart) || got.Text[:len(tt.textStart)] != tt.textStart {
				t.Errorf("ParseText(%s).Text starts %.60q, want %q", tt.file, got.Text, tt.textStart)
			}
		})
	}
}
