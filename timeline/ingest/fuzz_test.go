package ingest_test

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/ingest"
)

// The fuzz targets run trafilatura's instrumented code, which makes the
// minimisation of each new input slow: run them with a small budget, e.g.
//
//	go test -run '^$' -fuzz '^FuzzParseJSONL$' -fuzztime 15s -fuzzminimizetime 200x ./timeline/ingest/

// seedFixtures adds every embedded fixture whose name ends with one of the
// extensions to the fuzz corpus.
func seedFixtures(f *testing.F, exts ...string) {
	f.Helper()
	err := fs.WalkDir(fixtures.Articles, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		for _, ext := range exts {
			if strings.HasSuffix(path, ext) {
				data, err := fixtures.Articles.ReadFile(path)
				if err != nil {
					return err
				}
				f.Add(data)
			}
		}
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
}

// checkParsed holds for every parser: an article has valid, non-empty text,
// a date and its origin; an error is an *ingest.Error naming the source.
func checkParsed(t *testing.T, input []byte, a timeline.Article, err error) {
	t.Helper()
	if err != nil {
		if e, ok := errors.AsType[*ingest.Error](err); !ok || !strings.HasPrefix(e.Origin, "f") {
			t.Errorf("parse(%q) error = %#v, want an *ingest.Error naming the file", input, err)
		}
		return
	}
	if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
		t.Errorf("parse(%q).Text = %q, want valid non-empty UTF-8", input, a.Text)
	}
	if a.Published.IsZero() || a.ID == "" || a.Language == "" {
		t.Errorf("parse(%q) = %+v, want a date, an ID and a language", input, a)
	}
}

// sameArticle reports whether two parses agree.
func sameArticle(a, b timeline.Article) bool {
	same := a.Published.Equal(b.Published)
	a.Published, b.Published = time.Time{}, time.Time{}
	return same && a == b
}

func FuzzParseText(f *testing.F) {
	seedFixtures(f, ".txt", ".jsonl", ".html")
	f.Add([]byte("---\ntitle: x\n---\n\n  corps"))
	f.Add([]byte("url: https://x.example/20160322/a\n\n\xef\xbb\xbfcorps\r\n"))
	f.Add(utf16LE("published: 2016-03-22\n\nTexte."))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ingest.ParseText("f.txt", data, ingest.Options{})
		checkParsed(t, data, a, err)
		b, err2 := ingest.ParseText("f.txt", data, ingest.Options{})
		if (err == nil) != (err2 == nil) || !sameArticle(a, b) {
			t.Errorf("ParseText(%q) is not deterministic", data)
		}
	})
}

func FuzzParseJSONL(f *testing.F) {
	seedFixtures(f, ".jsonl")
	f.Add([]byte(`{"id": 1, "url": "https://x.example/2016-03-22/a", "published": null, "text": "a\u00e9"}` + "\n\n{}"))
	f.Add([]byte("\xff\xfe{\x00}\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 0
		errs, err := ingest.ParseJSONL("f.jsonl", bytes.NewReader(data), ingest.Options{}, func(a timeline.Article) error {
			lines++
			checkParsed(t, data, a, nil)
			if !strings.HasPrefix(a.Origin, "f.jsonl:") {
				t.Errorf("ParseJSONL(%q) origin = %q, want f.jsonl:LINE", data, a.Origin)
			}
			return nil
		})
		if err != nil {
			t.Errorf("ParseJSONL(%q) error = %v, want nil", data, err)
		}
		if max := bytes.Count(data, []byte("\n")) + 1; lines+len(errs) > max {
			t.Errorf("ParseJSONL(%q) gave %d articles and %d errors for %d lines", data, lines, len(errs), max)
		}
		for _, e := range errs {
			checkParsed(t, data, timeline.Article{}, e)
		}
	})
}

func FuzzParseHTML(f *testing.F) {
	seedFixtures(f, ".html")
	f.Add([]byte(page("fr", `<meta property="article:published_time" content="2016-03-22T10:23:00+03:00">`, paragraph)))
	f.Add([]byte(`<html><head><meta charset="windows-1252"></head><body><p>arm` + "\xe9" + `e</p></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ingest.ParseHTML("f.html", data, ingest.Options{})
		checkParsed(t, data, a, err)
	})
}
