package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// ErrMentionIndex reports an event whose Mention is not an index into the
// mentions saved with it.
var ErrMentionIndex = errors.New("event mention index out of range")

// errDuplicate marks an article whose content is already stored.
var errDuplicate = errors.New("article already stored")

// SaveArticle stores an article with its mentions and events in one
// transaction: all of them or nothing. If an article with the same
// a.ContentHash() is already stored, it changes nothing and returns
// inserted=false, also when another goroutine or process stores it at the
// same time.
//
// ev.Mention is the index into ms of the event's dating mention; ev.Date is
// read back from that mention, except for the calendar fields of an event
// dated otherwise than its mention says (an anaphor dated by its
// antecedent), which are stored with the event. ev.ArticleID is taken from
// a. Mention times are stored as wall clocks and read back in
// a.Published's zone.
func (db *DB) SaveArticle(ctx context.Context, a timeline.Article, ms []timeline.Mention, evs []timeline.Event) (inserted bool, err error) {
	err = db.inTx(ctx, func(tx *sql.Tx) error { return db.saveArticle(ctx, tx, a, ms, evs) })
	switch {
	case errors.Is(err, errDuplicate):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	return true, nil
}

// saveArticle writes the rows of SaveArticle in tx.
func (db *DB) saveArticle(ctx context.Context, tx *sql.Tx, a timeline.Article, ms []timeline.Mention, evs []timeline.Event) error {
	last, err := lastEventRow(ctx, tx)
	if err != nil {
		return err
	}
	st, err := prepareInserts(ctx, tx)
	if err != nil {
		return err
	}
	defer st.close()
	if err := db.saveWith(ctx, tx, st, a, ms, evs); err != nil {
		return err
	}
	return indexEvents(ctx, tx, last)
}

// lastEventRow returns the highest event row id, 0 for none. The write
// transaction holds the database's write lock, so the events it inserts
// are exactly those above it.
func lastEventRow(ctx context.Context, tx *sql.Tx) (int64, error) {
	var last int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM events").Scan(&last); err != nil {
		return 0, fmt.Errorf("last event row: %w", err)
	}
	return last, nil
}

// indexEventsSQL fill the full-text index and the name index for the
// events above a row id, set-wise: one pass per transaction costs far less
// than one FTS4 insert per event.
var indexEventsSQL = []string{
	`INSERT INTO events_fts (docid, summary, sentence)
	SELECT id, summary, sentence FROM events WHERE id > ?1`,
	`INSERT OR IGNORE INTO names (kind, folded)
	SELECT 'actor', j.value FROM events e, json_each(e.actors_folded) j WHERE e.id > ?1
	UNION ALL
	SELECT 'place', j.value FROM events e, json_each(e.places_folded) j WHERE e.id > ?1`,
	`INSERT OR IGNORE INTO event_names (name, date_start, event)
	SELECT n.id, coalesce(e.date_start, ''), e.id
	FROM events e, json_each(e.actors_folded) j
	JOIN names n ON n.kind = 'actor' AND n.folded = j.value
	WHERE e.id > ?1
	UNION ALL
	SELECT n.id, coalesce(e.date_start, ''), e.id
	FROM events e, json_each(e.places_folded) j
	JOIN names n ON n.kind = 'place' AND n.folded = j.value
	WHERE e.id > ?1`,
}

// indexEvents indexes the events of tx above row last, for full-text,
// actor and place search.
func indexEvents(ctx context.Context, tx *sql.Tx, last int64) error {
	for _, q := range indexEventsSQL {
		if _, err := tx.ExecContext(ctx, q, last); err != nil {
			return fmt.Errorf("index events: %w", err)
		}
	}
	return nil
}

// inserts are the prepared statements that store an article, prepared once
// per transaction.
type inserts struct{ mention, event *sql.Stmt }

// prepareInserts prepares the statements of a transaction.
func prepareInserts(ctx context.Context, tx *sql.Tx) (*inserts, error) {
	m, err := tx.PrepareContext(ctx, insertMentionSQL)
	if err != nil {
		return nil, fmt.Errorf("prepare mention insert: %w", err)
	}
	e, err := tx.PrepareContext(ctx, insertEventSQL)
	if err != nil {
		m.Close()
		return nil, fmt.Errorf("prepare event insert: %w", err)
	}
	return &inserts{mention: m, event: e}, nil
}

