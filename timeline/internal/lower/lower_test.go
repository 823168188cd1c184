package lower_test

import (
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

func TestString(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"lower ascii", "la semaine prochaine"},
		{"upper ascii", "Mardi DERNIER"},
		{"accents", "été prévu à l'égard"},
		{"upper accents", "ÉTÉ À Ça"},
		{"multiplication sign", "3×4"},
		{"sharp s", "straße"},
		{"punctuation", "l’ONU\u202fa dit « oui »\u00a0!"},
		{"lower punctuation only", "l’onu\u202fa dit « oui »\u00a0!"},
		{"other scripts", "Ωμέγα Москва ⅰⅡ Ⓐ"},
		{"cut rune", "\xc3"},
		{"cut punctuation", "a\xe2\x80"},
		{"invalid", "\xff\xfe"},
		{"ligature", "Œuvre œuvre"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := lower.String(tt.in), strings.ToLower(tt.in); got != want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"", "Mardi", "été", "ÉTÉ", "l’ONU", "\u202f", "×ß", "Москва", "\xc3\x9f\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lower.String(s), strings.ToLower(s); got != want {
			t.Errorf("String(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkString(b *testing.B) {
	words := strings.Fields("Le président a été reçu à l’Élysée mardi dernier, où il a prévu de revenir la semaine prochaine")
	b.ReportAllocs()
	for range b.N {
		for _, w := range words {
			_ = lower.String(w)
		}
	}
}
