package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
	"github.com/timeline-fr/timeline/timeline/merge"
)

func (a *app) checkCmd() *cobra.Command {
	var minSeverity string
	cmd := &cobra.Command{
		Use:   "check",
		Short: "List the dates that do not add up, within an article and across sources",
		Long: `check runs the cross-checks on every stored article and lists the
conflicts found: a weekday that does not match its date, a past event dated
after publication or an announced one dated before it, a date that cannot
exist, a relative date that contradicts the explicit date beside it, two
sources dating the same happening differently, a text that orders two events
against their dates, a date whose year cannot be fixed.

Each conflict comes with its kind, its severity (info, warning or error), a
plain-language message (in French with lang: fr in the configuration), the
articles, the dates and the sentences involved; --format json writes them as
an array. The stored conflicts are refreshed on the way (build and ingest
refresh them too when they store new articles).

Exit status: 0 when no conflict is at or above --min-severity, 3 when some
are, so that a script can stop on them; 1 on failure, 2 on a usage error.`,
		Example: `  timeline check
  timeline check --min-severity error --format json
  timeline check --lang fr --db syria.db || echo "dates to verify"`,
		Args: noArgs,
		RunE: a.configured(func(cmd *cobra.Command, _ []string) error {
			return a.check(cmd.Context(), minSeverity)
		}),
	}
	cmd.Flags().StringVar(&minSeverity, "min-severity", "warning",
		"list conflicts of `LEVEL` or above: info, warning or error; exit status 3 when any")
	addFormatFlag(cmd)
	return cmd
}

// check checks every stored article again, prints the conflicts at or
// above minSeverity and reports them as errConflicts, which gives exit
// code 3. Checking everything rather than what is pending makes check the
// way to bring conflicts stored by an older version of the checks up to
// date; it reads the articles page by page all the same.
func (a *app) check(ctx context.Context, minSeverity string) (err error) {
	threshold, err := check.ParseSeverity(minSeverity)
	if err != nil {
		return usageErrorf("--min-severity: %v", err)
	}
	db, err := a.openExistingStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(db, &err)
	// An ingest cut short may also have left the text of its events
	// unindexed.
	if err := db.IndexFullText(ctx, true); err != nil {
		return err
	}
	if err := a.refreshConflicts(ctx, db, true); err != nil {
		return err
	}
	// The conflicts are written as they are read: a large archive has
	// tens of thousands.
	cw := newConflictWriter(a.stdout, a.cfg.Format)
	n := 0
	err = db.EachConflict(ctx, func(c timeline.Conflict) error {
		if c.Severity < threshold {
			return nil
		}
		n++
		return cw.write(c)
	})
	if err := errors.Join(err, cw.close()); err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("%w: %d at or above %s", errConflicts, n, threshold)
	}
	return nil
}

// checkPage is how many articles the checks within articles read at a
// time: memory holds the texts of one page, whatever the archive's size.
const checkPage = 64

// refreshConflicts brings the stored conflicts up to date: it runs the
// checks within an article on the articles stored since the last refresh
// (on every article when all is set, or when the language of messages
// changed), then the cross-source check on the merged events, which needs
// no article text. The conflicts stored are those check.Run would find on
// the whole database, in the same order.
func (a *app) refreshConflicts(ctx context.Context, db *store.DB, all bool) error {
	// An ingest into an empty database that was cut short may have left
	// the indexes it defers unbuilt; the refresh reads by date.
	if err := db.RestoreIndexes(ctx); err != nil {
		return err
	}
	if err := db.PrepareChecks(ctx, a.cfg.Lang, all); err != nil {
		return err
	}
	if err := a.checkPendingArticles(ctx, db); err != nil {
		return err
	}
	merged, last, fresh, err := db.ChronologyProgress(ctx)
	if err != nil {
		return err
	}
	switch {
	case merged == last:
		return nil // no event since the last merge
	case merged == 0 || !windowedRefresh && (fresh > maxFreshEvents || 4*int64(fresh) > last):
		return a.refreshChronologyConflicts(ctx, db, last)
	}
	return a.refreshAroundNewEvents(ctx, db, merged, last)
}

// A refresh merges again only the dates around the new events when they
// are few; past maxFreshEvents, or when they are a quarter of the archive,
// one sweep over every event costs less.
const maxFreshEvents = 20000

// windowedRefresh, set by tests, merges around new events however many
// they are.
var windowedRefresh = false

