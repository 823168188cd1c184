package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
)

// ChronologyStage replaces what a merge of the whole archive gives the
// conflicts: the conflicts found across sources, and the happening each
// conflict found within an article names (the first, in chronology order,
// that holds its date). A sweep hands them over as it finds them; they
// wait in temporary tables of a connection of the stage's own, so that
// memory holds neither the conflicts nor the happenings of the places, only
// a hash of each place (Wants). Commit swaps them in, in one transaction;
// until then the stored conflicts stay as they were.
//
// The temporary tables take no lock on the database: other connections
// may read and write it while a sweep runs, and the stage holds the write
// lock only for the time of Commit.
type ChronologyStage struct {
	conn   *sql.Conn
	seed   maphash.Seed
	wanted []uint64 // sorted hashes of the places of conflicts within articles
	seq    int64    // order of arrival of the staged rows

	// Rows wait here until stageBatch of them are written together.
	cross []stagedConflict
	links []stagedLink
}

// stageBatch is how many rows the stage writes in one transaction of its
// temporary tables.
const stageBatch = 512

// stagedConflict is a conflict found across sources, with its order of
// arrival.
type stagedConflict struct {
	seq  int64
	args []any // conflictArgs
}

// stagedLink tells that a happening holds the date of the conflicts found
// within an article at a place; key orders the happenings of a place as
// the chronology does, seq their order of arrival.
type stagedLink struct {
	place     ConflictPlace
	happening string
	key       []byte
	seq       int64
}

// StageChronology starts a stage of the chronology's conflicts.
func (db *DB) StageChronology(ctx context.Context) (_ *ChronologyStage, err error) {
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("stage chronology: %w", err)
	}
	s := &ChronologyStage{conn: conn, seed: maphash.MakeSeed()}
	defer func() {
		if err != nil {
			err = errors.Join(fmt.Errorf("stage chronology: %w", err), s.Close())
		}
	}()
	for _, stmt := range []string{
		// A connection of the pool may keep the tables of a stage whose
		// Close failed.
		"DROP TABLE IF EXISTS temp.chronology_cross",
		"DROP TABLE IF EXISTS temp.chronology_links",
		`CREATE TEMP TABLE chronology_cross (seq INTEGER PRIMARY KEY, article_id TEXT NOT NULL,
			byte_offset INTEGER NOT NULL, kind_order INTEGER NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL,
			message TEXT NOT NULL, articles TEXT NOT NULL, dates TEXT NOT NULL, sentences TEXT NOT NULL,
			happening TEXT NOT NULL)`,
		`CREATE TEMP TABLE chronology_links (article_id TEXT NOT NULL, byte_offset INTEGER NOT NULL,
			key BLOB NOT NULL, seq INTEGER NOT NULL, happening TEXT NOT NULL)`,
	} {
		if _, err := conn.ExecContext(ctx, stmt); err != nil {
			return nil, err
		}
	}
	rows, err := conn.QueryContext(ctx, "SELECT DISTINCT article_id, byte_offset FROM conflicts WHERE scope = ?", scopeArticle)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var p ConflictPlace
		if err := rows.Scan(&p.ArticleID, &p.Offset); err != nil {
			return nil, err
		}
		s.wanted = append(s.wanted, s.hash(p))
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	slices.Sort(s.wanted)
	s.wanted = slices.Compact(s.wanted)
	return s, nil
}

// hash returns the hash of a place.
func (s *ChronologyStage) hash(p ConflictPlace) uint64 { return maphash.Comparable(s.seed, p) }

// Wants reports whether conflicts found within an article may be listed
// at offset in it: only for those does AddLink need to be told of the
// happenings that hold the date there. It may answer yes for a place that
// has none.
func (s *ChronologyStage) Wants(articleID string, offset int) bool {
	_, found := slices.BinarySearch(s.wanted, s.hash(ConflictPlace{ArticleID: articleID, Offset: offset}))
	return found
}

