package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// The conflicts are kept by what they depend on, so that a refresh after
// an ingest redoes as little as it can in bounded memory: the checks within
// an article run once per stored article, page by page
// (PendingArticles, ReplaceArticleConflicts), and the cross-source check,
// which reads the merged events, replaces its conflicts as a whole
// (ChronologyStage) or those of the happenings new events change
// (ReplaceHappeningConflicts).

// PlacedConflict is a conflict with the place it is listed at: the article
// it is listed under, where its evidence starts in that article and the
// rank of its kind among the conflicts found at the same place. Conflicts
// sorts on these.
type PlacedConflict struct {
	timeline.Conflict
	ArticleID string
	Offset    int
	KindOrder int
}

// PendingArticle is an article whose conflicts are not checked yet, with
// its mentions in text order.
type PendingArticle struct {
	Row      int64 // the article's row, to pass back in ArticleConflicts
	Article  timeline.Article
	Mentions []timeline.Mention
}

// ArticleConflicts are the conflicts found within one article.
type ArticleConflicts struct {
	Row       int64  // PendingArticle.Row
	ArticleID string // the article's id, whose conflicts these replace
	Conflicts []PlacedConflict
}

// PrepareChecks readies the stored conflicts for a refresh whose messages
// are in lang. With all set, or when the stored conflicts were written in
// another language, it drops them, so that every article is pending again.
func (db *DB) PrepareChecks(ctx context.Context, lang string, all bool) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var stored string
		if err := tx.QueryRowContext(ctx, "SELECT lang FROM conflict_checks WHERE id = 1").Scan(&stored); err != nil {
			return err
		}
		if !all && stored == lang {
			return nil
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM conflicts"); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "UPDATE conflict_checks SET lang = ?, last_article = 0, last_event = 0 WHERE id = 1", lang)
		return err
	})
	if err != nil {
		return fmt.Errorf("prepare checks: %w", err)
	}
	return nil
}

// PendingArticles returns up to limit of the articles stored since the last
// ReplaceArticleConflicts, in the order they were stored, each with its
// mentions. An article whose id was stored again later is left out, as
// Articles leaves it out. Once the returned articles are passed to
// ReplaceArticleConflicts, the next call returns the following ones; none
// means every article is checked.
func (db *DB) PendingArticles(ctx context.Context, limit int) ([]PendingArticle, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT a.id, a.article_id, a.source, a.url, a.title,
		a.published, a.published_zone, a.language, a.text, a.origin FROM articles a
		WHERE a.id > (SELECT last_article FROM conflict_checks WHERE id = 1)
			AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.article_id = a.article_id AND b.id > a.id)
		ORDER BY a.id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("pending articles: %w", err)
	}
	page, published, err := scanPending(rows)
	if err != nil {
		return nil, fmt.Errorf("pending articles: %w", err)
	}
	if err := db.pageMentions(ctx, page, published); err != nil {
		return nil, fmt.Errorf("pending articles: %w", err)
	}
	return page, nil
}

// pageMentions reads the mentions of the articles of page, in text order,
// with one query over the span of their rows (a query per article took
// a quarter of the time of checking every article again); published
// holds the stored publication and zone of each.
func (db *DB) pageMentions(ctx context.Context, page []PendingArticle, published [][2]string) error {
	if len(page) == 0 {
		return nil
	}
	at := make(map[int64]int, len(page)) // article row → index in page
	locs := make([]*time.Location, len(page))
	zones := zoneCache{}
	for i := range page {
		at[page[i].Row] = i
		pub, err := zones.parsePublished(published[i][0], published[i][1])
		if err != nil {
			return fmt.Errorf("%s: %w", page[i].Article.ID, err)
		}
		locs[i] = pub.Location()
	}
	// The page is in row order; rows in between that are not in it (an
	// article stored again later) are read and left out.
	rows, err := db.sql.QueryContext(ctx, `SELECT m.article, `+mentionColumns+` FROM mentions m
		WHERE m.article BETWEEN ? AND ? ORDER BY m.article, m.byte_offset, m.end_offset, m.idx`,
		page[0].Row, page[len(page)-1].Row)
	if err != nil {
		return err
	}
	defer rows.Close()
	var article int64
	var r mentionRow
	dest := append([]any{&article}, r.dest()...)
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		i, ok := at[article]
		if !ok {
			continue
		}
		m, err := r.mention(locs[i])
		if err != nil {
			return fmt.Errorf("mentions of %s: %w", page[i].Article.ID, err)
		}
		page[i].Mentions = append(page[i].Mentions, m)
	}
	return rows.Err()
}

