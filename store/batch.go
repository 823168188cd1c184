package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/timeline-fr/timeline/timeline"
)

// Bundle is an article with its mentions and events, ready to store.
type Bundle struct {
	Article  timeline.Article
	Mentions []timeline.Mention
	Events   []timeline.Event
	// Checks, when set, are the conflicts found within the article, so
	// that a refresh need not read it back to check it (see SaveArticles).
	Checks *ArticleChecks
}

// ArticleChecks are the conflicts the checks within an article found in
// it, with messages in Lang.
type ArticleChecks struct {
	Lang      string
	Conflicts []PlacedConflict
}

// Saved says what SaveArticles did with one bundle.
type Saved struct {
	Inserted bool  // false when the content was already stored, or on Err
	Err      error // why this article alone was not stored
}

// errRefused marks a batch in which SQLite refused a row (a constraint,
// or a forced failure in tests): it is stored again one article at a time.
var errRefused = errors.New("row refused")

// SaveArticles stores a batch of articles in one transaction, which makes
// large ingests fast. Each article is still stored whole or not at all: an
// article that cannot be stored (Saved.Err) is left out and the others are
// kept. The error is non-nil only when the whole batch failed, and then
// nothing of it was stored.
//
// When every article of the batch comes with its Checks in the language of
// the stored conflicts, and every article stored before was checked, their
// conflicts are stored with them and the articles count as checked: the
// next refresh (PendingArticles) does not read them back. Otherwise the
// Checks are ignored and the articles wait for the refresh.
func (db *DB) SaveArticles(ctx context.Context, bs []Bundle) ([]Saved, error) {
	out, err := db.saveBatch(ctx, bs)
	if err != nil {
		return nil, fmt.Errorf("save %d articles: %w", len(bs), err)
	}
	return out, nil
}

// saveBatch stores bs in one transaction. The rows of the whole batch are
// written together, a few statements of many rows each: a savepoint per
// article would copy every page the article touches into a journal, and a
// statement per row costs a round trip through the driver. Articles that
// Go-side checks refuse (checkBundle) or that are already stored are left
// out before any of their rows is written. Should SQLite still refuse a
// row, the transaction is rolled back and the batch stored again with a
// savepoint per article, which leaves out only the article at fault.
func (db *DB) saveBatch(ctx context.Context, bs []Bundle) ([]Saved, error) {
	out, err := db.saveBatchTx(ctx, bs, false)
	if errors.Is(err, errRefused) {
		out, err = db.saveBatchTx(ctx, bs, true)
	}
	return out, err
}

