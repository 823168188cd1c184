package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/timeline-fr/timeline/timeline"
)

// eventFilters are the flags of the events command.
type eventFilters struct {
	from, to, actor, place, query string
}

func (a *app) eventsCmd() *cobra.Command {
	var f eventFilters
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List the stored events, oldest first, with optional filters",
		Long: `events prints the chronology kept in the database, oldest first, in the
same shape as build: one line per event (date, summary, source), or a JSON
array with --format json.

Filters combine: --from and --to keep the events whose dates overlap the
period from the start of --from to the end of --to (2016-03 covers all of
March, 2016-03-22 the whole day); --actor and --place match part of a name,
ignoring case; --query searches words in summaries and sentences. Dates
without an offset are read in the configured timezone.`,
		Example: `  timeline events
  timeline events --from 2016-03-01 --to 2016-03-31
  timeline events --actor Kerry --place Moscou --format json
  timeline events --query "cessation des hostilités"`,
		Args: noArgs,
		RunE: a.configured(func(cmd *cobra.Command, _ []string) error {
			return a.events(cmd.Context(), f)
		}),
	}
	fl := cmd.Flags()
	fl.StringVar(&f.from, "from", "", "keep events from `DATE` on (2016-03-22, 2016-03, 2016)")
	fl.StringVar(&f.to, "to", "", "keep events up to the end of `DATE` (2016-03-22, 2016-03, 2016)")
	fl.StringVar(&f.actor, "actor", "", "keep events with an actor whose name contains `TEXT`")
	fl.StringVar(&f.place, "place", "", "keep events with a place whose name contains `TEXT`")
	fl.StringVar(&f.query, "query", "", "keep events whose summary or sentence has these `WORDS`")
	addFormatFlag(cmd)
	return cmd
}

// events prints the stored events that f selects.
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
	entries, err := db.Events(ctx, filter)
	if err != nil {
		return fmt.Errorf("list events: %w", err)
	}
	return writeChronology(a.stdout, entries, a.cfg.Format)
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
