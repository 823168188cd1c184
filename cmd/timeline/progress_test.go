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
		total int64           // input size, 0 when unknown
		steps []time.Duration // clock advance before each add(10)
		want  string
	}{
		{"quiet", true, 1000, []time.Duration{6 * time.Second}, ""},
		{"too soon", false, 0, []time.Duration{time.Second}, ""},
		{"one line", false, 0, []time.Duration{5 * time.Second}, "10 articles, 2 articles/s\n"},
		{"two lines", false, 0, []time.Duration{5 * time.Second, time.Second, 4 * time.Second},
			"10 articles, 2 articles/s\n30 articles, 3 articles/s\n"},
		{"known size", false, 1000, []time.Duration{5 * time.Second, 5 * time.Second},
			"10 articles, 2 articles/s, 20% of the input read, about 20s left\n" +
				"20 articles, 2 articles/s, 40% of the input read, about 15s left\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			p := newProgress(&buf, tt.quiet, tt.total)
			clock := p.start
			p.now = func() time.Time { return clock }
			for _, d := range tt.steps {
				clock = clock.Add(d)
				p.consumed(int64(p.done+10) * 20) // 20 bytes an article
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
