package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// eventFilters are the flags of the events command.
type eventFilters struct {
	from, to, actor, place, query string
	explain                       string // id of the entry to explain
}

func (a *app) eventsCmd() *cobra.Command {
	var f eventFilters
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List the chronology, oldest first, with optional filters",
		Long: `events prints the chronology kept in the database, oldest first, in the
same shape as build. The events that several articles (or one article
twice) tell of the same happening are merged into one entry: one line per
entry with its id, date, headline, actors, places and the articles that
report it, or a JSON array of entries with every source with --format json.

Filters combine: --from and --to keep the entries with a date (as one of
their sources gives it) that overlaps the period from the start of --from
to the end of --to (2016-03 covers all of March, 2016-03-22 the whole day); --actor and --place keep the entries with
a source naming an actor or a place that contains the text, ignoring case;
--query keeps the entries with a source whose summary or sentence has every
word. Dates without an offset are read in the configured timezone.

--explain ID prints why the sources of the entry ID (first column) were
merged: each source with its sentence and its date as stated, the date the
entry is filed under, and one line per join.`,
		Example: `  timeline events
  timeline events --from 2016-03-01 --to 2016-03-31
  timeline events --actor Kerry --place Moscou --format json
  timeline events --query "cessation des hostilités"
  timeline events --explain 4a33a2834dd4`,
		Args: noArgs,
		RunE: a.configured(func(cmd *cobra.Command, _ []string) error {
			return a.events(cmd.Context(), f)
		}),
	}
	addFilterFlags(cmd.Flags(), &f)
	cmd.Flags().StringVar(&f.explain, "explain", "", "explain why the sources of the entry `ID` were merged")
	addFormatFlag(cmd)
	return cmd
}

// events prints the entries of the chronology that f selects, or explains
// one of them.
func (a *app) events(ctx context.Context, f eventFilters) (err error) {
	filter, err := f.filter(a.cfg)
	if err != nil {
		return err
	}
	db, err := a.openExistingStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(db, &err)
	if f.explain == "" {
		return a.printChronology(ctx, db, filter)
	}
	l, err := newListing(ctx, db, filter, storedKey, true)
	if err != nil {
		return err
	}
	hs, whole, err := a.listRegions(ctx, db, true, l)
	if err != nil {
		return err
	}
	if whole {
		// Only the entry explained is kept of a sweep of the whole archive.
		keep := func(h *timeline.Happening) bool { return h.ID == f.explain && l.keep(h) }
		if hs, err = a.sweepChronology(ctx, db, true, keep); err != nil {
			return err
		}
	}
	return a.explain(hs, f.explain)
}

// printChronology prints the entries of the chronology that f selects:
// those with a source that the actor, place and query filters select, and a
// date that overlaps [f.From, f.To) (an entry whose sources disagree on the
// date shows under each of the dates they give). The entries are what
// merging every event gives, with the same ids whatever the filters; a
// filter reads only the dates around what it selects (listChronology). When the listing must sweep the whole
// archive, each entry is written out for its format as the sweep hands it
// over and kept in a spool on disk, which gives them back in chronology
// order: printing never holds the archive.
func (a *app) printChronology(ctx context.Context, db *store.DB, f timeline.Filter) (err error) {
	l, err := newListing(ctx, db, f, storedKey, true)
	if err != nil {
		return err
	}
	hs, whole, err := a.listRegions(ctx, db, true, l)
	if err != nil {
		return err
	}
	if !whole {
		return writeChronology(a.stdout, hs, a.cfg.Format)
	}
	asJSON := a.cfg.Format == formatJSON
	var table textTable
	encode := func(h timeline.Happening) (string, []byte, error) {
		if asJSON {
			body, err := jsonElement(newJSONHappening(h))
			return "", body, err
		}
		cells := textCells(h)
		table.measure(cells)
		return "", []byte(strings.Join(cells[:], "\t")), nil
	}
	var edit func(timeline.Entry) timeline.Entry
	if a.cfg.Gazetteer != nil {
		edit = a.canonicalEntry
	}
	sp, err := spoolArchive(ctx, db, edit, l.keep, encode)
	if err != nil {
		return fmt.Errorf("list events: %w", err)
	}
	defer func() { err = errors.Join(err, sp.Close()) }()
	bw := bufio.NewWriterSize(a.stdout, 1<<16)
	n := 0
	err = sp.Each(ctx, func(_ string, body []byte) error {
		if asJSON {
			if n == 0 {
				bw.WriteString("[\n  ")
			} else {
				bw.WriteString(",\n  ")
			}
			bw.Write(body)
		} else {
			var cells [textColumns]string
			copy(cells[:], strings.SplitN(string(body), "\t", textColumns))
			table.write(bw, cells)
		}
		n++
		return nil
	})
	if asJSON {
		if n == 0 {
			bw.WriteString("[]\n")
		} else {
			bw.WriteString("\n]\n")
		}
	}
	if err := errors.Join(err, bw.Flush()); err != nil {
		return fmt.Errorf("write chronology: %w", err)
	}
	return nil
}

