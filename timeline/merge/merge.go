// Package merge builds the chronology: it joins the events that several
// articles (or one article twice) tell of the same happening into one
// entry that lists every source, each with its own sentence and its own
// date as stated. In the pipeline it comes after extraction:
//
//	Article -> Mention (tagger) -> Event (events) -> Happening (merge) -> Conflict (checks)
//
// Two events report the same happening when their predicates are of the
// same family (events.Family: "a annoncé", "l'annonce", "a estimé"), they
// are both affirmed or both negated, the places their headlines give agree,
// and either
//   - they are two dates of one sentence;
//   - their dates overlap and they share an actor, a theme, a place or a
//     content word;
//   - their dates are a day apart, in one article, with an actor in common;
//   - their dates differ by at most two weeks, but the same actors (or none
//     on either side) do the same thing to the same object (a theme or two
//     content words in common): the sources disagree on the date, and the
//     entry keeps both.
//
// A date longer than a year ("au XXe siècle", "de 1999 à 2012") joins
// nothing: it overlaps every event of its span, and one word in common
// would make them one happening.
//
// Joins are transitive. Merging is a pure function of the set of entries:
// the same entries in any order give the same chronology, and each join is
// explained in Happening.Why.
package merge

import (
	"cmp"
	"encoding/binary"
	"hash/maphash"
	"slices"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
)

// maxDisagreement bounds how far apart two sources may date one happening.
// Reports of one happening rarely disagree by more than two weeks; beyond
// that a second visit or a new truce is more likely than a mistake.
const maxDisagreement = 15 * 24 * time.Hour

// maxLinkedSpan bounds the dates that can join others: a year ("en
// 2012") may be a vague report of a dated event, a decade or a century is
// not.
const maxLinkedSpan = 366 * 24 * time.Hour

// Alone reports whether e's date is too long for e to join any other
// entry: it is a happening of its own, whatever else is merged.
func Alone(e timeline.Entry) bool {
	return wallClock(e.Date.End).Sub(wallClock(e.Date.Start)) > maxLinkedSpan
}

// item is an entry with what merging compares.
type item struct {
	timeline.Entry
	traits     events.Traits
	places     []string  // the places its headline gives
	start, end time.Time // its date's bounds as wall clocks (wallClock)
	alone      bool      // its date is too long to join any other (Alone)
	// key hashes what same reads of the item when the other item is of
	// another article (sameKeys): equal keys of equal such fields give
	// the same answer.
	key uint64
}

// newItem reads what merging compares of an entry.
func newItem(e timeline.Entry) item { return newItemWith(e, events.TraitsOf(e.Event)) }

// newItemWith is newItem with the traits of e read already.
func newItemWith(e timeline.Entry, traits events.Traits) item {
	it := item{Entry: e, traits: traits, places: givenPlaces(e),
		start: wallClock(e.Date.Start), end: wallClock(e.Date.End)}
	it.alone = it.end.Sub(it.start) > maxLinkedSpan
	it.key = mergeKey(&it)
	return it
}

// keySeed seeds the merge keys of the items of one process.
var keySeed = maphash.MakeSeed()

// mergeKey hashes the fields sameKeys compares.
func mergeKey(it *item) uint64 {
	var h maphash.Hash
	h.SetSeed(keySeed)
	h.WriteString(it.traits.Family)
	var flags [2]byte
	if it.traits.Negated {
		flags[0] = 1
	}
	if it.alone {
		flags[1] = 1
	}
	h.Write(flags[:])
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], uint64(it.start.UnixNano()))
	binary.LittleEndian.PutUint64(b[8:], uint64(it.end.UnixNano()))
	h.Write(b[:])
	for _, list := range [][]string{it.places, it.Actors, it.traits.Themes, it.traits.Words} {
		for _, s := range list {
			h.WriteString(s)
			h.WriteByte(0)
		}
		h.WriteByte(1)
	}
	return h.Sum64()
}

