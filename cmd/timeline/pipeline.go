package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/ingest"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// counts sums up what an ingestion did with its input, and how many
// conflicts the database holds after it.
type counts struct {
	read, stored, known, skipped int
	conflicts                    int
	refresh                      time.Duration // spent bringing the conflicts up to date
	fullText                     time.Duration // spent indexing the text of a bulk load at once, beside the refresh
}

// String is the summary line printed on standard error.
func (c counts) String() string {
	return fmt.Sprintf("%d articles read, %d stored, %d already stored, %d skipped, %d conflicts",
		c.read, c.stored, c.known, c.skipped, c.conflicts)
}

// err reports skipped articles as errSkipped, which gives exit code 4.
func (c counts) err() error {
	if c.skipped == 0 {
		return nil
	}
	return fmt.Errorf("%w: %d", errSkipped, c.skipped)
}

// openStore opens the configured database. Opening a database of an older
// schema migrates it, once, which can rewrite every event of a large
// archive (11 s for a million events): it says so first, unless quiet.
func (a *app) openStore(ctx context.Context) (*store.DB, error) {
	if from, to, err := store.SchemaVersions(ctx, a.cfg.DB); err == nil && from > 0 && from < to && !a.quiet {
		fmt.Fprintf(a.stderr, "upgrading %s from schema version %d to %d (once; a minute or more on a large archive)\n",
			a.cfg.DB, from, to)
	}
	db, err := store.Open(ctx, a.cfg.DB)
	if err != nil {
		return nil, fmt.Errorf("database: %w", err)
	}
	return db, nil
}

// openExistingStore opens the configured database, which must exist:
// commands that only read should not leave an empty file behind.
func (a *app) openExistingStore(ctx context.Context) (*store.DB, error) {
	if _, err := os.Stat(a.cfg.DB); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("database %s does not exist (run timeline build first): %w", a.cfg.DB, err)
	}
	return a.openStore(ctx)
}

// closeStore closes db and keeps the first error in *errp.
func closeStore(db *store.DB, errp *error) {
	if err := db.Close(); err != nil && *errp == nil {
		*errp = fmt.Errorf("close database: %w", err)
	}
}