// refreshChronologyConflicts runs the cross-source check over the merged
// events in bounded memory: the events are read in date order and merged
// by a sweep, whose happenings are checked as they complete. The
// conflicts found, and the happenings that hold the dates of the stored
// article conflicts, go to a store.ChronologyStage as they are found: the
// sweep keeps neither. last is the highest event row at the start.
func (a *app) refreshChronologyConflicts(ctx context.Context, db *store.DB, last int64) (err error) {
	stage, err := db.StageChronology(ctx)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, stage.Close()) }()
	// The sweep stops at the first error of the stage.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var stageErr error
	take := func(hs []timeline.Happening) {
		if stageErr == nil {
			if stageErr = stageHappenings(ctx, stage, hs, a.cfg.Lang); stageErr != nil {
				cancel()
			}
		}
	}
	if err := sweepArchive(ctx, db, true, nil, take); stageErr != nil || err != nil {
		return cmp.Or(stageErr, err)
	}
	return stage.Commit(ctx, last)
}

// stageHappenings hands stage the cross-source conflicts of hs and, at
// each place of a conflict found within an article, the happenings of hs
// that hold the date there.
func stageHappenings(ctx context.Context, stage *store.ChronologyStage, hs []timeline.Happening, lang string) error {
	if err := stage.AddConflicts(ctx, placed(check.CrossSource(hs, lang))); err != nil {
		return err
	}
	for _, h := range hs {
		var key []byte // once per happening, shared by its places
		for _, e := range h.Sources {
			if !stage.Wants(e.ArticleID, e.Date.Offset) {
				continue
			}
			if key == nil {
				key = merge.OrderKey(h)
			}
			p := store.ConflictPlace{ArticleID: e.ArticleID, Offset: e.Date.Offset}
			if err := stage.AddLink(ctx, p, h.ID, key); err != nil {
				return err
			}
		}
	}
	return nil
}

// sweepArchive merges every dated event of the database, in date order,
// through a merge.Sweep, and hands take the happenings as they complete.
// edit, when set, changes each event first; trim is eachDatedEventAhead's,
// and the happenings then come without the reasons of their joins
// (merge.Sweep.SkipReasons): trimmed sweeps serve the checks.
func sweepArchive(ctx context.Context, db *store.DB, trim bool, edit func(timeline.Entry) timeline.Entry,
	take func([]timeline.Happening)) error {
	return sweepRead(ctx, datedEvents(db, trim), trim, edit, take)
}

// datedEvents is db.EachDatedEvent, or when trim is set, which leaves out
// the articles' titles and addresses, db.EachDatedEventLean.
func datedEvents(db *store.DB, trim bool) func(context.Context, func(timeline.Entry) error) error {
	if trim {
		return db.EachDatedEventLean
	}
	return db.EachDatedEvent
}

// sweepRead is sweepArchive over the events read gives, in date order.
func sweepRead(ctx context.Context, read func(context.Context, func(timeline.Entry) error) error, trim bool,
	edit func(timeline.Entry) timeline.Entry, take func([]timeline.Happening)) error {
	sw := merge.NewSweep()
	if trim {
		// A trimmed sweep serves the checks, which never read why sources
		// were merged.
		sw.SkipReasons()
	}
	// The entries are prepared for merging on a goroutine of their own,
	// between the reading and the merging (readAheadAs).
	var pr merge.Preparer
	prepare := func(e timeline.Entry) merge.Prepared {
		if edit != nil {
			e = edit(e)
		}
		return pr.Prepare(e)
	}
	err := readAheadAs(ctx, read, trim, prepare, func(p merge.Prepared) error {
		hs, ok := sw.AddPrepared(p)
		if !ok {
			e := p.Entry()
			return fmt.Errorf("event of %s dated %s read out of date order", e.ArticleID, e.Date.Value)
		}
		take(hs)
		return nil
	})
	if err != nil {
		return err
	}
	take(sw.Close())
	return nil
}

// readAhead is how many events eachDatedEventAhead passes at a time.
var readAhead = 256 // a variable for the tests

// eachDatedEventAhead is db.EachDatedEvent with the reading of the rows on
// a goroutine of its own, a few batches ahead of fn: the sweep of a large
// archive merges and checks while the next events are read. With trim set
// the events come without their article's title and address, which
// neither merging nor the checks read: the open happenings hold less
// without them.
func eachDatedEventAhead(ctx context.Context, db *store.DB, trim bool, fn func(timeline.Entry) error) error {
	return readAheadOf(ctx, datedEvents(db, trim), trim, fn)
}

