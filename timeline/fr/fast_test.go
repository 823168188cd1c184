package fr

import (
	"reflect"
	"testing"
)

// fastRules returns the rules that have a fast matcher.
func fastRules(t testing.TB) []*Rule {
	var out []*Rule
	for _, r := range Rules() {
		if r.fast != nil {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		t.Fatal("no rule has a fast matcher")
	}
	return out
}

// checkFast compares what r's fast matcher reads of s with what its
// expression finds, and reports whether the matcher read it.
func checkFast(t *testing.T, r *Rule, s string) bool {
	t.Helper()
	got, ok := r.fast(s, nil)
	if !ok {
		return false
	}
	if want := r.anchored.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
		t.Errorf("%s on %q: fast matcher gives %v, the expression %v (groups %q)", r.Name, s, got, want, r.anchored.SubexpNames())
	}
	return true
}

func TestFastMatchers(t *testing.T) {
	tests := []struct {
		rule, text string
		read       bool // the fast matcher reads it rather than leaving it to the expression
	}{
		{"month-year", "mars 2016", true},
		{"month-year", "mars", true},
		{"month-year", "Février 2016, la trêve", true},
		{"month-year", "AOÛT 1914", true},
		{"month-year", "mars.", true},
		{"month-year", "mars\u00a02016", true},
		{"month-year", "mars 20161", true},
		{"month-year", "mars dernier", false},
		{"month-year", "mars 2016 passé", false},
		{"month-year", "mars 16", false},
		{"month-year", "mars '16", false},
		{"month-year", "sept. 2016", false},
		{"month-year", "en mars 2016", true},
		{"month-year", "En\u00a0Juin", true},
		{"month-year", "en 2016", false},
		{"month-year", "enmars", false},
		{"month-year", "en mars dernier", false},
		{"month-year", "au mois de mars", false},
		{"month-year", "maison", false},
		{"weekday", "mardi", true},
		{"weekday", "Mardi, les", true},
		{"weekday", "jeudi à Genève", true},
		{"weekday", "DIMANCHE", true},
		{"weekday", "mardi dernier", false},
		{"weekday", "mardi 15 mars", false},
		{"weekday", "mardi matin", false},
		{"weekday", "mardi de la semaine prochaine", false},
		{"weekday", "lundi en huit", false},
		{"weekday", "ce mardi", false},
		{"weekday", "mardis", false},
		{"relative-day", "hier", true},
		{"relative-day", "demain, à Genève", true},
		{"relative-day", "aujourd'hui encore", true},
		{"relative-day", "Aujourd’hui", true},
		{"relative-day", "hier soir", false},
		{"relative-day", "demain mardi", false},
		{"relative-day", "avant-hier", false},
		{"relative-day", "aujourd hui", false},
		{"offset", "il y a trois jours", true},
		{"offset", "Il y a 20 ans, la guerre", true},
		{"offset", "dans deux semaines", true},
		{"offset", "dans 3ans", true},
		{"offset", "dans quelques mois", true},
		{"offset", "il\u00a0y\u00a0a\u00a0deux\u00a0jours", true},
		{"offset", "il y a trois jours plus tard", false},
		{"offset", "dans deux ans de plus", false},
		{"offset", "il y a près de trois ans", false},
		{"offset", "il y a un peu plus d'un mois", false},
		{"offset", "dans une dizaine de jours", false},
		{"offset", "il y a vingt-deux ans", false},
		{"offset", "dans 2'", false},
		{"offset", "d'ici deux ans", false},
		{"offset", "trois jours plus tard", false},
		{"offset", "trois jours", true},
		{"offset", "48 heures, la trêve", true},
		{"offset", "un peu plus d'un mois", false},
		{"offset", "environ trois ans", false},
		{"offset", "il y à deux ans", false},
		{"year", "2015", true},
		{"year", "2015, la guerre", true},
		{"year", "20150", true},
		{"year", "201", false},
		{"year", "en 2015", false},
		{"year", "les années 70", false},
		{"duration", "trois ans plus tard", true},
		{"duration", "48 heures", true},
		{"duration", "3ans", true},
		{"duration", "DEUX Années de guerre", true},
		{"duration", "six mois,", true},
		{"duration", "une journée", true},
		{"duration", "deux siecles", true},
		{"duration", "10\u00a0jours", true},
		{"duration", "un an et demi", false},
		{"duration", "deux ans et demitour", false},
		{"duration", "vingt ans et plus", true},
		{"duration", "deux mois et\nquelques", true},
		{"duration", "quelques jours", true},
		{"duration", "des années", true},
		{"duration", "plusieurs mois", true},
		{"duration", "des anciennes", false},
		{"duration", "vingt-deux ans", false},
		{"duration", "vingt et un jours", false},
		{"duration", "deux cents ans", false},
		{"duration", "30,4 secondes", false},
		{"duration", "un quart de siècle", false},
		{"duration", "une demi-heure", false},
		{"duration", "une dizaine de jours", false},
		{"duration", "deux ſecondes", false},
		{"duration", "deux anniversaires", false},
		{"duration", "deux personnes", false},
		{"duration", "environ deux ans", false},
		{"absolute-date", "le 22 mars", true},
		{"absolute-date", "22 mars 2016 à Genève", true},
		{"absolute-date", "mardi 15 mars", true},
		{"absolute-date", "Mardi, 15 mars,", true},
		{"absolute-date", "le mardi 15 mars 2016.", true},
		{"absolute-date", "1er août", true},
		{"absolute-date", "1ER AOUT 98", true},
		{"absolute-date", "3 sept. 2014", true},
		{"absolute-date", "3 févr", true},
		{"absolute-date", "le 6 mai dernier", false},
		{"absolute-date", "15 mars 44 av. J.-C.", false},
		{"absolute-date", "15 mars 201", false},
		{"absolute-date", "15 mars '98", false},
		{"absolute-date", "15 mars\u00a0’98", false},
		{"absolute-date", "2e mars", false},
		{"absolute-date", "15mars", false},
		{"absolute-date", "premier mars", false},
		{"absolute-date", "15 marsouin", false},
		{"absolute-date", "mardi le 15 mars", false},
		{"absolute-date", "le 1ᵉʳ mars", false},
		{"absolute-date", "45 mars", false},
		{"clock-time", "15h30", true},
		{"clock-time", "à 18 heures, selon", true},
		{"clock-time", "à 18 heures, les", true},
		{"clock-time", "à 18 heures, localement", false},
		{"clock-time", "À 9h.", true},
		{"clock-time", "vers 10 h 45 le", true},
		{"clock-time", "vers 10 h 45 mardi", false},
		{"clock-time", "vers 10 h mardi", true},
		{"clock-time", "9h a.m.", false},
		{"clock-time", "9 h du matin", true},
		{"clock-time", "vers 10 h 45 selon", true},
		{"clock-time", "dès 7\u00a0h", true},
		{"clock-time", "15 heures 30", true},
		{"clock-time", "9h5", true},
		{"clock-time", "15h30 heure de Damas", false},
		{"clock-time", "15 h GMT", false},
		{"clock-time", "3 h du matin", true},
		{"clock-time", "13-15h", false},
		{"clock-time", "18:45", false},
		{"clock-time", "11 h et quart", false},
		{"clock-time", "15h30 min", false},
		{"clock-time", "à environ 15 h", false},
		{"clock-time", "30h de vol", false},
		{"clock-time", "150 h", false},
		{"clock-time", "15hGMT", false},
		{"clock-time", "5pm", false},
		{"clock-time", "àla 15h", false},
		{"clock-time", "à midi", true},
		{"clock-time", "À minuit, le", true},
		{"clock-time", "midi et demi", false},
		{"clock-time", "minuit dix", false},
		{"clock-time", "midi unique", false},
		{"clock-time", "midi-trente", true},
		{"clock-time", "après-midi", false},
		{"clock-time", "à neuf heures du matin", true},
		{"clock-time", "à neuf heures", true},
		{"clock-time", "neuf heures trente", false},
		{"clock-time", "dix-huit heures", false},
		{"clock-time", "vingt et une heures", false},
		{"clock-time", "à midi, heure de Paris", false},
		{"clock-time", "à 9 h du soir.", true},
		{"clock-time", "9h30 du matin", true},
		{"clock-time", "à 9 h de la nuit", false},
		{"clock-time", "à 9 h du matinal", false},
		{"clock-time", "à 9 h du matin GMT", false},
	}
	rules := map[string]*Rule{}
	for _, r := range Rules() {
		rules[r.Name] = r
	}
	for _, tt := range tests {
		t.Run(tt.rule+"/"+tt.text, func(t *testing.T) {
			r := rules[tt.rule]
			if r == nil || r.fast == nil {
				t.Fatalf("rule %s has no fast matcher", tt.rule)
			}
			if read := checkFast(t, r, tt.text); read != tt.read {
				t.Errorf("%s fast matcher reads %q: %v, want %v", tt.rule, tt.text, read, tt.read)
			}
		})
	}
}

