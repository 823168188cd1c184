package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/timeline/eval"
)

// taggedLines decodes the output of tag, one prediction per line, checking
// that found is an array and that every span is the text it claims.
func taggedLines(t *testing.T, stdout string, texts map[string]string) []eval.Prediction {
	t.Helper()
	var out []eval.Prediction
	for _, line := range strings.SplitAfter(stdout, "\n") {
		if line == "" {
			continue
		}
		var p eval.Prediction
		if err := json.Unmarshal([]byte(line), &p); err != nil || p.Found == nil {
			t.Fatalf("tag output line %q: want {\"id\",\"found\":[...]} (error %v)", line, err)
		}
		for _, f := range p.Found {
			text, ok := texts[p.ID]
			if ok && (f.Offset < 0 || f.EndOffset > len(text) || f.Offset > f.EndOffset || text[f.Offset:f.EndOffset] != f.Text) {
				t.Errorf("tag %s: found %+v does not match its span of %q", p.ID, f, text)
			}
		}
		out = append(out, p)
	}
	return out
}

// inputTexts reads the texts of a tag input file by id.
func inputTexts(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		l, err := parseTagLine([]byte(line))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		texts[l.id] = l.text
	}
	return texts
}

func TestTagJSONL(t *testing.T) {
	input := filepath.Join("testdata", "tag_small.jsonl")
	data, err := os.ReadFile(input)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"file", "", []string{"tag", "--in", input}},
		{"stdin", string(data), []string{"tag", "--in", "-"}},
		{"stdin with blank lines", "\n" + strings.ReplaceAll(string(data), "\n", "\n\n"), []string{"tag", "--in", "-"}},
	}
	texts := inputTexts(t, input)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := invocation{stdin: tt.stdin}.execute(t, tt.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("run %q: %v", tt.args, r)
			}
			var ids []string
			for _, p := range taggedLines(t, r.stdout, texts) {
				ids = append(ids, p.ID)
			}
			if got, want := strings.Join(ids, " "), "visite annonce 3 rien"; got != want {
				t.Errorf("run %q: ids %q, want %q", tt.args, got, want)
			}
			golden(t, "tag_small.golden", r.stdout)
		})
	}
}

func TestTagPolicies(t *testing.T) {
	for _, policy := range policies {
		t.Run(policy, func(t *testing.T) {
			r := execute(t, "tag", "--policy", policy, "--in", filepath.Join("testdata", "tag_small.jsonl"))
			if r.code != 0 || strings.Count(r.stdout, "\n") != 4 {
				t.Errorf("tag --policy %s: want 4 lines\n%v", policy, r)
			}
		})
	}
}

func TestTagSkipsBadLines(t *testing.T) {
	stdin := `{"id": "ok", "text": "Kerry arrive mercredi.", "ref": "2016-03-22T09:00:00+01:00"}
{"id": "sans-ref", "text": "Kerry arrive mercredi."}
{"id": "ref-sans-zone", "text": "Kerry arrive mercredi.", "ref": "2016-03-22T09:00:00"}
{"text": "Kerry arrive mercredi.", "ref": "2016-03-22T09:00:00+01:00"}
{"id": "sans-texte", "ref": "2016-03-22T09:00:00+01:00"}
pas du JSON
{"id": "ok2", "text": "", "ref": "2016-03-22T09:00:00+01:00"}
`
	r := invocation{stdin: stdin}.execute(t, "tag", "--in", "-")
	if r.code != 4 {
		t.Fatalf("tag with bad lines: exit %d, want 4\n%v", r.code, r)
	}
	var ids []string
	for _, p := range taggedLines(t, r.stdout, nil) {
		ids = append(ids, p.ID)
	}
	if got := strings.Join(ids, " "); got != "ok ok2" {
		t.Errorf("tag with bad lines: ids %q, want the good lines %q", got, "ok ok2")
	}
	tests := []struct{ origin, problem string }{
		{"stdin:2", "ref"},
		{"stdin:3", "RFC 3339"},
		{"stdin:4", "no id"},
		{"stdin:5", "no text"},
		{"stdin:6", "bad JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.origin, func(t *testing.T) {
			if !hasLine(r.stderr, tt.origin+":", tt.problem) {
				t.Errorf("stderr has no line with %q and %q:\n%s", tt.origin, tt.problem, r.stderr)
			}
		})
	}
}

func TestTagArticles(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantIDs []string
	}{
		{"one file", []string{filepath.Join(fixtures, "sputnik-2016-03-22-kerry-moscou.txt")},
			[]string{"sputnik-2016-03-22-kerry-moscou"}},
		{"text and JSONL", []string{filepath.Join(fixtures, "sputnik-2016-03-22-kerry-moscou.txt"),
			filepath.Join(fixtures, "agence-meridien-2016-02-treve.jsonl")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := execute(t, append([]string{"tag"}, tt.args...)...)
			preds := taggedLines(t, r.stdout, nil)
			if r.code != 0 {
				t.Fatalf("tag %q: %v", tt.args, r)
			}
			if tt.wantIDs != nil {
				var ids []string
				for _, p := range preds {
					ids = append(ids, p.ID)
				}
				if strings.Join(ids, " ") != strings.Join(tt.wantIDs, " ") {
					t.Errorf("tag %q: ids %q, want %q", tt.args, ids, tt.wantIDs)
				}
			}
			if len(preds) == 0 {
				t.Errorf("tag %q wrote nothing\n%v", tt.args, r)
			}
		})
	}
}

