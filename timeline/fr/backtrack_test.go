package fr

import (
	"reflect"
	"regexp"
	"testing"
)

// checkProg compares what r's backtracking matcher finds at the start of
// s with what its expression finds there, and returns the end of the
// match, or -1.
func checkProg(t *testing.T, r *Rule, sc *btScratch, s string) int {
	t.Helper()
	want := r.anchored.FindStringSubmatchIndex(s)
	got := r.prog.match(s, sc)
	if got == nil && want == nil {
		return -1
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s on %q: the matcher gives %v, the expression %v (groups %q)", r.Name, s, got, want, r.anchored.SubexpNames())
		return -1
	}
	return want[1]
}

func TestProgMatcher(t *testing.T) {
	tests := []struct {
		expr, text string
		want       []int
	}{
		{`^(?i:(?P<a>ab|a)(?P<b>bc|c)?)`, "abcd", []int{0, 3, 0, 2, 2, 3}},
		{`^(?i:(?P<a>a|ab)(?P<b>c|bcd))`, "abcd", []int{0, 4, 0, 1, 1, 4}},
		{`^(?i:mars\b)`, "Mars.", []int{0, 4}},
		{`^(?i:mars\b)`, "marsé", []int{0, 4}}, // \b is ASCII, as in regexp
		{`^(?i:s)`, "ſ", []int{0, 2}},
		{`^(?i:été|et)`, "ÉTÉ", []int{0, 5}},
		{`^(?i:(?P<x>\d+)?h)`, "h", []int{0, 1, -1, -1}},
		{`^(?i:(?:(?P<x>a)|b)+)`, "aab", []int{0, 3, 1, 2}},
		{`^(?i:a*$)`, "aa", []int{0, 2}},
		{`^(?i:.)`, "\n", nil},
		{`^(?i:\s*x)`, "\u00a0x", nil},
		{`^(?i:\P{L}?x)`, "\xffx", []int{0, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.expr+"/"+tt.text, func(t *testing.T) {
			m, err := newProgMatcher(tt.expr)
			if err != nil {
				t.Fatal(err)
			}
			var sc btScratch
			if got := m.match(tt.text, &sc); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("match(%q) = %v, want %v", tt.text, got, tt.want)
			}
			re := regexp.MustCompile(tt.expr)
			re.Longest()
			if got := re.FindStringSubmatchIndex(tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("regexp finds %v in %q, the table wants %v", got, tt.text, tt.want)
			}
		})
	}
}

// The backtracking matcher of every rule finds what the rule's
// expression finds at every start of the fixtures, and at every start of
// the shared corpus that the rule's cheap tests let through; after a
// match, also in the shorter window that matchIn tries next.
func TestProgMatcherAgrees(t *testing.T) {
	if raceDetector {
		t.Skip("one goroutine, and ten times slower under the race detector: run without it")
	}
	fixtures := fixtureTexts(t)
	corpus := corpusTexts(t, 0)
	var sc btScratch
	var w Window
	for _, r := range Rules() {
		tried, matched := 0, 0
		check := func(text string, start int) {
			s := text[start:min(len(text), start+window)]
			tried++
			if end := checkProg(t, r, &sc, s); end > 0 {
				matched++
				if stop := retryStop(text, start, start+end); stop > start {
					checkProg(t, r, &sc, text[start:stop])
				}
			}
		}
		for _, text := range fixtures {
			for start := 0; start < len(text); start++ {
				if start == 0 || wordBoundary(text, start) && startsWord(text, start) {
					check(text, start)
				}
			}
		}
		for _, text := range corpus {
			for start := 0; start < len(text); start++ {
				if start > 0 && (!wordBoundary(text, start) || !startsWord(text, start)) {
					continue
				}
				w.Reset(text, start)
				if !r.anyStart && !r.starts[text[start]] || !r.leads.allows(text, start) || r.shape != nil && !r.shape(&w) {
					continue
				}
				check(text, start)
			}
		}
		t.Logf("%s: %d starts, %d matches", r.Name, tried, matched)
	}
}

func FuzzProgMatcher(f *testing.F) {
	for _, s := range []string{"du 15 au 22 mars 2016", "entre le 20 et le 30 juin", "de 1999 à 2012", "14 - 20 sept. 2014",
		"à 15h30", "vers 18 h (heure de Paris)", "dix heures moins le quart", "il y a trois jours", "dans 2 ans",
		"trois jours plus tard", "deux ans et demi", "le mardi 15 mars", "22/03/2016", "mercredi matin", "ÉTÉ 2016",
		"la nuit de vendredi à samedi", "début mars", "mi-mars", "chaque année", "Noël", "\xff\xfe le 2\xe2\x80 mars \xc3"} {
		f.Add(s)
	}
	rules := Rules()
	var sc btScratch
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2*window {
			s = s[:2*window]
		}
		for _, r := range rules {
			checkProg(t, r, &sc, s)
		}
	})
}