// sameKeys reports whether a and b hold the same fields of all those same
// reads when the other item is of another article: family, negation,
// length of date, bounds, places, actors, themes and words.
func sameKeys(a, b *item) bool {
	return a.key == b.key && a.traits.Family == b.traits.Family && a.traits.Negated == b.traits.Negated &&
		a.alone == b.alone && a.start.Equal(b.start) && a.end.Equal(b.end) &&
		equalLists(a.places, b.places) && equalLists(a.Actors, b.Actors) &&
		equalLists(a.traits.Themes, b.traits.Themes) && equalLists(a.traits.Words, b.traits.Words)
}

// equalLists is slices.Equal, at once for two views of one array: the
// copies of an event a Preparer read share their traits' lists.
func equalLists(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0] || slices.Equal(a, b)
}

// sameArticle reports whether two items come from the same article.
func sameArticle(a, b *item) bool {
	return a.ArticleID == b.ArticleID && a.Published.Equal(b.Published)
}

// Merge groups the entries that report the same happening and returns the
// chronology, oldest first. Entries whose date is not a calendar interval
// (durations, sets) are left out. The result does not depend on the order
// of entries.
//
// The entries go through a Sweep in date order, so that only entries that
// can still be joined are compared, each group on its own: dense dates (a
// dispatch reprinted by hundreds of outlets) cost no more than their
// groups.
func Merge(entries []timeline.Entry) []timeline.Happening {
	sorted := slices.Clone(entries)
	slices.SortStableFunc(sorted, func(a, b timeline.Entry) int {
		return wallClock(a.Date.Start).Compare(wallClock(b.Date.Start))
	})
	s := NewSweep()
	var p Preparer
	var out []timeline.Happening
	for _, e := range sorted {
		hs, _ := s.AddPrepared(p.Prepare(e)) // sorted: never refused
		out = append(out, hs...)
	}
	out = append(out, s.Close()...)
	slices.SortFunc(out, compareHappenings)
	assignIDs(out)
	return out
}

// mergeGroup merges entries at once, comparing every pair that dates and
// families allow: what Merge gives, for a group no link leaves.
func mergeGroup(entries []timeline.Entry) []timeline.Happening {
	return mergeItems(prepare(entries), true)
}

// mergeItems is mergeGroup for entries already read into items (a Sweep
// reads each entry once). It sorts them in the canonical order first:
// publication, article, sentence, date. Without why, the happenings come
// without the reasons of their joins.
func mergeItems(items []*item, why bool) []timeline.Happening {
	slices.SortStableFunc(items, func(a, b *item) int { return compareEntries(&a.Entry, &b.Entry) })
	g := newGroups(len(items))
	if !why {
		g.why = nil // no reasons kept, none written
	}
	joinAll(items, g)
	var out []timeline.Happening
	for _, members := range g.members() {
		out = append(out, happening(items, members, g.why[g.find(members[0])]))
	}
	slices.SortFunc(out, compareHappenings)
	assignIDs(out)
	return out
}

// pairClass is what the dates and articles of a pair allow, before their
// content is compared: the date relation same can find for them.
type pairClass int8

const (
	classSameLine pairClass = iota // two dates of one sentence
	classOverlap                   // overlapping dates
	classApart                     // apart: adjacent or disagreeing
)

