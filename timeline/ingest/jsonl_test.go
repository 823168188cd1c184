package ingest_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/ingest"
)

// parseJSONL collects the articles ParseJSONL delivers.
func parseJSONL(t *testing.T, name, input string, opt ingest.Options) ([]timeline.Article, ingest.ErrorList) {
	t.Helper()
	var got []timeline.Article
	errs, err := ingest.ParseJSONL(name, strings.NewReader(input), opt, func(a timeline.Article) error {
		got = append(got, a)
		return nil
	})
	if err != nil {
		t.Fatalf("ParseJSONL(%q) error = %v", input, err)
	}
	return got, errs
}

func TestParseJSONL(t *testing.T) {
	long := strings.Repeat("Le cessez-le-feu tient. ", 10000) // 240 KB, beyond bufio.Scanner's default
	tests := []struct {
		name  string
		input string
		want  []timeline.Article
	}{
		{
			name:  "corpus line",
			input: `{"id": "a1", "source": "wikinews", "url": null, "published": "2016-03-22", "title": "T", "text": "Texte."}` + "\n",
			want:  []timeline.Article{{ID: "a1", Source: "wikinews", Title: "T", Published: time.Date(2016, 3, 22, 0, 0, 0, 0, paris), Language: "fr", Text: "Texte.", Origin: "c.jsonl:1"}},
		},
		{
			name: "dates, URL, language, ids",
			input: `{"id": 7, "published": "2016-03-22T10:23:00+03:00", "text": "Un."}` + "\n\n" +
				`{"url": "https://x.example/2016/03/22/a", "published": null, "language": "en", "text": "  Two.\n"}` + "\r\n" +
				`{"id": "z", "published": "2016-03-22 10:23", "text": "Trois."}`,
			want: []timeline.Article{
				{ID: "7", Published: time.Date(2016, 3, 22, 7, 23, 0, 0, time.UTC), Language: "fr", Text: "Un.", Origin: "c.jsonl:1"},
				{ID: "c:3", URL: "https://x.example/2016/03/22/a", Published: time.Date(2016, 3, 22, 0, 0, 0, 0, paris), Language: "en", Text: "  Two.\n", Origin: "c.jsonl:3"},
				{ID: "z", Published: time.Date(2016, 3, 22, 10, 23, 0, 0, paris), Language: "fr", Text: "Trois.", Origin: "c.jsonl:4"},
			},
		},
		{
			name:  "byte order mark",
			input: "\xef\xbb\xbf" + `{"id": "b", "published": "2016-03-22", "text": "Texte."}`,
			want:  []timeline.Article{{ID: "b", Published: time.Date(2016, 3, 22, 0, 0, 0, 0, paris), Language: "fr", Text: "Texte.", Origin: "c.jsonl:1"}},
		},
		{
			name:  "long line",
			input: `{"id": "l", "published": "2016-03-22", "text": "` + long + `"}` + "\n",
			want:  []timeline.Article{{ID: "l", Published: time.Date(2016, 3, 22, 0, 0, 0, 0, paris), Language: "fr", Text: long, Origin: "c.jsonl:1"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := parseJSONL(t, "dir/c.jsonl", tt.input, ingest.Options{})
			if len(errs) > 0 {
				t.Fatalf("ParseJSONL(%.80q) errors = %v", tt.input, errs)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("ParseJSONL(%.80q) gave %d articles, want %d", tt.input, len(got), len(tt.want))
			}
			for i := range got {
				tt.want[i].Origin = "dir/" + tt.want[i].Origin
				assertArticle(t, tt.input, got[i], tt.want[i])
			}
		})
	}
}

func TestParseJSONLErrors(t *testing.T) {
	good := `{"id": "ok", "published": "2016-03-22", "text": "Texte."}`
	tests := []struct {
		name, line string
		want       error // nil: any error
	}{
		{"not JSON", `{"id": "x", "text": "Texte."`, nil},
		{"trailing garbage", `{"id": "x", "published": "2016-03-22", "text": "T."} x`, nil},
		{"array", `["x"]`, nil},
		{"no text", `{"id": "x", "published": "2016-03-22"}`, ingest.ErrNoText},
		{"null text", `{"id": "x", "published": "2016-03-22", "text": null}`, ingest.ErrNoText},
		{"empty text", `{"id": "x", "published": "2016-03-22", "text": " \n"}`, ingest.ErrEmpty},
		{"NUL in text", `{"id": "x", "published": "2016-03-22", "text": "a\u0000b"}`, ingest.ErrBinary},
		{"bad date", `{"id": "x", "published": "22 mars", "text": "Texte."}`, ingest.ErrBadDate},
		{"no date", `{"id": "x", "published": null, "url": null, "text": "Texte."}`, ingest.ErrNoPublished},
		{"invalid UTF-8", "{\"id\": \"x\", \"published\": \"2016-03-22\", \"text\": \"arm\xe9e\"}", ingest.ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input := good + "\n" + tt.line + "\n" + good + "\n"
			got, errs := parseJSONL(t, "c.jsonl", input, ingest.Options{})
			if len(got) != 2 {
				t.Errorf("ParseJSONL(%q) gave %d articles, want the 2 good ones", input, len(got))
			}
			if len(errs) != 1 {
				t.Fatalf("ParseJSONL(%q) errors = %v, want one", input, errs)
			}
			if errs[0].Origin != "c.jsonl:2" {
				t.Errorf("ParseJSONL(%q) error origin = %q, want c.jsonl:2", input, errs[0].Origin)
			}
			if tt.want != nil && !errors.Is(errs[0], tt.want) {
				t.Errorf("ParseJSONL(%q) error = %v, want %v", input, errs[0], tt.want)
			}
		})
	}
}

func TestParseJSONLCallbackError(t *testing.T) {
	stop := errors.New("stop")
	input := `{"id": "a", "published": "2016-03-22", "text": "Un."}` + "\n" + `{"id": "b", "published": "2016-03-22", "text": "Deux."}`
	calls := 0
	_, err := ingest.ParseJSONL("c.jsonl", strings.NewReader(input), ingest.Options{}, func(timeline.Article) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("ParseJSONL with a failing callback = %v after %d calls, want %v after 1", err, calls, stop)
	}
}

func TestParseJSONLFixture(t *testing.T) {
	name := "agence-meridien-2016-02-treve.jsonl"
	got, errs := parseJSONL(t, name, string(fixture(t, name)), ingest.Options{})
	if len(errs) > 0 {
		t.Fatalf("ParseJSONL(%s) errors = %v", name, errs)
	}
	want := []struct {
		id        string
		published time.Time
	}{
		{"meridien-2016-02-23-annonce-treve", time.Date(2016, 2, 23, 0, 0, 0, 0, paris)},
		{"meridien-2016-02-28-treve-en-vigueur", time.Date(2016, 2, 28, 9, 15, 0, 0, paris)},
	}
	if len(got) != len(want) {
		t.Fatalf("ParseJSONL(%s) gave %d articles, want %d", name, len(got), len(want))
	}
	for i, w := range want {
		if got[i].ID != w.id || !got[i].Published.Equal(w.published) || got[i].Source != "Agence Méridien" {
			t.Errorf("article %d = %q %v %q, want %q %v Agence Méridien", i, got[i].ID, got[i].Published, got[i].Source, w.id, w.published)
		}
		if !bytes.Contains([]byte(got[i].Text), []byte("\n\n")) {
			t.Errorf("article %d text has no paragraph break", i)
		}
	}
}