// AddConflicts stages conflicts found across sources. Commit lists them
// by the article they are listed under, then offset, then message, those
// equal on all three in the order they were added.
func (s *ChronologyStage) AddConflicts(ctx context.Context, cs []PlacedConflict) error {
	for _, c := range cs {
		args, err := conflictArgs(c)
		if err != nil {
			return fmt.Errorf("stage conflict %s: %w", c.Kind, err)
		}
		s.seq++
		s.cross = append(s.cross, stagedConflict{seq: s.seq, args: args})
		if len(s.cross) == stageBatch {
			if err := s.flush(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// AddLink stages that happening holds the date of the conflicts within
// an article listed at p, key ordering it among the happenings of p as
// the chronology does (merge.OrderKey). Commit names, at each place, the
// happening of the least key, the first added among equal keys.
func (s *ChronologyStage) AddLink(ctx context.Context, p ConflictPlace, happening string, key []byte) error {
	s.seq++
	s.links = append(s.links, stagedLink{place: p, happening: happening, key: key, seq: s.seq})
	if len(s.links) == stageBatch {
		return s.flush(ctx)
	}
	return nil
}

// flush writes the waiting rows to the temporary tables, in one
// transaction of them.
func (s *ChronologyStage) flush(ctx context.Context) (err error) {
	if len(s.cross) == 0 && len(s.links) == 0 {
		return nil
	}
	// Outside a transaction, SAVEPOINT opens one that locks only the
	// tables it writes: here, temporary ones.
	if _, err := s.conn.ExecContext(ctx, "SAVEPOINT stage"); err != nil {
		return fmt.Errorf("stage chronology: %w", err)
	}
	defer func() {
		end := "RELEASE stage"
		if err != nil {
			end = "ROLLBACK TO stage; RELEASE stage"
		}
		if _, endErr := s.conn.ExecContext(context.WithoutCancel(ctx), end); endErr != nil {
			err = errors.Join(err, fmt.Errorf("stage chronology: %w", endErr))
		}
	}()
	if err := s.insert(ctx, `INSERT INTO temp.chronology_cross (seq, article_id, byte_offset, kind_order, kind,
		severity, message, articles, dates, sentences, happening) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		len(s.cross), func(i int) []any { return append([]any{s.cross[i].seq}, s.cross[i].args...) }); err != nil {
		return err
	}
	if err := s.insert(ctx, `INSERT INTO temp.chronology_links (article_id, byte_offset, key, seq, happening)
		VALUES (?, ?, ?, ?, ?)`, len(s.links), func(i int) []any {
		l := &s.links[i]
		return []any{l.place.ArticleID, l.place.Offset, l.key, l.seq, l.happening}
	}); err != nil {
		return err
	}
	clear(s.cross)
	clear(s.links)
	s.cross, s.links = s.cross[:0], s.links[:0]
	return nil
}

// insert runs query, prepared once, with the arguments of rows 0 to n-1.
func (s *ChronologyStage) insert(ctx context.Context, query string, n int, args func(i int) []any) error {
	if n == 0 {
		return nil
	}
	stmt, err := s.conn.PrepareContext(ctx, query)
	if err != nil {
		return fmt.Errorf("stage chronology: %w", err)
	}
	defer stmt.Close()
	for i := range n {
		if _, err := stmt.ExecContext(ctx, args(i)...); err != nil {
			return fmt.Errorf("stage chronology: %w", err)
		}
	}
	return nil
}

// Commit replaces, in one transaction, the stored conflicts found across
// sources with the staged ones, names at each place of the conflicts found
// within articles the happening of the least staged key (none when no
// happening was staged there), and records the events up to row merged as
// merged.
func (s *ChronologyStage) Commit(ctx context.Context, merged int64) error {
	if err := s.flush(ctx); err != nil {
		return err
	}
	if _, err := s.conn.ExecContext(ctx, `CREATE INDEX temp.chronology_links_place
		ON chronology_links (article_id, byte_offset, key, seq)`); err != nil {
		return fmt.Errorf("stage chronology: %w", err)
	}
	const first = `coalesce((SELECT l.happening FROM temp.chronology_links l
		WHERE l.article_id = conflicts.article_id AND l.byte_offset = conflicts.byte_offset
		ORDER BY l.key, l.seq LIMIT 1), '')`
	err := inTx(ctx, s.conn, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM conflicts WHERE scope = ?", scopeChronology); err != nil {
			return err
		}
		var base int64 // conflicts are appended after the last one (insertConflictSQL)
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(idx), -1) FROM conflicts").Scan(&base); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO conflicts (idx, scope, article_id, byte_offset, kind_order,
			kind, severity, message, articles, dates, sentences, happening)
			SELECT ? + row_number() OVER (ORDER BY article_id, byte_offset, message, seq), ?, article_id,
				byte_offset, kind_order, kind, severity, message, articles, dates, sentences, happening
			FROM temp.chronology_cross ORDER BY article_id, byte_offset, message, seq`, base, scopeChronology); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE conflicts SET happening = "+first+
			" WHERE scope = ? AND happening IS NOT "+first, scopeArticle); err != nil {
			return err
		}
		return setLastEvent(ctx, tx, merged)
	})
	if err != nil {
		return fmt.Errorf("replace chronology conflicts: %w", err)
	}
	return nil
}

// Close drops the staged rows and gives the connection back; after a
// Commit, the stored conflicts keep what it wrote.
func (s *ChronologyStage) Close() error {
	ctx := context.Background()
	var errs []error
	for _, stmt := range []string{"DROP TABLE IF EXISTS temp.chronology_cross", "DROP TABLE IF EXISTS temp.chronology_links"} {
		if _, err := s.conn.ExecContext(ctx, stmt); err != nil {
			errs = append(errs, err)
		}
	}
	errs = append(errs, s.conn.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close chronology stage: %w", err)
	}
	return nil
}
