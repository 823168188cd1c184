package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// smallGold is a gold file of two cases in the format of the shared sets.
const smallGold = `{"id": "kerry", "source": "test", "text": "John Kerry sera à Moscou le 22 mars.", "ref": "2016-03-15T09:00:00+01:00", "expect": [{"text": "le 22 mars", "start": "2016-03-22T00:00:00", "grain": "day", "timex": "2016-03-22"}], "negative": false}
{"id": "rien", "source": "test", "text": "Aucune date ici.", "ref": "2016-03-15T09:00:00+01:00", "expect": [], "negative": true}
`

// writeGold writes a gold file named name and returns its path.
func writeGold(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEvalText(t *testing.T) {
	gold := writeGold(t, "small.jsonl", smallGold)
	other := writeGold(t, "other.jsonl", smallGold)
	tests := []struct {
		name string
		args []string
		want []string // parts of stdout, in order
	}{
		{"one gold", []string{"eval", "--gold", gold}, []string{"## small (2 cases, 1 gold mentions", "strict F1"}},
		{"two golds", []string{"eval", "--gold", gold, "--gold", other}, []string{"## small (2 cases", "\n\n## other (2 cases"}},
		{"misses and policy", []string{"eval", "--gold", gold, "--misses", "5", "--policy", "future"}, []string{"## small"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := execute(t, tt.args...)
			if r.code != 0 {
				t.Fatalf("run %q: %v", tt.args, r)
			}
			rest := r.stdout
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("run %q: stdout lacks %q (in order):\n%s", tt.args, w, r.stdout)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

func TestEvalJSON(t *testing.T) {
	gold := writeGold(t, "small.jsonl", smallGold)
	r := execute(t, "eval", "--gold", gold, "--json")
	if r.code != 0 {
		t.Fatalf("eval --json: %v", r)
	}
	var report struct {
		Name  string `json:"name"`
		Cases int    `json:"cases"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &report); err != nil {
		t.Fatalf("eval --json: stdout is not a JSON object (%v):\n%s", err, r.stdout)
	}
	if report.Name != "small" || report.Cases != 2 {
		t.Errorf("eval --json: name %q, cases %d, want %q and 2", report.Name, report.Cases, "small")
	}
}

func TestEvalErrors(t *testing.T) {
	tests := []struct {
		name, content string
		wantCode      int
	}{
		{"missing file", "", 1},
		{"not JSON", "pas du JSON\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "absent.jsonl")
			if tt.content != "" {
				path = writeGold(t, "bad.jsonl", tt.content)
			}
			r := execute(t, "eval", "--gold", path)
			if r.code != tt.wantCode || !strings.Contains(r.stderr, filepath.Base(path)) {
				t.Errorf("eval --gold %s: want exit %d and the file named on stderr\n%v", path, tt.wantCode, r)
			}
		})
	}
}

// The shared seed set scores when it is there; it is not part of the
// repository.
func TestEvalSharedSeed(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "gold", "seed.jsonl")
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("no shared gold set: %v", err)
	}
	r := execute(t, "eval", "--gold", seed)
	if r.code != 0 || !strings.Contains(r.stdout, "## seed (1 cases, 9 gold mentions") {
		t.Errorf("eval --gold %s: want the seed report\n%v", seed, r)
	}
}
