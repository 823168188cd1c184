package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLines(t *testing.T) {
	tests := []struct {
		name  string
		quiet bool
		steps []time.Duration // clock advance before each add(10)
		want  string
	}{
		{"quiet", true, []time.Duration{6 * time.Second}, ""},
		{"too soon", false, []time.Duration{time.Second}, ""},
		{"one line", false, []time.Duration{5 * time.Second}, "10 articles, 2 articles/s\n"},
		{"two lines", false, []time.Duration{5 * time.Second, time.Second, 4 * time.Second},
			"10 articles, 2 articles/s\n30 articles, 3 articles/s\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			p := newProgress(&buf, tt.quiet)
			clock := p.start
			p.now = func() time.Time { return clock }
			for _, d := range tt.steps {
				clock = clock.Add(d)
				p.add(10)
			}
			p.finish()
			if got := buf.String(); got != tt.want {
				t.Errorf("progress wrote %q, want %q", got, tt.want)
			}
		})
	}
}

func TestIsTerminalBuffer(t *testing.T) {
	if isTerminal(&strings.Builder{}) {
		t.Error("a buffer is not a terminal")
	}
}
