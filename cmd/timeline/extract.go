package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"

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

// extract streams the events of the articles at paths to stdout, in
// input order, tagging and extracting on every core.
func (a *app) extract(ctx context.Context, paths []string, opt ingest.Options) error {
	out := bufio.NewWriter(a.stdout)
	tg := tagger.New(a.cfg.Policy)
	x := events.New(a.gazetteer())
	var bad ingest.ErrorList
	err := ordered(ctx, runtime.GOMAXPROCS(0), func(send func(timeline.Article) error) error {
		var err error
		bad, err = ingest.Read(ctx, paths, a.stdin, opt, send)
		return err
	}, func(art timeline.Article) extractedLines {
		return encodeEvents(art, x.Extract(art, tg.Tag(art.Text, art.Published)))
	}, func(r extractedLines) error {
		if r.err != nil {
			return r.err
		}
		if _, err := out.Write(r.json); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
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

// extractedLines are the output lines of one article's events, or the
// error that stops the run.
type extractedLines struct {
	json []byte
	err  error
}

// encodeEvents encodes the events of one article, one JSON line each.
func encodeEvents(art timeline.Article, evs []timeline.Event) extractedLines {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, ev := range evs {
		if err := enc.Encode(toExtracted(art, ev)); err != nil {
			return extractedLines{err: fmt.Errorf("write event of %s: %w", art.ID, err)}
		}
	}
	return extractedLines{json: buf.Bytes()}
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
