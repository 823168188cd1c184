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
func (db *DB) SaveArticles(ctx context.Context, bs []Bundle) ([]Saved, error) {
	out := make([]Saved, len(bs))
	err := db.inTx(ctx, func(tx *sql.Tx) error {
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
