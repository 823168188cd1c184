// Package sharedcorpus reads the shared news corpus that lies beside the
// repository (../shared/corpus/fr_news.jsonl), for the tests and
// benchmarks that run over real news. The corpus is not part of the
// repository: they skip, or do without it, when it is absent.
package sharedcorpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Article is a corpus line as written: Published is nil when the line
// gives none.
type Article struct {
	ID, Source, Title, Text string
	Published               *string
}

// Path returns where the corpus lies: ../shared/corpus/fr_news.jsonl from
// the root of the module that holds the working directory.
func Path() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "corpus", "fr_news.jsonl"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Load reads the first n articles of the corpus, all of them when n <= 0.
// A missing corpus gives an error that wraps os.ErrNotExist.
func Load(n int) ([]Article, error) {
	path, err := Path()
	if err != nil {
		return nil, err
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var out []Article
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for line := 1; (n <= 0 || len(out) < n) && sc.Scan(); line++ {
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// Read is Load for a test or benchmark: it skips tb when the corpus is
// absent and fails it when the corpus cannot be read.
func Read(tb testing.TB, n int) []Article {
	tb.Helper()
	as, err := Load(n)
	if errors.Is(err, os.ErrNotExist) {
		tb.Skipf("shared corpus not available: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return as
}

// Optional is Load of the whole corpus for a test that also runs without
// it: it logs that the corpus is absent and returns nil, and fails tb
// when the corpus cannot be read.
func Optional(tb testing.TB) []Article {
	tb.Helper()
	as, err := Load(0)
	if errors.Is(err, os.ErrNotExist) {
		tb.Logf("shared corpus not available: %v", err)
		return nil
	}
	if err != nil {
		tb.Fatal(err)
	}
	return as
}

// Texts returns the texts of as.
func Texts(as []Article) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Text
	}
	return out
}
