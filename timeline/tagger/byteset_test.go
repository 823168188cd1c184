package tagger

import (
	"strings"
	"testing"
)

// nextByLoop and prevByLoop are byteSet.next and prev one byte at a time.
func nextByLoop(set *byteSet, text string, i, limit int) int {
	for limit = min(limit, len(text)); i < limit && set[text[i]] == 0; i++ {
	}
	return i
}

func prevByLoop(set *byteSet, text string, lo, i int) int {
	for lo = max(lo, 0); i > lo && set[text[i-1]] == 0; i-- {
	}
	return i
}

func TestByteSetScans(t *testing.T) {
	set := newByteSet('.', '\n')
	long := strings.Repeat("mot ", 10) + "." + strings.Repeat("mot ", 5)
	tests := []struct {
		name            string
		text            string
		i, limit, lo    int
		wantNext, wantP int
	}{
		{"empty", "", 0, 0, 0, 0, 0},
		{"first byte", ".abc", 0, 4, 0, 0, 1},
		{"past eight bytes", long, 0, len(long), 0, 40, 41},
		{"limit before it", long, 0, 39, 0, 39, 41},
		{"limit past the text", "abc", 0, 10, 0, 3, 0},
		{"backwards over eight bytes", long, 0, len(long), 0, 40, 41},
		{"backwards to lo", "abcdefghijklmnop", 0, 16, 3, 16, 3},
		{"start past the limit", "abc.", 3, 2, 0, 3, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := set.next(tt.text, tt.i, tt.limit); got != tt.wantNext {
				t.Errorf("next(%q, %d, %d) = %d, want %d", tt.text, tt.i, tt.limit, got, tt.wantNext)
			}
			end := len(tt.text)
			if got := set.prev(tt.text, tt.lo, end); got != tt.wantP {
				t.Errorf("prev(%q, %d, %d) = %d, want %d", tt.text, tt.lo, end, got, tt.wantP)
			}
		})
	}
}

func FuzzByteSetScans(f *testing.F) {
	for _, s := range []string{"", "Il est venu. Il est reparti.\nFin", strings.Repeat("abcdefg.", 5), "é.\xff\n"} {
		f.Add(s, 0, len(s))
	}
	set := newByteSet('.', '!', '?', '\n')
	f.Fuzz(func(t *testing.T, text string, i, j int) {
		i, j = min(max(i, 0), len(text)), min(max(j, 0), len(text))
		if got, want := set.next(text, i, j), nextByLoop(set, text, i, j); got != want {
			t.Errorf("next(%q, %d, %d) = %d, want %d", text, i, j, got, want)
		}
		if got, want := set.prev(text, i, j), prevByLoop(set, text, i, j); got != want {
			t.Errorf("prev(%q, %d, %d) = %d, want %d", text, i, j, got, want)
		}
	})
}
