package tagger

import (
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline/fr"
)

// maxPrefix bounds how many prefix words ("il y a", "au début du") may
// stand before a trigger word.
const maxPrefix = 5

// lookahead is how many words after a trigger are read to decide which
// rules may match there.
const lookahead = 6

// token is a word of the text that may take part in an expression: a
// trigger word or a prefix word. The other words are counted, not kept.
type token struct {
	start, end int
	ord        int // the word's number in the text, counting every word
	trig       fr.Trigger
	prefix     bool
	joined     bool // only spaces, apostrophes or hyphens separate it from the previous word
}

// scan is what find reuses from one text to the next: the tokens, the
// window that the rules tried at one start share, and the room bestAt
// reads matches into (an expression is a few hundred bytes: it is copied
// once it wins, not at every try).
type scan struct {
	toks []token
	win  fr.Window
	best match
	expr fr.Expr
	// needs caches, by the classes seen around a trigger, the rules whose
	// needs those classes meet: the same few hundred sets of classes come
	// back from one text to the next. It keeps the last tagger it served
	// (a pooled scan may so keep a tagger alive until the pool is emptied).
	needs needCache
}

// needCache maps sets of token classes to the rules (bits of Tagger.rules)
// whose needs they meet, direct-mapped.
type needCache struct {
	owner *Tagger // the tagger whose rules the sets number
	keys  [256]fr.Trigger
	sets  [256]uint64
	full  [256]bool
}

// met returns the rules of t whose needs seen meets.
func (c *needCache) met(t *Tagger, seen fr.Trigger) uint64 {
	if c.owner != t {
		*c = needCache{owner: t}
	}
	h := (uint32(seen) * 0x9e3779b1) >> 24
	if c.full[h] && c.keys[h] == seen {
		return c.sets[h]
	}
	var set uint64
	for k, r := range t.rules[:min(len(t.rules), 64)] {
		if r.CanMatch(seen) {
			set |= 1 << k
		}
	}
	c.keys[h], c.sets[h], c.full[h] = seen, set, true
	return set
}

// scanPool recycles scans between texts.
var scanPool = sync.Pool{New: func() any { return &scan{toks: make([]token, 0, 1024)} }}

// find scans text for trigger words and appends to out the
// non-overlapping rule matches around them, in text order.
func (t *Tagger) find(text string, out []match) []match {
	sc := scanPool.Get().(*scan)
	toks := tokenize(text, sc.toks[:0], false)
	defer func() {
		sc.toks = toks[:0]
		sc.win.Reset("", 0)
		sc.best, sc.expr = match{}, fr.Expr{} // drop the expressions' pointers
		scanPool.Put(sc)
	}()
	return t.matchTokens(text, toks, sc, out)
}

// matchTokens appends to out the non-overlapping rule matches around the
// trigger tokens of text.
func (t *Tagger) matchTokens(text string, toks []token, sc *scan, out []match) []match {
	lastEnd := 0
	for i := range toks {
		tok := toks[i]
		if tok.trig == 0 || tok.start < lastEnd {
			continue
		}
		var seen fr.Trigger
		for j := i; j < len(toks) && toks[j].ord <= tok.ord+lookahead; j++ {
			seen |= toks[j].trig
		}
		if t.bestAt(text, toks, i, seen, lastEnd, sc) {
			out = append(out, sc.best)
			lastEnd = sc.best.end
		}
	}
	return out
}

// tokenize splits text into words and numbers and appends to toks those
// that have a trigger class, and the prefix words that bestAt may read
// before them: the run of at most maxPrefix prefix words that ends just
// before a trigger word, or every prefix word when every is set (the
// tests compare the two). It folds each word as it reads it, for
// fr.ClassifyFolded.
func tokenize(text string, toks []token, every bool) []token {
	var buf [fr.MaxFolded]byte
	// Prefix words are common ("le", "de", "en") and most stand before no
	// trigger: they wait here, with where the word before each ends, until
	// a trigger word follows the run or another word breaks it.
	var held [maxPrefix]token
	var heldAfter [maxPrefix]int
	nHeld := 0
	prevEnd, ord := 0, -1
	for i := 0; i < len(text); {
		// Skip to the next letter or digit.
		c := text[i]
		switch byteKinds[c] {
		case kindOther:
			i++
			continue
		case kindHigh:
			if r, size := utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) {
				i += size
				continue
			}
		}
		start := i
		ord++
		var trig fr.Trigger
		var prefix bool
		if isDigit(c) {
			for i < len(text) && isDigit(text[i]) {
				i++
			}
			trig = digitClasses(text, start, i)
		} else {
			var n int
			var foldable bool
			i, n, foldable = fr.FoldRun(text, i, buf[:])
			if foldable && i-start <= len(buf) {
				trig, prefix = fr.ClassifyFolded(buf[:n])
			}
		}
		switch {
		case trig != 0:
			if nHeld > 0 && held[nHeld-1].ord == ord-1 {
				for k := range nHeld {
					h := &held[k]
					h.joined = h.ord > 0 && joinedBy(text[heldAfter[k]:h.start])
				}
				toks = append(toks, held[:nHeld]...)
			}
			nHeld = 0
			toks = append(toks, token{start: start, end: i, ord: ord, trig: trig, prefix: prefix,
				joined: ord > 0 && joinedBy(text[prevEnd:start])})
		case prefix && every:
			toks = append(toks, token{start: start, end: i, ord: ord, prefix: true,
				joined: ord > 0 && joinedBy(text[prevEnd:start])})
		case prefix:
			if nHeld > 0 && held[nHeld-1].ord != ord-1 {
				nHeld = 0 // the run was broken
			}
			if nHeld == maxPrefix {
				copy(held[:], held[1:])
				copy(heldAfter[:], heldAfter[1:])
				nHeld--
			}
			held[nHeld] = token{start: start, end: i, ord: ord, prefix: true}
			heldAfter[nHeld] = prevEnd
			nHeld++
		}
		prevEnd = i
	}
	return toks
}

