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

// SaveArticles stores a batch of articles in one transaction, which makes
// large ingests fast. Each article is still stored whole or not at all: an
// article that cannot be stored (Saved.Err) is rolled back to its own
// savepoint and the others are kept. The error is non-nil only when the
// whole batch failed, and then nothing of it was stored.
//
// When every article of the batch comes with its Checks in the language of
// the stored conflicts, and every article stored before was checked, their
// conflicts are stored with them and the articles count as checked: the
// next refresh (PendingArticles) does not read them back. Otherwise the
// Checks are ignored and the articles wait for the refresh.
func (db *DB) SaveArticles(ctx context.Context, bs []Bundle) ([]Saved, error) {
	out := make([]Saved, len(bs))
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		last, err := lastEventRow(ctx, tx)
		if err != nil {
			return err
		}
		checked, err := checksUpToDate(ctx, tx, bs)
		if err != nil {
			return err
		}
		st, err := prepareInserts(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		for i, b := range bs {
			out[i] = db.saveInSavepoint(ctx, tx, st, b)
			if ctx.Err() != nil {
				return ctx.Err()
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
		return nil, fmt.Errorf("save %d articles: %w", len(bs), err)
	}
	return out, nil
}

// saveInSavepoint writes one bundle inside a savepoint of tx.
func (db *DB) saveInSavepoint(ctx context.Context, tx *sql.Tx, st *inserts, b Bundle) Saved {
	if _, err := tx.ExecContext(ctx, "SAVEPOINT article"); err != nil {
		return Saved{Err: fmt.Errorf("savepoint: %w", err)}
	}
	err := db.saveWith(ctx, tx, st, b.Article, b.Mentions, b.Events)
	if err == nil {
		if _, err := tx.ExecContext(ctx, "RELEASE article"); err != nil {
			return Saved{Err: fmt.Errorf("release savepoint: %w", err)}
		}
		return Saved{Inserted: true}
	}
	if _, rbErr := tx.ExecContext(ctx, "ROLLBACK TO article; RELEASE article"); rbErr != nil {
		return Saved{Err: errors.Join(err, fmt.Errorf("rollback to savepoint: %w", rbErr))}
	}
	if errors.Is(err, errDuplicate) {
		return Saved{}
	}
	return Saved{Err: fmt.Errorf("save article %s: %w", b.Article.ID, err)}
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
	for i, b := range bs {
		if !saved[i].Inserted {
			continue
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM conflicts WHERE scope = ? AND article_id = ?",
			scopeArticle, b.Article.ID); err != nil {
			return fmt.Errorf("article %s: %w", b.Article.ID, err)
		}
		if err := insertConflicts(ctx, tx, scopeArticle, b.Checks.Conflicts); err != nil {
			return fmt.Errorf("article %s: %w", b.Article.ID, err)
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE conflict_checks SET last_article = (SELECT coalesce(max(id), 0) FROM articles)
		WHERE id = 1`)
	return err
}
