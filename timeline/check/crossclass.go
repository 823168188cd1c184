package check

import (
	"cmp"
	"slices"
	"sort"

	"github.com/timeline-fr/timeline/timeline"
)

// byClass is disagreements for happenings of many sources. It gives what
// pairwise gives, without listing every pair: the sources that only
// their articles tell apart (same kind of statement, dates, value, and
// publication for an announcement) form a class, and whether two sources
// disagree is whether their classes do and their articles differ.
//
// It walks the sources in order as pairwise does. For source a, each
// class that disagrees with a's says where its first pair with a falls
// (the first member after a from another article), which creates the
// disagreement of the two values if none has them yet, in the order
// pairwise would. The members that pairwise would then add to the other
// side are those after a, from another article than a's, whose article
// that side lacks: each class keeps, per disagreement, the members not
// yet added nor passed, so that a member is looked at a few times in
// all, not once per earlier source.
func byClass(h timeline.Happening, facts []sourceFacts) []disagreement {
	classes, classOf := sourceClasses(h, facts)
	var out []disagreement
	index := map[[2]string]*classDisagreement{}
	var touched []classTouch
	var found []int
	for i := range h.Sources {
		ca := classOf[i]
		if ca < 0 {
			continue
		}
		a, art := &h.Sources[i], facts[i].article
		touched = touched[:0]
		for _, cb := range classes[ca].rivals {
			j := classes[cb].firstAfter(i, art, facts)
			if j < 0 {
				continue
			}
			key := unordered(a.Date.Value, classes[cb].value)
			k := slices.IndexFunc(touched, func(t classTouch) bool { return t.key == key })
			if k < 0 {
				touched = append(touched, classTouch{key: key, first: j})
				k = len(touched) - 1
			}
			touched[k].first = min(touched[k].first, j)
			touched[k].classes = append(touched[k].classes, cb)
		}
		// The disagreements a opens are created in the order of their
		// first pairs.
		slices.SortFunc(touched, func(x, y classTouch) int { return cmp.Compare(x.first, y.first) })
		for _, t := range touched {
			d := index[t.key]
			if d == nil {
				out = append(out, newDisagreement(a, &h.Sources[t.first]))
				d = &classDisagreement{at: len(out) - 1, first: a.Date.Value, pending: map[int][]int{}}
				index[t.key] = d
			}
			sa := 0
			if a.Date.Value != d.first {
				sa = 1
			}
			sb := 1 - sa
			dis := &out[d.at]
			dis.addSource(sa, a)
			found = found[:0]
			for _, cb := range t.classes {
				found = d.take(&classes[cb], cb, i, art, sb, dis, h, facts, found)
			}
			slices.Sort(found)
			for _, j := range found {
				dis.addSource(sb, &h.Sources[j])
			}
		}
	}
	return out
}

// sourceClass is a class of comparable sources that only their articles
// tell apart.
type sourceClass struct {
	value   string
	members []int // indexes of the sources, ascending
	// nextOther[p] is the first position after p whose source comes from
	// another article than members[p]'s, or len(members).
	nextOther []int
	rivals    []int // the classes whose sources disagree with this one's
}

// classKey is what disagreeAs and the grouping by values read of a
// source, but its article.
type classKey struct {
	kind                  string
	start, end, published instant
	value                 string
}

// sourceClasses groups the comparable sources of h into classes, in the
// order of their first members, and gives the class of each source (-1
// for those that state nothing comparable).
func sourceClasses(h timeline.Happening, facts []sourceFacts) ([]sourceClass, []int) {
	var classes []sourceClass
	classOf := make([]int, len(h.Sources))
	ids := map[classKey]int{}
	for i := range h.Sources {
		f := &facts[i]
		if f.kind == "" {
			classOf[i] = -1
			continue
		}
		key := classKey{kind: f.kind, start: f.start, end: f.end, value: h.Sources[i].Date.Value}
		if f.kind == announcement {
			key.published = f.published // only an announcement's publication matters
		}
		c, ok := ids[key]
		if !ok {
			c = len(classes)
			ids[key] = c
			classes = append(classes, sourceClass{value: key.value})
		}
		classes[c].members = append(classes[c].members, i)
		classOf[i] = c
	}
	for c := range classes {
		cl := &classes[c]
		cl.nextOther = make([]int, len(cl.members))
		for p := len(cl.members) - 1; p >= 0; p-- {
			switch {
			case p == len(cl.members)-1:
				cl.nextOther[p] = len(cl.members)
			case facts[cl.members[p+1]].article != facts[cl.members[p]].article:
				cl.nextOther[p] = p + 1
			default:
				cl.nextOther[p] = cl.nextOther[p+1]
			}
		}
		for r := range classes {
			fa, fb := facts[cl.members[0]], facts[classes[r].members[0]]
			fa.article, fb.article = -1, -2 // two articles: the classes alone decide
			if fa.kind == fb.kind && disagreeAs(&fa, &fb) {
				cl.rivals = append(cl.rivals, r)
			}
		}
	}
	return classes, classOf
}

// firstAfter returns the first member of c after source i that comes from
// another article than art, or -1.
func (c *sourceClass) firstAfter(i, art int, facts []sourceFacts) int {
	p := sort.SearchInts(c.members, i+1)
	if p == len(c.members) {
		return -1
	}
	if facts[c.members[p]].article != art {
		return c.members[p]
	}
	if q := c.nextOther[p]; q < len(c.members) {
		return c.members[q]
	}
	return -1
}

// classDisagreement is what byClass keeps of a disagreement it found.
type classDisagreement struct {
	at    int    // its position in the output
	first string // the value of its side 0
	// pending holds, by class, the positions of the members that may
	// still join the disagreement as the later source of a pair: not
	// yet passed by the walk, and from an article that the side lacks.
	pending map[int][]int
}

// take appends to found the members of class c (number cb) that pairwise
// would add to side sb of dis as the later sources of pairs with source
// i of article art, and forgets those no later pair can add.
func (d *classDisagreement) take(c *sourceClass, cb, i, art, sb int, dis *disagreement, h timeline.Happening,
	facts []sourceFacts, found []int) []int {
	pend, ok := d.pending[cb]
	if !ok {
		pend = make([]int, len(c.members))
		for p := range pend {
			pend[p] = p
		}
	}
	keep := pend[:0]
	for _, p := range pend {
		j := c.members[p]
		switch {
		case j <= i: // passed: no later pair has it second
		case facts[j].article == art:
			keep = append(keep, p) // no pair with a source of its own article
		case dis.articles[sb][h.Sources[j].ArticleID]: // its article is there for good
		default:
			found = append(found, j)
		}
	}
	d.pending[cb] = keep
	return found
}

// classTouch is a disagreement that the pairs of one source reach: its
// two values, its first pair's later source, and the classes it reaches.
type classTouch struct {
	key     [2]string
	first   int
	classes []int
}

// unordered returns the two values in a fixed order.
func unordered(x, y string) [2]string {
	if y < x {
		x, y = y, x
	}
	return [2]string{x, y}
}
