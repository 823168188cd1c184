package eval

import (
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// span is a half-open range of code points; the zero value is an unknown
// span (score.py's None).
type span struct {
	lo, hi int
	ok     bool
}

func spanAt(lo, hi int) span { return span{lo: lo, hi: hi, ok: true} }

// isSpace is Python's str.isspace: Unicode white space plus the
// information separators U+001C to U+001F.
func isSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// isAlnum is Python's str.isalnum for one character.
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// strip is Python's str.strip().
func strip(s string) string { return strings.TrimFunc(s, isSpace) }

// lower is Python's str.lower(): full Unicode mappings, final sigma included.
func lower(s string) string { return cases.Lower(language.Und).String(s) }

// normText is the text compared for a strict match: NFC, case-folded,
// typographic apostrophe and no-break space made plain, white space
// collapsed.
func normText(s string) string {
	s = cases.Fold().String(norm.NFC.String(s))
	s = strings.NewReplacer("\u2019", "'", "\u00a0", " ").Replace(s)
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

// slice is Python's text[i:j] on code points: negative indices count from
// the end, and indices out of range are clipped.
func slice(text []rune, i, j int) []rune {
	n := len(text)
	clip := func(k int) int {
		if k < 0 {
			k += n
		}
		return max(0, min(k, n))
	}
	i, j = clip(i), clip(j)
	if j < i {
		return nil
	}
	return text[i:j]
}

func sameLower(a []rune, b string) bool { return lower(string(a)) == lower(b) }

// index returns the first position at or after from where needle occurs in
// hay, or -1.
func index(hay, needle []rune, from int) int {
	for i := from; i+len(needle) <= len(hay); i++ {
		if equalRunes(hay[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// runeAt is text[i], or a space outside the text.
func runeAt(text []rune, i int) rune {
	if i < 0 || i >= len(text) {
		return ' '
	}
	return text[i]
}

// occurrences lists where needle occurs in text, ignoring case, overlaps
// included. When lower-casing changes the needle's length (rare letters),
// the search is done as is.
func occurrences(text, needle []rune) []int {
	low, nl := []rune(lower(string(text))), []rune(lower(string(needle)))
	if len(nl) != len(needle) {
		low, nl = text, needle
	}
	var occ []int
	for i := index(low, nl, 0); i >= 0; i = index(low, nl, i+1) {
		occ = append(occ, i)
	}
	return occ
}

// findSpan is score.py's find_span: the span of needle in text, or an
// unknown span. Among the case-insensitive occurrences it prefers, in this
// order: one not used yet, one not glued to a letter or digit, the same
// case, at or after the cursor, nearest to near (when given), the earliest.
func findSpan(text []rune, needle string, cursor int, used []span, near *int) span {
	nr := []rune(needle)
	if len(nr) == 0 {
		return span{}
	}
	occ := occurrences(text, nr)
	if len(occ) == 0 {
		return span{}
	}
	best, bestKey := occ[0], spanKey(text, nr, occ[0], cursor, used, near)
	for _, o := range occ[1:] {
		if k := spanKey(text, nr, o, cursor, used, near); k.less(bestKey) {
			best, bestKey = o, k
		}
	}
	return spanAt(best, best+len(nr))
}

// occurrenceKey orders occurrences for findSpan; false sorts first.
type occurrenceKey struct {
	used, glued, otherCase, beforeCursor bool
	distance, offset                     int
}

func (a occurrenceKey) less(b occurrenceKey) bool {
	flags := [][2]bool{{a.used, b.used}, {a.glued, b.glued}, {a.otherCase, b.otherCase}, {a.beforeCursor, b.beforeCursor}}
	for _, f := range flags {
		if f[0] != f[1] {
			return !f[0]
		}
	}
	if a.distance != b.distance {
		return a.distance < b.distance
	}
	return a.offset < b.offset
}

func spanKey(text, needle []rune, o, cursor int, used []span, near *int) occurrenceKey {
	n := len(needle)
	before, after := runeAt(text, o-1), runeAt(text, o+n)
	k := occurrenceKey{
		used:         containsSpan(used, spanAt(o, o+n)),
		glued:        (isAlnum(needle[0]) && isAlnum(before)) || (isAlnum(needle[n-1]) && isAlnum(after)),
		otherCase:    !equalRunes(slice(text, o, o+n), needle),
		beforeCursor: o < cursor,
		offset:       o,
	}
	if near != nil {
		k.distance = abs(o - *near)
	}
	return k
}

func containsSpan(spans []span, s span) bool {
	for _, u := range spans {
		if u == s {
			return true
		}
	}
	return false
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// offsetCandidates lists the code-point indices an offset may stand for:
// itself, a UTF-8 byte offset, a UTF-16 offset, in that order (score.py's
// offset_candidates). A byte or UTF-16 offset inside a character counts the
// characters before it.
func offsetCandidates(text string, off int) []int {
	out := []int{off}
	if off >= 0 && off <= len(text) {
		out = append(out, runesBefore(text, off, func(s string) int {
			_, w := utf8.DecodeRuneInString(s)
			return w
		}))
	}
	if off >= 0 && off <= utf16Len(text) {
		out = append(out, runesBefore(text, off, func(s string) int {
			r, _ := utf8.DecodeRuneInString(s)
			return utf16.RuneLen(r)
		}))
	}
	return out
}

// runesBefore counts the characters of text whose encoding ends at or
// before off, size giving the encoded size of the character s starts with.
func runesBefore(text string, off int, size func(s string) int) int {
	n, pos := 0, 0
	for i := 0; i < len(text); {
		_, w := utf8.DecodeRuneInString(text[i:])
		pos += size(text[i:])
		if pos > off {
			break
		}
		n++
		i += w
	}
	return n
}

func utf16Len(text string) int {
	n := 0
	for _, r := range text {
		n += utf16.RuneLen(r)
	}
	return n
}

// locateGold is score.py's locate_gold: a span per gold mention, searched
// in text order from a cursor; unknown when the text is not there.
func locateGold(c Case) []span {
	text := []rune(c.Text)
	var used []span
	cursor := 0
	spans := make([]span, 0, len(c.Expect))
	for _, e := range c.Expect {
		if e.WholeText {
			spans = append(spans, spanAt(0, len(text)))
			continue
		}
		ts := strip(e.Text)
		n := utf8.RuneCountInString(ts)
		var sp span
		if e.Offset != nil && sameLower(slice(text, *e.Offset, *e.Offset+n), ts) {
			sp = spanAt(*e.Offset, *e.Offset+n)
		} else {
			sp = findSpan(text, ts, cursor, used, nil)
		}
		spans = append(spans, sp)
		if sp.ok {
			used = append(used, sp)
			cursor = sp.hi
		}
	}
	return spans
}

// locatePreds is score.py's locate_preds: a span per prediction, at its
// offset when the text is there, else the unused occurrence nearest to the
// offset. The offset is tried as code points first, then bytes, then UTF-16
// units, so that the spans are the ones score.py finds.
func locatePreds(text string, found []Found) []span {
	runes := []rune(text)
	spans := make([]span, len(found))
	var used []span
	var rest []int
	for j, f := range found {
		ts := strip(f.Text)
		if ts == "" {
			continue
		}
		spans[j] = atOffset(runes, text, f, ts)
		if spans[j].ok {
			used = append(used, spans[j])
		} else {
			rest = append(rest, j)
		}
	}
	for _, j := range rest {
		near := found[j].Offset
		sp := findSpan(runes, strip(found[j].Text), 0, used, &near)
		spans[j] = sp
		if sp.ok {
			used = append(used, sp)
		}
	}
	return spans
}

// atOffset places a prediction whose stripped text is ts at one of the
// positions its offset may stand for, or returns an unknown span.
func atOffset(runes []rune, text string, f Found, ts string) span {
	n := utf8.RuneCountInString(ts)
	lead := utf8.RuneCountInString(f.Text) - utf8.RuneCountInString(strings.TrimLeftFunc(f.Text, isSpace))
	for _, o := range offsetCandidates(text, f.Offset) {
		for _, s := range []int{o + lead, o} {
			if sameLower(slice(runes, s, s+n), ts) {
				return spanAt(s, s+n)
			}
		}
	}
	return span{}
}
