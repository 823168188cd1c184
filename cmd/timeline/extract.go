package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/ingest"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

func (a *app) extractCmd() *cobra.Command {
	var published string
	cmd := &cobra.Command{
		Use:   "extract [PATH...|-]",
		Short: "Extract the dated events of articles as JSONL, without a database",
		Long: `extract reads articles (text, JSONL, HTML, folders; - for standard input,
JSONL or text), tags them and writes one JSON line per dated event on
standard output, in input order:

  {"article", "source", "url", "published", "date": {"start", "end", "grain",
   "timex", "display"}, "headline", "predicate", "sentence", "actors",
   "places", "modality", "mention", "offset"}

It keeps no state between articles and opens no database, so it can run as
the map step of a distributed engine, one process per input split, e.g.
with Hadoop Streaming:

  hadoop jar hadoop-streaming.jar -input news/ -output events/ \
    -mapper 'timeline extract -' -reducer NONE -file timeline

or with Spark: rdd.pipe("timeline extract -"). Articles that cannot be read
are reported on standard error and skipped (exit code 4).`,
		Example: `  timeline extract fixtures/articles/
  cat ../shared/corpus/fr_news.jsonl | timeline extract - > events.jsonl`,
		Args: needPaths,
		RunE: a.configured(func(cmd *cobra.Command, args []string) error {
			opt, err := a.ingestOptions(published)
			if err != nil {
				return err
			}
			return a.extract(cmd.Context(), args, opt)
		}),
	}
	addPublishedFlag(cmd, &published)
	addPolicyFlag(cmd)
	return cmd
}

// extractedEvent is one line of extract's output.
type extractedEvent struct {
	Article   string        `json:"article"`
	Source    string        `json:"source,omitempty"`
	URL       string        `json:"url,omitempty"`
	Published string        `json:"published"`
	Date      extractedDate `json:"date"`
	Headline  string        `json:"headline"`
	Predicate string        `json:"predicate,omitempty"`
	Sentence  string        `json:"sentence"`
	Actors    []string      `json:"actors"`
	Places    []string      `json:"places"`
	Modality  string        `json:"modality"`
	Mention   string        `json:"mention"`
	Offset    int           `json:"offset"`
}

// extractedDate is the date of an extracted event, as local wall clocks.
type extractedDate struct {
	Start   string `json:"start"`
	End     string `json:"end"`
	Grain   string `json:"grain"`
	Timex   string `json:"timex"`
	Display string `json:"display"`
}

// extract streams the events of the articles at paths to stdout.
func (a *app) extract(ctx context.Context, paths []string, opt ingest.Options) error {
	out := bufio.NewWriter(a.stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	tg := tagger.New(a.cfg.Policy)
	x := events.New(a.gazetteer())
	bad, err := ingest.Read(ctx, paths, a.stdin, opt, func(art timeline.Article) error {
		ms := tg.Tag(art.Text, art.Published)
		return writeEvents(enc, art, x.Extract(art, ms))
	})
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write: %w", ferr)
	}
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	reportSkipped(a.stderr, bad)
	if len(bad) > 0 {
		return fmt.Errorf("%w: %d", errSkipped, len(bad))
	}
	return nil
}

// writeEvents writes the events of one article, one JSON line each.
func writeEvents(enc *json.Encoder, art timeline.Article, evs []timeline.Event) error {
	for _, ev := range evs {
		if err := enc.Encode(toExtracted(art, ev)); err != nil {
			return fmt.Errorf("write event of %s: %w", art.ID, err)
		}
	}
	return nil
}

// toExtracted converts an event for output.
func toExtracted(art timeline.Article, ev timeline.Event) extractedEvent {
	d := ev.Date
	return extractedEvent{
		Article: art.ID, Source: art.Source, URL: art.URL, Published: art.Published.Format("2006-01-02T15:04:05Z07:00"),
		Date: extractedDate{Start: wallClock(d.Start, d.Grain), End: wallClock(d.End, d.Grain), Grain: string(d.Grain),
			Timex: d.Value, Display: timeline.DisplayDate(d)},
		Headline: ev.Summary, Predicate: ev.Predicate, Sentence: ev.Sentence,
		Actors: nonNil(ev.Actors), Places: nonNil(ev.Places), Modality: string(ev.Modality),
		Mention: d.Text, Offset: d.Offset,
	}
}
