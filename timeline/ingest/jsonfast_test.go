package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/sharedcorpus"
)

// viaEncodingJSON reads line as the hand reader must: with encoding/json.
func viaEncodingJSON(line []byte) (jsonArticle, error) {
	var j jsonArticle
	err := json.Unmarshal(line, &j)
	return j, err
}

// sameFields compares what two readings give the rest of the parse.
func sameFields(a, b jsonArticle) bool {
	same := func(x, y *string) bool { return (x == nil) == (y == nil) && (x == nil || *x == *y) }
	return a.idText() == b.idText() && same(a.Source, b.Source) && same(a.URL, b.URL) &&
		same(a.Published, b.Published) && same(a.Title, b.Title) && same(a.Language, b.Language) &&
		same(a.Text, b.Text)
}

func TestReadArticle(t *testing.T) {
	tests := []struct {
		name string
		line string
		read bool // whether the hand reader takes the line
	}{
		{"corpus shape", `{"id": "a:1", "source": "s", "url": null, "published": "2016-03-22", "title": "T", "text": "Le 22 mars."}` + "\n", true},
		{"empty object", `{}`, true},
		{"spaces everywhere", " \t{ \"text\" :\r\n\"x\" , \"id\" : 7 } \n", true},
		{"number id", `{"id": -12.5e+3, "text": "x"}`, true},
		{"null id", `{"id": null, "text": "x"}`, true},
		{"escapes", `{"text": "a\"b\\c\/d\b\f\n\r\t\u00e9\u20AC"}`, true},
		{"surrogate pair", `{"text": "\ud83d\ude00 fin"}`, true},
		{"lone high surrogate", `{"text": "\ud83d fin"}`, true},
		{"high surrogate then letter", `{"text": "\ud83d\u0041"}`, true},
		{"lone low surrogate", `{"text": "\ude00"}`, true},
		{"escaped NUL", `{"text": "a\u0000b"}`, true},
		{"unknown keys", `{"lead": "x", "n": 3, "z": null, "text": "y"}`, true},
		{"duplicate key, last wins", `{"text": "a", "text": "b"}`, true},
		{"string then null", `{"title": "a", "title": null, "text": "b"}`, true},
		{"raw UTF-8", `{"text": "Août, « déjà »"}`, true},
		{"key by case", `{"Text": "x"}`, false},
		{"key with escape", `{"t\u0065xt": "x"}`, false},
		{"nested object", `{"meta": {"a": 1}, "text": "x"}`, false},
		{"array", `{"tags": ["a"], "text": "x"}`, false},
		{"boolean", `{"ok": true, "text": "x"}`, false},
		{"object id", `{"id": {"a": 1}, "text": "x"}`, false},
		{"number text", `{"text": 12}`, false},
		{"raw control", "{\"text\": \"a\tb\"}", false},
		{"bad escape", `{"text": "\x"}`, false},
		{"short unicode escape", `{"text": "\u12"}`, false},
		{"trailing comma", `{"text": "x",}`, false},
		{"trailing text", `{"text": "x"} y`, false},
		{"unterminated", `{"text": "x`, false},
		{"bad number", `{"id": 01, "text": "x"}`, false},
		{"not an object", `["text"]`, false},
		{"missing colon", `{"text" "x"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got jsonArticle
			if read := readArticle([]byte(tt.line), &got); read != tt.read {
				t.Fatalf("readArticle(%q) read = %v, want %v", tt.line, read, tt.read)
			}
			want, wantErr := viaEncodingJSON([]byte(tt.line))
			var dec jsonArticle
			err := decodeArticle([]byte(tt.line), &dec)
			if (err == nil) != (wantErr == nil) {
				t.Fatalf("decodeArticle(%q) error = %v, want %v", tt.line, err, wantErr)
			}
			if err == nil && !sameFields(dec, want) {
				t.Errorf("decodeArticle(%q) = %+v, want %+v", tt.line, dec, want)
			}
		})
	}
}

// FuzzReadArticle holds the hand reader to encoding/json: whatever line
// it takes, encoding/json takes too and reads the same fields.
func FuzzReadArticle(f *testing.F) {
	for _, s := range []string{
		`{"id": "a:1", "source": "s", "url": null, "published": "2016-03-22", "title": "T", "text": "Le 22 mars."}`,
		`{"id": 3, "text": "a\u00e9\ud83d\ude00\ud83d\n"}`,
		`{"x": -0.5E-2, "text": "\"\\\/"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if !utf8.Valid(line) {
			return // the reader's callers check the line first
		}
		var got jsonArticle
		read := readArticle(line, &got)
		want, err := viaEncodingJSON(line)
		if read && err != nil {
			t.Fatalf("readArticle(%q) took a line encoding/json rejects: %v", line, err)
		}
		if read && !sameFields(got, want) {
			t.Errorf("readArticle(%q) = %+v, want %+v", line, got, want)
		}
	})
}

// TestReadArticleOnCorpus reads every line of the shared corpus by hand
// and through encoding/json: the two must agree, and the hand reader must
// take every line of that usual shape.
func TestReadArticleOnCorpus(t *testing.T) {
	path, err := sharedcorpus.Path()
	if err != nil {
		t.Skip(err)
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("no shared corpus")
	}
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	for n, line := range lines {
		var got jsonArticle
		if !readArticle(line, &got) {
			t.Fatalf("line %d: readArticle declined it", n+1)
		}
		want, err := viaEncodingJSON(line)
		if err != nil || !sameFields(got, want) {
			t.Fatalf("line %d: readArticle = %+v, encoding/json = %+v (%v)", n+1, got, want, err)
		}
	}
}

// BenchmarkParseJSONL parses the shared corpus, as an ingest reads it.
func BenchmarkParseJSONL(b *testing.B) {
	path, err := sharedcorpus.Path()
	if err != nil {
		b.Skip(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		_, err := ParseJSONL("fr_news.jsonl", bytes.NewReader(data), Options{}, func(timeline.Article) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
}
