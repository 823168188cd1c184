package ingest_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline/ingest"
	"golang.org/x/text/encoding/charmap"
)

// page wraps paragraphs in a minimal article page with the given head.
func page(lang, head string, paragraphs ...string) string {
	body := "<p>" + strings.Join(paragraphs, "</p>\n<p>") + "</p>"
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8">` + head +
		`</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav><article>` + body +
		`</article><footer>Tous droits réservés</footer></body></html>`
}

// latin1 encodes a page in ISO 8859-1.
func latin1(t *testing.T, s string) string {
	t.Helper()
	out, err := charmap.ISO8859_1.NewEncoder().String(s)
	if err != nil {
		t.Fatalf("latin1(%q): %v", s, err)
	}
	return out
}

// paragraph is long enough for trafilatura to take it for content.
const paragraph = "Le secrétaire d'État américain est arrivé à Moscou pour s'entretenir avec son homologue russe de la situation en Syrie et de la trêve en vigueur depuis la fin du mois de février."

func TestParseHTML(t *testing.T) {
	override := time.Date(2016, 4, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, input   string
		opt           ingest.Options
		wantPublished time.Time
		wantURL       string
		wantLanguage  string
		wantText      string
	}{
		{
			name:          "published time with offset",
			input:         page("fr", `<meta property="article:published_time" content="2016-03-22T10:23:00+03:00">`, paragraph),
			wantPublished: time.Date(2016, 3, 22, 7, 23, 0, 0, time.UTC),
			wantLanguage:  "fr",
			wantText:      paragraph,
		},
		{
			name:          "published time without offset",
			input:         page("fr-FR", `<meta property="article:published_time" content="2016-03-22 10:23">`, paragraph),
			wantPublished: time.Date(2016, 3, 22, 10, 23, 0, 0, paris),
			wantLanguage:  "fr",
			wantText:      paragraph,
		},
		{
			name:          "date only",
			input:         page("fr", `<meta name="date" content="2016-03-22">`, paragraph),
			wantPublished: time.Date(2016, 3, 22, 0, 0, 0, 0, paris),
			wantLanguage:  "fr",
			wantText:      paragraph,
		},
		{
			name:          "date from canonical URL",
			input:         page("", `<link rel="canonical" href="https://x.example/monde/2016/03/22/kerry/">`, paragraph),
			wantPublished: time.Date(2016, 3, 22, 0, 0, 0, 0, paris),
			wantURL:       "https://x.example/monde/2016/03/22/kerry/",
			wantLanguage:  "fr",
			wantText:      paragraph,
		},
		{
			name:          "override, other language, paragraphs and line breaks",
			input:         page("en", "", paragraph, paragraph, "Troisième paragraphe,\n   sur deux lignes<br>après un saut de ligne."),
			opt:           ingest.Options{Published: override},
			wantPublished: override,
			wantLanguage:  "en",
			wantText:      paragraph + "\n\n" + paragraph + "\n\nTroisième paragraphe, sur deux lignes\naprès un saut de ligne.",
		},
		{
			name:          "declared Latin-1",
			input:         latin1(t, strings.Replace(page("fr", "", paragraph), `charset="utf-8"`, `charset="iso-8859-1"`, 1)),
			opt:           ingest.Options{Published: override},
			wantPublished: override,
			wantLanguage:  "fr",
			wantText:      paragraph,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ingest.ParseHTML("dir/p.html", []byte(tt.input), tt.opt)
			if err != nil {
				t.Fatalf("ParseHTML(%q) error = %v", tt.input, err)
			}
			if !got.Published.Equal(tt.wantPublished) {
				t.Errorf("ParseHTML(%q).Published = %v, want %v", tt.input, got.Published, tt.wantPublished)
			}
			if got.URL != tt.wantURL || got.Language != tt.wantLanguage || got.ID != "p" || got.Origin != "dir/p.html" {
				t.Errorf("ParseHTML(%q) = URL %q, Language %q, ID %q, Origin %q; want %q, %q, p, dir/p.html",
					tt.input, got.URL, got.Language, got.ID, got.Origin, tt.wantURL, tt.wantLanguage)
			}
			if got.Text != tt.wantText {
				t.Errorf("ParseHTML(%q).Text = %q, want %q", tt.input, got.Text, tt.wantText)
			}
		})
	}
}

func TestParseHTMLErrors(t *testing.T) {
	tests := []struct {
		name, input string
		want        error
	}{
		{"empty", "", ingest.ErrEmpty},
		{"no text", `<html><head><meta name="date" content="2016-03-22"></head><body><script>var x;</script></body></html>`, ingest.ErrNoText},
		{"NUL byte", "<html>\x00</html>", ingest.ErrBinary},
		{"undeclared Latin-1", latin1(t, page("fr", "", paragraph)), ingest.ErrInvalidUTF8},
		{"no date", page("fr", "", paragraph), ingest.ErrNoPublished},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ingest.ParseHTML("p.html", []byte(tt.input), ingest.Options{})
			if !errors.Is(err, tt.want) {
				t.Errorf("ParseHTML(%q) error = %v, want %v", tt.input, err, tt.want)
			}
		})
	}
}

func TestParseHTMLFixture(t *testing.T) {
	name := "echo-diplomatique-2016-03-15-retrait-russe.html"
	got, err := ingest.ParseHTML(name, fixture(t, name), ingest.Options{})
	if err != nil {
		t.Fatalf("ParseHTML(%s) error = %v", name, err)
	}
	if want := time.Date(2016, 3, 15, 19, 40, 0, 0, paris); !got.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", got.Published, want)
	}
	if _, offset := got.Published.Zone(); offset != 3600 {
		t.Errorf("Published offset = %d s, want the page's +01:00", offset)
	}
	fields := []struct{ name, got, want string }{
		{"Source", got.Source, "L'Écho diplomatique"},
		{"Title", got.Title, "Syrie : Vladimir Poutine annonce le retrait de l'essentiel des forces russes"},
		{"URL", got.URL, "https://www.echo-diplomatique.example/international/syrie-poutine-retrait-forces-russes-a1842"},
		{"Language", got.Language, "fr"},
		{"ID", got.ID, "echo-diplomatique-2016-03-15-retrait-russe"},
	}
	for _, f := range fields {
		if f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
	if n := strings.Count(got.Text, "\n\n") + 1; n != 6 {
		t.Errorf("Text has %d paragraphs, want 6:\n%s", n, got.Text)
	}
	wantIn := []string{
		"Les premiers avions russes ont quitté ce mardi matin",
		"« globalement accomplie »", // trafilatura turns no-break spaces into spaces
		"pour l'achèvement de l'opération.",
	}
	for _, s := range wantIn {
		if !strings.Contains(got.Text, s) {
			t.Errorf("Text lacks %q:\n%s", s, got.Text)
		}
	}
	// Navigation, share bars with counters, comments and footer.
	boilerplate := []string{"Accueil", "S'abonner", "Partager", "1 284", "356", "Tweeter", "courriel", "commentaires", "Lecteur_75", "surprenante", "Tous droits", "Mentions légales", "Publié le"}
	for _, s := range boilerplate {
		if strings.Contains(got.Text, s) {
			t.Errorf("Text contains boilerplate %q:\n%s", s, got.Text)
		}
	}
}
