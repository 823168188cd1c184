package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/ingest"
)

func (a *app) buildCmd() *cobra.Command {
	var published string
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Store the dated events of articles and print the chronology",
		Long: `build reads every article at the given paths, finds its date expressions,
resolves them against the publication date, extracts the events they date
and stores articles, dates and events in the database. Articles already
stored (same text, same publication date) are not tagged again.

It then prints the whole chronology, oldest first. The events that several
articles (or one article twice) tell of the same happening are merged into
one entry: one line per entry with its id, its date at its granularity, a
short headline, actors, places and the articles that report it (timeline
events --explain ID says why they were merged). A summary line goes to
standard error: articles read, stored, already stored, skipped.

PATH is a text file (optional "key: value" header with published, source,
url, title, id), a JSONL file (one article per line), an HTML page, a folder
(read recursively), or - for standard input. An article that cannot be read
is reported on standard error and skipped; the others are stored and the
exit code is 4.`,
		Example: `  timeline build fixtures/articles/
  timeline build --db syria.db --format json article.txt depeches.jsonl
  cat article.txt | timeline build --published 2016-03-22 -`,
		Args: needPaths,
		RunE: a.configured(func(cmd *cobra.Command, args []string) error {
			return a.build(cmd.Context(), args, published, true)
		}),
	}
	addPublishedFlag(cmd, &published)
	addPolicyFlag(cmd)
	addFormatFlag(cmd)
	return cmd
}

// addPublishedFlag declares --published on commands that read articles.
func addPublishedFlag(cmd *cobra.Command, published *string) {
	cmd.Flags().StringVar(published, "published", "",
		"use `DATE` as the publication date of every article (2016-03-22, 2016-03-22T14:30 or RFC 3339)")
}

// build stores the articles at paths and, when print is set, prints the
// chronology of the whole database.
func (a *app) build(ctx context.Context, paths []string, published string, print bool) (err error) {
	opt, err := a.ingestOptions(published)
	if err != nil {
		return err
	}
	db, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(db, &err)
	c, err := a.storeArticles(ctx, db, paths, opt)
	if err != nil {
		return err
	}
	if print {
		if err := a.printChronology(ctx, db, timeline.Filter{}); err != nil {
			return err
		}
	}
	fmt.Fprintln(a.stderr, c)
	return c.err()
}

// ingestOptions turns the configuration and --published into options for
// reading articles.
func (a *app) ingestOptions(published string) (ingest.Options, error) {
	opt := ingest.Options{Location: a.cfg.Location}
	if published == "" {
		return opt, nil
	}
	start, _, err := parsePeriod("published", published, a.cfg.Location)
	if err != nil {
		return opt, err
	}
	opt.Published = start
	return opt, nil
}