// Every fixture article is tagged, with its id, without a database.
func TestTagFixtures(t *testing.T) {
	db := tempDB(t)
	r := execute(t, "tag", "--db", db, fixtures)
	if r.code != 0 {
		t.Fatalf("tag %s: %v", fixtures, r)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("tag created the database %s", db)
	}
	built := execute(t, "ingest", "--db", db, fixtures)
	if built.code != 0 {
		t.Fatalf("ingest %s: %v", fixtures, built)
	}
	if got, want := len(taggedLines(t, r.stdout, nil)), stats(t, db).Articles; got != want {
		t.Errorf("tag %s: %d lines, want one per article (%d)", fixtures, got, want)
	}
}

func TestTagValues(t *testing.T) {
	tests := []struct {
		name, values string
		wantCode     int
		want, not    string
	}{
		{"timex", "timex", 0, `"timex":"2016-03-22T15:00"`, `"grain":"hour"`},
		{"calendar", "calendar", 0, `"timex":"","start":"2016-03-22T15:00:00","end":"2016-03-22T16:00:00","grain":"hour"`, `"timex":"2016`},
		{"unknown", "iso", 2, "", ""},
	}
	in := `{"id":"1","text":"Rendez-vous à 15h.","ref":"2016-03-22T09:00:00+01:00"}` + "\n"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "in.jsonl")
			if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
				t.Fatal(err)
			}
			r := execute(t, "tag", "--values", tt.values, "--in", path)
			if r.code != tt.wantCode || !strings.Contains(r.stdout, tt.want) || tt.not != "" && strings.Contains(r.stdout, tt.not) {
				t.Errorf("tag --values %s: want exit %d, %s and no %s\n%v", tt.values, tt.wantCode, tt.want, tt.not, r)
			}
		})
	}
}

// viaEncodingJSON is parseTagLine without the hand reader.
func viaEncodingJSON(data []byte) (tagLine, error) {
	var raw struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
		Ref  string          `json:"ref"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return tagLine{}, err
	}
	id, err := jsonID(raw.ID)
	if err != nil {
		return tagLine{}, err
	}
	if raw.Text == nil {
		return tagLine{}, errors.New("no text")
	}
	ref, err := parseRef(raw.Ref)
	return tagLine{id: id, text: *raw.Text, ref: ref}, err
}

// sameTagLine compares two readings of a line: both errors or the same
// line.
func sameTagLine(a tagLine, aErr error, b tagLine, bErr error) bool {
	if aErr != nil || bErr != nil {
		return aErr != nil && bErr != nil && aErr.Error() == bErr.Error()
	}
	return a.id == b.id && a.text == b.text && a.ref.Equal(b.ref)
}

func TestReadTagLine(t *testing.T) {
	tests := []struct {
		name string
		line string
		read bool // whether the hand reader takes it
	}{
		{"gold shape", `{"id": "ftib-1", "text": "Le 22 mars.", "ref": "2016-03-22T09:00:00+01:00"}`, true},
		{"number id", `{"id": 12, "text": "x", "ref": "2016-03-22T09:00:00Z"}`, true},
		{"null id", `{"id": null, "text": "x", "ref": "2016-03-22T09:00:00Z"}`, true},
		{"empty id", `{"id": "", "text": "x", "ref": "2016-03-22T09:00:00Z"}`, true},
		{"no id", `{"text": "x", "ref": "2016-03-22T09:00:00Z"}`, true},
		{"null text", `{"id": "a", "text": null, "ref": "2016-03-22T09:00:00Z"}`, true},
		{"bad ref", `{"id": "a", "text": "x", "ref": "2016-03-22"}`, true},
		{"null ref", `{"id": "a", "text": "x", "ref": null}`, true},
		{"gold expectations", `{"id": "a", "text": "x", "ref": "2016-03-22T09:00:00Z", "expect": [{"text": "x"}]}`, false},
		{"number text", `{"id": "a", "text": 3, "ref": "2016-03-22T09:00:00Z"}`, false},
		{"not UTF-8", "{\"id\": \"a\", \"text\": \"\xff\", \"ref\": \"2016-03-22T09:00:00Z\"}", false},
		{"not JSON", `{"id": "a"`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, read, err := readTagLine([]byte(tt.line))
			if read != tt.read {
				t.Fatalf("readTagLine(%q) read = %v, want %v", tt.line, read, tt.read)
			}
			want, wantErr := viaEncodingJSON([]byte(tt.line))
			if read && !sameTagLine(got, err, want, wantErr) {
				t.Errorf("readTagLine(%q) = %+v, %v; encoding/json %+v, %v", tt.line, got, err, want, wantErr)
			}
		})
	}
}

// FuzzReadTagLine holds the hand reader to encoding/json.
func FuzzReadTagLine(f *testing.F) {
	f.Add([]byte(`{"id": "ftib-1", "text": "Le 22 mars.", "ref": "2016-03-22T09:00:00+01:00"}`))
	f.Add([]byte(`{"id": 1e3, "text": "a\u00e9\n", "ref": null, "x": 2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, read, err := readTagLine(data)
		if !read {
			return
		}
		want, wantErr := viaEncodingJSON(data)
		if !sameTagLine(got, err, want, wantErr) {
			t.Errorf("readTagLine(%q) = %+v, %v; encoding/json %+v, %v", data, got, err, want, wantErr)
		}
	})
}