// The fast matchers agree with their expressions at every word start of
// the fixtures and of the shared corpus, and read most of the matches.
func TestFastMatchersAgreeOnText(t *testing.T) {
	if raceDetector {
		t.Skip("one goroutine, and ten times slower under the race detector: run without it")
	}
	texts := fixtureTexts(t)
	if !testing.Short() {
		texts = append(texts, corpusTexts(t, 200)...)
	}
	for _, r := range fastRules(t) {
		read, matches := 0, 0
		for _, text := range texts {
			for start := 0; start < len(text); start++ {
				if start > 0 && (!wordBoundary(text, start) || !startsWord(text, start)) {
					continue
				}
				s := text[start:min(len(text), start+window)]
				if checkFast(t, r, s) {
					read++
				}
				if r.anchored.MatchString(s) {
					matches++
				}
			}
		}
		t.Logf("%s: the fast matcher read %d of %d starts where the expression matches", r.Name, read, matches)
		if read == 0 {
			t.Errorf("%s: the fast matcher read nothing", r.Name)
		}
	}
}

func FuzzFastMatchers(f *testing.F) {
	for _, s := range []string{"trois ans", "48 heures", "3ans et demi", "vingt-deux ans", "deux\u00a0ſecondes", "un an.",
		"DEUX ANNÉES", "dix jours-là", "2 mois\u202fet", "cent ans", "une journée", "1,5 an",
		"à 15h30", "vers 18 h (heure de Paris)", "15h30, GMT", "dès 9 h.", "22 heures 15 min", "7h du soir", "10h, Paris",
		"le 22 mars", "mardi, 15 mars 2016", "1er août", "3 sept. 98 av. J.-C.", "le 6 mai dernier",
		"à midi", "minuit et quart", "à neuf heures du soir", "dix heures moins le quart", "midi (heure locale)",
		"2015", "1998-2001", "20150", "en 2015", "mars 2016", "juin dernier", "Août 1914", "mai\u202f2016 prochain",
		"mardi", "mardi 15", "hier soir", "aujourd’hui même", "demain\u00a0matin",
		"il y a trois jours", "dans 2 ans", "il y a deux ans après", "dans quelques jours de plus"} {
		f.Add(s)
	}
	rules := fastRules(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range rules {
			checkFast(t, r, s)
		}
	})
}
