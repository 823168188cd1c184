package events

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Gazetteer knows names of actors and places, their aliases, and the
// titles that stand for a person ("le président russe").
type Gazetteer struct {
	// Actors maps every written form, lower case, to its canonical name.
	Actors map[string]string
	// Places maps every written form, lower case, to its canonical name.
	Places map[string]string
	// Titles are role phrases, lower case, that an apposition may tie to a
	// person within an article, mapped to a default holder ("" if none).
	Titles map[string]string
	// Demonyms map the parts of compound adjectives, lower case, to the
	// state they name: "russo-américain" names both la Russie and les
	// Etats-Unis as parties.
	Demonyms map[string]string

	// keys caches the forms of Actors and Places, longest first; it is
	// rebuilt when a map changes size (extend the maps with Add and
	// AddPlace). Extraction reads it from several goroutines.
	mu                     sync.Mutex
	actorKeys, placeKeys   []string
	actorCount, placeCount int
}

// DefaultGazetteer returns the built-in names of the 2016 Syria talks.
// Users extend it with the configuration (see Gazetteer.Add).
func DefaultGazetteer() *Gazetteer {
	g := &Gazetteer{Actors: map[string]string{}, Places: map[string]string{}, Titles: map[string]string{},
		Demonyms: map[string]string{}}
	for canon, forms := range map[string][]string{
		"John Kerry":                       {"Kerry"},
		"Vladimir Poutine":                 {"Poutine"},
		"Sergueï Lavrov":                   {"Sergueï Lavrov", "Serguei Lavrov", "Sergei Lavrov", "Sergeï Lavrov", "Lavrov"},
		"Dmitri Peskov":                    {"Peskov"},
		"Staffan de Mistura":               {"de Mistura"},
		"Bachar al-Assad":                  {"Bachar el-Assad", "Bachar Al-Assad", "Assad"},
		"Barack Obama":                     {"Obama"},
		"Ban Ki-moon":                      {},
		"le Kremlin":                       {"Kremlin"},
		"l'ONU":                            {"ONU", "Nations unies", "l’ONU"},
		"le département d'Etat":            {"département d'Etat", "département d’Etat", "Département d'État"},
		"la Russie":                        {"Russie", "le gouvernement russe", "gouvernement russe"},
		"les Etats-Unis":                   {"Etats-Unis", "États-Unis"},
		"le gouvernement syrien":           {"gouvernement syrien", "le régime syrien", "régime syrien", "régime de Damas"},
		"l'opposition syrienne":            {"opposition syrienne", "HCN", "Haut comité des négociations"},
		"le GISS":                          {"GISS", "Groupe international de soutien à la Syrie"},
		"la Maison-Blanche":                {"Maison-Blanche", "Maison Blanche"},
		"le Conseil de sécurité":           {"Conseil de sécurité"},
		"le ministère russe de la Défense": {"ministère russe de la Défense"},
		"le ministère russe des Affaires étrangères": {"ministère russe des Affaires étrangères"},
		"l'Etat islamique":  {"État islamique", "Etat islamique", "Daech"},
		"le Front al-Nosra": {"Front al-Nosra", "al-Nosra"},
	} {
		g.Add(canon, forms...)
	}
	for canon, forms := range map[string][]string{
		"Moscou": {}, "Genève": {"Geneve"}, "Munich": {}, "Hmeimim": {"Hmeimim", "Khmeimim", "Hmeimime"},
		"Damas": {}, "Alep": {}, "Palmyre": {}, "Syrie": {}, "Washington": {}, "Lattaquié": {"Lattaquie"},
		"Vienne": {}, "New York": {}, "Riyad": {}, "Homs": {}, "Idleb": {"Idlib"},
		"Bruxelles": {}, "Tartous": {}, "Palais des Nations": {},
	} {
		g.AddPlace(canon, forms...)
	}
	g.AddPlace("Moscou", "la capitale russe", "capitale russe")
	g.AddPlace("Damas", "la capitale syrienne", "capitale syrienne")
	for part, state := range map[string]string{
		"russo": "la Russie", "russe": "la Russie", "américano": "les Etats-Unis", "américain": "les Etats-Unis",
		"syro": "le gouvernement syrien", "turco": "la Turquie", "turc": "la Turquie", "franco": "la France",
		"français": "la France", "irano": "l'Iran", "iranien": "l'Iran",
	} {
		g.Demonyms[part] = state
	}
	for title, holder := range map[string]string{
		"le président russe": "Vladimir Poutine", "le chef du kremlin": "Vladimir Poutine",
		"le président américain": "Barack Obama", "le président syrien": "Bachar al-Assad",
		"le secrétaire d'etat américain": "John Kerry", "le secrétaire d'état américain": "John Kerry",
		"le chef de la diplomatie américaine":       "John Kerry",
		"le ministre russe des affaires étrangères": "Sergueï Lavrov", "le chef de la diplomatie russe": "Sergueï Lavrov",
		"le porte-parole du kremlin": "Dmitri Peskov", "l'émissaire de l'onu": "Staffan de Mistura",
		"l'envoyé spécial de l'onu": "Staffan de Mistura", "le médiateur de l'onu": "Staffan de Mistura",
		"l'envoyé spécial des nations unies": "Staffan de Mistura",
	} {
		g.Titles[title] = holder
	}
	return g
}

