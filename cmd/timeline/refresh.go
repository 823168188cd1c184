package main

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// linkReach is how far apart two events can be joined into one happening
// (merge's bound on disagreeing dates); regionMargin is how much wider
// than that a region around new events is read, so that most regions hold
// their happenings whole at the first reading.
const (
	linkReach    = 15 * 24 * time.Hour
	regionMargin = 2 * linkReach
)

// refreshMargin is how far around each new event a refresh first reads;
// tests narrow it so that regions must grow.
var refreshMargin = regionMargin

// region is a stretch of dates [from, to), as wall clocks.
type region struct{ from, to time.Time }

// refreshAroundNewEvents brings the cross-source conflicts up to date
// after events above row merged were stored, reading only the dates around
// them. The happenings that hold a new event are merged again from every
// event of their dates; they replace the stored happenings they absorb,
// with their conflicts, and the conflicts found within articles at their
// sources name them. The result is what a merge of the whole archive gives
// for those happenings.
//
// A happening is known whole once none of its events is within linkReach
// of the edge of the region read: no event outside the region can join
// it. Until then the region grows past the happening and is read again.
// Each region is merged through a sweep, as listings are: memory holds the
// happenings the new events touch, not the region, so a region as dense as
// a whole year is read rather than the archive. Only regions that would
// hold more than half the archive make it sweep everything.
func (a *app) refreshAroundNewEvents(ctx context.Context, db *store.DB, merged, last int64) error {
	var regions []region
	fresh := map[string]bool{}
	err := db.EachEventAfter(ctx, merged, func(e timeline.Entry, _ int64) error {
		regions = append(regions, region{asUTC(e.Date.Start).Add(-refreshMargin), asUTC(e.Date.End).Add(refreshMargin)})
		fresh[sourceKey(e)] = true
		return nil
	})
	if err != nil {
		return err
	}
	total, err := db.CountEventsBetween(ctx, farPast, farFuture)
	if err != nil {
		return err
	}
	for {
		regions = joinRegions(regions)
		if n, err := countRegions(ctx, db, regions); err != nil {
			return err
		} else if float64(n) > maxListingShare*float64(total) && !windowedRefresh {
			// The dates around the new events are much of the archive:
			// one sweep of it all reads less than the regions would.
			return a.refreshChronologyConflicts(ctx, db, last)
		}
		touched, grown, err := sweepTouched(ctx, db, regions, fresh)
		if err != nil {
			return err
		}
		if len(grown) > 0 {
			regions = append(regions, grown...)
			continue
		}
		return a.replaceTouched(ctx, db, regions, fresh, touched, last)
	}
}

// sweepTouched merges the events of each region through a sweep and
// returns the happenings that hold a new event (fresh, by sourceKey), once
// each is whole in the regions; until then it returns the regions to read
// so that they are.
func sweepTouched(ctx context.Context, db *store.DB, regions []region, fresh map[string]bool) ([]timeline.Happening, []region, error) {
	var touched []timeline.Happening
	var grown []region
	seen := map[string]bool{} // a happening read from two regions is kept once
	for _, r := range regions {
		take := func(hs []timeline.Happening) {
			for _, h := range hs {
				if !slices.ContainsFunc(h.Sources, func(e timeline.Entry) bool { return fresh[sourceKey(e)] }) {
					continue
				}
				if g, whole := wholeIn(h, regions); !whole {
					grown = append(grown, g)
					continue
				}
				if k := sourceKey(h.Sources[0]); !seen[k] {
					seen[k] = true
					touched = append(touched, h)
				}
			}
		}
		if err := sweepRead(ctx, regionReader(db, r, nil), true, nil, take); err != nil {
			return nil, nil, err
		}
	}
	return touched, grown, nil
}

// regionReader reads the events of region r, leaving out those skip
// reports.
func regionReader(db *store.DB, r region, skip func(timeline.Entry) bool) func(context.Context, func(timeline.Entry) error) error {
	return func(ctx context.Context, fn func(timeline.Entry) error) error {
		return db.EachEventBetween(ctx, r.from, r.to, func(e timeline.Entry, _ int64) error {
			if skip != nil && skip(e) {
				return nil
			}
			return fn(e)
		})
	}
}

