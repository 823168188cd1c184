package tagger

import "testing"

func TestEndsOnListLink(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"et", "les 6 et ", true},
		{"ou", "des 15 ou ", true},
		{"le", "le 6 et le ", true},
		{"capitals", "LES 6 ET ", true},
		{"no-break space", "les 6 et\u00a0", true},
		{"narrow no-break space", "les 6 et\u202f", true},
		{"several spaces", "les 6 et \t\n ", true},
		{"no space after", "les 6 et", false},
		{"another word", "a été publié le ", true},
		{"comma", "les 6, ", false},
		{"empty", "", false},
		{"spaces only", "   ", false},
		{"one letter", "t ", false},
		{"ends in a word", "il a dit ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := endsOnListLink(tt.s); got != tt.want {
				t.Errorf("endsOnListLink(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// FuzzEndsOnListLink holds the test to what it spares: it must pass every
// text that dayListBefore matches.
func FuzzEndsOnListLink(f *testing.F) {
	for _, s := range []string{"les 6 et ", "les 2, 3 et ", "le 6 et le ", "des 15 ou\u00a0", "aux 1er et\u202f", "LES 6 ET\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if dayListBefore.MatchString(s) && !endsOnListLink(s) {
			t.Errorf("endsOnListLink(%q) = false, and dayListBefore matches it", s)
		}
	})
}
