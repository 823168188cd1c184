package ingest_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/ingest"
)

// writeFiles creates files under dir, with their folders.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// read runs Read and returns the IDs delivered.
func read(t *testing.T, paths []string, stdin string) ([]string, ingest.ErrorList) {
	t.Helper()
	var ids []string
	errs, err := ingest.Read(context.Background(), paths, strings.NewReader(stdin), ingest.Options{}, func(a timeline.Article) error {
		ids = append(ids, a.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("Read(%v) error = %v", paths, err)
	}
	return ids, errs
}

// errorSummary renders an error list as "origin: sentinel" lines for
// comparison.
func errorSummary(errs ingest.ErrorList, sentinels []error) []string {
	var out []string
	for _, e := range errs {
		kind := "other"
		for _, s := range sentinels {
			if errors.Is(e, s) {
				kind = s.Error()
			}
		}
		if errors.Is(e, fs.ErrNotExist) {
			kind = "not exist"
		}
		if errors.Is(e, fs.ErrPermission) {
			kind = "permission"
		}
		out = append(out, e.Origin+": "+kind)
	}
	return out
}

var sentinels = []error{ingest.ErrNoPublished, ingest.ErrEmpty, ingest.ErrInvalidUTF8, ingest.ErrBinary, ingest.ErrNoText, ingest.ErrBadDate}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	dated := "published: 2016-03-22\n\n"
	writeFiles(t, dir, map[string]string{
		"a.txt":              dated + "Premier article.",
		"b/c.md":             dated + "Deuxième article.",
		"b/d.jsonl":          `{"id": "d1", "published": "2016-03-22", "text": "Un."}` + "\nnot json\n" + `{"id": "d3", "published": "2016-03-22", "text": "Trois."}` + "\n",
		"b/e.html":           page("fr", `<meta name="date" content="2016-03-22">`, paragraph),
		"f":                  dated + "Sans extension.",
		"nodate.txt":         "Un article sans date.",
		"latin1.txt":         dated + "L'arm\xe9e.",
		"empty.txt":          "",
		"image.png":          "\x89PNG\r\n\x1a\n\x00\x00",
		".hidden.txt":        dated + "Caché.",
		".git/config.txt":    dated + "Caché.",
		"z/zz/deep.ndjson":   `{"id": "deep", "published": "2016-03-22", "text": "Profond."}`,
		"z/zz/unknown.json":  `{"id": "no", "published": "2016-03-22", "text": "Ignoré."}`,
		"explicit.data":      `{"id": "sniffed", "published": "2016-03-22", "text": "Deviné."}`,
		"z/zz/binary.txt":    "abc\x00def",
		"z/zz/only-fm.txt":   "published: 2016-03-22\n",
		"z/zz/bad-date.html": page("fr", "", paragraph) + "<!-- no date -->",
	})
	unreadable := filepath.Join(dir, "z", "locked.txt")
	writeFiles(t, dir, map[string]string{"z/locked.txt": dated + "Verrouillé."})
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	ids, errs := read(t, []string{dir, filepath.Join(dir, "explicit.data"), missing, "-"}, dated+"Depuis stdin.")

	wantIDs := []string{"a", "c", "d1", "d3", "e", "f", "deep", "sniffed", "stdin"}
	if os.Geteuid() == 0 {
		// root reads anything, the locked file included
		wantIDs = slices.Insert(wantIDs, 6, "locked")
	}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("Read delivered %v, want %v", ids, wantIDs)
	}
	rel := func(s string) string { return strings.ReplaceAll(s, dir+string(filepath.Separator), "") }
	var got []string
	for _, line := range errorSummary(errs, sentinels) {
		got = append(got, rel(line))
	}
	want := []string{
		"b/d.jsonl:2: other",
		"empty.txt: empty article",
		"latin1.txt: invalid UTF-8",
		"nodate.txt: no publication date",
		"z/locked.txt: permission",
		"z/zz/bad-date.html: no publication date",
		"z/zz/binary.txt: binary content",
		"z/zz/only-fm.txt: no text",
		"missing.txt: not exist",
	}
	if os.Geteuid() == 0 {
		want = slices.DeleteFunc(want, func(s string) bool { return strings.HasPrefix(s, "z/locked.txt") })
	}
	if !slices.Equal(got, want) {
		t.Errorf("Read errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, e := range errs {
		if !strings.HasPrefix(e.Error(), e.Origin+": ") {
			t.Errorf("Error() = %q, want it to start with the origin %q", e.Error(), e.Origin)
		}
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, input string
		wantIDs     []string
		wantErr     error
	}{
		{"text", "published: 2016-03-22\n\nTexte.", []string{"stdin"}, nil},
		{"JSONL", "\n  " + `{"id": "j1", "published": "2016-03-22", "text": "Un."}` + "\n" + `{"id": "j2", "published": "2016-03-22", "text": "Deux."}`, []string{"j1", "j2"}, nil},
		{"JSONL after a byte order mark", "\xef\xbb\xbf" + `{"id": "j1", "published": "2016-03-22", "text": "Un."}`, []string{"j1"}, nil},
		{"UTF-16 JSONL", string(utf16LE(`{"id": "j1", "published": "2016-03-22", "text": "Un."}`)), []string{"j1"}, nil},
		{"HTML", page("fr", `<meta name="date" content="2016-03-22">`, paragraph), []string{"stdin"}, nil},
		{"empty", "", nil, ingest.ErrEmpty},
		{"no date", "Texte.", nil, ingest.ErrNoPublished},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, errs := read(t, []string{"-"}, tt.input)
			if !slices.Equal(ids, tt.wantIDs) {
				t.Errorf("Read(stdin %.60q) delivered %v, want %v", tt.input, ids, tt.wantIDs)
			}
			if tt.wantErr == nil && len(errs) > 0 || tt.wantErr != nil && !errors.Is(errs.Err(), tt.wantErr) {
				t.Errorf("Read(stdin %.60q) errors = %v, want %v", tt.input, errs.Err(), tt.wantErr)
			}
		})
	}
}

func TestReadLinkedFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/a.txt": "published: 2016-03-22\n\nUn."})
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	ids, errs := read(t, []string{link}, "")
	if !slices.Equal(ids, []string{"a"}) || len(errs) > 0 {
		t.Errorf("Read(%s) = %v, %v; want [a] and no errors", link, ids, errs)
	}
}

func TestReadNoStdin(t *testing.T) {
	errs, err := ingest.Read(context.Background(), []string{"-"}, nil, ingest.Options{}, func(timeline.Article) error { return nil })
	if err != nil || len(errs) != 1 || errs[0].Origin != "stdin" {
		t.Errorf("Read(-) without stdin = %v, %v; want one error for stdin", errs, err)
	}
}

func TestReadStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":   "published: 2016-03-22\n\nUn.",
		"b.jsonl": `{"id": "b1", "published": "2016-03-22", "text": "Un."}` + "\n" + `{"id": "b2", "published": "2016-03-22", "text": "Deux."}`,
		"c.txt":   "published: 2016-03-22\n\nTrois.",
	})
	stop := errors.New("stop")
	tests := []struct {
		name      string
		stopAt    string // the ID at which fn fails or the context is cancelled
		cancel    bool
		wantErr   error
		wantCalls int
	}{
		{"fn fails on a file", "a", false, stop, 1},
		{"fn fails in JSONL", "b1", false, stop, 2},
		{"context cancelled", "a", true, context.Canceled, 1},
		{"context cancelled in JSONL", "b1", true, context.Canceled, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			calls := 0
			_, err := ingest.Read(ctx, []string{dir}, nil, ingest.Options{}, func(a timeline.Article) error {
				calls++
				if a.ID != tt.stopAt {
					return nil
				}
				if tt.cancel {
					cancel()
					return nil
				}
				return stop
			})
			if !errors.Is(err, tt.wantErr) || calls != tt.wantCalls {
				t.Errorf("Read = %v after %d calls, want %v after %d", err, calls, tt.wantErr, tt.wantCalls)
			}
		})
	}
}

