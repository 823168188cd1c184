package merge

import (
	"hash/maphash"
	"slices"
	"time"

	"github.com/timeline-fr/timeline/timeline/events"

	"github.com/timeline-fr/timeline/timeline"
)

// Sweep merges a chronology too large to hold in memory: it takes the
// entries in order of date start and hands over each happening as soon as
// no later entry can join it. Two entries join only when the later one
// starts at most maxDisagreement after the earlier one ends, so a group
// whose every entry ended more than that before the current start is
// complete. Memory then holds the entries of the last weeks and of the
// groups still open, not the archive.
//
// The happenings are those Merge gives for the same entries, each built by
// Merge from its own entries; they come out in the order they complete,
// not in chronology order. Happening IDs are unique within one call of Add
// or Close only.
type Sweep struct {
	families map[string]*openFamily
	last     time.Time // wall-clock start of the last entry added
	started  bool
	noWhy    bool // SkipReasons
}

// SkipReasons makes the sweep leave Happening.Why empty, and returns it:
// a caller that never reads why sources were merged (the cross-source
// check) spares writing out the reason of every join, hundreds in a group
// of copies of one dispatch. The happenings are otherwise the same.
func (s *Sweep) SkipReasons() *Sweep {
	s.noWhy = true
	return s
}

// openFamily holds the entries of one predicate family whose groups may
// still grow, with a union-find over their positions in items.
//
// An added entry is compared with each group's classes rather than with
// each of its entries: the entries of a class hold the same fields of all
// those same reads of an entry of another article (sameKeys), so that one
// comparison answers for all of them. A dispatch reprinted by hundreds of
// outlets is compared once per group it is in, not once per outlet: with
// hundreds of copies of each happening open at once, comparing every
// entry made the sweep quadratic in the copies. The entries of the added
// entry's own article are still compared one by one (byArticle).
type openFamily struct {
	items  []*item
	parent []int
	groups map[int]*openGroup // by root
	// byArticle lists the positions of the open entries of each article.
	byArticle map[articleRef][]int
	// compared remembers, during one add, what same found for the classes
	// of other articles than the added entry's, by their merge key.
	compared map[uint64]comparison
	// nextClose is a lower bound of when a group may complete: no scan
	// for complete groups is needed before an entry starts after it.
	nextClose time.Time
}

// openGroup is the classes of the entries of one open group.
type openGroup struct{ classes []entryClass }

// entryClass stands for the entries of a group that are equal for
// sameKeys: the position of one of them, and of one of another article if
// there is one (-1 if not). Whatever the article of an added entry, one of
// the two is of another article when any entry of the class is.
type entryClass struct{ first, other int }

// articleRef tells articles apart, as sameArticle does.
type articleRef struct {
	id        string
	published int64
}

func articleOf(it *item) articleRef {
	return articleRef{it.ArticleID, it.Published.UnixNano()}
}

// NewSweep returns an empty sweep.
func NewSweep() *Sweep { return &Sweep{families: map[string]*openFamily{}} }

// Prepared is an entry with what merging compares of it (its predicate
// family, its words, its places, its bounds), read by Prepare: a reader can
// prepare the entries of a sweep on a goroutine of its own while the sweep
// merges the ones before (AddPrepared).
type Prepared struct {
	it    item
	dated bool // the entry has a calendar interval: merging reads it
}

// Prepare reads what merging compares of e.
func Prepare(e timeline.Entry) Prepared {
	if !e.Date.HasInterval() {
		return Prepared{it: item{Entry: e}}
	}
	return Prepared{it: newItem(e), dated: true}
}

// Preparer prepares entries as Prepare does, and remembers the traits of
// the last events it read (events.TraitsOf reads their sentence word by
// word): the copies of one dispatch, reprinted by many outlets, come one
// after the other in date order and are read once. Memory holds the
// events of at most maxRemembered sentences. A Preparer is not safe for
// concurrent use; its zero value is ready to use.
type Preparer struct {
	seen map[uint64]rememberedTraits
}

// maxRemembered bounds the traits a Preparer keeps: when full, it forgets
// them all.
const maxRemembered = 4096

// rememberedTraits are the traits read of an event, with the event.
type rememberedTraits struct {
	ev     timeline.Event
	traits events.Traits
}

// Prepare reads what merging compares of e, as the package's Prepare.
// Events that read the same share their traits' lists, which merging only
// reads.
func (p *Preparer) Prepare(e timeline.Entry) Prepared {
	if !e.Date.HasInterval() {
		return Prepared{it: item{Entry: e}}
	}
	if p.seen == nil || len(p.seen) >= maxRemembered {
		p.seen = make(map[uint64]rememberedTraits, maxRemembered)
	}
	key := traitsKey(&e.Event)
	r, ok := p.seen[key]
	if !ok || !sameTraitsInput(&r.ev, &e.Event) {
		r = rememberedTraits{ev: e.Event, traits: events.TraitsOf(e.Event)}
		p.seen[key] = r
	}
	return Prepared{it: newItemWith(e, r.traits), dated: true}
}

