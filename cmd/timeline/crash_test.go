package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// These tests run the real binary in child processes: a SIGKILL in the
// middle of an ingest, and two ingests at once on one database.

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// binary builds the command once per test run.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "timeline-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "timeline")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// corpusFile writes n distinct articles as JSONL, numbered from first.
func corpusFile(t *testing.T, first, n int) string {
	t.Helper()
	base, err := os.ReadFile(filepath.Join(fixtures, "sputnik-2016-03-22-kerry-moscou.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(base[strings.Index(string(base), "\n\n")+2:])
	path := filepath.Join(t.TempDir(), fmt.Sprintf("corpus-%d-%d.jsonl", first, n))
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := first; i < first+n; i++ {
		line := map[string]string{"id": fmt.Sprintf("a%05d", i), "source": "Test", "published": "2016-03-22",
			"text": fmt.Sprintf("%s\nDépêche numéro %d.", text, i)}
		if err := enc.Encode(line); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// storedArticles opens db and returns how many articles it holds, after
// checking it is sound and holds whole articles only.
func storedArticles(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("open after crash: %v", err)
	}
	defer db.Close()
	if err := db.Check(ctx); err != nil {
		t.Fatalf("database check: %v", err)
	}
	arts, err := db.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := db.MentionsByArticle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tg := tagger.New(tagger.PolicyNews)
	for _, a := range arts {
		if got, want := len(ms[a.ID]), len(tg.Tag(a.Text, a.Published)); got != want {
			t.Errorf("article %s holds %d mentions, want %d: stored in part", a.ID, got, want)
		}
	}
	return len(arts)
}

func TestKillDuringIngest(t *testing.T) {
	bin := binary(t)
	dbPath := tempDB(t)
	corpus := corpusFile(t, 0, 400)
	cmd := exec.Command(bin, "ingest", "--quiet", "--db", dbPath, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		if n := countArticles(dbPath); n > 0 {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	before := storedArticles(t, dbPath)
	t.Logf("killed after %d of 400 articles", before)
	out, err := exec.Command(bin, "ingest", "--quiet", "--db", dbPath, corpus).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("%d already stored", before)) {
		t.Errorf("rerun summary %q does not count the %d stored articles as already stored", out, before)
	}
	if got := storedArticles(t, dbPath); got != 400 {
		t.Errorf("after the rerun: %d articles, want 400", got)
	}
}

// countArticles reads the article count, 0 when the database is not ready.
func countArticles(path string) int {
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		return 0
	}
	defer db.Close()
	s, err := db.Stats(ctx)
	if err != nil {
		return 0
	}
	return s.Articles
}

func TestConcurrentIngests(t *testing.T) {
	bin := binary(t)
	dbPath := tempDB(t)
	first, second := corpusFile(t, 0, 200), corpusFile(t, 100, 200)
	var wg sync.WaitGroup
	outs := make([]string, 2)
	errs := make([]error, 2)
	for i, corpus := range []string{first, second} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := exec.Command(bin, "ingest", "--quiet", "--db", dbPath, corpus).CombinedOutput()
			outs[i], errs[i] = string(out), err
		}()
	}
	// A reader works while both write: it starts once the first articles
	// are stored (the ingests may take a while to start on a busy machine).
	for deadline := time.Now().Add(20 * time.Second); countArticles(dbPath) == 0 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	if out, err := exec.Command(bin, "events", "--db", dbPath, "--from", "2016-03").CombinedOutput(); err != nil {
		t.Errorf("events during ingest: %v\n%s", err, out)
	}
	wg.Wait()
	for i := range outs {
		if errs[i] != nil {
			t.Errorf("ingest %d: %v\n%s", i, errs[i], outs[i])
		}
	}
	if got := storedArticles(t, dbPath); got != 300 {
		t.Errorf("%d articles stored, want 300 (the union, without duplicates)", got)
	}
}
