package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/ingest"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// counts sums up what an ingestion did with its input.
type counts struct {
	read, stored, known, skipped int
}

// String is the summary line printed on standard error.
func (c counts) String() string {
	return fmt.Sprintf("%d articles read, %d stored, %d already stored, %d skipped",
		c.read, c.stored, c.known, c.skipped)
}

// err reports skipped articles as errSkipped, which gives exit code 4.
func (c counts) err() error {
	if c.skipped == 0 {
		return nil
	}
	return fmt.Errorf("%w: %d", errSkipped, c.skipped)
}

// openStore opens the configured database.
func (a *app) openStore(ctx context.Context) (*store.DB, error) {
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
// extracts their events and stores them. Articles that cannot be read are
// reported on stderr and counted as skipped; a database error stops it.
func (a *app) storeArticles(ctx context.Context, db *store.DB, paths []string, opt ingest.Options) (counts, error) {
	var c counts
	tg := tagger.New(a.cfg.Policy)
	bad, err := ingest.Read(ctx, paths, a.stdin, opt, func(art timeline.Article) error {
		c.read++
		return storeArticle(ctx, db, tg, art, &c)
	})
	if err != nil {
		return c, fmt.Errorf("ingest: %w", err)
	}
	reportSkipped(a.stderr, bad)
	c.read += len(bad)
	c.skipped = len(bad)
	return c, nil
}

// storeArticle tags and stores one article, unless it is already stored:
// the check comes first so that known articles cost no tagging.
func storeArticle(ctx context.Context, db *store.DB, tg *tagger.Tagger, art timeline.Article, c *counts) error {
	known, err := db.HasArticle(ctx, art.ContentHash())
	if err != nil {
		return fmt.Errorf("%s: %w", art.Origin, err)
	}
	if known {
		c.known++
		return nil
	}
	ms := tg.Tag(art.Text, art.Published)
	inserted, err := db.SaveArticle(ctx, art, ms, events.Extract(art, ms))
	if err != nil {
		return fmt.Errorf("store %s: %w", art.Origin, err)
	}
	if inserted {
		c.stored++
	} else {
		c.known++
	}
	return nil
}

// reportSkipped writes one line per unreadable article: where it was read
// from and what was wrong with it.
func reportSkipped(w io.Writer, bad ingest.ErrorList) {
	for _, e := range bad {
		fmt.Fprintf(w, "skipped %v\n", e)
	}
}