// storeArticles reads the articles at paths, tags those not stored yet,
// extracts their events and stores them, then refreshes the stored
// conflicts if any article was new. Articles that cannot be read are
// reported on stderr and counted as skipped; a database error stops it.
//
// The work runs as a pipeline: one reader streams the articles, one tagger
// per core tags them, and one writer stores them in batched transactions.
// Queues are bounded, so memory does not grow with the input. When ctx is
// cancelled (Ctrl-C), what was tagged is still committed and the rest is
// left for a rerun, which skips what is stored.
func (a *app) storeArticles(ctx context.Context, db *store.DB, paths []string, opt ingest.Options) (c counts, err error) {
	// The checks within an article run beside its tagging, and their
	// conflicts are stored with it, when the stored ones are in this
	// language (PrepareChecks makes them so).
	if err := db.PrepareChecks(ctx, a.cfg.Lang, false); err != nil {
		return c, err
	}
	defer a.governMemory(memoryTick)()
	tg := tagger.New(a.cfg.Policy)
	x := events.New(a.gazetteer())
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan timeline.Article, 4*workers)
	// done holds two batches, so that taggers go on while the writer
	// stores one.
	done := make(chan store.Bundle, 2*batchSize)
	total, _ := ingest.InputSize(paths)
	p := newProgress(a.stderr, a.quiet, total)
	opt.Consumed = p.consumed
	var readErr error
	var bad ingest.ErrorList
	var rc counts // owned by the reader until jobs is closed
	// Into an empty database every article is new: the reader looks none
	// up (a lookup cost as much as parsing the article), and the writer
	// still stores an article given twice once.
	empty, err := db.Empty(ctx)
	if err != nil {
		return c, err
	}
	if empty {
		// and the indexes on values in random order are built once at
		// the end, rather than row by row, as is the full-text index, in
		// a few large steps. (Into a large database, large steps cost
		// more than batches: each merges with the large segments of the
		// index already there. Adding 18,000 articles to 100,000 took 10%
		// more CPU time.)
		if err := errors.Join(db.DeferIndexes(ctx), db.DeferFullText(ctx)); err != nil {
			return c, err
		}
	}
	defer func() {
		// Whatever stopped the run, the indexes come back.
		if restoreErr := db.RestoreIndexes(context.WithoutCancel(ctx)); restoreErr != nil && err == nil {
			err = restoreErr
		}
	}()
	go func() {
		defer close(jobs)
		bad, readErr = ingest.Read(ctx, paths, a.stdin, opt, func(art timeline.Article) error {
			return a.queue(ctx, db, !empty, art, jobs, &rc)
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for art := range jobs {
				ms := tg.Tag(art.Text, art.Published)
				checks := &store.ArticleChecks{Lang: a.cfg.Lang, Conflicts: placed(check.CheckArticle(art, ms, a.cfg.Lang))}
				done <- store.Bundle{Article: art, Mentions: ms, Events: x.Extract(art, ms), Checks: checks}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	writeErr := a.writeBatches(ctx, db, done, &c, p)
	// done is closed only after the reader closed jobs: rc is final.
	c.read, c.known = rc.read, c.known+rc.known
	if readErr != nil && !errors.Is(readErr, context.Canceled) {
		return c, fmt.Errorf("ingest: %w", readErr)
	}
	if writeErr != nil {
		return c, writeErr
	}
	reportSkipped(a.stderr, bad)
	c.read += len(bad)
	c.skipped += len(bad)
	if err := ctx.Err(); err != nil {
		return c, fmt.Errorf("interrupted after %d articles: %w", c.stored, err)
	}
	if err := db.RestoreIndexes(ctx); err != nil {
		return c, err
	}
	if err := db.ReleaseWriteCache(ctx); err != nil {
		return c, err
	}
	backlog, err := db.FullTextBacklog(ctx)
	if err != nil {
		return c, err
	}
	// The text a bulk load left unindexed (or one cut short) is indexed
	// beside the refresh, which reads and merges on less than two cores
	// and writes little: the index takes the write lock for a fraction of
	// a second at a time.
	var fullText time.Duration
	indexed := make(chan error, 1)
	go func() {
		start := time.Now()
		err := db.IndexFullText(ctx, false)
		fullText = time.Since(start)
		indexed <- err
	}()
	start := time.Now()
	c.conflicts, err = a.countConflicts(ctx, db, c.stored > 0)
	c.refresh = time.Since(start)
	err = errors.Join(err, <-indexed)
	if backlog > 0 {
		c.fullText = fullText
	}
	return c, err
}

// gazetteer returns the configured gazetteer, or the built-in one.
func (a *app) gazetteer() *events.Gazetteer {
	if a.cfg.Gazetteer != nil {
		return a.cfg.Gazetteer
	}
	return events.DefaultGazetteer()
}

// queue sends an article to the taggers unless lookup is set and it is
// already stored: the check comes first so that known articles cost no
// tagging. It runs on the reader goroutine only, which alone counts read
// and known articles.
func (a *app) queue(ctx context.Context, db *store.DB, lookup bool, art timeline.Article, jobs chan<- timeline.Article, c *counts) error {
	c.read++
	if lookup {
		known, err := db.HasArticle(ctx, art.ContentHash())
		if err != nil {
			return fmt.Errorf("%s: %w", art.Origin, err)
		}
		if known {
			c.known++
			return nil
		}
	}
	select {
	case jobs <- art:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// batchSize is how many articles one transaction stores at most. Each
// commit has a fixed cost (the write-ahead log, the pages of the indexes):
// batches of 256 cost the writer a third less per article than batches of
// 64.
const batchSize = 256

// batchWait bounds how long an article waits for its batch to fill before
// it is committed anyway: a slow source still sees its articles stored
// within this time, and an interrupted run keeps all but the last.
const batchWait = 100 * time.Millisecond

// writeBatches stores the tagged articles from done in batches, counts
// them and reports them to p; it returns when done is closed. On cancellation it still commits
// what arrives, with a context that is not cancelled.
func (a *app) writeBatches(ctx context.Context, db *store.DB, done <-chan store.Bundle, c *counts, p *progress) error {
	defer p.finish()
	wctx := context.WithoutCancel(ctx)
	batch := make([]store.Bundle, 0, batchSize)
	var firstErr error
	flush := func() {
		if len(batch) == 0 || firstErr != nil {
			batch = batch[:0]
			return
		}
		saved, err := db.SaveArticles(wctx, batch)
		if err != nil {
			firstErr = fmt.Errorf("store: %w", err)
			return
		}
		for i, s := range saved {
			switch {
			case s.Err != nil:
				fmt.Fprintf(a.stderr, "skipped %s: %v\n", batch[i].Article.Origin, s.Err)
				c.skipped++
			case s.Inserted:
				c.stored++
			default:
				c.known++
			}
		}
		p.add(len(batch))
		batch = batch[:0]
	}
	timer := time.NewTimer(batchWait)
	timer.Stop()
	var due <-chan time.Time // set while a batch waits
	for {
		select {
		case b, ok := <-done:
			if !ok {
				timer.Stop()
				flush()
				return firstErr
			}
			if len(batch) == 0 {
				timer.Reset(batchWait)
				due = timer.C
			}
			batch = append(batch, b)
			if len(batch) == batchSize {
				timer.Stop()
				due = nil
				flush()
			}
		case <-due:
			due = nil
			flush()
		}
	}
}

// countConflicts counts the conflicts of the database, bringing them up
// to date first when refresh is set: only the articles stored since the
// last refresh are read again.
func (a *app) countConflicts(ctx context.Context, db *store.DB, refresh bool) (int, error) {
	if refresh {
		if err := a.refreshConflicts(ctx, db, false); err != nil {
			return 0, fmt.Errorf("check conflicts: %w", err)
		}
	}
	n, err := db.ConflictCount(ctx)
	if err != nil {
		return 0, fmt.Errorf("check conflicts: %w", err)
	}
	return n, nil
}

// reportSkipped writes one line per unreadable article: where it was read
// from and what was wrong with it.
func reportSkipped(w io.Writer, bad ingest.ErrorList) {
	for _, e := range bad {
		fmt.Fprintf(w, "skipped %v\n", e)
	}
}
