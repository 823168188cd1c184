package tagger

import (
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline/fr"
)

// maxPrefix bounds how many prefix words ("il y a", "au début du") may
// stand before a trigger word.
const maxPrefix = 5

// token is a word of the text, as the scanner sees it.
type token struct {
	start, end int
	trig       fr.Trigger
	prefix     bool
	joined     bool // only spaces, apostrophes or hyphens separate it from the previous token
}

// find scans text for trigger words and returns the non-overlapping rule
// matches around them, in text order.
func (t *Tagger) find(text string) []match {
	var (
		out     []match
		recent  [maxPrefix + 1]token // ring of the last tokens
		n       int                  // tokens seen
		lastEnd int
		prevEnd int
	)
	for i := 0; i < len(text); {
		start, end, digit := nextWord(text, i)
		if start < 0 {
			break
		}
		i = end
		tok := token{start: start, end: end, joined: n > 0 && joinedBy(text[prevEnd:start])}
		prevEnd = end
		if digit {
			tok.trig = fr.TDigit
		} else {
			w := text[start:end]
			tok.trig = fr.TriggerOf(w)
			tok.prefix = fr.IsPrefix(w)
		}
		recent[n%len(recent)] = tok
		n++
		if tok.trig == 0 || start < lastEnd {
			continue
		}
		if m, ok := t.bestAt(text, recent[:], n, lastEnd); ok {
			out = append(out, m)
			lastEnd = m.end
			i = max(i, m.end)
		}
	}
	return out
}

// bestAt tries the rules triggered by the newest token, starting at that
// token or at any run of prefix words just before it, and returns the
// longest match.
func (t *Tagger) bestAt(text string, recent []token, n, lastEnd int) (match, bool) {
	cur := recent[(n-1)%len(recent)]
	starts := []int{cur.start}
	for k := 1; k <= maxPrefix && k < n; k++ {
		prev, next := recent[(n-1-k)%len(recent)], recent[(n-k)%len(recent)]
		if !prev.prefix || !next.joined || prev.start < lastEnd {
			break
		}
		starts = append(starts, prev.start)
	}
	var best match
	found := false
	for j := len(starts) - 1; j >= 0; j-- {
		s := starts[j]
		if afterHyphen(text, s) {
			continue
		}
		for _, r := range t.rules {
			if r.Triggers&cur.trig == 0 {
				continue
			}
			end, e, ok := r.MatchAt(text, s)
			if ok && end > cur.start && (!found || end > best.end) {
				best, found = match{start: s, end: end, rule: r.Name, expr: e}, true
			}
		}
	}
	return best, found
}

// nextWord returns the next run of letters or of digits from i.
func nextWord(text string, i int) (start, end int, digit bool) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if isDigit(c) || isLetterASCII(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += size
	}
	if i >= len(text) {
		return -1, -1, false
	}
	start = i
	if isDigit(text[i]) {
		for i < len(text) && isDigit(text[i]) {
			i++
		}
		return start, i, true
	}
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isLetterASCII(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return start, i, false
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
