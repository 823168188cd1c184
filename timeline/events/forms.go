package events

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// formSet finds the forms of a gazetteer (names, titles) in a normalised
// sentence in one pass over it, where searching each form with
// strings.Index takes one pass per form. It finds the occurrences that
// open a word, the only ones wordAt can accept, or all of them.
//
// A form that may overlap itself ("abab" in "ababab") is left to
// strings.Index: searching it anew after each occurrence, as the
// gazetteer does, skips overlapping occurrences that a scan of every
// position would give. So is an empty or invalid form. A formSet is
// read-only once built, and safe for concurrent use.
type formSet struct {
	ids  map[string]int // index of each form
	slow []bool         // by index: search with strings.Index
	// first holds the indexes of the other forms of four bytes or more,
	// by first byte, sorted by heads: match seeks the head of the text
	// among them rather than trying each ("le ", "la ", "l'" open many
	// forms); short holds the shorter ones.
	first [256][]int
	short [256][]int
	opens [256]bool // whether first or short holds forms for a byte
	forms []string  // by index
	heads []uint32  // by index: the first four bytes of the form, or all of it
	masks []uint32  // by index: the bits of heads that hold bytes of the form
}

// occurrence is a form found at a byte position of a sentence.
type occurrence struct{ pos, form int }

// newFormSet indexes forms; repeated forms count once.
func newFormSet(forms []string) *formSet {
	fs := &formSet{ids: make(map[string]int, len(forms))}
	for _, f := range forms {
		if _, ok := fs.ids[f]; ok {
			continue
		}
		id := len(fs.forms)
		fs.ids[f] = id
		fs.forms = append(fs.forms, f)
		slow := f == "" || !utf8.ValidString(f) || overlapsItself(f)
		fs.slow = append(fs.slow, slow)
		head, mask := head4(f)
		fs.heads, fs.masks = append(fs.heads, head), append(fs.masks, mask)
		switch {
		case slow:
		case len(f) >= 4:
			fs.first[f[0]] = append(fs.first[f[0]], id)
			fs.opens[f[0]] = true
		default:
			fs.short[f[0]] = append(fs.short[f[0]], id)
			fs.opens[f[0]] = true
		}
	}
	for _, ids := range fs.first {
		slices.SortStableFunc(ids, func(a, b int) int { return cmp.Compare(fs.heads[a], fs.heads[b]) })
	}
	return fs
}

// titleIndex is the search index of the titles of a gazetteer, with the
// clues that tell a text in which none can stand.
type titleIndex struct {
	*formSet
	clues []string // the runs of three ASCII small letters or more of the titles
	needs [][]int  // by title index: the indexes of its runs in clues
}

func newTitleIndex(titles []string) *titleIndex {
	ti := &titleIndex{formSet: newFormSet(titles)}
	for _, t := range ti.forms {
		var need []int
		for _, run := range strings.FieldsFunc(t, func(r rune) bool { return r < 'a' || r > 'z' }) {
			if len(run) < 3 {
				continue // too common to tell anything
			}
			k := slices.Index(ti.clues, run)
			if k < 0 {
				k, ti.clues = len(ti.clues), append(ti.clues, run)
			}
			need = append(need, k)
		}
		ti.needs = append(ti.needs, need)
	}
	// Runs that several titles share are tried first, then the longest:
	// a text without them needs few searches.
	shares := make([]int, len(ti.clues))
	for _, need := range ti.needs {
		for _, k := range need {
			shares[k]++
		}
	}
	for _, need := range ti.needs {
		slices.SortStableFunc(need, func(a, b int) int {
			return cmp.Or(cmp.Compare(shares[b], shares[a]), cmp.Compare(len(ti.clues[b]), len(ti.clues[a])))
		})
	}
	return ti
}

// mayStand reports whether one of titles may stand in normalise(text),
// given the folded text of a text whose words fold to the same length
// (see doc): the ASCII letters of a title in normalise(text) come from
// ASCII letters of the text, in a row, so that the folded text holds
// every run of them. A title unknown to ti may always stand.
func (ti *titleIndex) mayStand(titles map[string]string, folded string) bool {
	const unknown, absent, present = 0, 1, 2
	seen := make([]byte, len(ti.clues)) // what folded holds of each clue
	holds := func(k int) bool {
		if seen[k] == unknown {
			seen[k] = absent
			if strings.Contains(folded, ti.clues[k]) {
				seen[k] = present
			}
		}
		return seen[k] == present
	}
	for title := range titles {
		id, ok := ti.ids[title]
		if !ok || !slices.ContainsFunc(ti.needs[id], func(k int) bool { return !holds(k) }) {
			return true
		}
	}
	return false
}