// Add records an actor and its aliases.
func (g *Gazetteer) Add(canon string, forms ...string) {
	g.Actors[normalise(canon)] = canon
	for _, f := range forms {
		g.Actors[normalise(f)] = canon
	}
}

// AddPlace records a place and its aliases.
func (g *Gazetteer) AddPlace(canon string, forms ...string) {
	g.Places[normalise(canon)] = canon
	for _, f := range forms {
		g.Places[normalise(f)] = canon
	}
}

// normalise lower-cases s and unifies apostrophes and spaces.
func normalise(s string) string {
	s = strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// learn reads the appositions of an article ("le président russe Vladimir
// Poutine", "le secrétaire d'Etat américain, John Kerry,") and returns the
// titles it ties to a name, which override the gazetteer's defaults.
func (g *Gazetteer) learn(text string) map[string]string {
	orig := normaliseKeepCase(text)
	low := strings.ToLower(orig)
	if len(low) != len(orig) {
		return nil // case mapping changed byte lengths: positions would not align
	}
	out := map[string]string{}
	for title := range g.Titles {
		for i := 0; ; {
			j := strings.Index(low[i:], title)
			if j < 0 {
				break
			}
			i += j + len(title)
			if name := nameAt(orig, i); name != "" {
				if canon, ok := g.Actors[normalise(name)]; ok {
					name = canon
				}
				out[title] = name
			}
		}
	}
	return out
}

// nameAt returns the name of two or three capitalised words that starts at
// position i of s, after an optional comma.
func nameAt(s string, i int) string {
	rest := strings.TrimLeft(s[i:], " ,")
	var name []string
	for _, w := range strings.Fields(rest) {
		w = strings.TrimRight(w, ",.;:")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) {
			break
		}
		name = append(name, w)
		if len(name) == 3 || strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	if len(name) < 2 {
		return ""
	}
	return strings.Join(name, " ")
}

func normaliseKeepCase(s string) string {
	s = strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// actors returns the canonical actors named in a sentence, in order of
// first appearance and without repeats.
func (g *Gazetteer) actors(sentence string, titles map[string]string) []string {
	hits := g.actorHits(sentence, titles)
	return uniq(hits, func(h actorHit) string { return h.name })
}

// actorHit is an actor named at a byte position of a normalised sentence.
type actorHit struct {
	pos  int
	name string
}

// lastActorBefore returns the actor named last before pos in sentence.
func (g *Gazetteer) lastActorBefore(sentence string, pos int, titles map[string]string) string {
	prefix := sentence[:max(0, min(pos, len(sentence)))]
	hits := g.actorHits(prefix, titles)
	if len(hits) == 0 {
		return ""
	}
	return hits[len(hits)-1].name
}

// actorHits finds every actor of a sentence, in text order.
func (g *Gazetteer) actorHits(sentence string, titles map[string]string) []actorHit {
	low := normalise(sentence)
	type hit = actorHit
	var hits []hit
	covered := make([]bool, len(low)+1)
	add := func(form, canon string) {
		for i := 0; ; {
			j := strings.Index(low[i:], form)
			if j < 0 {
				return
			}
			p := i + j
			i = p + len(form)
			if !wordAt(low, p, len(form)) || covered[p] {
				continue
			}
			for k := p; k < p+len(form); k++ {
				covered[k] = true
			}
			hits = append(hits, hit{p, canon})
		}
	}
	for title, def := range g.Titles {
		holder := titles[title]
		if holder == "" {
			holder = def
		}
		if holder != "" {
			add(title, holder)
			add(strings.TrimPrefix(strings.TrimPrefix(title, "le "), "l'"), holder)
		}
	}
	for _, form := range g.actorForms() {
		add(form, g.Actors[form])
	}
	hits = append(hits, g.compoundHits(low)...)
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	return hits
}

// compoundHits finds the states named by compound adjectives of a
// normalised sentence: "l'accord russo-américain" names la Russie and les
// Etats-Unis.
func (g *Gazetteer) compoundHits(low string) []actorHit {
	var hits []actorHit
	for _, t := range tokens(low, 0, len(low)) {
		parts := strings.Split(t.word, "-")
		if len(parts) != 2 {
			continue
		}
		a, b := g.Demonyms[parts[0]], g.demonym(parts[1])
		if a == "" || b == "" || a == b {
			continue
		}
		hits = append(hits, actorHit{t.start, a}, actorHit{t.start + len(parts[0]) + 1, b})
	}
	return hits
}

// demonym returns the state a demonym names, whatever its gender and
// number: "américaines" and "américain", "iraniennes" and "iranien".
func (g *Gazetteer) demonym(w string) string {
	for _, suf := range []string{"", "s", "es", "e", "nes", "ne"} {
		if st, ok := g.Demonyms[strings.TrimSuffix(w, suf)]; ok && strings.HasSuffix(w, suf) {
			return st
		}
	}
	return ""
}

// firstActor returns the actor named first in sentence.
func (g *Gazetteer) firstActor(sentence string, titles map[string]string) string {
	if hits := g.actorHits(sentence, titles); len(hits) > 0 {
		return hits[0].name
	}
	return ""
}

// isPerson reports whether a canonical actor name is a person's: names of
// states and organisations open on a determiner ("la Russie", "l'ONU").
func isPerson(name string) bool {
	l := strings.ToLower(name)
	for _, det := range []string{"le ", "la ", "les ", "l'", "l’"} {
		if strings.HasPrefix(l, det) {
			return false
		}
	}
	return true
}

// places returns the canonical places named in a sentence.
func (g *Gazetteer) places(sentence string) []string {
	low := normalise(sentence)
	type hit struct {
		pos  int
		name string
	}
	var hits []hit
	for _, form := range g.placeForms() {
		for i := 0; ; {
			j := strings.Index(low[i:], form)
			if j < 0 {
				break
			}
			p := i + j
			i = p + len(form)
			if wordAt(low, p, len(form)) {
				hits = append(hits, hit{p, g.Places[form]})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
	return uniq(hits, func(h hit) string { return h.name })
}

// wordAt reports whether s[p:p+n] stands as whole words.
func wordAt(s string, p, n int) bool {
	if p > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:p])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	if p+n < len(s) {
		r, _ := utf8.DecodeRuneInString(s[p+n:])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	return true
}

// actorForms returns the keys of Actors, longest first.
func (g *Gazetteer) actorForms() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.actorKeys == nil || g.actorCount != len(g.Actors) {
		g.actorKeys, g.actorCount = sortedByLength(g.Actors), len(g.Actors)
	}
	return g.actorKeys
}

// placeForms returns the keys of Places, longest first.
func (g *Gazetteer) placeForms() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.placeKeys == nil || g.placeCount != len(g.Places) {
		g.placeKeys, g.placeCount = sortedByLength(g.Places), len(g.Places)
	}
	return g.placeKeys
}

// sortedByLength returns the keys of m, longest first, so that "Vladimir
// Poutine" is matched before "Poutine".
func sortedByLength(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}

// uniq keeps the first occurrence of each key.
func uniq[T any](xs []T, key func(T) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		k := key(x)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}
