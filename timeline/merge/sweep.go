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
type openFamily struct {
	items  []*item
	parent []int
	// compared remembers, during one add, what same found for the items
	// of other articles than the added one, by their merge key: a dispatch
	// reprinted by hundreds of outlets is compared once, not once per
	// outlet.
	compared map[uint64]comparison
	// nextClose is a lower bound of when a group may complete: no scan
	// for complete groups is needed before an entry starts after it.
	nextClose time.Time
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
// Reasons are written when why is set.
func mergeDone(done [][]*item, why bool) []timeline.Happening {
	var out []timeline.Happening
	for _, group := range done {
		out = append(out, mergeItems(group, why)...)
	}
	return out
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
	it := f.items[n]
	if f.compared == nil {
		f.compared = map[uint64]comparison{}
	}
	clear(f.compared)
	for j := range n {
		o := f.items[j]
		if moreThanAfter(it.start, o.end, maxDisagreement) || f.find(j) == f.find(n) {
			continue // too far, or joined already
		}
		var ok bool
		if sameArticle(it, o) {
			ok = f.same(it, o)
		} else if c, seen := f.compared[o.key]; seen && sameKeys(f.items[c.rep], o) {
			ok = c.ok // what same reads of o is what it read of that item
		} else {
			ok = f.same(it, o)
			if !seen {
				f.compared[o.key] = comparison{rep: j, ok: ok}
			}
		}
		if ok {
			f.union(j, n)
		}
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

func (f *openFamily) union(i, j int) {
	ri, rj := f.find(i), f.find(j)
	if ri != rj {
		f.parent[max(ri, rj)] = min(ri, rj)
	}
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