// explain prints why the sources of the entry id were merged.
func (a *app) explain(hs []timeline.Happening, id string) error {
	text, ok := merge.Explain(hs, id)
	if !ok {
		return fmt.Errorf("no chronology entry %q (ids are the first column of timeline events)", id)
	}
	if a.cfg.Format == formatJSON {
		for _, h := range hs {
			if h.ID == id {
				return writeJSON(a.stdout, "chronology", newJSONHappening(h))
			}
		}
	}
	_, err := fmt.Fprint(a.stdout, terminalSafe(text))
	return err
}

// sweepChronology merges every dated event of the database in date order
// through a merge.Sweep and returns the happenings keep selects, in
// chronology order. Memory holds the open happenings and the kept ones,
// not the archive: listing a month of a million events no longer loads
// them all. Ids are given over the whole sweep (merge.IDs), so a
// happening has the same id whatever is kept. canon maps actors and places
// to the configured gazetteer's names first.
func (a *app) sweepChronology(ctx context.Context, db *store.DB, canon bool, keep func(*timeline.Happening) bool) ([]timeline.Happening, error) {
	var ids merge.IDs
	var out []timeline.Happening
	take := func(hs []timeline.Happening) {
		ids.Assign(hs)
		for i := range hs {
			if keep(&hs[i]) {
				out = append(out, hs[i])
			}
		}
	}
	var edit func(timeline.Entry) timeline.Entry
	if canon && a.cfg.Gazetteer != nil {
		edit = a.canonicalEntry
	}
	if err := sweepArchive(ctx, db, false, edit, take); err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	slices.SortFunc(out, merge.Compare)
	return out, nil
}

// spoolArchive sweeps the whole archive, gives the happenings their ids
// over the whole sweep (as sweepChronology does), and keeps in a new spool
// the piece encode makes of each happening keep selects: a group and a
// body, given back in chronology order. The caller closes the spool.
func spoolArchive(ctx context.Context, db *store.DB, edit func(timeline.Entry) timeline.Entry,
	keep func(*timeline.Happening) bool, encode func(timeline.Happening) (string, []byte, error)) (*store.Spool, error) {
	sp, err := store.OpenSpool(ctx, "")
	if err != nil {
		return nil, err
	}
	var ids merge.IDs
	var addErr error
	take := func(hs []timeline.Happening) {
		ids.Assign(hs)
		for i := range hs {
			h := &hs[i]
			if addErr != nil || !keep(h) {
				continue
			}
			group, body, err := encode(*h)
			if err == nil {
				err = sp.Add(ctx, *h, group, body)
			}
			addErr = err
		}
	}
	err = sweepArchive(ctx, db, false, edit, take)
	if err = errors.Join(err, addErr); err != nil {
		return nil, errors.Join(err, sp.Close())
	}
	return sp, nil
}

// canonicalEntry writes the actors and places of a stored entry as the
// configured gazetteer names them: an alias added by the user joins its
// name in events stored before.
func (a *app) canonicalEntry(e timeline.Entry) timeline.Entry {
	g := a.cfg.Gazetteer
	if g == nil {
		return e
	}
	e.Actors = mapNames(e.Actors, g.Actor)
	e.Places = mapNames(e.Places, g.Place)
	return e
}

// mapNames maps names through canon, dropping the repeats it makes.
func mapNames(names []string, canon func(string) string) []string {
	var out []string
	for _, n := range names {
		c := canon(n)
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// storedKey identifies a stored event among the entries of one listing.
func storedKey(e timeline.Entry) string {
	return fmt.Sprintf("%s\x00%d\x00%d\x00%d\x00%d", e.ArticleID, e.Published.UnixNano(), e.Mention, e.SentenceOffset, e.Date.Offset)
}

// inPeriod reports whether the interval of m overlaps [from, to).
func inPeriod(m timeline.Mention, from, to time.Time) bool {
	return (from.IsZero() || asUTC(m.End).After(asUTC(from))) &&
		(to.IsZero() || asUTC(m.Start).Before(asUTC(to)))
}

// filter checks the flags and turns them into a store filter.
func (f eventFilters) filter(cfg settings) (timeline.Filter, error) {
	out := timeline.Filter{Actor: f.actor, Place: f.place, Query: f.query}
	var err error
	if f.from != "" {
		if out.From, _, err = parsePeriod("from", f.from, cfg.Location); err != nil {
			return out, err
		}
	}
	if f.to != "" {
		if _, out.To, err = parsePeriod("to", f.to, cfg.Location); err != nil {
			return out, err
		}
	}
	if !out.From.IsZero() && !out.To.IsZero() && !out.From.Before(out.To) {
		return out, usageErrorf("--from %s is after --to %s", f.from, f.to)
	}
	return out, nil
}