// saveBatchTx stores bs in one transaction, all rows at once or, when
// careful, each article in a savepoint of its own.
func (db *DB) saveBatchTx(ctx context.Context, bs []Bundle, careful bool) ([]Saved, error) {
	out := make([]Saved, len(bs))
	err := db.inWriteTx(ctx, func(tx *sql.Tx) error {
		last, err := lastEventRow(ctx, tx)
		if err != nil {
			return err
		}
		checked, err := checksUpToDate(ctx, tx, bs)
		if err != nil {
			return err
		}
		w, err := newRowWriter(ctx, tx)
		if err != nil {
			return err
		}
		for i := range bs {
			if careful {
				out[i] = db.saveInSavepoint(ctx, w, &bs[i])
			} else if out[i], err = db.stage(ctx, w, &bs[i]); err != nil {
				return err
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
		}
		if !careful {
			if err := db.writeStaged(ctx, w, out); err != nil {
				return err
			}
		}
		if err := indexEvents(ctx, tx, last); err != nil {
			return err
		}
		if checked {
			return saveChecks(ctx, tx, bs, out)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// stage inserts the article row of b and queues its mentions and events
// in w. An article that checkBundle refuses is left out with its error,
// and one already stored is left out as such; any other failure refuses
// the batch.
func (db *DB) stage(ctx context.Context, w *rowWriter, b *Bundle) (Saved, error) {
	if err := checkBundle(b.Mentions, b.Events); err != nil {
		return db.refuse(ctx, w.tx, b, err)
	}
	err := w.add(ctx, b.Article, b.Mentions, b.Events, db.now())
	switch {
	case errors.Is(err, errDuplicate):
		return Saved{}, nil // the failed insert left nothing behind
	case err != nil:
		return Saved{}, refused(ctx, err)
	}
	return Saved{Inserted: true}, nil
}

// writeStaged writes the queued rows of the batch, then runs the test hook
// once per stored article.
func (db *DB) writeStaged(ctx context.Context, w *rowWriter, out []Saved) error {
	if err := w.flush(ctx, maxRowsPerInsert); err != nil {
		return refused(ctx, err)
	}
	if db.beforeCommit == nil {
		return nil
	}
	for _, s := range out {
		if !s.Inserted {
			continue
		}
		if err := db.beforeCommit(); err != nil {
			return refused(ctx, err)
		}
	}
	return nil
}

// refused marks err as a refusal of the batch, unless the context ended.
func refused(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return fmt.Errorf("%w: %w", errRefused, err)
}

// refuse reports b as not stored because of err, found before any of its
// rows was written; if its content is already stored, it is a duplicate,
// as the insert of its row would have found first.
func (db *DB) refuse(ctx context.Context, tx *sql.Tx, b *Bundle, err error) (Saved, error) {
	var stored bool
	if qErr := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = ?)",
		b.Article.ContentHash()).Scan(&stored); qErr != nil {
		return Saved{}, fmt.Errorf("look up article %s: %w", b.Article.ID, qErr)
	}
	if stored {
		return Saved{}, nil
	}
	return Saved{Err: fmt.Errorf("save article %s: %w", b.Article.ID, err)}, nil
}

// saveInSavepoint writes one bundle inside a savepoint of the transaction,
// a statement per row so that an error names its row.
func (db *DB) saveInSavepoint(ctx context.Context, w *rowWriter, b *Bundle) Saved {
	if err := checkBundle(b.Mentions, b.Events); err != nil {
		s, qErr := db.refuse(ctx, w.tx, b, err)
		if qErr != nil {
			return Saved{Err: qErr}
		}
		return s
	}
	tx := w.tx
	if _, err := tx.ExecContext(ctx, "SAVEPOINT article"); err != nil {
		return Saved{Err: fmt.Errorf("savepoint: %w", err)}
	}
	lastMention := w.lastMention
	err := db.saveWith(ctx, w, b.Article, b.Mentions, b.Events)
	if err == nil {
		if _, err := tx.ExecContext(ctx, "RELEASE article"); err != nil {
			return Saved{Err: fmt.Errorf("release savepoint: %w", err)}
		}
		return Saved{Inserted: true}
	}
	w.discard(lastMention)
	if _, rbErr := tx.ExecContext(ctx, "ROLLBACK TO article; RELEASE article"); rbErr != nil {
		return Saved{Err: errors.Join(err, fmt.Errorf("rollback to savepoint: %w", rbErr))}
	}
	if errors.Is(err, errDuplicate) {
		return Saved{}
	}
	return Saved{Err: fmt.Errorf("save article %s: %w", b.Article.ID, err)}
}

// saveWith writes the rows of one checked article, a statement per row,
// then runs the test hook.
func (db *DB) saveWith(ctx context.Context, w *rowWriter, a timeline.Article, ms []timeline.Mention, evs []timeline.Event) error {
	if err := w.add(ctx, a, ms, evs, db.now()); err != nil {
		return err
	}
	if err := w.flush(ctx, 1); err != nil {
		return err
	}
	if db.beforeCommit != nil {
		return db.beforeCommit()
	}
	return nil
}

// checksUpToDate reports whether the conflicts of bs can be stored with
// them: each has its Checks in the stored conflicts' language, and every
// article already stored has been checked.
func checksUpToDate(ctx context.Context, tx *sql.Tx, bs []Bundle) (bool, error) {
	if len(bs) == 0 {
		return false, nil
	}
	for _, b := range bs {
		if b.Checks == nil || b.Checks.Lang != bs[0].Checks.Lang {
			return false, nil
		}
	}
	var lang string
	var checkedUpTo, lastArticle int64
	err := tx.QueryRowContext(ctx, `SELECT lang, last_article, (SELECT coalesce(max(id), 0) FROM articles)
		FROM conflict_checks WHERE id = 1`).Scan(&lang, &checkedUpTo, &lastArticle)
	if err != nil {
		return false, fmt.Errorf("read checks: %w", err)
	}
	// Before the batch's rows are in, the last article row is the last
	// stored before it.
	return lang == bs[0].Checks.Lang && checkedUpTo >= lastArticle, nil
}

// saveChecks stores the conflicts of the articles of bs that were
// inserted, in place of those of an earlier article of the same id, and
// records every article as checked.
func saveChecks(ctx context.Context, tx *sql.Tx, bs []Bundle, saved []Saved) error {
	ci := conflictInserter{tx: tx}
	defer ci.close()
	for i, b := range bs {
		if !saved[i].Inserted {
			continue
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM conflicts WHERE scope = ? AND article_id = ?",
			scopeArticle, b.Article.ID); err != nil {
			return fmt.Errorf("article %s: %w", b.Article.ID, err)
		}
		if err := ci.insert(ctx, scopeArticle, b.Checks.Conflicts); err != nil {
			return fmt.Errorf("article %s: %w", b.Article.ID, err)
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE conflict_checks SET last_article = (SELECT coalesce(max(id), 0) FROM articles)
		WHERE id = 1`)
	return err
}
