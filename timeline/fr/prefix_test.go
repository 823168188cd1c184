package fr

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestPrefixes(t *testing.T) {
	tests := []struct {
		name, pattern string
		allow, deny   []string // texts a match may start, texts it cannot
	}{
		{"words", `^(?i:du|entre)`, []string{"du 3", "Du", "ENTRE le", "entrée"}, []string{"dans", "de", "e"}},
		{"digits and space", `^\d{1,2}\s*h`, []string{"8 h", "12h", "8\th"}, []string{"h8", "a8", "8\u00a0h"}},
		{"star between", `^le\s*\d`, []string{"le 3", "le3", "le\t\t3"}, []string{"la 3", "les"}},
		{"optional lead", `^(?:le\s+)?\d`, []string{"le 3", "3 mars"}, []string{"la 3", "mars"}},
		{"accented", `^(?i:été)`, []string{"été", "ÉTÉ"}, []string{"ete"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := prefixes(tt.pattern)
			if ps == nil {
				t.Fatalf("prefixes(%q) = nil, want a set", tt.pattern)
			}
			for _, s := range tt.allow {
				if !ps.allows(s, 0) {
					t.Errorf("prefixes(%q) rules out %q", tt.pattern, s)
				}
			}
			for _, s := range tt.deny {
				if ps.allows(s, 0) {
					t.Errorf("prefixes(%q) allows %q", tt.pattern, s)
				}
			}
		})
	}
	for _, p := range []string{`^.*x`, `^\p{L}+`, `^a?`} {
		if ps := prefixes(p); ps != nil {
			t.Errorf("prefixes(%q) = %d prefixes, want nil (cannot tell)", p, len(ps))
		}
	}
}

// The cheap tests that skip hopeless starts (first byte, prefixes,
// shapes) never change what a rule finds.
func FuzzFiltersKeepMatches(f *testing.F) {
	for _, s := range []string{"le 3 mars 2016", "du 13 au 18 juin", "à 15h30", "dans trois jours", "les 2 prochaines semaines",
		"Noël", "trois jours plus tard", "il y a deux ans", "14 - 20 sept.", "deux semaines auparavant",
		"du 3 au 1ermars", "environdeux ans", "unan", "10-11.30pm", "15hGMT", "dans 30\"", "de 1999 à 2012",
		"le lendemain soir", "ce jour", "le jour suivant", "l'avant-veille", "aujourd’hui", "la 2 semaine de mars",
		"le 1er week-end de juin", "la dernière semaine du mois", "la semaine du 14 mars"} {
		f.Add(s, 0)
	}
	rules := Rules()
	f.Fuzz(func(t *testing.T, text string, start int) {
		if start < 0 || start > len(text) {
			return
		}
		for _, r := range rules {
			end, e, ok := r.matchAt(text, start, true)
			wantEnd, want, wantOK := r.matchAt(text, start, false)
			if ok != wantOK || end != wantEnd || !reflect.DeepEqual(e, want) {
				t.Errorf("%s at %d of %q: filtered gives %v %d, unfiltered %v %d", r.Name, start, text, ok, end, wantOK, wantEnd)
			}
		}
	})
}

// The lead table never rules out a start that a rule's first bytes and
// leads allow: every pair of bytes, and every lead of three bytes, is
// tried for every compiled rule.
func TestLeadTableKeepsAllowedStarts(t *testing.T) {
	table := leadRules()
	for i, r := range compiledRules() {
		if r.bit != 1<<i {
			t.Fatalf("rule %d (%s) has bit %#x", i, r.Name, r.bit)
		}
		check := func(s string) {
			allowed := (r.anyStart || r.starts[s[0]]) && r.leads.allows(s, 0)
			if allowed && table[leadSlot(s[0], s[1])]&r.bit == 0 {
				t.Errorf("%s: the lead table rules out %q, which the rule allows", r.Name, s)
			}
		}
		for a := range 256 {
			for b := range 256 {
				check(string([]byte{byte(a), byte(b)}))
			}
		}
		for k := range r.leads {
			if k>>24 == 3 {
				check(string([]byte{byte(k), byte(k >> 8), byte(k >> 16)}))
			}
		}
	}
}

// concatPrefixesNaive joins every pair of a and b: the reference of
// concatPrefixes, which cuts b first.
func concatPrefixesNaive(a, b prefixSet) (prefixSet, bool) {
	out := prefixSet{}
	for x := range a {
		if len(x) >= prefixLen {
			out[x] = true
			continue
		}
		for y := range b {
			s := x + y
			out[s[:min(len(s), prefixLen)]] = true
		}
		if len(out) > maxPrefixes {
			return nil, false
		}
	}
	return out, true
}

func checkConcatPrefixes(t *testing.T, a, b prefixSet) {
	t.Helper()
	got, gotOK := concatPrefixes(a, b)
	want, wantOK := concatPrefixesNaive(a, b)
	if gotOK != wantOK || !reflect.DeepEqual(got, want) {
		t.Fatalf("concatPrefixes(%q, %q) = %q %v, want %q %v", keysOf(a), keysOf(b), keysOf(got), gotOK, keysOf(want), wantOK)
	}
}

func keysOf(ps prefixSet) []string {
	out := make([]string, 0, len(ps))
	for p := range ps {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// TestConcatPrefixesAsNaive compares the joins of random sets of prefixes
// of zero to four bytes, multi-byte runes among them, and of sets large
// enough to pass maxPrefixes.
func TestConcatPrefixesAsNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"", "a", "b", "é", "€", "ab", "ba", "aé", "abc", "abcd", "é€", "\U0001F600", "x"}
	random := func(n int) prefixSet {
		ps := prefixSet{}
		for range n {
			s := ""
			for range rng.IntN(3) {
				s += pieces[rng.IntN(len(pieces))]
			}
			ps[s[:min(len(s), prefixLen+1)]] = true
		}
		return ps
	}
	for range 2000 {
		checkConcatPrefixes(t, random(rng.IntN(12)), random(rng.IntN(12)))
	}
	wide := prefixSet{}
	for c := range 128 {
		for d := range 64 {
			wide[string([]byte{byte(c), byte(64 + d)})] = true
		}
	}
	checkConcatPrefixes(t, prefixSet{"": true, "a": true}, wide) // past maxPrefixes
	checkConcatPrefixes(t, prefixSet{"": true}, wide)
}

func FuzzConcatPrefixes(f *testing.F) {
	f.Add("a|é|", "bc|d|€x")
	f.Fuzz(func(t *testing.T, a, b string) {
		set := func(s string) prefixSet {
			ps := prefixSet{}
			for _, p := range strings.Split(s, "|") {
				ps[p[:min(len(p), prefixLen)]] = true
			}
			return ps
		}
		checkConcatPrefixes(t, set(a), set(b))
	})
}