// traitsKey hashes what events.TraitsOf reads of ev.
func traitsKey(ev *timeline.Event) uint64 {
	var h maphash.Hash
	h.SetSeed(keySeed)
	for _, s := range []string{ev.Sentence, ev.Predicate, ev.Summary, ev.Date.Text, string(ev.Modality)} {
		h.WriteString(s)
		h.WriteByte(0)
	}
	for _, list := range [][]string{ev.Actors, ev.Places} {
		for _, s := range list {
			h.WriteString(s)
			h.WriteByte(0)
		}
		h.WriteByte(1)
	}
	return h.Sum64()
}

// sameTraitsInput reports whether a and b hold the same of what
// events.TraitsOf reads: sentence, predicate, headline, date as written,
// modality, actors and places.
func sameTraitsInput(a, b *timeline.Event) bool {
	return a.Sentence == b.Sentence && a.Predicate == b.Predicate && a.Summary == b.Summary &&
		a.Date.Text == b.Date.Text && a.Modality == b.Modality &&
		slices.Equal(a.Actors, b.Actors) && slices.Equal(a.Places, b.Places)
}

// Entry returns the entry p was prepared from.
func (p *Prepared) Entry() *timeline.Entry { return &p.it.Entry }

// Add takes the next entry, which must not start before the previous one
// (by wall clock), and returns the happenings that completed before it.
// Entries without a calendar interval are left out, as Merge leaves them
// out. It reports false when e starts before the previous entry.
func (s *Sweep) Add(e timeline.Entry) ([]timeline.Happening, bool) {
	return s.AddPrepared(Prepare(e))
}

// AddPrepared is Add for an entry prepared beforehand.
func (s *Sweep) AddPrepared(p Prepared) ([]timeline.Happening, bool) {
	if !p.dated {
		return nil, true
	}
	start := p.it.start
	if s.started && start.Before(s.last) {
		return nil, false
	}
	s.started, s.last = true, start
	var done [][]*item
	// Merge does not depend on the order of its entries, nor then on the
	// order of families here.
	for name, f := range s.families {
		if start.After(f.nextClose) {
			done = append(done, f.complete(start)...)
		}
		if len(f.items) == 0 {
			delete(s.families, name)
		}
	}
	it := new(item) // the families and groups move pointers, not items
	*it = p.it
	if it.traits.Family == "" || it.alone {
		done = append(done, []*item{it}) // no family, or too long a date: a happening of its own
	} else {
		s.family(it.traits.Family).add(it)
	}
	return mergeDone(done, !s.noWhy), true
}

// Close returns the happenings still open.
func (s *Sweep) Close() []timeline.Happening {
	var done [][]*item
	for _, f := range s.families {
		done = append(done, f.complete(time.Time{})...)
	}
	s.families = map[string]*openFamily{}
	return mergeDone(done, !s.noWhy)
}

// mergeDone merges each complete group on its own: no link leaves it, so
// it gives the happening a merge of the whole chronology gives, comparing
// only pairs within the group.
//
// Reasons are written when why is set; the pairs of the group are then
// listed again, strongest link first, to tell them. Without reasons
// nothing is compared again: a complete group is one happening, since
// openFamily joined its items by the links joinAll would find (same
// family, dates close enough, same), and joinAll's happenings are what
// those links join. Listing the pairs of a group of thousands of copies
// took most of the time of a sweep.
func mergeDone(done [][]*item, why bool) []timeline.Happening {
	var out []timeline.Happening
	for _, group := range done {
		if why {
			out = append(out, mergeItems(group, true)...)
		} else {
			out = append(out, mergeJoined(group))
		}
	}
	return out
}

// mergeJoined is mergeItems without reasons for items all joined already:
// their happening.
func mergeJoined(items []*item) timeline.Happening {
	slices.SortStableFunc(items, func(a, b *item) int { return compareEntries(&a.Entry, &b.Entry) })
	members := make([]int, len(items))
	for i := range members {
		members[i] = i
	}
	hs := []timeline.Happening{happening(items, members, nil)}
	assignIDs(hs)
	return hs[0]
}

// family returns the open family of that name, making it if needed.
func (s *Sweep) family(name string) *openFamily {
	f, ok := s.families[name]
	if !ok {
		f = &openFamily{}
		s.families[name] = f
	}
	return f
}

// comparison is what same found for the added item and the open item
// at index rep.
type comparison struct {
	rep int
	ok  bool
}