// joinAll joins the items that report the same happening. The joins are
// made as if every linked pair were listed, the strongest relation first
// (two dates of one sentence, overlapping, adjacent, disagreeing dates),
// then in item order, and joined in that order: the explanations of a
// group then tell first what its sources agree on. A pair whose items are
// already joined cannot change anything, so its content is not compared:
// many copies of one report cost one comparison each, not one per pair.
//
// Only items of one predicate family whose dates are at most
// maxDisagreement apart can report the same happening, so candidates are
// taken within their family, in date order, and no further: the cost grows
// with the number of events that could match, not with the square of the
// archive.
func joinAll(items []*item, g *groups) {
	ps := newPairs(items)
	// The relation of a pair found apart: adjacent or disagreeing, or
	// none; filled when the pair is first compared. One byte per apart
	// pair: the pairs themselves are listed again at each level rather
	// than held, a group of thousands of copies having millions.
	const unknown, none = -1, -2
	var apart []int8
	nApart := 0 // apart pairs, counted while the overlap level lists every pair
	for _, level := range []dateRelation{datesSameLine, datesOverlap, datesAdjacent, datesDisagree} {
		want := classOf(level)
		switch {
		case want == classSameLine && !mayShareSentence(items):
			continue // no two dates of one sentence: no need to list every pair
		case want == classApart && nApart == 0:
			return // the overlap level listed every pair, none apart
		case want == classApart && apart == nil:
			apart = make([]int8, nApart)
			for i := range apart {
				apart[i] = unknown
			}
		}
		k := -1 // the index of the pair among apart pairs
		ps.each(func(p, q int, class pairClass) bool {
			if class == classApart {
				k++
				if want == classOverlap {
					nApart++
				}
			}
			if g.n == 1 {
				return false // one group: every pair is joined
			}
			if class != want || g.find(p) == g.find(q) {
				return true
			}
			if class == classApart && apart[k] != unknown && apart[k] != int8(level) {
				return true
			}
			a, b := items[p], items[q]
			r, ok := same(a, b)
			if class == classApart && apart[k] == unknown {
				apart[k] = none
				if ok {
					apart[k] = int8(r.dates)
				}
			}
			if ok && r.dates == level {
				reason := ""
				if g.why != nil {
					reason = r.explain(a, b)
				}
				g.join(p, q, reason)
			}
			return true
		})
		if g.n == 1 {
			return
		}
	}
}

// classOf is the class of pairs that can be linked by a date relation.
func classOf(d dateRelation) pairClass {
	switch d {
	case datesSameLine:
		return classSameLine
	case datesOverlap:
		return classOverlap
	}
	return classApart
}

// pairs lists the pairs of items of one family whose dates are close
// enough to be linked: i before j in date order (start, then index) with
// j starting at most maxDisagreement after i ends.
type pairs struct {
	items []*item
	// family[p] lists the items of p's family in index order; at[p] is
	// p's position in it. Items without a family have none.
	family [][]int
	at     []int
}

func newPairs(items []*item) pairs {
	ps := pairs{items: items, family: make([][]int, len(items)), at: make([]int, len(items))}
	members := map[string][]int{}
	for i, it := range items {
		if f := it.traits.Family; f != "" {
			members[it.traits.Family] = append(members[f], i)
		}
	}
	for _, idx := range members {
		for k, i := range idx {
			ps.family[i], ps.at[i] = idx, k
		}
	}
	return ps
}

// each calls fn with every pair, p < q, in order of p then q, with the
// class of date relation its dates allow, until fn returns false.
func (ps pairs) each(fn func(p, q int, class pairClass) bool) {
	for p, idx := range ps.family {
		if idx == nil {
			continue // no family: no pair
		}
		for _, q := range idx[ps.at[p]+1:] {
			if ps.close(p, q) && !fn(p, q, classify(ps.items[p], ps.items[q])) {
				return
			}
		}
	}
}

// mayShareSentence reports whether two items may be two dates of one
// sentence (classSameLine): one article, one sentence, two dates.
func mayShareSentence(items []*item) bool {
	type sentence struct {
		article   string
		published int64 // the instant, as Equal compares it
		offset    int
	}
	first := map[sentence]int{} // the date offset of the first item of each sentence
	for i := range items {
		it := items[i]
		key := sentence{it.ArticleID, it.Published.UnixNano(), it.SentenceOffset}
		if off, ok := first[key]; !ok {
			first[key] = it.Date.Offset
		} else if off != it.Date.Offset {
			return true
		}
	}
	return false
}

// close reports whether items p < q are close enough to be linked: the
// one that comes second in date order starts at most maxDisagreement after
// the first ends.
func (ps pairs) close(p, q int) bool {
	first, second := ps.items[p], ps.items[q]
	if second.start.Before(first.start) {
		first, second = second, first
	}
	return !moreThanAfter(second.start, first.end, maxDisagreement)
}

