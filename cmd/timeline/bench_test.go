package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"testing"
)

func TestBench(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "bench.db")
	corpus := fixtures + "/agence-meridien-2016-02-treve.jsonl"
	tests := []struct {
		name string
		args []string
		code int
		want []string // patterns the report must match
	}{
		{"replicated fixture", []string{"bench", "--quiet", "--db", db, "--corpus", corpus, "--articles", "30",
			"--cpuprofile", filepath.Join(dir, "cpu.prof")}, 0, []string{
			`articles: 30 read, 30 stored in [0-9.]+ s: [0-9]+ articles/s`,
			`of which conflicts brought up to date in [0-9.]+ s`,
			`text of the events indexed at once beside it in [0-9.]+ s`,
			`peak memory: [0-9]+ MB`,
			`database: [0-9.]+ MB, [0-9.]+ MB per 1000 articles`,
			`query \(2016, actor "[^"]+"\) over [0-9]+ events: [1-9][0-9]* events in [0-9.]+ ms first`,
		}},
		{"no corpus", []string{"bench", "--db", db}, 2, nil},
		{"missing corpus", []string{"bench", "--db", db, "--corpus", filepath.Join(dir, "none.jsonl"), "--articles", "3"}, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := execute(t, tt.args...)
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d\n%v", r.code, tt.code, r)
			}
			for _, p := range tt.want {
				if !regexp.MustCompile(p).MatchString(r.stdout) {
					t.Errorf("report does not match %q:\n%s", p, r.stdout)
				}
			}
		})
	}
}

// The text of a bulk load, or the backlog of a run cut short, is indexed
// at once beside the refresh: none is left unindexed.
func TestIngestIndexesTextAtOnce(t *testing.T) {
	corpus := fixtures + "/agence-meridien-2016-02-treve.jsonl"
	for _, tt := range []struct {
		name     string
		cutShort bool // the database holds the backlog of a run cut short
	}{
		{"bulk load", false},
		{"run cut short", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "bench.db")
			if tt.cutShort {
				if r := execute(t, "build", "--db", db, fixtures); r.code != 0 {
					t.Fatalf("build: %v", r)
				}
				cutShort(t, db)
			}
			r := execute(t, "bench", "--quiet", "--db", db, "--corpus", corpus, "--articles", "30")
			if r.code != 0 {
				t.Fatalf("bench: %v", r)
			}
			if want := "text of the events indexed at once beside it in [0-9.]+ s"; !regexp.MustCompile(want).MatchString(r.stdout) {
				t.Errorf("report does not match %q:\n%s", want, r.stdout)
			}
			if _, backlog := missingIndexes(t, db); backlog != 0 {
				t.Errorf("events unindexed after the ingest = %d, want 0", backlog)
			}
		})
	}
}

// TestReplicate holds the benchmark's input to what json.Encoder writes
// for each copy: the article with its copy's id and text.
func TestReplicate(t *testing.T) {
	docs := []corpusDoc{
		{"id": "a:1", "source": "s", "url": nil, "published": "2016-03-22", "title": "<T & U>", "text": "Le 22 mars.\n« Fin »"},
		{"id": 7.0, "author": "X", "published": "2016-03-23", "text": "Texte\u2028."},
		{"published": "2016-03-24", "zz": []any{1.0, "b"}},
	}
	var want bytes.Buffer
	var wantBytes int64
	enc := json.NewEncoder(&want)
	const n = 8
	for i := range n {
		d := docs[i%len(docs)]
		out := maps.Clone(d)
		out["id"] = fmt.Sprintf("%v#%d", d["id"], i/len(docs))
		text, _ := d["text"].(string)
		if i >= len(docs) {
			text += copySuffix(i / len(docs))
		}
		out["text"] = text
		wantBytes += int64(len(text))
		if err := enc.Encode(out); err != nil {
			t.Fatal(err)
		}
	}
	var got bytes.Buffer
	var gotBytes int64
	if err := replicate(&got, docs, n, &gotBytes); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("replicate wrote\n%s\nwant\n%s", got.String(), want.String())
	}
	if gotBytes != wantBytes {
		t.Errorf("replicate counted %d bytes of text, want %d", gotBytes, wantBytes)
	}
}
