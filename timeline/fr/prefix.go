package fr

import (
	"regexp/syntax"
	"sync"
	"unicode"
	"unicode/utf8"
)

// prefixLen is how many bytes of a match prefixSet looks at.
const prefixLen = 3

// maxPrefixes bounds a prefix set: past it the analysis gives up and the
// rule is tried at every start its first byte allows.
const maxPrefixes = 4096

// prefixSet holds the first prefixLen bytes every match of a pattern can
// start with (the whole match when shorter). Many words share a first byte
// with a rule's words ("dans" and "deux", "de" and "dimanche"); three bytes
// tell them apart before the regular expression runs.
type prefixSet map[string]bool

// prefixes returns the prefix set of pattern, or nil when it cannot be
// told (a class too wide, a match that can be empty).
func prefixes(pattern string) prefixSet {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	ps, ok := prefixesOf(re.Simplify())
	if !ok || ps[""] {
		return nil
	}
	return ps
}

// allows reports whether a match can start at text[start:].
func (ps prefixSet) allows(text string, start int) bool {
	if ps == nil {
		return true
	}
	s := text[start:min(len(text), start+prefixLen)]
	for n := len(s); n > 0; n-- {
		if ps[s[:n]] {
			return true
		}
	}
	return false
}

// leadSet is a prefixSet keyed by integers, which the tagger asks at every
// start of every rule: a lookup hashes four bytes instead of a string.
// Nil allows any start.
type leadSet map[uint32]struct{}

// leadKey packs a prefix of at most prefixLen bytes and its length.
func leadKey(s string) uint32 {
	k := uint32(len(s)) << 24
	for i := 0; i < len(s); i++ {
		k |= uint32(s[i]) << (8 * i)
	}
	return k
}

// leads returns ps as a leadSet.
func (ps prefixSet) leads() leadSet {
	if ps == nil {
		return nil
	}
	out := make(leadSet, len(ps))
	for p := range ps {
		out[leadKey(p)] = struct{}{}
	}
	return out
}

// allows reports whether a match can start at text[start:].
func (ls leadSet) allows(text string, start int) bool {
	if ls == nil {
		return true
	}
	s := text[start:min(len(text), start+prefixLen)]
	for n := len(s); n > 0; n-- {
		if _, ok := ls[leadKey(s[:n])]; ok {
			return true
		}
	}
	return false
}

// prefixesOf returns the prefixes of re's matches, cut at prefixLen bytes,
// "" standing for the empty match; ok is false when they cannot be told.
func prefixesOf(re *syntax.Regexp) (prefixSet, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return prefixSet{"": true}, true
	case syntax.OpLiteral:
		return literalPrefixes(re.Rune, re.Flags&syntax.FoldCase != 0)
	case syntax.OpCharClass:
		return classPrefixes(re.Rune)
	case syntax.OpCapture:
		return prefixesOf(re.Sub[0])
	case syntax.OpQuest:
		ps, ok := prefixesOf(re.Sub[0])
		if !ok {
			return nil, false
		}
		ps[""] = true
		return ps, true
	case syntax.OpStar, syntax.OpPlus:
		// One to prefixLen turns of the item, each at least a byte long
		// or empty, cover every prefix; a star adds the empty match.
		ps, ok := prefixesOf(re.Sub[0])
		if !ok {
			return nil, false
		}
		out := prefixSet{}
		if re.Op == syntax.OpStar {
			out[""] = true
		}
		cur := prefixSet{"": true}
		for range prefixLen {
			if cur, ok = concatPrefixes(cur, ps); !ok {
				return nil, false
			}
			for p := range cur {
				out[p] = true
			}
		}
		return out, len(out) <= maxPrefixes
	case syntax.OpRepeat:
		if re.Max == -1 || re.Max > 4 {
			return nil, false
		}
		sub, ok := prefixesOf(re.Sub[0])
		if !ok {
			return nil, false
		}
		out := prefixSet{}
		cur := prefixSet{"": true}
		for n := 0; n <= re.Max; n++ {
			if n >= re.Min {
				for p := range cur {
					out[p] = true
				}
			}
			if cur, ok = concatPrefixes(cur, sub); !ok {
				return nil, false
			}
		}
		return out, len(out) <= maxPrefixes
	case syntax.OpConcat:
		out := prefixSet{"": true}
		for _, sub := range re.Sub {
			ps, ok := prefixesOf(sub)
			if !ok {
				return nil, false
			}
			if out, ok = concatPrefixes(out, ps); !ok {
				return nil, false
			}
			if complete(out) {
				break
			}
		}
		return out, true
	case syntax.OpAlternate:
		out := prefixSet{}
		for _, sub := range re.Sub {
			ps, ok := prefixesOf(sub)
			if !ok {
				return nil, false
			}
			for p := range ps {
				out[p] = true
			}
		}
		return out, len(out) <= maxPrefixes
	}
	return nil, false // any character, and what this analysis does not know
}

