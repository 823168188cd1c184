package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		stdin     string
		code      int
		minEvents int
		stderr    string
	}{
		{"seed file", []string{"extract", fixtures + "/sputnik-2016-03-22-kerry-moscou.txt"}, "", 0, 7, ""},
		{"jsonl on stdin", []string{"extract", "-"},
			`{"id":"a1","source":"Test","published":"2016-03-22","text":"Le cessez-le-feu est entré en vigueur le 27 février."}` + "\n", 0, 1, ""},
		{"bad line is skipped", []string{"extract", "-"},
			"{not json\n" + `{"id":"a2","published":"2016-03-22","text":"Il est arrivé hier."}` + "\n", 4, 1, "stdin:1"},
		{"no path", []string{"extract"}, "", 2, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := invocation{stdin: tt.stdin}.execute(t, tt.args...)
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d\n%v", r.code, tt.code, r)
			}
			lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
			if r.stdout == "" {
				lines = nil
			}
			if len(lines) < tt.minEvents {
				t.Errorf("%d events, want at least %d\n%v", len(lines), tt.minEvents, r)
			}
			for _, l := range lines {
				var ev extractedEvent
				if err := json.Unmarshal([]byte(l), &ev); err != nil {
					t.Fatalf("line %q: %v", l, err)
				}
				if ev.Article == "" || ev.Date.Timex == "" || ev.Date.Start == "" || ev.Sentence == "" || ev.Mention == "" {
					t.Errorf("incomplete event %+v", ev)
				}
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr %q does not mention %q", r.stderr, tt.stderr)
			}
		})
	}
}
