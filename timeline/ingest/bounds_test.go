package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/ingest"
)

// Fixed bugs and limits: inputs that must be refused with a clear error
// while the other articles go on.
func TestBadInputLimits(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	big := strings.Repeat("Le 22 mars, rien de neuf. ", ingest.MaxArticleBytes/25+10)
	deep := `<html><head><meta property="article:published_time" content="2016-03-22"></head><body>` +
		strings.Repeat("<div>", 5000) + "<p>Le 22 mars.</p>" + strings.Repeat("</div>", 5000) + "</body></html>"
	tests := []struct {
		name, file, content string
		want                error // nil: any error naming the file
	}{
		{"future date", "future.txt", "published: 2031-01-01\n\nLe 22 mars.\n", ingest.ErrDateRange},
		{"before 1900", "old.txt", "published: 1850-06-01\n\nLe 22 mars.\n", ingest.ErrDateRange},
		{"future date in JSONL", "future.jsonl", `{"id":"x","published":"2099-01-01","text":"Le 22 mars."}` + "\n", ingest.ErrDateRange},
		{"file too large", "big.txt", "published: 2016-03-22\n\n" + big, ingest.ErrTooLarge},
		{"JSONL line too large", "big.jsonl", `{"id":"x","published":"2016-03-22","text":"` + big + `"}` + "\n", ingest.ErrTooLarge},
		{"deeply nested HTML", "deep.html", deep, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			bad := filepath.Join(dir, tt.file)
			good := filepath.Join(dir, "zz-good.txt")
			if err := os.WriteFile(bad, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(good, []byte("published: 2016-03-22\n\nLe 22 mars, Kerry est à Moscou.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			var got []string
			errs, err := ingest.Read(context.Background(), []string{dir}, nil, ingest.Options{Now: func() time.Time { return now }},
				func(a timeline.Article) error { got = append(got, a.ID); return nil })
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if len(got) != 1 || got[0] != "zz-good" {
				t.Errorf("delivered %v, want only zz-good", got)
			}
			if len(errs) != 1 || !strings.Contains(errs[0].Origin, tt.file) {
				t.Fatalf("errors %v, want one naming %s", errs, tt.file)
			}
			if tt.want != nil && !errors.Is(errs[0], tt.want) {
				t.Errorf("error %v, want %v", errs[0], tt.want)
			}
		})
	}
}

func TestReadDirectoryLoop(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "a")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "x.txt"), []byte("published: 2016-03-22\n\nLe 22 mars.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(sub, "back")); err != nil {
		t.Skipf("symlinks not available: %v", err)
	}
	done := make(chan struct{})
	var got []string
	var errs ingest.ErrorList
	var err error
	go func() {
		defer close(done)
		errs, err = ingest.Read(context.Background(), []string{dir}, nil, ingest.Options{},
			func(a timeline.Article) error { got = append(got, a.ID); return nil })
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Read does not end on a directory loop")
	}
	if err != nil || len(got) != 1 {
		t.Errorf("Read over a loop = %v, %v, errors %v; want the one article once", got, err, errs)
	}
}