// head4 returns the first four bytes of s (fewer if it is shorter) as a
// little-endian number, and the mask of the bits they fill.
func head4(s string) (head, mask uint32) {
	for k := 0; k < 4 && k < len(s); k++ {
		head |= uint32(s[k]) << (8 * k)
		mask |= 0xff << (8 * k)
	}
	return head, mask
}

// overlapsItself reports whether two occurrences of f may overlap: a
// proper prefix of f is also its suffix.
func overlapsItself(f string) bool {
	for k := 1; k < len(f); k++ {
		if strings.HasPrefix(f, f[k:]) {
			return true
		}
	}
	return false
}

// find appends to buf the occurrences in s of the forms that are not
// slow, at the positions where a word may start (see wordAt), in
// position order. With anywhere set, it gives those at every position.
func (fs *formSet) find(s string, anywhere bool, buf []occurrence) []occurrence {
	if anywhere || !utf8.ValidString(s) {
		for p := 0; p < len(s); p++ {
			if fs.opens[s[p]] && (anywhere || wordStart(s, p)) {
				buf = fs.match(s, p, buf)
			}
		}
		return buf
	}
	// In valid UTF-8, the rune before p is the one read last; the bytes
	// inside a rune open no form.
	wordish := false // the rune before p is a letter or a hyphen
	for p := 0; p < len(s); {
		c := s[p]
		if !wordish && fs.opens[c] {
			buf = fs.match(s, p, buf)
		}
		if c < utf8.RuneSelf {
			wordish = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-'
			p++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[p:])
		wordish = unicode.IsLetter(r)
		p += n
	}
	return buf
}

// match appends to buf the forms that are not slow found at p in s.
func (fs *formSet) match(s string, p int, buf []occurrence) []occurrence {
	head, _ := head4(s[p:])
	if ids := fs.first[s[p]]; len(ids) > 0 && p+4 <= len(s) {
		// The forms whose four first bytes are those of s at p.
		lo, hi := 0, len(ids)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if fs.heads[ids[m]] < head {
				lo = m + 1
			} else {
				hi = m
			}
		}
		for _, id := range ids[lo:] {
			if fs.heads[id] != head {
				break
			}
			if strings.HasPrefix(s[p:], fs.forms[id]) {
				buf = append(buf, occurrence{p, id})
			}
		}
	}
	for _, id := range fs.short[s[p]] {
		if head&fs.masks[id] == fs.heads[id] && strings.HasPrefix(s[p:], fs.forms[id]) {
			buf = append(buf, occurrence{p, id})
		}
	}
	return buf
}

// wordStart reports whether a word may start at position p of s: the
// rune before is neither a letter nor a hyphen. It is the first half of
// wordAt.
func wordStart(s string, p int) bool {
	if p == 0 {
		return true
	}
	if c := s[p-1]; c < utf8.RuneSelf {
		return !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-')
	}
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	return !unicode.IsLetter(r)
}

// searchFrom calls at, in position order, with every position where form
// stands in s, as found by searching s with strings.Index again after each
// occurrence: occurrences that overlap one found before are skipped.
func searchFrom(s, form string, at func(p int)) {
	for i := 0; ; {
		j := strings.Index(s[i:], form)
		if j < 0 {
			return
		}
		p := i + j
		i = p + len(form)
		at(p)
	}
}

// each calls at with every position of the form of index id in s, in
// position order, as searchFrom does, using the occurrences occ that find
// gave for s. A form that find does not search is searched with
// searchFrom; of the others, only the positions where a word may start
// are given (wordAt rejects the others).
func (fs *formSet) each(s string, id int, occ []occurrence, at func(p int)) {
	if fs.slow[id] {
		searchFrom(s, fs.forms[id], at)
		return
	}
	for _, o := range occ {
		if o.form == id {
			at(o.pos)
		}
	}
}

// eachOf is each for a form given as a string, which may be unknown to fs.
func (fs *formSet) eachOf(s, form string, occ []occurrence, at func(p int)) {
	if id, ok := fs.ids[form]; ok {
		fs.each(s, id, occ, at)
		return
	}
	searchFrom(s, form, at)
}

// absent reports whether the form of index id is known not to stand in
// the sentence whose occurrences are occ, so that it need not be tried.
func (fs *formSet) absent(id int, occ []occurrence) bool {
	if fs.slow[id] {
		return false
	}
	for _, o := range occ {
		if o.form == id {
			return false
		}
	}
	return true
}