func (st *inserts) close() {
	st.mention.Close()
	st.event.Close()
}

// saveWith writes the rows of one article with prepared statements.
func (db *DB) saveWith(ctx context.Context, tx *sql.Tx, st *inserts, a timeline.Article, ms []timeline.Mention, evs []timeline.Event) error {
	articleRow, err := db.insertArticle(ctx, tx, a)
	if err != nil {
		return err
	}
	mentionRows, err := insertMentions(ctx, st.mention, articleRow, ms)
	if err != nil {
		return err
	}
	if err := insertEvents(ctx, st.event, articleRow, mentionRows, ms, evs); err != nil {
		return err
	}
	if db.beforeCommit != nil {
		return db.beforeCommit()
	}
	return nil
}

const insertArticleSQL = `INSERT INTO articles (article_id, source, url, title,
	published, published_zone, published_utc, language, text, content_hash, origin, ingested_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// insertArticle writes the article row and returns its row id, or
// errDuplicate if the content is already stored.
func (db *DB) insertArticle(ctx context.Context, tx *sql.Tx, a timeline.Article) (int64, error) {
	now := time.Now
	if db.Now != nil {
		now = db.Now
	}
	res, err := tx.ExecContext(ctx, insertArticleSQL, a.ID, a.Source, a.URL, a.Title,
		a.Published.Format(time.RFC3339Nano), a.Published.Location().String(),
		a.Published.UTC().Format(utcLayout), a.Language, a.Text, a.ContentHash(), a.Origin,
		now().UTC().Format(time.RFC3339Nano))
	if isUniqueViolation(err) { // content_hash is the only unique column
		return 0, errDuplicate
	}
	if err != nil {
		return 0, fmt.Errorf("insert article: %w", err)
	}
	return res.LastInsertId()
}

const insertMentionSQL = `INSERT INTO mentions (article, idx, byte_offset, end_offset, text,
	type, value, mod, start_local, end_local, grain, anchor, rule, tense, inferred, weekday, problem)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// insertMentions writes the mentions of an article and returns their row
// ids, in the order of ms.
func insertMentions(ctx context.Context, stmt *sql.Stmt, article int64, ms []timeline.Mention) ([]int64, error) {
	var err error
	ids := make([]int64, len(ms))
	for i, m := range ms {
		if ids[i], err = insertMention(ctx, stmt, article, i, m); err != nil {
			return nil, fmt.Errorf("mention %d %q: %w", i, m.Text, err)
		}
	}
	return ids, nil
}