// The kinds of bytes tokenize tells apart: ASCII bytes that open no word,
// ASCII letters and digits, and the bytes of runes past ASCII.
const (
	kindOther = iota
	kindWord
	kindHigh
)

// byteKinds gives the kind of each byte.
var byteKinds = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = kindHigh
		case isDigit(byte(c)) || isLetterASCII(byte(c)):
			t[c] = kindWord
		}
	}
	return t
}()

// digitClasses returns the classes of the number at [start, end): a
// possible year, a number glued to a date separator, a clock time.
func digitClasses(text string, start, end int) fr.Trigger {
	c := fr.TDigit
	if n := end - start; n == 4 && (text[start] == '1' || text[start] == '2' && text[start+1] <= '1') {
		c |= fr.TYear
	}
	if end < len(text) && (text[end] == '"' || text[end] == '\'' || strings.HasPrefix(text[end:], "′") ||
		strings.HasPrefix(text[end:], "″") || strings.HasPrefix(text[end:], "’")) {
		c |= fr.TUnit // "2'", "30\"": minutes and seconds marks
	}
	if end+1 < len(text) && isDigit(text[end+1]) {
		switch text[end] {
		case '/', '.', '-':
			c |= fr.TSep
		case ':':
			c |= fr.TClock
		case ' ':
			// "20 02 2014", "le 17 2": a day and a month of one or two
			// digits each, separated by one space.
			if end-start <= 2 && (end+2 >= len(text) || !isDigit(text[end+2]) || end+3 >= len(text) || !isDigit(text[end+3])) {
				c |= fr.TSep
			}
		}
	}
	return c
}

// bestAt tries the rules triggered by token i, starting at that token or at
// any run of prefix words just before it, and puts the longest match in
// sc.best; it reports whether there was one.
func (t *Tagger) bestAt(text string, toks []token, i int, seen fr.Trigger, lastEnd int, sc *scan) bool {
	cur := toks[i]
	var starts [maxPrefix + 1]int
	starts[0] = cur.start
	n := 1
	for k := 1; k <= maxPrefix && i-k >= 0; k++ {
		prev, next := toks[i-k], toks[i-k+1]
		if prev.ord+1 != next.ord || !prev.prefix || !next.joined || prev.start < lastEnd {
			break
		}
		starts[n] = prev.start
		n++
	}
	found, bestEnd := false, 0
	win := &sc.win
	var rules uint64 // the rules the token triggers whose needs are met
	if t.byClass != nil {
		rules = t.rulesOf(cur.trig) & sc.needs.met(t, seen)
	}
	for j := n - 1; j >= 0; j-- {
		s := starts[j]
		if afterHyphen(text, s) {
			continue
		}
		win.Reset(text, s)
		try := func(r *fr.Rule) { // r's needs are met
			end, ok := r.MatchIn(win, text, s, &sc.expr)
			if ok && end > cur.start && (!found || end > bestEnd) {
				found, bestEnd = true, end
				sc.best = match{start: s, end: end, rule: r.Name, expr: sc.expr}
			}
		}
		if t.byClass == nil {
			for _, r := range t.rules {
				if r.Triggers&cur.trig != 0 && r.CanMatch(seen) {
					try(r)
				}
			}
			continue
		}
		for set := rules; set != 0; set &= set - 1 {
			try(t.rules[bits.TrailingZeros64(set)])
		}
	}
	return found
}

// rulesOf returns the rules a token of classes trig triggers, as bits of
// byClass, in rule order from the lowest bit.
func (t *Tagger) rulesOf(trig fr.Trigger) uint64 {
	var set uint64
	for ; trig != 0; trig &= trig - 1 {
		set |= t.byClass[bits.TrailingZeros32(uint32(trig))]
	}
	return set
}

// joinedBy reports whether sep, the text between two tokens, keeps them in
// one expression: spaces, apostrophes and hyphens only.
func joinedBy(sep string) bool {
	if len(sep) > 8 {
		return false
	}
	for _, r := range sep {
		switch r {
		case ' ', '\t', '\u00a0', '\u202f', '\'', '’', '-':
		default:
			return false
		}
	}
	return true
}

// afterHyphen reports whether position s follows a letter and a hyphen, as
// "midi" in "après-midi" does: a rule may not start inside a compound.
func afterHyphen(text string, s int) bool {
	if s < 2 || text[s-1] != '-' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:s-1])
	return unicode.IsLetter(r)
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isLetterASCII(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
