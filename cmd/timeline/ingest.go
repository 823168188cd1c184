package main

import (
	"github.com/spf13/cobra"
)

func (a *app) ingestCmd() *cobra.Command {
	var published string
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Store the dated events of articles without printing the chronology",
		Long: `ingest does what build does, reading, tagging and storing every article at
the given paths, but prints only the summary line on standard error:
articles read, stored, already stored, skipped. Use it to fill the
database in several passes, then list the events with timeline events.

PATH is a text file, a JSONL file, an HTML page, a folder (read
recursively), or - for standard input; see timeline build --help. An article
that cannot be read is reported on standard error and skipped; the others
are stored and the exit code is 4.`,
		Example: `  timeline ingest fixtures/articles/
  timeline ingest --db syria.db --policy past archives/
  timeline ingest --published 2016-03-22T09:00 depeche.txt`,
		Args: needPaths,
		RunE: a.configured(func(cmd *cobra.Command, args []string) error {
			return a.build(cmd.Context(), args, published, false)
		}),
	}
	addPublishedFlag(cmd, &published)
	addPolicyFlag(cmd)
	return cmd
}