// scanPending reads the rows of PendingArticles' query and closes them. It
// returns the stored publication and zone of each article beside it, to
// read its mentions in.
func scanPending(rows *sql.Rows) ([]PendingArticle, [][2]string, error) {
	defer rows.Close()
	zones := zoneCache{}
	var page []PendingArticle
	var published [][2]string
	for rows.Next() {
		var p PendingArticle
		var pub, zone string
		a := &p.Article
		if err := rows.Scan(&p.Row, &a.ID, &a.Source, &a.URL, &a.Title, &pub, &zone, &a.Language, &a.Text, &a.Origin); err != nil {
			return nil, nil, err
		}
		var err error
		if a.Published, err = zones.parsePublished(pub, zone); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", a.ID, err)
		}
		page = append(page, p)
		published = append(published, [2]string{pub, zone})
	}
	return page, published, rows.Err()
}

// ReplaceArticleConflicts stores, in one transaction, the conflicts found
// within each article of checked in place of those stored for an article
// of the same id, and records the articles as checked.
func (db *DB) ReplaceArticleConflicts(ctx context.Context, checked []ArticleConflicts) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		var last int64
		ci := conflictInserter{tx: tx}
		defer ci.close()
		for _, ac := range checked {
			if _, err := tx.ExecContext(ctx, "DELETE FROM conflicts WHERE scope = ? AND article_id = ?",
				scopeArticle, ac.ArticleID); err != nil {
				return err
			}
			if err := ci.insert(ctx, scopeArticle, ac.Conflicts); err != nil {
				return fmt.Errorf("article %s: %w", ac.ArticleID, err)
			}
			last = max(last, ac.Row)
		}
		_, err := tx.ExecContext(ctx, "UPDATE conflict_checks SET last_article = max(last_article, ?) WHERE id = 1", last)
		return err
	})
	if err != nil {
		return fmt.Errorf("replace article conflicts: %w", err)
	}
	return nil
}

// ConflictPlace is where a conflict found within an article is listed.
type ConflictPlace struct {
	ArticleID string
	Offset    int
}

// setLastEvent records that the events up to row merged are in the stored
// chronology.
func setLastEvent(ctx context.Context, tx *sql.Tx, merged int64) error {
	_, err := tx.ExecContext(ctx, "UPDATE conflict_checks SET last_event = ? WHERE id = 1", merged)
	return err
}

// ChronologyProgress tells how far the stored cross-source conflicts go:
// merged is the highest event row they were computed with (0: none), last
// the highest event row stored, and fresh how many events with a calendar
// date lie above merged.
func (db *DB) ChronologyProgress(ctx context.Context) (merged, last int64, fresh int, err error) {
	err = db.sql.QueryRowContext(ctx, `SELECT c.last_event, (SELECT coalesce(max(id), 0) FROM events),
		(SELECT count(*) FROM events e WHERE e.id > c.last_event AND e.date_start IS NOT NULL)
		FROM conflict_checks c WHERE c.id = 1`).Scan(&merged, &last, &fresh)
	if err != nil {
		return 0, 0, 0, fmt.Errorf("chronology progress: %w", err)
	}
	return merged, last, fresh, nil
}

// ReplaceHappeningConflicts stores the cross-source conflicts of the
// happenings that new events changed: it drops those of the happenings
// named in old, stores cs, sets the happening of the conflicts found within
// articles at the places of links, and records the events up to row merged
// as merged. One transaction does it all.
func (db *DB) ReplaceHappeningConflicts(ctx context.Context, old []string, cs []PlacedConflict, links map[ConflictPlace]string, merged int64) error {
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		for _, h := range old {
			if _, err := tx.ExecContext(ctx, "DELETE FROM conflicts WHERE scope = ? AND happening = ?", scopeChronology, h); err != nil {
				return err
			}
		}
		if err := insertConflicts(ctx, tx, scopeChronology, cs); err != nil {
			return err
		}
		for p, h := range links {
			if _, err := tx.ExecContext(ctx, `UPDATE conflicts SET happening = ?
				WHERE scope = ? AND article_id = ? AND byte_offset = ?`, h, scopeArticle, p.ArticleID, p.Offset); err != nil {
				return err
			}
		}
		return setLastEvent(ctx, tx, merged)
	})
	if err != nil {
		return fmt.Errorf("replace happening conflicts: %w", err)
	}
	return nil
}