// add links it to the open entries that can report the same happening.
func (f *openFamily) add(added *item) {
	n := len(f.items)
	f.items = append(f.items, added)
	f.parent = append(f.parent, n)
	if f.groups == nil {
		f.groups, f.byArticle, f.compared = map[int]*openGroup{}, map[articleRef][]int{}, map[uint64]comparison{}
	}
	it := f.items[n]
	art := articleOf(it)
	// The entries of its own article, one by one.
	var joins []int
	for _, j := range f.byArticle[art] {
		if !moreThanAfter(it.start, f.items[j].end, maxDisagreement) && f.same(it, f.items[j]) {
			joins = append(joins, j)
		}
	}
	// The entries of other articles, one class of each group at a time.
	clear(f.compared)
	for r, g := range f.groups {
		for _, c := range g.classes {
			j := c.first
			if sameArticle(it, f.items[j]) {
				if j = c.other; j < 0 {
					continue // all of the added entry's article: compared above
				}
			}
			o := f.items[j]
			if moreThanAfter(it.start, o.end, maxDisagreement) {
				continue
			}
			var ok bool
			if cmp, seen := f.compared[o.key]; seen && sameKeys(f.items[cmp.rep], o) {
				ok = cmp.ok // what same reads of o is what it read of that entry
			} else {
				ok = f.same(it, o)
				if !seen {
					f.compared[o.key] = comparison{rep: j, ok: ok}
				}
			}
			if ok {
				joins = append(joins, r)
				break // joined to the group
			}
		}
	}
	f.byArticle[art] = append(f.byArticle[art], n)
	f.groups[n] = &openGroup{classes: []entryClass{{first: n, other: -1}}}
	for _, j := range joins {
		f.union(j, n)
	}
	if closeAt := it.end.Add(maxDisagreement); f.nextClose.IsZero() || closeAt.Before(f.nextClose) {
		f.nextClose = closeAt
	}
}

// same reports whether the added item it and the open item o report the
// same happening, read in the canonical order.
func (f *openFamily) same(it, o *item) bool {
	p, q := o, it
	if compareEntries(&it.Entry, &o.Entry) < 0 {
		p, q = it, o
	}
	_, ok := same(p, q)
	return ok
}

func (f *openFamily) find(i int) int {
	for f.parent[i] != i {
		f.parent[i] = f.parent[f.parent[i]]
		i = f.parent[i]
	}
	return i
}

// union joins the groups of i and j, and their classes.
func (f *openFamily) union(i, j int) {
	ri, rj := f.find(i), f.find(j)
	if ri == rj {
		return
	}
	root, gone := min(ri, rj), max(ri, rj)
	f.parent[gone] = root
	g, h := f.groups[root], f.groups[gone]
	delete(f.groups, gone)
	if len(g.classes) < len(h.classes) {
		g, h = h, g
	}
	for _, c := range h.classes {
		g.addClass(f.items, c)
	}
	f.groups[root] = g
}

// addClass adds the entries c stands for to the classes of g.
func (g *openGroup) addClass(items []*item, c entryClass) {
	for k := range g.classes {
		d := &g.classes[k]
		if !sameKeys(items[d.first], items[c.first]) {
			continue
		}
		if d.other < 0 {
			for _, j := range []int{c.first, c.other} {
				if j >= 0 && !sameArticle(items[j], items[d.first]) {
					d.other = j
					break
				}
			}
		}
		return
	}
	g.classes = append(g.classes, c)
}

// complete removes the groups that no entry starting at start or later
// can join, and returns their items, a slice per group; a zero start
// completes every group.
func (f *openFamily) complete(start time.Time) [][]*item {
	lastEnd := map[int]time.Time{}
	for i, it := range f.items {
		r := f.find(i)
		if it.end.After(lastEnd[r]) {
			lastEnd[r] = it.end
		}
	}
	groups := map[int][]*item{}
	var roots []int
	var keep []*item
	keepRoot := map[int]int{} // old root -> new position of its first kept item
	var parent []int
	f.nextClose = time.Time{}
	for i, it := range f.items {
		r := f.find(i)
		closeAt := lastEnd[r].Add(maxDisagreement)
		if start.IsZero() || start.After(closeAt) {
			if _, ok := groups[r]; !ok {
				roots = append(roots, r)
			}
			groups[r] = append(groups[r], it)
			continue
		}
		if f.nextClose.IsZero() || closeAt.Before(f.nextClose) {
			f.nextClose = closeAt
		}
		pos := len(keep)
		keep = append(keep, it)
		if first, ok := keepRoot[r]; ok {
			parent = append(parent, first)
		} else {
			keepRoot[r] = pos
			parent = append(parent, pos)
		}
	}
	f.items, f.parent = keep, parent
	f.reindex()
	done := make([][]*item, 0, len(roots))
	for _, r := range roots {
		done = append(done, groups[r])
	}
	return done
}

// Compare orders happenings as Merge returns them: by date, then by the
// first publication that reports them. It sorts what a Sweep hands over
// into chronology order.
func Compare(a, b timeline.Happening) int { return compareHappenings(a, b) }

// reindex builds the classes of the groups and the positions of each
// article again, after complete moved the open entries.
func (f *openFamily) reindex() {
	if f.groups == nil {
		return
	}
	clear(f.groups)
	clear(f.byArticle)
	for i, it := range f.items {
		r := f.find(i)
		g := f.groups[r]
		if g == nil {
			g = &openGroup{}
			f.groups[r] = g
		}
		g.addClass(f.items, entryClass{first: i, other: -1})
		art := articleOf(it)
		f.byArticle[art] = append(f.byArticle[art], i)
	}
}
