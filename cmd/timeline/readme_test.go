package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot is the top of the repository, from the package directory.
const repoRoot = "../.."

// commandPrefix starts the example command lines of the README.
const commandPrefix = "$ go run ./cmd/timeline "

// readmeExample is one command of the README and the fenced block of
// output that follows it.
type readmeExample struct {
	args       []string
	start, end int // lines of the output block, between its fences
}

// readmeExamples finds the example commands of the README: a line
// "$ go run ./cmd/timeline ARGS" in a fenced block, whose output is the
// next fenced block.
func readmeExamples(lines []string) []readmeExample {
	var out []readmeExample
	var fenced bool
	var pending []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if !strings.HasPrefix(line, "```") {
			if fenced && strings.HasPrefix(line, commandPrefix) {
				pending = splitArgs(strings.TrimPrefix(line, commandPrefix))
			}
			continue
		}
		fenced = !fenced
		if fenced && pending != nil {
			end := closingFence(lines, i+1)
			out = append(out, readmeExample{args: pending, start: i + 1, end: end})
			pending, fenced, i = nil, false, end
		}
	}
	return out
}

// closingFence is the index of the fence that closes a block opened before
// line from (len(lines) if none does).
func closingFence(lines []string, from int) int {
	for i := from; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "```") {
			return i
		}
	}
	return len(lines)
}

// splitArgs splits a command line on spaces, keeping double-quoted words
// together.
func splitArgs(s string) []string {
	var args []string
	var b strings.Builder
	quoted, inWord := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, inWord = !quoted, true
		case r == ' ' && !quoted:
			if inWord {
				args = append(args, b.String())
				b.Reset()
			}
			inWord = false
		default:
			b.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		args = append(args, b.String())
	}
	return args
}

// fromRoot makes the paths of an example, relative to the repository
// root, usable from the package directory.
func fromRoot(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if a == "-" || strings.HasPrefix(a, "-") {
			continue
		}
		if _, err := os.Stat(filepath.Join(repoRoot, a)); err == nil {
			out[i] = filepath.Join(repoRoot, a)
		}
	}
	return out
}

// TestREADMEExamples runs the example commands of README.md in order, on
// one fresh database, and compares their output with the block under each.
// With -update it rewrites those blocks.
func TestREADMEExamples(t *testing.T) {
	path := filepath.Join(repoRoot, "README.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read README: %v", err)
	}
	lines := strings.Split(string(data), "\n")
	examples := readmeExamples(lines)
	if !hasExample(examples, "build fixtures/articles/") {
		t.Fatalf("%s has no example %q followed by its output", path, commandPrefix+"build fixtures/articles/")
	}
	db := tempDB(t)
	outputs := make([]string, len(examples))
	for i, ex := range examples {
		args := append(fromRoot(ex.args), "--db", db)
		r := execute(t, args...)
		if r.code != 0 {
			t.Fatalf("README example %q: %v", ex.args, r)
		}
		outputs[i] = strings.TrimSuffix(r.stdout, "\n")
	}
	if *update {
		lines = replaceBlocks(lines, examples, outputs)
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatalf("update README: %v", err)
		}
		return
	}
	for i, ex := range examples {
		if want := strings.Join(lines[ex.start:ex.end], "\n"); outputs[i] != want {
			t.Errorf("README example %q prints\n%s\nbut README.md shows\n%s\n(if the change is right: go test ./cmd/timeline -run TestREADMEExamples -update)",
				strings.Join(ex.args, " "), outputs[i], want)
		}
	}
}

// hasExample reports whether one of the examples runs args.
func hasExample(examples []readmeExample, args string) bool {
	for _, ex := range examples {
		if strings.Join(ex.args, " ") == args {
			return true
		}
	}
	return false
}

// replaceBlocks puts each output in the block of its example.
func replaceBlocks(lines []string, examples []readmeExample, outputs []string) []string {
	var out []string
	prev := 0
	for i, ex := range examples {
		out = append(out, lines[prev:ex.start]...)
		if outputs[i] != "" {
			out = append(out, strings.Split(outputs[i], "\n")...)
		}
		prev = ex.end
	}
	return append(out, lines[prev:]...)
}

func TestReadmeExamplesParsing(t *testing.T) {
	readme := []string{
		"# Title",
		"```sh",
		"go run ./cmd/timeline build fixtures/articles/   # not an example: no $",
		"```",
		"```console",
		`$ go run ./cmd/timeline events --query "cessation des hostilités" --from 2016-02`,
		"```",
		"prints:",
		"```text",
		"2016-02-27  Trêve  Agence",
		"2016-02-28  Trêve  Agence",
		"```",
		"```console",
		"$ go run ./cmd/timeline events --actor Lavrov",
		"```",
		"```",
		"```",
	}
	got := readmeExamples(readme)
	want := []readmeExample{
		{args: []string{"events", "--query", "cessation des hostilités", "--from", "2016-02"}, start: 9, end: 11},
		{args: []string{"events", "--actor", "Lavrov"}, start: 16, end: 16},
	}
	if len(got) != len(want) {
		t.Fatalf("readmeExamples = %+v, want %+v", got, want)
	}
	for i := range want {
		if strings.Join(got[i].args, "|") != strings.Join(want[i].args, "|") || got[i].start != want[i].start || got[i].end != want[i].end {
			t.Errorf("readmeExamples[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
	replaced := replaceBlocks(readme, got, []string{"new", ""})
	if n := len(replaced); n != len(readme)-1 || replaced[9] != "new" || replaced[10] != "```" {
		t.Errorf("replaceBlocks = %q", replaced)
	}
}
