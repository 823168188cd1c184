package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ and the README example")

// fixtures is the folder of bundled articles, from the package directory.
const fixtures = "../../fixtures/articles"

// result is what one run of the command gave.
type result struct {
	stdout, stderr string
	err            error
	code           int
}

// invocation describes one run: its environment and standard input.
type invocation struct {
	env   map[string]string
	stdin string
}

// execute runs the command line args with an empty environment.
func execute(t *testing.T, args ...string) result {
	t.Helper()
	return invocation{}.execute(t, args...)
}

// execute runs the command line args in the environment of inv, never the
// real one, so that a TIMELINE_DB set on the machine does not leak in.
func (inv invocation) execute(t *testing.T, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	a := &app{
		stdin:  strings.NewReader(inv.stdin),
		stdout: &stdout,
		stderr: &stderr,
		getenv: func(key string) string { return inv.env[key] },
	}
	err := a.run(context.Background(), args)
	return result{stdout: stdout.String(), stderr: stderr.String(), err: err, code: exitCode(err)}
}

// String describes a result in failure messages.
func (r result) String() string {
	return fmt.Sprintf("exit %d, err %v\nstdout:\n%s\nstderr:\n%s", r.code, r.err, r.stdout, r.stderr)
}

// tempDB is the path of a fresh database file.
func tempDB(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "timeline.db")
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatalf("update golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run go test -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update if the change is right)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"success", nil, 0},
		{"failure", errors.New("disk full"), 1},
		{"usage", usageErrorf("missing command"), 2},
		{"wrapped usage", fmt.Errorf("build: %w", usageErrorf("bad flag")), 2},
		{"conflicts", fmt.Errorf("check: %w", errConflicts), 3},
		{"skipped", fmt.Errorf("%w: 2", errSkipped), 4},
		{"canceled", context.Canceled, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exitCode(tt.err); got != tt.want {
				t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stderr string // part of the message
	}{
		{"no command", nil, "missing command"},
		{"unknown command", []string{"bild"}, `unknown command "bild"`},
		{"unknown flag", []string{"build", "--frobnicate", fixtures}, "frobnicate"},
		{"build without path", []string{"build"}, "missing PATH"},
		{"ingest without path", []string{"ingest"}, "missing PATH"},
		{"tag without input", []string{"tag"}, "--in"},
		{"tag stdin twice", []string{"tag", "--in", "-", "-"}, "standard input given twice"},
		{"eval without gold", []string{"eval"}, "--gold"},
		{"eval negative misses", []string{"eval", "--gold", "x.jsonl", "--misses", "-1"}, "negative"},
		{"events with argument", []string{"events", "Kerry"}, `unexpected argument "Kerry"`},
		{"bad from", []string{"events", "--from", "mars 2016"}, `"mars 2016"`},
		{"from after to", []string{"events", "--from", "2016-04", "--to", "2016-03"}, "after"},
		{"bad published", []string{"build", "--published", "hier", fixtures}, `"hier"`},
		{"bad policy", []string{"tag", "--policy", "sometimes", "--in", "-"}, `policy: unknown value "sometimes"`},
		{"bad format", []string{"events", "--format", "xml"}, `format: unknown value "xml"`},
		{"bad timezone", []string{"events", "--timezone", "Europe/Lutece"}, `timezone: unknown value "Europe/Lutece"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(tt.args, "--db", tempDB(t))
			if tt.args == nil {
				args = nil
			}
			r := execute(t, args...)
			if r.code != 2 {
				t.Fatalf("run %q: exit %d, want 2\n%v", args, r.code, r)
			}
			if !strings.Contains(r.stderr, tt.stderr) || !strings.Contains(r.stderr, "--help") {
				t.Errorf("run %q: stderr = %q, want it to contain %q and a hint to --help", args, r.stderr, tt.stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string // parts of the help text
	}{
		{[]string{"--help"}, []string{"Usage:", "Available Commands:", "build", "events", "Exit codes"}},
		{[]string{"build", "--help"}, []string{"build PATH...", "Examples:", "--published", "--policy", "--format", "--db"}},
		{[]string{"ingest", "--help"}, []string{"ingest PATH...", "Examples:", "summary line", "--published", "--db"}},
		{[]string{"events", "--help"}, []string{"Examples:", "--from", "--to", "--actor", "--place", "--query", "--format"}},
		{[]string{"tag", "--help"}, []string{"Examples:", "--in", "--policy", "end_offset"}},
		{[]string{"eval", "--help"}, []string{"Examples:", "--gold", "--misses", "--json", "--policy"}},
		{[]string{"version", "--help"}, []string{"Examples:", "-ldflags"}},
		{[]string{"help", "build"}, []string{"build PATH..."}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := execute(t, tt.args...)
			if r.code != 0 {
				t.Fatalf("run %q: exit %d, want 0\n%v", tt.args, r.code, r)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("run %q: help lacks %q:\n%s", tt.args, w, r.stdout)
				}
			}
		})
	}
}

// run, as main calls it, writes to the given streams and reads the real
// environment only through os.Getenv.
func TestRun(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		stdout   string // prefix
		stderr   string // prefix
	}{
		{[]string{"version"}, 0, "timeline ", ""},
		{[]string{"--help"}, 0, "timeline reads French news articles", ""},
		{[]string{"build"}, 2, "", "timeline: build: missing PATH"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if got := exitCode(err); got != tt.wantCode {
				t.Errorf("run(%q): exit %d (%v), want %d", tt.args, got, err, tt.wantCode)
			}
			if !strings.HasPrefix(stdout.String(), tt.stdout) || !strings.HasPrefix(stderr.String(), tt.stderr) {
				t.Errorf("run(%q): stdout %q, stderr %q, want prefixes %q and %q", tt.args, stdout.String(), stderr.String(), tt.stdout, tt.stderr)
			}
		})
	}
}
