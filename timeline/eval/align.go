package eval

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// pair links gold mention gold to prediction pred.
type pair struct{ gold, pred int }

func comparePairs(a, b pair) int {
	return cmp.Or(cmp.Compare(a.gold, b.gold), cmp.Compare(a.pred, b.pred))
}

// mention is what alignment needs of a gold or predicted mention.
type mention struct {
	span span
	text string
	// hasText is false for a gold mention without text, which never
	// matches strictly.
	hasText bool
}

// overlap counts the characters two mentions share; when a span is unknown,
// text containment stands for position.
func overlap(a, b mention) int {
	if a.span.ok && b.span.ok {
		return max(0, min(a.span.hi, b.span.hi)-max(a.span.lo, b.span.lo))
	}
	na, nb := normText(a.text), normText(b.text)
	if na != "" && nb != "" && (strings.Contains(nb, na) || strings.Contains(na, nb)) {
		return min(utf8.RuneCountInString(na), utf8.RuneCountInString(nb))
	}
	return 0
}

// alignment is the one-to-one matching of a case's gold and predicted
// mentions. Every strict pair is also relaxed.
type alignment struct {
	strict  map[pair]bool
	relaxed []pair // sorted by gold, then prediction
}

// candidate is an overlapping pair with what orders it.
type candidate struct {
	pair
	overlap, distance int
	same              bool // identical normalised text
}

// align is score.py's align: strict pairs (same normalised text,
// overlapping) first, by largest overlap, then nearest start; then the
// remaining overlapping pairs by largest overlap, same text first, nearest
// start. Ties go to the lowest indices.
func align(golds, preds []mention) alignment {
	cands := candidates(golds, preds)
	a := alignment{strict: map[pair]bool{}}
	goldUsed, predUsed := map[int]bool{}, map[int]bool{}
	take := func(c candidate) bool {
		if goldUsed[c.gold] || predUsed[c.pred] {
			return false
		}
		goldUsed[c.gold], predUsed[c.pred] = true, true
		a.relaxed = append(a.relaxed, c.pair)
		return true
	}
	slices.SortFunc(cands, func(x, y candidate) int {
		return cmp.Or(cmp.Compare(y.overlap, x.overlap), cmp.Compare(x.distance, y.distance), comparePairs(x.pair, y.pair))
	})
	for _, c := range cands {
		if c.same && take(c) {
			a.strict[c.pair] = true
		}
	}
	slices.SortFunc(cands, func(x, y candidate) int {
		return cmp.Or(cmp.Compare(y.overlap, x.overlap), compareBool(y.same, x.same),
			cmp.Compare(x.distance, y.distance), comparePairs(x.pair, y.pair))
	})
	for _, c := range cands {
		take(c)
	}
	slices.SortFunc(a.relaxed, comparePairs)
	return a
}

// candidates lists the overlapping gold-prediction pairs.
func candidates(golds, preds []mention) []candidate {
	var out []candidate
	for i, g := range golds {
		for j, p := range preds {
			ov := overlap(g, p)
			if ov <= 0 {
				continue
			}
			c := candidate{pair: pair{i, j}, overlap: ov, same: g.hasText && normText(g.text) == normText(p.text)}
			if g.span.ok && p.span.ok {
				c.distance = abs(g.span.lo - p.span.lo)
			}
			out = append(out, c)
		}
	}
	return out
}

// compareBool orders false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
