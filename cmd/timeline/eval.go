package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-fr/timeline/timeline/eval"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// evalFlags are the flags of the eval command.
type evalFlags struct {
	gold   []string
	misses int
	json   bool
	values string
}

func (a *app) evalCmd() *cobra.Command {
	var f evalFlags
	cmd := &cobra.Command{
		Use:   "eval --gold FILE [--gold FILE...]",
		Short: "Score the tagger against gold files of annotated texts",
		Long: `eval tags every case of each gold file against the case's reference time and
scores the mentions found, TempEval-3 style: strict and relaxed extent
(precision, recall, F1), TIMEX3 type accuracy and TIMEX3 value F1. It prints
one table per gold file, named after the file, without any database.

Gold files are JSONL, one case per line: {"id", "text", "ref", "expect":
[{"text", "start", "grain", "timex", ...}], "negative"}. --misses N lists up
to N errors of each kind (missed, spurious, extent, value, type) with their
context; --json writes each report as a JSON object with every miss.

--values calendar and --values instant score those value styles (see
timeline tag --help): the values compared are then derived from start +
grain, as for gold sets that carry no TIMEX3 value (chrono, Duckling).`,
		Example: `  timeline eval --gold ../shared/gold/ftib_dev.jsonl --misses 10
  timeline eval --gold ../shared/gold/duckling_fr.jsonl --policy future --values calendar
  timeline eval --gold ../shared/gold/chrono_fr.jsonl --policy nearest --values instant
  timeline eval --gold a.jsonl --gold b.jsonl --json`,
		Args: noArgs,
		RunE: a.configured(func(*cobra.Command, []string) error { return a.eval(f) }),
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.gold, "gold", nil, "score against the gold JSONL `FILE` (repeatable)")
	fl.IntVar(&f.misses, "misses", 0, "list up to `N` errors of each kind")
	fl.BoolVar(&f.json, "json", false, "write the reports as JSON")
	addPolicyFlag(cmd)
	addValuesFlag(cmd, &f.values)
	return cmd
}

// eval scores the tagger on each gold file and prints the reports.
func (a *app) eval(f evalFlags) error {
	if len(f.gold) == 0 {
		return usageErrorf("eval: missing --gold FILE")
	}
	if f.misses < 0 {
		return usageErrorf("eval: --misses %d is negative", f.misses)
	}
	v, err := valuesStyle(f.values)
	if err != nil {
		return err
	}
	tg := tagger.New(a.cfg.Policy, tagger.WithValues(v))
	for i, path := range f.gold {
		r, err := scoreFile(path, tg)
		if err != nil {
			return err
		}
		if err := a.writeReport(r, f, i > 0); err != nil {
			return err
		}
	}
	return nil
}

// scoreFile tags the cases of the gold file at path and scores them.
func scoreFile(path string, tg *tagger.Tagger) (*eval.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	cases, err := eval.ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("eval %s: %w", path, err)
	}
	preds := make(map[string][]eval.Found, len(cases))
	for _, c := range cases {
		found := []eval.Found{}
		for _, m := range tg.Tag(c.Text, c.Ref) {
			found = append(found, eval.FromMention(m))
		}
		preds[c.ID] = found
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return eval.Score(name, cases, preds), nil
}

// writeReport prints one report; text reports after the first are
// separated by a blank line.
func (a *app) writeReport(r *eval.Report, f evalFlags, next bool) error {
	if f.json {
		return r.WriteJSON(a.stdout)
	}
	if next {
		fmt.Fprintln(a.stdout)
	}
	return r.WriteText(a.stdout, f.misses)
}
