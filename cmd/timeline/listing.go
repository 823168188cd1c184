package main

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// A filtered listing merges only the dates around what it selects, not
// the whole archive: listing a month, or an actor's year, of a million
// events merged them all (33-41 s) when a tenth of them or less can make
// the entries it lists.
//
// A listing starts from seeds: the events its filter can select an entry
// by. Every entry it lists has a seed among its sources, so the entries it
// lists are among those of the seeds. The regions around the seeds are
// merged, each through a sweep of its own, and each entry with a seed is
// checked whole: none of its events within linkReach of the edge of its
// region, so that no event outside can join it (wholeIn). The regions grow
// past the entries that are not, and are read again. What is then listed
// is what merging the whole archive and filtering gives.

// listing is what a filtered listing selects.
type listing struct {
	from, to time.Time // the period, wall clocks as written; zero is open
	// keys are the keys (by key) of the events a name or word filter
	// selected; nil when there is none.
	keys map[string]bool
	key  func(timeline.Entry) string
	// named holds the dated events of keys.
	named []timeline.Entry
	// With sourceAll, an entry is kept when one of its sources is in the
	// period and one (maybe another) is among keys; otherwise when one of
	// its sources is among keys, selected by the whole filter.
	sourceAll bool
}

// dated reports whether the listing has a period.
func (l *listing) dated() bool { return !l.from.IsZero() || !l.to.IsZero() }

// inPeriod reports whether an entry has a source in the period.
func (l *listing) inPeriod(h *timeline.Happening) bool {
	return !l.dated() || slices.ContainsFunc(h.Sources, func(e timeline.Entry) bool { return inPeriod(e.Date, l.from, l.to) })
}

// hasKey reports whether an entry has a source among the keys.
func (l *listing) hasKey(h *timeline.Happening) bool {
	return l.keys == nil || slices.ContainsFunc(h.Sources, func(e timeline.Entry) bool { return l.keys[l.key(e)] })
}

// keep reports whether the listing lists an entry.
func (l *listing) keep(h *timeline.Happening) bool {
	if l.sourceAll {
		return l.inPeriod(h) && l.hasKey(h)
	}
	return l.hasKey(h)
}

// seedPlan is where a listing starts: regions, and the test of the entries
// that must be whole (those with a seed among their sources).
type seedPlan struct {
	regions []region
	seed    func(*timeline.Happening) bool
}

// plans gives the ways the listing can start: from its period, from the
// dates of the events its names or words select, or both.
func (l *listing) plans() []seedPlan {
	var out []seedPlan
	if l.dated() && l.sourceAll {
		from, to := l.from, l.to
		if from.IsZero() {
			from = farPast
		}
		if to.IsZero() {
			to = farFuture
		}
		out = append(out, seedPlan{
			regions: []region{{asUTC(from).Add(-listingMargin), asUTC(to).Add(listingMargin)}},
			seed:    l.inPeriod,
		})
	}
	if l.keys != nil {
		var rs []region
		for _, e := range l.named {
			rs = append(rs, region{asUTC(e.Date.Start).Add(-listingMargin), asUTC(e.Date.End).Add(listingMargin)})
		}
		out = append(out, seedPlan{regions: joinRegions(rs), seed: l.hasKey})
	}
	return out
}

// newListing reads what f selects: the events its names and words select
// (keyed by key), and its period. With sourceAll, f's period and names may
// select different sources of one entry (the events command); otherwise a
// source must match all of f (the export command).
func newListing(ctx context.Context, db *store.DB, f timeline.Filter, key func(timeline.Entry) string, sourceAll bool) (*listing, error) {
	l := &listing{key: key, sourceAll: sourceAll}
	named := timeline.Filter{Actor: f.Actor, Place: f.Place, Query: f.Query}
	if sourceAll {
		l.from, l.to = f.From, f.To
	} else {
		named = f
	}
	if named == (timeline.Filter{}) {
		return l, nil
	}
	selected, err := db.Events(ctx, named)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	l.keys = make(map[string]bool, len(selected))
	for _, e := range selected {
		l.keys[key(e)] = true
		if e.Date.HasInterval() {
			l.named = append(l.named, e)
		}
	}
	return l, nil
}

// farPast and farFuture bound an open period: a region around them still
// has years of four digits, as the stored wall clocks do.
var (
	farPast   = time.Date(2, 1, 1, 0, 0, 0, 0, time.UTC)
	farFuture = time.Date(9999, 11, 1, 0, 0, 0, 0, time.UTC)
)