// replaceTouched stores the conflicts of the happenings touched by new
// events in place of those of the happenings they absorb: the happenings
// that the events of the regions, new ones left out, formed before.
func (a *app) replaceTouched(ctx context.Context, db *store.DB, regions []region, fresh map[string]bool,
	touched []timeline.Happening, last int64) error {
	inTouched := map[string]bool{}
	for _, h := range touched {
		for _, e := range h.Sources {
			inTouched[sourceKey(e)] = true
		}
	}
	var absorbed []string
	took := map[string]bool{}
	for _, r := range regions {
		take := func(hs []timeline.Happening) {
			for _, h := range hs {
				if !took[h.ID] && slices.ContainsFunc(h.Sources, func(e timeline.Entry) bool { return inTouched[sourceKey(e)] }) {
					took[h.ID] = true
					absorbed = append(absorbed, h.ID)
				}
			}
		}
		older := regionReader(db, r, func(e timeline.Entry) bool { return fresh[sourceKey(e)] })
		if err := sweepRead(ctx, older, true, nil, take); err != nil {
			return err
		}
	}
	// A conflict within an article names the first happening, in
	// chronology order, that holds its date. The places of the touched
	// happenings are named again among them; a date that also dates an
	// event of a happening left untouched may name the touched one where
	// a whole-archive refresh would name the other, if that one came first.
	slices.SortFunc(touched, merge.Compare)
	links := map[store.ConflictPlace]string{}
	for _, h := range touched {
		for _, e := range h.Sources {
			p := store.ConflictPlace{ArticleID: e.ArticleID, Offset: e.Date.Offset}
			if _, ok := links[p]; !ok {
				links[p] = h.ID // the first in chronology order
			}
		}
	}
	cross := check.CrossSource(touched, a.cfg.Lang)
	return db.ReplaceHappeningConflicts(ctx, absorbed, placed(cross), links, last)
}

// countRegions counts the events the regions hold (an event overlapping
// two regions counts twice).
func countRegions(ctx context.Context, db *store.DB, regions []region) (int, error) {
	total := 0
	for _, r := range regions {
		n, err := db.CountEventsBetween(ctx, r.from, r.to)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// wholeIn reports whether every event of h lies farther than linkReach
// inside one of the regions; if not, it returns the region to read so that
// it does. An event whose date is too long to join any other is whole
// wherever it lies.
func wholeIn(h timeline.Happening, regions []region) (region, bool) {
	if len(h.Sources) == 1 && merge.Alone(h.Sources[0]) {
		return region{}, true
	}
	from, to := asUTC(h.Sources[0].Date.Start), asUTC(h.Sources[0].Date.End)
	for _, e := range h.Sources[1:] {
		from = minTime(from, asUTC(e.Date.Start))
		to = maxTime(to, asUTC(e.Date.End))
	}
	for _, r := range regions {
		if from.Sub(r.from) > linkReach && r.to.Sub(to) > linkReach {
			return region{}, true
		}
	}
	return region{from.Add(-regionMargin), to.Add(regionMargin)}, false
}

// joinRegions sorts regions and joins those that overlap or touch.
func joinRegions(rs []region) []region {
	slices.SortFunc(rs, func(a, b region) int { return a.from.Compare(b.from) })
	var out []region
	for _, r := range rs {
		if n := len(out); n > 0 && !r.from.After(out[n-1].to) {
			out[n-1].to = maxTime(out[n-1].to, r.to)
			continue
		}
		out = append(out, r)
	}
	return out
}

// sourceKey identifies an entry among those of a refresh: its article (id
// and publication, since an id can be stored again), its mention and its
// place.
func sourceKey(e timeline.Entry) string {
	return fmt.Sprintf("%s\x00%d\x00%d\x00%d\x00%d\x00%s", e.ArticleID, e.Published.UnixNano(), e.Mention,
		e.SentenceOffset, e.Date.Offset, e.Summary)
}

// asUTC reads t's wall clock as UTC, as dates are stored and merged: dates
// of articles published in other zones compare as written.
func asUTC(t time.Time) time.Time {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, mo, d, h, mi, s, t.Nanosecond(), time.UTC)
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
