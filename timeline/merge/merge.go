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
// Joins are transitive. Merging is a pure function of the set of entries:
// the same entries in any order give the same chronology, and each join is
// explained in Happening.Why.
package merge

import (
	"cmp"
	"maps"
	"slices"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
)

// maxDisagreement bounds how far apart two sources may date one happening.
// Reports of one happening rarely disagree by more than two weeks; beyond
// that a second visit or a new truce is more likely than a mistake.
const maxDisagreement = 15 * 24 * time.Hour

// item is an entry with what merging compares.
type item struct {
	timeline.Entry
	traits events.Traits
	places []string // the places its headline gives
}

// Merge groups the entries that report the same happening and returns the
// chronology, oldest first. Entries whose date is not a calendar interval
// (durations, sets) are left out. The result does not depend on the order
// of entries.
func Merge(entries []timeline.Entry) []timeline.Happening {
	items := prepare(entries)
	g := newGroups(len(items))
	for _, l := range links(items) {
		g.join(l.i, l.j, l.r.explain(items[l.i], items[l.j]))
	}
	var out []timeline.Happening
	for _, members := range g.members() {
		out = append(out, happening(items, members, g.why[g.find(members[0])]))
	}
	slices.SortFunc(out, compareHappenings)
	assignIDs(out)
	return out
}

// link says that items i and j report the same happening, and why.
type link struct {
	i, j int
	r    reason
}

// links returns every pair of items that report the same happening, the
// strongest first (two dates of one sentence, overlapping dates, adjacent
// dates, disagreeing dates), then in item order: the explanations of a
// group then tell first what its sources agree on.
//
// Only items of one predicate family whose dates are at most
// maxDisagreement apart can report the same happening, so items are
// compared within their family, in date order, and no further: the cost
// grows with the number of events that could match, not with the square of
// the archive.
func links(items []item) []link {
	var out []link
	for _, idx := range byFamily(items) {
		for a, i := range idx {
			end := wallClock(items[i].Date.End)
			for _, j := range idx[a+1:] {
				if wallClock(items[j].Date.Start).Sub(end) > maxDisagreement {
					break // sorted by start: every later item is further
				}
				p, q := min(i, j), max(i, j)
				if r, ok := same(items[p], items[q]); ok {
					out = append(out, link{p, q, r})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b link) int {
		return cmp.Or(cmp.Compare(strength(a.r.dates), strength(b.r.dates)), cmp.Compare(a.i, b.i), cmp.Compare(a.j, b.j))
	})
	return out
}

// byFamily groups the indexes of items by predicate family, each group in
// order of date start (then index), the families in name order.
func byFamily(items []item) [][]int {
	groups := map[string][]int{}
	for i, it := range items {
		if f := it.traits.Family; f != "" {
			groups[f] = append(groups[f], i)
		}
	}
	names := slices.Sorted(maps.Keys(groups))
	out := make([][]int, 0, len(names))
	for _, f := range names {
		idx := groups[f]
		slices.SortFunc(idx, func(a, b int) int {
			return cmp.Or(wallClock(items[a].Date.Start).Compare(wallClock(items[b].Date.Start)), cmp.Compare(a, b))
		})
		out = append(out, idx)
	}
	return out
}

// strength ranks date relations, the most telling first.
func strength(d dateRelation) int {
	switch d {
	case datesSameLine:
		return 0
	case datesOverlap:
		return 1
	case datesAdjacent:
		return 2
	}
	return 3
}

// prepare keeps the entries that have a calendar date, reads their traits
// and sorts them in the canonical order: publication, article, sentence,
// date.
func prepare(entries []timeline.Entry) []item {
	items := make([]item, 0, len(entries))
	for _, e := range entries {
		if !e.Date.HasInterval() {
			continue
		}
		items = append(items, item{Entry: e, traits: events.TraitsOf(e.Event), places: givenPlaces(e)})
	}
	slices.SortStableFunc(items, func(a, b item) int { return compareEntries(a.Entry, b.Entry) })
	return items
}

// compareEntries orders entries by publication, article, position in the
// article and date; the remaining fields only break ties between entries
// that differ nowhere else, so that the order is total.
func compareEntries(a, b timeline.Entry) int {
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
		compareEntries(a.Sources[0], b.Sources[0]),
	)
}

// groups is a union-find over item indexes that keeps, for each group,
// the explanation of every join in the order the joins were made.
type groups struct {
	parent []int
	why    map[int][]string
}

func newGroups(n int) *groups {
	g := &groups{parent: make([]int, n), why: map[int][]string{}}
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

// join merges the groups of i and j, recording why when they were apart.
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
	g.why[ri] = append(append(g.why[ri], g.why[rj]...), why)
	delete(g.why, rj)
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