// complete reports whether every prefix is already prefixLen bytes long.
func complete(ps prefixSet) bool {
	for p := range ps {
		if len(p) < prefixLen {
			return false
		}
	}
	return true
}

// concatPrefixes gives the prefixes of a match of a followed by one of b.
// A prefix x of a keeps only the first prefixLen-len(x) bytes of those of
// b: b is cut once at each such length, and the pairs are joined in a
// buffer, so that a key is made only for a prefix not seen yet (the large
// classes and alternations of the rules make tens of thousands of pairs).
func concatPrefixes(a, b prefixSet) (prefixSet, bool) {
	var cuts [prefixLen + 1]prefixSet
	cut := func(m int) prefixSet {
		if cuts[m] == nil {
			cuts[m] = make(prefixSet, len(b))
			for y := range b {
				cuts[m][y[:min(len(y), m)]] = true
			}
		}
		return cuts[m]
	}
	out := prefixSet{}
	var buf [prefixLen]byte
	for x := range a {
		if len(x) >= prefixLen {
			out[x] = true
			continue
		}
		n := copy(buf[:], x)
		for y := range cut(prefixLen - len(x)) {
			key := buf[:n+copy(buf[n:], y)]
			if !out[string(key)] {
				out[string(key)] = true
			}
		}
		if len(out) > maxPrefixes {
			return nil, false
		}
	}
	return out, true
}

// literalPrefixes gives the prefixes of a literal, in every case when fold
// is set.
func literalPrefixes(runes []rune, fold bool) (prefixSet, bool) {
	out := prefixSet{"": true}
	for _, r := range runes {
		variants := []rune{r}
		if fold {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				variants = append(variants, f)
			}
		}
		one := prefixSet{}
		for _, v := range variants {
			one[string(v)] = true
		}
		var ok bool
		if out, ok = concatPrefixes(out, one); !ok {
			return nil, false
		}
		if complete(out) {
			break
		}
	}
	return out, true
}

// classPrefixes gives the prefixes of one rune of a class, unless the
// class is too wide to list.
func classPrefixes(ranges []rune) (prefixSet, bool) {
	out := prefixSet{}
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		if hi-lo > 256 || hi > unicode.MaxRune {
			return nil, false
		}
		for r := lo; r <= hi; r++ {
			if utf8.ValidRune(r) {
				out[string(r)[:min(len(string(r)), prefixLen)]] = true
			}
		}
		if len(out) > maxPrefixes {
			return nil, false
		}
	}
	return out, true
}

// leadTable tells, from the first two bytes of a start (leadSlot), which
// of the compiled rules may match there: bit i stands for rule i. Each
// rule's first bytes (starts) and leads decide its bits, as a necessary
// condition: a start whose bytes share a slot with another pair may have
// more bits than its own. One load per start spares most rules the
// lookups of their lead sets, which most starts fail.
type leadTable [1 << 12]uint32

// leadSlot hashes the first two bytes of a start into a leadTable.
func leadSlot(a, b byte) int { return (int(a)<<4 ^ int(b)) & (len(leadTable{}) - 1) }

// leadRules returns the lead table of the compiled rules.
var leadRules = sync.OnceValue(func() *leadTable { return newLeadTable(compiledRules()) })

// newLeadTable builds the lead table of rules, by their bits.
func newLeadTable(rules []*Rule) *leadTable {
	t := &leadTable{}
	for _, r := range rules {
		first := func(a int) bool { return r.anyStart || r.starts[a] }
		setAll := func(a int) {
			for b := range 256 {
				t[leadSlot(byte(a), byte(b))] |= r.bit
			}
		}
		if r.leads == nil {
			for a := range 256 {
				if first(a) {
					setAll(a)
				}
			}
			continue
		}
		for k := range r.leads {
			a, n := int(byte(k)), k>>24
			switch {
			case !first(a):
			case n == 1:
				setAll(a)
			case n >= 2:
				t[leadSlot(byte(a), byte(k>>8))] |= r.bit
			}
		}
	}
	return t
}
