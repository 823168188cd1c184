package fr

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// byteSet is a set of bytes.
type byteSet [256]bool

// firstBytes returns the bytes a match of pattern can start with, and
// whether the pattern can match the empty string (then any start is
// possible). The tagger tries many rules at many word starts; most starts
// are ruled out by their first byte, which is far cheaper than running the
// regular expression.
func firstBytes(pattern string) (byteSet, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return byteSet{}, true
	}
	var set byteSet
	nullable := first(re.Simplify(), &set)
	return set, nullable
}

// first adds to set the first bytes of re's matches and reports whether re
// matches the empty string.
func first(re *syntax.Regexp, set *byteSet) bool {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		addRune(set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addRange(set, re.Rune[i], re.Rune[i+1])
		}
		return false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for i := range set {
			set[i] = true
		}
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return first(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		first(re.Sub[0], set)
		return true
	case syntax.OpRepeat:
		n := first(re.Sub[0], set)
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !first(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			if first(sub, set) {
				nullable = true
			}
		}
		return nullable
	}
	return true // empty-width assertions and empty matches
}

// addRune adds the first byte of r, and of its other cases when fold is set.
func addRune(set *byteSet, r rune, fold bool) {
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	set[buf[0]] = true
	if !fold {
		return
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		utf8.EncodeRune(buf[:], f)
		set[buf[0]] = true
	}
}

// addRange adds the first bytes of every rune in [lo, hi].
func addRange(set *byteSet, lo, hi rune) {
	for r := lo; r <= hi; r++ {
		if r >= utf8.RuneSelf && hi-r > 4096 {
			for b := 0xc2; b <= 0xf4; b++ { // any lead byte of a multi-byte rune
				set[b] = true
			}
			return
		}
		addRune(set, r, false)
	}
}