// insertMention writes the mention ms[idx] and returns its row id.
func insertMention(ctx context.Context, stmt *sql.Stmt, article int64, idx int, m timeline.Mention) (int64, error) {
	inferred, err := joinInferred(m.Inferred)
	if err != nil {
		return 0, err
	}
	res, err := stmt.ExecContext(ctx, article, idx, m.Offset, m.EndOffset, m.Text,
		string(m.Type), m.Value, m.Mod, wallClock(m.Start), wallClock(m.End),
		string(m.Grain), m.Anchor, m.Rule, string(m.Tense), inferred, m.Weekday, m.Problem)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// joinInferred writes Mention.Inferred as one comma-separated column.
func joinInferred(fields []string) (string, error) {
	for _, f := range fields {
		if strings.Contains(f, ",") {
			return "", fmt.Errorf("inferred field %q cannot be stored comma-separated", f)
		}
	}
	return strings.Join(fields, ","), nil
}

// splitInferred reads back what joinInferred wrote; "" gives nil.
func splitInferred(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

const insertEventSQL = `INSERT INTO events (article, mention, sentence_offset, sentence_end,
	sentence, predicate, summary, actors, places, actors_folded, places_folded, modality,
	date_start, date_end, date_grain, date_value, date_mod)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// insertEvents writes the events of an article; mentionRows are the row
// ids of ms.
func insertEvents(ctx context.Context, stmt *sql.Stmt, article int64, mentionRows []int64, ms []timeline.Mention, evs []timeline.Event) error {
	for i, ev := range evs {
		if ev.Mention < 0 || ev.Mention >= len(ms) {
			return fmt.Errorf("event %d: mention %d of %d: %w", i, ev.Mention, len(ms), ErrMentionIndex)
		}
		if err := insertEvent(ctx, stmt, article, mentionRows[ev.Mention], ms[ev.Mention], ev); err != nil {
			return fmt.Errorf("event %d %q: %w", i, ev.Summary, err)
		}
	}
	return nil
}

// insertEvent writes one event dated by mention m, whose row id is mention.
// The date columns copy m, the mention the event is read back with.
func insertEvent(ctx context.Context, stmt *sql.Stmt, article, mention int64, m timeline.Mention, ev timeline.Event) error {
	actors, err := encodeNames(ev.Actors)
	if err != nil {
		return err
	}
	places, err := encodeNames(ev.Places)
	if err != nil {
		return err
	}
	d := m
	if ev.Date.HasInterval() && (ev.Date.Value != m.Value || !ev.Date.Start.Equal(m.Start)) {
		d = ev.Date // dated by an anaphor: the event keeps its own date
	}
	_, err = stmt.ExecContext(ctx, article, mention, ev.SentenceOffset, ev.SentenceEnd,
		ev.Sentence, ev.Predicate, ev.Summary, actors.names, places.names, actors.folded, places.folded,
		string(ev.Modality), wallClock(d.Start), wallClock(d.End), string(d.Grain), d.Value, d.Mod)
	return err
}

// nameColumns are a list of actors or places as stored: a JSON array as
// given, and one lower-cased for case-insensitive search.
type nameColumns struct{ names, folded string }

// encodeNames returns the columns of a list of names. A nil list is stored
// as "[]" rather than "null".
func encodeNames(names []string) (nameColumns, error) {
	if names == nil {
		names = []string{}
	}
	b, err := json.Marshal(names)
	if err != nil {
		return nameColumns{}, fmt.Errorf("encode names: %w", err)
	}
	f, err := json.Marshal(foldAll(names))
	if err != nil {
		return nameColumns{}, fmt.Errorf("encode names: %w", err)
	}
	return nameColumns{names: string(b), folded: string(f)}, nil
}

// foldAll lower-cases names for the actor and place filters.
func foldAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = fold(n)
	}
	return out
}

// fold maps a name or a filter to the form they are compared in. SQLite's
// own lower() and LIKE only fold ASCII, which misses "ÉLYSÉE".
func fold(s string) string { return strings.ToLower(s) }

// HasArticle reports whether an article with this content hash is stored.
func (db *DB) HasArticle(ctx context.Context, contentHash string) (bool, error) {
	var ok bool
	err := db.sql.QueryRowContext(ctx,
		"SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = ?)", contentHash).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("look up article %s: %w", contentHash, err)
	}
	return ok, nil
}

// Articles returns the stored articles, text included, ordered by
// publication then id, each with its publication time in the zone it was
// read in. If several stored articles share an id, only the one stored
// last is returned, as Mentions and MentionsByArticle do.
func (db *DB) Articles(ctx context.Context) ([]timeline.Article, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT article_id, source, url, title, published,
		published_zone, language, text, origin FROM articles
		WHERE id IN (SELECT max(id) FROM articles GROUP BY article_id)
		ORDER BY published_utc, article_id`)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	zones := zoneCache{}
	var out []timeline.Article
	for rows.Next() {
		var a timeline.Article
		var published, zone string
		if err := rows.Scan(&a.ID, &a.Source, &a.URL, &a.Title, &published, &zone, &a.Language, &a.Text, &a.Origin); err != nil {
			return nil, fmt.Errorf("list articles: %w", err)
		}
		if a.Published, err = zones.parsePublished(published, zone); err != nil {
			return nil, fmt.Errorf("list articles: %s: %w", a.ID, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	return out, nil
}