// moreThanAfter reports whether t is more than d after u, d >= 0: what
// t.Sub(u) > d tells, exactly, including where Sub saturates. Sub checks
// its own result by adding it back, which cost more than the rest of the
// sweep's loop over the open entries of a family.
func moreThanAfter(t, u time.Time, d time.Duration) bool {
	const second = int64(time.Second)
	// t - u = ds seconds + dn nanoseconds; d = dds seconds + ddn.
	ds := t.Unix() - u.Unix()
	dn := int64(t.Nanosecond() - u.Nanosecond()) // within (-1e9, 1e9)
	dds, ddn := int64(d)/second, int64(d)%second
	switch {
	case ds-dds >= 2:
		return true
	case ds-dds <= -2:
		return false
	}
	return (ds-dds)*second+dn-ddn > 0
}

// classify tells the class of date relation a pair can have, as same
// decides it: two dates of one sentence first, then overlapping dates,
// else apart.
func classify(a, b *item) pairClass {
	sameArticle := a.ArticleID == b.ArticleID && a.Published.Equal(b.Published)
	if sameArticle && a.SentenceOffset == b.SentenceOffset && a.Date.Offset != b.Date.Offset {
		return classSameLine
	}
	if a.end.After(b.start) && b.end.After(a.start) {
		return classOverlap
	}
	return classApart
}

// prepare keeps the entries that have a calendar date and reads their
// traits.
func prepare(entries []timeline.Entry) []*item {
	items := make([]*item, 0, len(entries))
	for _, e := range entries {
		if !e.Date.HasInterval() {
			continue
		}
		it := newItem(e)
		items = append(items, &it)
	}
	return items
}

// compareEntries orders entries by publication, article, position in the
// article and date; the remaining fields only break ties between entries
// that differ nowhere else, so that the order is total.
func compareEntries(a, b *timeline.Entry) int {
	return cmp.Or(
		a.Published.Compare(b.Published),
		cmp.Compare(a.ArticleID, b.ArticleID),
		cmp.Compare(a.SentenceOffset, b.SentenceOffset),
		cmp.Compare(a.Date.Offset, b.Date.Offset),
		cmp.Compare(a.Date.Value, b.Date.Value),
		cmp.Compare(a.Mention, b.Mention),
		cmp.Compare(a.Summary, b.Summary),
		cmp.Compare(a.Source, b.Source),
	)
}

// compareHappenings orders the chronology: by date, then by the first
// publication that reports it, then by identity of the first source.
func compareHappenings(a, b timeline.Happening) int {
	return cmp.Or(
		a.Date.Start.Compare(b.Date.Start),
		a.Date.End.Compare(b.Date.End),
		compareEntries(&a.Sources[0], &b.Sources[0]),
	)
}

// groups is a union-find over item indexes that keeps, for each group,
// the explanation of every join in the order the joins were made.
type groups struct {
	n      int // how many groups
	parent []int
	why    map[int][]string // nil: no explanations kept
}

func newGroups(n int) *groups {
	g := &groups{n: n, parent: make([]int, n), why: map[int][]string{}}
	for i := range g.parent {
		g.parent[i] = i
	}
	return g
}

func (g *groups) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// join merges the groups of i and j, recording why when they were apart
// and g keeps reasons (why is not nil).
// The smaller root stays the root, so that roots do not depend on the
// order of joins.
func (g *groups) join(i, j int, why string) {
	ri, rj := g.find(i), g.find(j)
	if ri == rj {
		return
	}
	if rj < ri {
		ri, rj = rj, ri
	}
	g.parent[rj] = ri
	g.n--
	if g.why != nil {
		g.why[ri] = append(append(g.why[ri], g.why[rj]...), why)
		delete(g.why, rj)
	}
}

// members returns the indexes of each group, in index order, the groups
// ordered by their first member.
func (g *groups) members() [][]int {
	byRoot := map[int][]int{}
	var roots []int
	for i := range g.parent {
		r := g.find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, len(roots))
	for k, r := range roots {
		out[k] = byRoot[r]
	}
	return out
}
