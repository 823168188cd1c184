package check

import (
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline/internal/sharedcorpus"
)

// cueStretchesBytewise is cueStretches trying every key at every byte:
// the reference its cheaper tests of a key must agree with.
func cueStretchesBytewise(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); i++ {
		k := 0
		for _, key := range cueKeys {
			if len(text)-i >= len(key) && asciiFoldEqual(text[i:i+len(key)], key) {
				k = len(key)
				break
			}
		}
		if k == 0 {
			continue
		}
		out = addStretch(out, text, i, k)
		i = out[len(out)-1][1] - 1
	}
	return out
}

func checkStretches(t *testing.T, name, text string) int {
	t.Helper()
	got, want := cueStretches(text), cueStretchesBytewise(text)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: cueStretches = %v, want %v", name, got, want)
	}
	return len(want)
}

func TestCueStretchesAsBytewise(t *testing.T) {
	texts := []string{
		"", "a", "ap", "apr", "Après", "APRÈS", "d'après", "l'avant-veille", "AVANT", "aVaNt", "auparavant",
		"le LENDEMAIN", "la Veille", "vEILLE", "lendemai", "veill", "avan",
		"Deux jours après la trêve, la veille du sommet et le lendemain de l'annonce, avant le 15 mars.",
		strings.Repeat("a", 50) + "pr" + strings.Repeat(" l v", 30) + "veille",
	}
	found := 0
	for _, text := range texts {
		found += checkStretches(t, text, text)
	}
	files, err := fixtures.Texts()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		found += checkStretches(t, f.Path, f.Text)
	}
	if found < 20 {
		t.Errorf("%d stretches: too few to compare", found)
	}
	for _, a := range sharedcorpus.Optional(t) {
		checkStretches(t, a.ID, a.Text)
	}
}

func FuzzCueStretches(f *testing.F) {
	for _, s := range []string{"d'après", "l'avant-veille", "le LENDEMAIN", "auparavant", "aP", "Ve"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkStretches(t, "input", text)
	})
}

// BenchmarkCueStretches finds the cue stretches of the shared corpus, with
// the key tests of cueStretches and with every key tried at every byte.
func BenchmarkCueStretches(b *testing.B) {
	texts := sharedcorpus.Texts(sharedcorpus.Read(b, 0))
	n := 0
	for _, text := range texts {
		n += len(text)
	}
	for _, bc := range []struct {
		name string
		find func(string) [][2]int
	}{{"keyed", cueStretches}, {"bytewise", cueStretchesBytewise}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for range b.N {
				for _, text := range texts {
					bc.find(text)
				}
			}
		})
	}
}