// readAheadOf calls fn with each entry that read gives, read on a
// goroutine of its own a few batches ahead, as eachDatedEventAhead does.
func readAheadOf(ctx context.Context, read func(context.Context, func(timeline.Entry) error) error, trim bool,
	fn func(timeline.Entry) error) error {
	return readAheadAs(ctx, read, trim, nil, fn)
}

// readAheadAs is readAheadOf with each entry turned by conv into what fn
// takes, on a third goroutine between the reading and fn; conv may be nil
// only when T is timeline.Entry, to pass the entries as read. A sweep
// prepares its entries there while the reader reads the next ones and the
// sweep merges the previous.
func readAheadAs[T any](ctx context.Context, read func(context.Context, func(timeline.Entry) error) error, trim bool,
	conv func(timeline.Entry) T, fn func(T) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	raw := make(chan []timeline.Entry, 4)
	done := make(chan error, 1)
	go func() {
		defer close(raw)
		batch := make([]timeline.Entry, 0, readAhead)
		send := func() error {
			select {
			case raw <- batch:
				batch = make([]timeline.Entry, 0, readAhead)
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		var sharer textSharer
		err := read(ctx, func(e timeline.Entry) error {
			if trim {
				e.Title, e.URL = "", ""
				sharer.compact(&e)
			}
			if batch = append(batch, e); len(batch) == readAhead {
				return send()
			}
			return nil
		})
		if err == nil && len(batch) > 0 {
			err = send()
		}
		done <- err
	}()
	batches := make(chan []T, 4)
	go func() {
		defer close(batches)
		for b := range raw {
			if ctx.Err() != nil {
				continue // the consumer stopped: drain what the reader sent
			}
			var out []T
			if conv == nil {
				out = any(b).([]T) // the entries as read (readAheadOf)
			} else {
				out = make([]T, len(b))
				for i, e := range b {
					out[i] = conv(e)
				}
			}
			select {
			case batches <- out:
			case <-ctx.Done():
			}
		}
	}()
	var failed error
	for batch := range batches {
		for _, e := range batch {
			if failed != nil {
				break
			}
			failed = fn(e)
		}
		if failed != nil {
			cancel() // the reader stops; the loop drains what it sent
		}
	}
	if err := <-done; failed == nil && err != nil {
		return err
	}
	return failed
}

// textSharer compacts the text fields of the entries a sweep holds and
// shares them between entries that repeat them. Compacting copies an
// entry's texts into memory of their own: the store reads an entry's
// fields out of one row text, which they keep whole as long as any of them
// lives, title and address included, so that the open happenings of a
// sweep would hold every row they were read from. Sharing gives entries
// that repeat the texts of an earlier one that entry's memory:
// the copies of one dispatch that many outlets published (and the
// replicated benchmark corpus, hundreds of times) then hold one sentence,
// summary and date between them instead of one each. Only the article id
// is each entry's own, and the source is shared among the entries of one
// source. A textSharer remembers the texts of up to sharedTexts entries
// and starts afresh when full; its zero value is ready to use.
type textSharer struct {
	seed    maphash.Seed
	texts   map[uint64][]string // hash of the shared fields -> their values, compacted
	sources map[string]string
	fields  []*string // reused by compact
}

// sharedTexts bounds what a textSharer remembers.
const sharedTexts = 4096

// compact gives the text fields of e their own memory, shared with the
// entries before it that had the same texts.
func (s *textSharer) compact(e *timeline.Entry) {
	if s.texts == nil {
		s.seed = maphash.MakeSeed()
		s.texts = make(map[uint64][]string)
		s.sources = make(map[string]string)
	}
	if len(s.texts) >= sharedTexts {
		clear(s.texts)
	}
	if len(s.sources) >= sharedTexts {
		clear(s.sources)
	}
	e.ArticleID = strings.Clone(e.ArticleID)
	if src, ok := s.sources[e.Source]; ok {
		e.Source = src
	} else {
		e.Source = strings.Clone(e.Source)
		s.sources[e.Source] = e.Source
	}
	d := &e.Date
	fields := append(s.fields[:0], &e.Sentence, &e.Predicate, &e.Summary, (*string)(&e.Modality),
		&d.Text, (*string)(&d.Type), &d.Value, &d.Mod, (*string)(&d.Grain), &d.Anchor, &d.Rule, (*string)(&d.Tense), &d.Problem)
	for i := range d.Inferred {
		fields = append(fields, &d.Inferred[i])
	}
	s.fields = fields
	var h maphash.Hash
	h.SetSeed(s.seed)
	n := 0
	for _, f := range fields {
		h.WriteString(*f)
		h.WriteByte(0xff) // a separator: text moved from one field to the next changes the hash
		n += len(*f)
	}
	key := h.Sum64()
	if shared, ok := s.texts[key]; ok && len(shared) == len(fields) {
		same := true
		for i, f := range fields {
			if *f != shared[i] {
				same = false
				break
			}
		}
		if same {
			for i, f := range fields {
				*f = shared[i]
			}
			return
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, f := range fields {
		b.WriteString(*f)
	}
	all := b.String()
	shared := make([]string, len(fields))
	for i, f := range fields {
		*f, all = all[:len(*f)], all[len(*f):]
		shared[i] = *f
	}
	s.texts[key] = shared
}

// checkPendingArticles runs the checks within an article on the pending
// articles, one page at a time, and stores their conflicts.
func (a *app) checkPendingArticles(ctx context.Context, db *store.DB) error {
	for {
		page, err := db.PendingArticles(ctx, checkPage)
		if err != nil || len(page) == 0 {
			return err
		}
		checked := make([]store.ArticleConflicts, 0, len(page))
		for _, p := range page {
			cs := check.CheckArticle(p.Article, p.Mentions, a.cfg.Lang)
			checked = append(checked, store.ArticleConflicts{Row: p.Row, ArticleID: p.Article.ID, Conflicts: placed(cs)})
		}
		if err := db.ReplaceArticleConflicts(ctx, checked); err != nil {
			return err
		}
	}
}

// placed gives the store the place each conflict is listed at.
func placed(cs []check.Located) []store.PlacedConflict {
	out := make([]store.PlacedConflict, 0, len(cs))
	for _, c := range cs {
		out = append(out, store.PlacedConflict{Conflict: c.Conflict, ArticleID: c.ArticleID,
			Offset: c.Offset, KindOrder: check.KindOrder(c.Kind)})
	}
	return out
}

// conflictWriter prints conflicts one at a time: as text, one block per
// conflict (kind and severity, the message, the articles, the dates and
// the sentences), blocks separated by a blank line; as JSON, one indented
// array.
type conflictWriter struct {
	w      *bufio.Writer
	asJSON bool
	n      int // conflicts written
	err    error
}

func newConflictWriter(w io.Writer, format string) *conflictWriter {
	return &conflictWriter{w: bufio.NewWriterSize(w, 1<<16), asJSON: format == formatJSON}
}

// write prints c.
func (cw *conflictWriter) write(c timeline.Conflict) error {
	if cw.err != nil {
		return cw.err
	}
	first := cw.n == 0
	cw.n++
	if cw.asJSON {
		body, err := jsonElement(jsonConflict{Kind: c.Kind, Severity: c.Severity.String(), Message: c.Message,
			Articles: nonNil(c.Articles), Dates: nonNil(c.Dates), Sentences: nonNil(c.Sentences), Happening: c.Happening})
		if err != nil {
			cw.err = fmt.Errorf("write conflicts: %w", err)
			return cw.err
		}
		if first {
			cw.w.WriteString("[\n  ")
		} else {
			cw.w.WriteString(",\n  ")
		}
		cw.w.Write(body)
		return nil
	}
	if !first {
		cw.w.WriteString("\n")
	}
	fmt.Fprintf(cw.w, "%s (%s)\n  %s\n", c.Kind, c.Severity, oneLine(c.Message))
	fmt.Fprintf(cw.w, "  articles: %s\n  dates: %s\n", oneLine(strings.Join(c.Articles, ", ")), strings.Join(c.Dates, ", "))
	for _, s := range c.Sentences {
		fmt.Fprintf(cw.w, "  > %s\n", oneLine(s))
	}
	return nil
}

// close ends the output and flushes it; a failed write to the output is
// reported here.
func (cw *conflictWriter) close() error {
	if cw.err != nil {
		return cw.err
	}
	if cw.asJSON {
		if cw.n == 0 {
			cw.w.WriteString("[]\n")
		} else {
			cw.w.WriteString("\n]\n")
		}
	}
	if err := cw.w.Flush(); err != nil {
		return fmt.Errorf("write conflicts: %w", err)
	}
	return nil
}

// jsonConflict is one conflict in JSON output.
type jsonConflict struct {
	Kind      string   `json:"kind"`
	Severity  string   `json:"severity"`
	Message   string   `json:"message"`
	Articles  []string `json:"articles"`
	Dates     []string `json:"dates"`
	Sentences []string `json:"sentences"`
	Happening string   `json:"happening,omitempty"`
}
