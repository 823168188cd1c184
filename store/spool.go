package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/timeline-fr/timeline/timeline"
)

// Spool sorts the pieces of an export into chronology order on disk. The
// sweep of a whole archive hands its happenings over in the order they
// complete, not in the order of their dates; holding them all to sort
// them took gigabytes for a large archive. A spool keeps each piece (an
// entry already encoded for its format) in a temporary SQLite file with
// its happening's order key, and gives them back sorted, with SQLite's
// external sort: memory stays bounded whatever the size of the export.
//
// A Spool is not safe for concurrent use. Close removes its file.
type Spool struct {
	db   *sql.DB
	tx   *sql.Tx
	ins  *sql.Stmt
	dir  string
	read bool
}

const spoolSchema = `CREATE TABLE pieces (
	start_s INTEGER NOT NULL, start_ns INTEGER NOT NULL,
	end_s INTEGER NOT NULL, end_ns INTEGER NOT NULL,
	published_s INTEGER NOT NULL, published_ns INTEGER NOT NULL,
	article TEXT NOT NULL, sentence_offset INTEGER NOT NULL, date_offset INTEGER NOT NULL,
	value TEXT NOT NULL, mention INTEGER NOT NULL, summary TEXT NOT NULL, source TEXT NOT NULL,
	grp TEXT NOT NULL, body BLOB NOT NULL
)`

const spoolInsert = `INSERT INTO pieces VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// spoolOrder is the order merge.Compare gives happenings: the instants of
// the date's start and end, then the first source's publication, article,
// sentence, mention offset, value, mention, summary and source.
const spoolOrder = `start_s, start_ns, end_s, end_ns, published_s, published_ns, article,
	sentence_offset, date_offset, value, mention, summary, source`

// OpenSpool makes an empty spool in a new temporary folder under dir (the
// system's temporary folder when dir is empty).
func OpenSpool(ctx context.Context, dir string) (*Spool, error) {
	tmp, err := os.MkdirTemp(dir, "timeline-spool-")
	if err != nil {
		return nil, fmt.Errorf("spool: %w", err)
	}
	s := &Spool{dir: tmp}
	// Nothing of a spool outlives the process: no journal, no syncs.
	if s.db, err = sql.Open("sqlite3", dsn(filepath.Join(tmp, "spool.db"), "_journal_mode=OFF&_synchronous=OFF")); err != nil {
		return nil, errors.Join(fmt.Errorf("spool: %w", err), os.RemoveAll(tmp))
	}
	s.db.SetMaxOpenConns(1)
	if err := s.begin(ctx); err != nil {
		return nil, errors.Join(err, s.Close())
	}
	return s, nil
}

// begin makes the table and opens the transaction pieces are added in.
func (s *Spool) begin(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, spoolSchema); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	s.tx = tx
	if s.ins, err = tx.PrepareContext(ctx, spoolInsert); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}

// Add keeps body, the piece of h, filed under group. h must have a source.
func (s *Spool) Add(ctx context.Context, h timeline.Happening, group string, body []byte) error {
	if s.read {
		return errors.New("spool: add after reading")
	}
	if len(h.Sources) == 0 {
		return fmt.Errorf("spool: happening %s has no source", h.ID)
	}
	f := h.Sources[0]
	_, err := s.ins.ExecContext(ctx,
		h.Date.Start.Unix(), h.Date.Start.Nanosecond(), h.Date.End.Unix(), h.Date.End.Nanosecond(),
		f.Published.Unix(), f.Published.Nanosecond(), f.ArticleID, f.SentenceOffset, f.Date.Offset,
		f.Date.Value, f.Mention, f.Summary, f.Source, group, body)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}

// Each calls fn with every piece, in chronology order. Nothing can be
// added after it.
func (s *Spool) Each(ctx context.Context, fn func(group string, body []byte) error) error {
	if !s.read {
		s.read = true
		err := errors.Join(s.ins.Close(), s.tx.Commit())
		if err != nil {
			return fmt.Errorf("spool: %w", err)
		}
		// Sorting the rows themselves would carry the pieces through
		// SQLite's sorter, whose readers each keep a buffer as large as the
		// largest piece they met: hundreds of megabytes for an archive.
		// An index sorts the keys alone; the pieces are then read in its
		// order.
		if _, err := s.db.ExecContext(ctx, `CREATE INDEX pieces_order ON pieces (`+spoolOrder+`)`); err != nil {
			return fmt.Errorf("spool: %w", err)
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT grp, body FROM pieces INDEXED BY pieces_order ORDER BY `+spoolOrder)
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	defer rows.Close()
	var group string
	var body sql.RawBytes
	for rows.Next() {
		if err := rows.Scan(&group, &body); err != nil {
			return fmt.Errorf("spool: %w", err)
		}
		if err := fn(group, body); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}

// Close drops the spool and its file.
func (s *Spool) Close() error {
	var errs []error
	if !s.read && s.tx != nil {
		s.read = true
		if s.ins != nil {
			errs = append(errs, s.ins.Close())
		}
		errs = append(errs, s.tx.Rollback())
	}
	if s.db != nil {
		errs = append(errs, s.db.Close())
	}
	errs = append(errs, os.RemoveAll(s.dir))
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	return nil
}