// maxListingShare is the share of the archive's dated events past which
// a listing sweeps the whole archive rather than its regions: reading
// regions costs more per event, and each growth reads them again.
var maxListingShare = 0.5 // a variable for the tests

// Set by tests: windowedListing reads regions whatever their share of the
// archive, and listingMargin is how far a region first reaches around its
// seeds (a small one makes regions grow).
var (
	windowedListing = false
	listingMargin   = regionMargin
	// listedRegions, when set, is given the regions a listing read last.
	listedRegions func([]region)
)

// tooMuch reports whether regions holding n of total events are better
// read by one sweep of the whole archive.
func tooMuch(n, total int) bool {
	return !windowedListing && float64(n) > maxListingShare*float64(total)
}

// listChronology returns the entries of the chronology that l selects, in
// chronology order, with the ids a listing of the whole archive gives
// them. canon maps actors and places through the gazetteer first.
func (a *app) listChronology(ctx context.Context, db *store.DB, canon bool, l *listing) ([]timeline.Happening, error) {
	hs, whole, err := a.listRegions(ctx, db, canon, l)
	if err != nil || !whole {
		return hs, err
	}
	return a.sweepChronology(ctx, db, canon, l.keep)
}

// listRegions is listChronology when the regions around what l selects
// are worth reading on their own; otherwise it reports whole, and the
// caller sweeps the whole archive.
func (a *app) listRegions(ctx context.Context, db *store.DB, canon bool, l *listing) (hs []timeline.Happening, whole bool, err error) {
	if l.keys != nil && len(l.keys) == 0 {
		return nil, false, nil // the names or words select nothing
	}
	plans := l.plans()
	if len(plans) == 0 {
		return nil, true, nil
	}
	total, err := db.CountEventsBetween(ctx, farPast, farFuture)
	if err != nil {
		return nil, false, err
	}
	best, bestN := -1, 0
	for i, p := range plans {
		n, err := countRegions(ctx, db, p.regions)
		if err != nil {
			return nil, false, err
		}
		if best < 0 || n < bestN {
			best, bestN = i, n
		}
	}
	if tooMuch(bestN, total) {
		return nil, true, nil
	}
	var edit func(timeline.Entry) timeline.Entry
	if canon && a.cfg.Gazetteer != nil {
		edit = a.canonicalEntry
	}
	plan := plans[best]
	for {
		hs, grown, err := sweepRegions(ctx, db, plan, edit, l.keep)
		if err != nil {
			return nil, false, fmt.Errorf("list events: %w", err)
		}
		if len(grown) == 0 {
			if listedRegions != nil {
				listedRegions(plan.regions)
			}
			var ids merge.IDs
			ids.Assign(hs)
			slices.SortFunc(hs, merge.Compare)
			return hs, false, nil
		}
		plan.regions = joinRegions(append(plan.regions, grown...))
		if n, err := countRegions(ctx, db, plan.regions); err != nil {
			return nil, false, err
		} else if tooMuch(n, total) {
			return nil, true, nil
		}
	}
}

// sweepRegions merges the events of each region through a sweep of its
// own and returns the entries keep selects, in the order the sweeps hand
// them over, once every entry with a seed is whole in its region; until
// then it returns the regions to read so that they are.
func sweepRegions(ctx context.Context, db *store.DB, plan seedPlan, edit func(timeline.Entry) timeline.Entry,
	keep func(*timeline.Happening) bool) ([]timeline.Happening, []region, error) {
	var out []timeline.Happening
	var grown []region
	for _, r := range plan.regions {
		take := func(hs []timeline.Happening) {
			for i := range hs {
				h := &hs[i]
				if !plan.seed(h) {
					continue
				}
				if g, whole := wholeIn(*h, []region{r}); !whole {
					grown = append(grown, g)
					continue
				}
				if len(grown) == 0 && keep(h) {
					out = append(out, *h)
				}
			}
		}
		between := func(ctx context.Context, fn func(timeline.Entry) error) error {
			return db.EachEventBetween(ctx, r.from, r.to, func(e timeline.Entry, _ int64) error { return fn(e) })
		}
		if err := sweepRead(ctx, between, false, edit, take); err != nil {
			return nil, nil, err
		}
	}
	if len(grown) > 0 {
		return nil, grown, nil
	}
	return out, nil, nil
}
