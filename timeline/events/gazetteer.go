package events

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline/internal/lower"
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
	// Seats map a place, by its canonical name, to the actor it stands for
	// when it is the subject of a verb of saying or of a stance: in
	// "Moscou a annoncé", la Russie speaks.
	Seats map[string]string

	// actorIx and placeIx cache the forms of Actors (with the Titles) and
	// Places, longest first, and their search index; they are rebuilt
	// when a map changes size (extend the maps with Add and AddPlace).
	// Extraction reads them from several goroutines.
	mu               sync.Mutex
	actorIx, placeIx *formIndex
	titleIx          *titleIndex
	titleCount       int
}

// DefaultGazetteer returns the built-in names of the 2016 Syria talks.
// Users extend it with the configuration (see Gazetteer.Add).
func DefaultGazetteer() *Gazetteer {
	g := &Gazetteer{Actors: map[string]string{}, Places: map[string]string{}, Titles: map[string]string{},
		Demonyms: map[string]string{}, Seats: map[string]string{}}
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
	for place, actor := range map[string]string{
		"Moscou": "la Russie", "Washington": "les Etats-Unis", "Damas": "le gouvernement syrien",
	} {
		g.Seats[place] = actor
	}
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

// normalise lower-cases s and unifies apostrophes and spaces: it writes
// typographic apostrophes as "'" and joins the words of s (split at
// Unicode spaces, non-breaking ones included) with single spaces.
func normalise(s string) string {
	low, _ := normaliseLen(s)
	return low
}

// joinNormalised returns normalise(parts[0] + " \n " + parts[1] + ...)
// from the parts normalised one by one: normalise joins the words of s
// with single spaces, and " \n " only separates words.
func joinNormalised(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// normaliseLen returns normalise(s), which it computes in one pass, as
// replacing the apostrophes and spaces of lower.String(s) and joining
// its strings.Fields with spaces does, invalid bytes included. kept is
// the length of normaliseKeepCase(s), s normalised but for its case.
func normaliseLen(s string) (low string, kept int) {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is due before the next word
	run := 0       // s[run:i] is to be copied as it is
	flush := func(i int) {
		if run < i {
			if space {
				b.WriteByte(' ')
				kept++
				space = false
			}
			b.WriteString(s[run:i])
			kept += i - run
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch asciiCase[c] {
			case asciiSpace:
				flush(i)
				space = b.Len() > 0
				i++
				run = i
			case asciiUpper:
				flush(i)
				if space {
					b.WriteByte(' ')
					kept++
					space = false
				}
				b.WriteByte(c + 'a' - 'A')
				kept++
				i++
				run = i
			default:
				i++
			}
			continue
		}
		flush(i)
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		run = i
		// keptLen is what the rune takes normalised but for its case. An
		// invalid byte lowers to U+FFFD, as in strings.ToLower.
		keptLen := n
		switch r = unicode.ToLower(r); r {
		case '’':
			r, keptLen = '\'', 1
		case '\u00a0', '\u202f':
			r = ' '
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			kept++
			space = false
		}
		b.WriteRune(r)
		kept += keptLen
	}
	flush(len(s))
	return b.String(), kept
}

// asciiCase tells the ASCII spaces (unicode.IsSpace) and capitals apart
// from the other ASCII characters.
var asciiCase = func() (t [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = asciiSpace
		case 'A' <= c && c <= 'Z':
			t[c] = asciiUpper
		}
	}
	return t
}()

const (
	asciiLower = iota // any other ASCII character
	asciiSpace
	asciiUpper
)

// normaliseKeepCase normalises s as normalise does, but for its case.
func normaliseKeepCase(s string) string {
	return strings.Join(strings.Fields(keepCaseReplacer.Replace(s)), " ")
}

var keepCaseReplacer = strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ")

// learn reads the appositions of an article ("le président russe Vladimir
// Poutine", "le secrétaire d'Etat américain, John Kerry,") and returns the
// titles it ties to a name, which override the gazetteer's defaults.
func (g *Gazetteer) learn(d *doc) map[string]string {
	text := d.text
	titles := g.titleSet()
	if !d.oddRunes && !titles.mayStand(g.Titles, d.folded) {
		return nil // no title: the text need not be normalised
	}
	low, kept := normaliseLen(text)
	if len(low) != kept {
		return nil // case mapping changed byte lengths: positions would not align
	}
	out := map[string]string{}
	occ := titles.find(low, true, nil)
	orig := "" // the normalised text with its case, once a title is found
	for title := range g.Titles {
		titles.eachOf(low, title, occ, func(p int) {
			if orig == "" {
				orig = normaliseKeepCase(text)
			}
			if name := nameAt(orig, p+len(title)); name != "" {
				if canon, ok := g.Actors[normalise(name)]; ok {
					name = canon
				}
				out[title] = name
			}
		})
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

// actorFinder finds the actors named in the sentences of one article:
// the forms of the gazetteer, and its titles with the holders the article
// gives them.
type actorFinder struct {
	g      *Gazetteer
	ix     *formIndex
	titles []titleForm // the forms of the titles that have a holder
	loose  bool        // some titles are not marked in ix.title: titleFound cannot tell whether they stand
}

// titleForm is a title, with or without its article, and its holder.
type titleForm struct {
	form, holder string
	id           int // index of form in ix.set; -1 if it is not there
}

// finder sets f up as the actor finder of an article whose appositions
// tie titles to holders (see learn), reusing its memory, and returns it.
func (g *Gazetteer) finder(f *actorFinder, titles map[string]string) *actorFinder {
	f.g, f.ix, f.titles, f.loose = g, g.actorIndex(), f.titles[:0], false
	for title, def := range g.Titles {
		holder := titles[title]
		if holder == "" {
			holder = def
		}
		if holder == "" {
			continue
		}
		for _, form := range []string{title, trimTitle(title)} {
			id, ok := f.ix.set.ids[form]
			if !ok {
				id = -1
			}
			f.loose = f.loose || id < 0 || f.ix.set.slow[id] || !f.ix.title[id]
			f.titles = append(f.titles, titleForm{form: form, holder: holder, id: id})
		}
	}
	return f
}

// actorsIn returns the canonical actors named in a sentence already
// normalised, in order of first appearance and without repeats.
func (f *actorFinder) actorsIn(low string) []string {
	hits := f.hitsIn(low)
	return uniq(hits, func(h actorHit) string { return h.name })
}

// actorHit is an actor named at a byte position of a normalised sentence.
type actorHit struct {
	pos  int
	name string
}

// lastActorBefore returns the actor named last before pos in sentence.
func (f *actorFinder) lastActorBefore(sentence string, pos int) string {
	prefix := sentence[:max(0, min(pos, len(sentence)))]
	hits := f.hits(prefix)
	if len(hits) == 0 {
		return ""
	}
	return hits[len(hits)-1].name
}

// hits finds every actor of a sentence, in text order: titles first, then
// the forms of the gazetteer, longest first; a form found inside one
// found before is no hit.
func (f *actorFinder) hits(sentence string) []actorHit {
	return f.hitsIn(normalise(sentence))
}

// hitsIn is hits on a sentence already normalised.
func (f *actorFinder) hitsIn(low string) []actorHit {
	g, ix := f.g, f.ix
	occ := ix.set.find(low, false, nil)
	var hits []actorHit
	var spans []span // what the hits cover
	add := func(p, n int, canon string) {
		if !wordAt(low, p, n) {
			return
		}
		for _, sp := range spans {
			if sp.from <= p && p < sp.to {
				return
			}
		}
		spans = append(spans, span{p, p + n})
		hits = append(hits, actorHit{p, canon})
	}
	if f.loose || ix.titleFound(occ) {
		for _, t := range f.titles {
			switch {
			case t.id < 0:
				searchFrom(low, t.form, func(p int) { add(p, len(t.form), t.holder) })
			case !ix.set.absent(t.id, occ):
				ix.set.each(low, t.id, occ, func(p int) { add(p, len(t.form), t.holder) })
			}
		}
	}
	if ix.slowKeys {
		for k, form := range ix.keys {
			id := ix.ids[k]
			if ix.set.absent(id, occ) {
				continue
			}
			canon := g.Actors[form]
			ix.set.each(low, id, occ, func(p int) { add(p, len(form), canon) })
		}
	} else {
		// The forms found, in the order of keys, each in text order: the
		// other keys are not in the sentence.
		var found []occurrence
		for _, o := range occ {
			if ix.rank[o.form] >= 0 {
				found = append(found, o)
			}
		}
		slices.SortStableFunc(found, func(a, b occurrence) int { return cmp.Compare(ix.rank[a.form], ix.rank[b.form]) })
		for _, o := range found {
			form := ix.set.forms[o.form]
			add(o.pos, len(form), g.Actors[form])
		}
	}
	hits = append(hits, g.compoundHits(low)...)
	slices.SortStableFunc(hits, func(a, b actorHit) int { return cmp.Compare(a.pos, b.pos) })
	return hits
}

// trimTitle returns a title without its article: "président russe" for
// "le président russe".
func trimTitle(title string) string {
	return strings.TrimPrefix(strings.TrimPrefix(title, "le "), "l'")
}

// compoundHits finds the states named by compound adjectives of a
// normalised sentence: "l'accord russo-américain" names la Russie and les
// Etats-Unis.
func (g *Gazetteer) compoundHits(low string) []actorHit {
	var hits []actorHit
	if strings.IndexByte(low, '-') < 0 {
		return nil // no compound word
	}
	for i := 0; i < len(low); {
		start, end, _ := nextToken(low, i, len(low))
		if start >= end {
			break
		}
		i = end
		if strings.Count(low[start:end], "-") != 1 {
			continue // folding keeps the hyphens: the word is no pair of parts
		}
		first, second, _ := strings.Cut(fold(low[start:end]), "-")
		a, b := g.Demonyms[first], g.demonym(second)
		if a == "" || b == "" || a == b {
			continue
		}
		hits = append(hits, actorHit{start, a}, actorHit{start + len(first) + 1, b})
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
func (f *actorFinder) firstActor(sentence string) string {
	if hits := f.hits(sentence); len(hits) > 0 {
		return hits[0].name
	}
	return ""
}

// isPerson reports whether a canonical actor name is a person's: names of
// states and organisations open on a determiner ("la Russie", "l'ONU").
func isPerson(name string) bool {
	l := lower.String(name)
	for _, det := range []string{"le ", "la ", "les ", "l'", "l’"} {
		if strings.HasPrefix(l, det) {
			return false
		}
	}
	return true
}

// placesIn returns the canonical places named in a sentence already
// normalised.
func (g *Gazetteer) placesIn(low string) []string {
	ix := g.placeIndex()
	occ := ix.set.find(low, false, nil)
	type hit struct {
		pos  int
		name string
	}
	var hits []hit
	for k, form := range ix.keys {
		id := ix.ids[k]
		if ix.set.absent(id, occ) {
			continue
		}
		name := g.Places[form]
		ix.set.each(low, id, occ, func(p int) {
			if wordAt(low, p, len(form)) {
				hits = append(hits, hit{p, name})
			}
		})
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Compare(a.pos, b.pos) })
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

// formIndex is the cached search index of the forms of Actors or Places.
type formIndex struct {
	keys     []string // the forms, longest first
	ids      []int    // index in set of each of keys
	set      *formSet // keys, and for actors the titles with and without article
	rank     []int    // by index in set: the index in keys, -1 if none
	slowKeys bool     // some keys are searched with strings.Index
	title    []bool   // by index in set: the form is a title's
}

// titleFound reports whether the occurrences of forms of set occ hold a
// title.
func (ix *formIndex) titleFound(occ []occurrence) bool {
	for _, o := range occ {
		if ix.title[o.form] {
			return true
		}
	}
	return false
}

// actorIndex returns the index of the forms of Actors and Titles. It is
// rebuilt when Actors or Titles change size; a title it does not know is
// still searched, more slowly.
func (g *Gazetteer) actorIndex() *formIndex {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.actorIx == nil || len(g.actorIx.keys) != len(g.Actors) || g.titleCount != len(g.Titles) {
		keys := g.actorIx.keysOf(g.Actors)
		forms := slices.Clone(keys)
		for title := range g.Titles {
			forms = append(forms, title, trimTitle(title))
		}
		ix := newFormIndex(keys, forms)
		ix.title = make([]bool, len(ix.set.forms))
		for _, f := range forms[len(keys):] {
			ix.title[ix.set.ids[f]] = true
		}
		g.actorIx, g.titleCount = ix, len(g.Titles)
	}
	return g.actorIx
}

// titleSet returns the search index of the Titles, rebuilt when Titles
// changes size; a title it does not know is still searched, more slowly.
func (g *Gazetteer) titleSet() *titleIndex {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.titleIx == nil || len(g.titleIx.forms) != len(g.Titles) {
		g.titleIx = newTitleIndex(slices.Collect(maps.Keys(g.Titles)))
	}
	return g.titleIx
}

// placeIndex returns the index of the forms of Places, rebuilt when
// Places changes size.
func (g *Gazetteer) placeIndex() *formIndex {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.placeIx == nil || len(g.placeIx.keys) != len(g.Places) {
		keys := g.placeIx.keysOf(g.Places)
		g.placeIx = newFormIndex(keys, keys)
	}
	return g.placeIx
}

// keysOf returns the keys of m longest first: those of ix when it has as
// many (the index is rebuilt for another reason), else sorted anew.
func (ix *formIndex) keysOf(m map[string]string) []string {
	if ix != nil && len(ix.keys) == len(m) {
		return ix.keys
	}
	return sortedByLength(m)
}

func newFormIndex(keys, forms []string) *formIndex {
	ix := &formIndex{keys: keys, set: newFormSet(forms), ids: make([]int, len(keys))}
	ix.rank = make([]int, len(ix.set.forms))
	for id := range ix.rank {
		ix.rank[id] = -1
	}
	for k, key := range keys {
		id := ix.set.ids[key]
		ix.ids[k], ix.rank[id] = id, k
		ix.slowKeys = ix.slowKeys || ix.set.slow[id]
	}
	return ix
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
	var out []string
	for _, x := range xs {
		if k := key(x); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}