// TestReadFixtures reads every embedded fixture through the file system.
func TestReadFixtures(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, fixtures.Articles); err != nil {
		t.Fatal(err)
	}
	ids, errs := read(t, []string{dir}, "")
	if err := errs.Err(); err != nil {
		t.Fatalf("Read(fixtures) errors = %v", err)
	}
	want := []string{
		"meridien-2016-02-23-annonce-treve", "meridien-2016-02-28-treve-en-vigueur",
		"courrier-2016-02-13-munich", "echo-diplomatique-2016-03-15-retrait-russe",
		"gazette-du-levant-2016-03-25-kerry-moscou", "messager-2016-03-19-geneve",
		"quotidien-de-beyrouth-2016-03-21-aide-humanitaire", "sputnik-2016-03-22-kerry-moscou",
	}
	if !slices.Equal(ids, want) {
		t.Errorf("Read(fixtures) = %v, want %v", ids, want)
	}
}

func TestErrorList(t *testing.T) {
	one := &ingest.Error{Origin: "a.txt", Err: ingest.ErrEmpty}
	two := &ingest.Error{Origin: "b.jsonl:3", Err: ingest.ErrNoText}
	tests := []struct {
		name    string
		list    ingest.ErrorList
		wantMsg string
		wantNil bool
	}{
		{"empty", nil, "no errors", true},
		{"one", ingest.ErrorList{one}, "a.txt: empty article", false},
		{"two", ingest.ErrorList{one, two}, "a.txt: empty article (and 1 more errors)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.list.Error(); got != tt.wantMsg {
				t.Errorf("Error() = %q, want %q", got, tt.wantMsg)
			}
			if got := tt.list.Err(); (got == nil) != tt.wantNil {
				t.Errorf("Err() = %v, want nil: %t", got, tt.wantNil)
			}
		})
	}
	if err := (ingest.ErrorList{one, two}).Err(); !errors.Is(err, ingest.ErrNoText) {
		t.Errorf("errors.Is(%v, ErrNoText) = false, want true", err)
	}
}

func TestInputSizeAndConsumed(t *testing.T) {
	dir := t.TempDir()
	text := "---\npublished: 2016-03-22\n---\nLe cessez-le-feu tient depuis le 27 février.\n"
	lines := `{"id":"l1","published":"2016-03-22","text":"Kerry est arrivé hier."}` + "\n" +
		`{"id":"l2","published":"2016-03-23","text":"Kerry est reparti."}` + "\n"
	writeFiles(t, dir, map[string]string{
		"a.txt":          text,
		"sub/b.jsonl":    lines,
		".cache/c.txt":   text,
		"notes.unknown":  "not read",
		"sub/.hidden.md": text,
	})
	want := int64(len(text) + len(lines))
	tests := []struct {
		name      string
		paths     []string
		wantSize  int64
		wantKnown bool
	}{
		{"folder", []string{dir}, want, true},
		{"file", []string{filepath.Join(dir, "a.txt")}, int64(len(text)), true},
		{"missing", []string{filepath.Join(dir, "none.txt")}, 0, true},
		{"stdin", []string{dir, "-"}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			size, known := ingest.InputSize(tt.paths)
			if size != tt.wantSize || known != tt.wantKnown {
				t.Errorf("InputSize(%q) = %d, %v, want %d, %v", tt.paths, size, known, tt.wantSize, tt.wantKnown)
			}
		})
	}
	t.Run("consumed", func(t *testing.T) {
		var seen []int64
		opt := ingest.Options{Consumed: func(n int64) { seen = append(seen, n) }}
		_, err := ingest.Read(context.Background(), []string{dir}, nil, opt, func(timeline.Article) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(seen) != 3 || !slices.IsSorted(seen) || seen[0] != int64(len(text)) || seen[2] > want {
			t.Errorf("Consumed calls = %v, want 3 rising values from %d up to %d", seen, len(text), want)
		}
	})
}
