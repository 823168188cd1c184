package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
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
	saved, err := db.saveBatch(ctx, []Bundle{{Article: a, Mentions: ms, Events: evs}})
	if err != nil {
		return false, fmt.Errorf("save article %s: %w", a.ID, err)
	}
	return saved[0].Inserted, saved[0].Err
}

// now returns the ingestion time to record with an article.
func (db *DB) now() string {
	now := time.Now
	if db.Now != nil {
		now = db.Now
	}
	return now().UTC().Format(time.RFC3339Nano)
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

// indexTextSQL indexes the text of the events above a row id for
// full-text search, set-wise: one pass per transaction costs far less
// than one FTS4 insert per event, and one pass over many transactions
// (IndexFullText) less again.
const indexTextSQL = `INSERT INTO events_fts (docid, summary, sentence)
	SELECT id, summary, sentence FROM events WHERE id > ?1`

// indexNamesSQL fill the name index for the events above a row id,
// set-wise. The CROSS JOINs fix the order of the loops: the new events,
// their names, then each name looked up by its key. Left to itself, the
// planner loops over every name of a kind first and reads every new
// event's names for each, a cost that grows with the names of the whole
// archive.
var indexNamesSQL = []string{
	`INSERT OR IGNORE INTO names (kind, folded)
	SELECT 'actor', j.value FROM events e, json_each(e.actors_folded) j WHERE e.id > ?1
	UNION ALL
	SELECT 'place', j.value FROM events e, json_each(e.places_folded) j WHERE e.id > ?1`,
	`INSERT OR IGNORE INTO event_names (name, date_start, event)
	SELECT n.id, coalesce(e.date_start, ''), e.id
	FROM events e CROSS JOIN json_each(e.actors_folded) j
	CROSS JOIN names n ON n.kind = 'actor' AND n.folded = j.value
	WHERE e.id > ?1
	UNION ALL
	SELECT n.id, coalesce(e.date_start, ''), e.id
	FROM events e CROSS JOIN json_each(e.places_folded) j
	CROSS JOIN names n ON n.kind = 'place' AND n.folded = j.value
	WHERE e.id > ?1`,
}

// indexEvents indexes the events of tx above row last for actor and place
// search, and for full-text search unless an ingest defers it
// (fullTextBehind).
func indexEvents(ctx context.Context, tx *sql.Tx, last int64) error {
	behind, err := fullTextBehind(ctx, tx)
	if err != nil {
		return err
	}
	for _, q := range indexNamesSQL {
		if _, err := tx.ExecContext(ctx, q, last); err != nil {
			return fmt.Errorf("index events: %w", err)
		}
	}
	if !behind {
		if _, err := tx.ExecContext(ctx, indexTextSQL, last); err != nil {
			return fmt.Errorf("index events: %w", err)
		}
	}
	return nil
}

// checkBundle finds what would keep an article from being stored before
// any of its rows is written: an event whose mention is not one of ms, an
// inferred field that cannot be stored.
func checkBundle(ms []timeline.Mention, evs []timeline.Event) error {
	for i, m := range ms {
		for _, f := range m.Inferred {
			if strings.Contains(f, ",") {
				return fmt.Errorf("mention %d %q: inferred field %q cannot be stored comma-separated", i, m.Text, f)
			}
		}
	}
	for i, ev := range evs {
		if ev.Mention < 0 || ev.Mention >= len(ms) {
			return fmt.Errorf("event %d: mention %d of %d: %w", i, ev.Mention, len(ms), ErrMentionIndex)
		}
	}
	return nil
}

const insertArticleSQL = `INSERT INTO articles (article_id, source, url, title,
	published, published_zone, published_utc, language, text, content_hash, origin, ingested_at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// insertArticle writes the article row and returns its row id, or
// errDuplicate if the content is already stored.
func insertArticle(ctx context.Context, tx *sql.Tx, a timeline.Article, ingestedAt string) (int64, error) {
	res, err := tx.ExecContext(ctx, insertArticleSQL, a.ID, a.Source, a.URL, a.Title,
		a.Published.Format(time.RFC3339Nano), a.Published.Location().String(),
		a.Published.UTC().Format(utcLayout), a.Language, a.Text, a.ContentHash(), a.Origin,
		ingestedAt)
	if isUniqueViolation(err) { // content_hash is the only unique column
		return 0, errDuplicate
	}
	if err != nil {
		return 0, fmt.Errorf("insert article: %w", err)
	}
	return res.LastInsertId()
}

// maxRowsPerInsert bounds the rows of one multi-row INSERT: enough that
// the cost of a statement is spread over many rows, few enough that its
// parameters stay far below SQLite's limit of 32766.
const maxRowsPerInsert = 64

// mentionInserts write mentions. Their ids are given (see rowWriter), so
// that events can name them without reading them back.
var mentionInserts = newMultiRowInsert(`INSERT INTO mentions (id, article, idx, byte_offset, end_offset, text,
	type, value, mod, start_local, end_local, grain, anchor, rule, tense, inferred, weekday, problem)
	VALUES `, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

// eventInserts write events.
var eventInserts = newMultiRowInsert(`INSERT INTO events (article, mention, sentence_offset, sentence_end,
	sentence, predicate, summary, actors, places, actors_folded, places_folded, modality,
	date_start, date_end, date_grain, date_value, date_mod, date_mention)
	VALUES `, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

// multiRowInsert is an INSERT statement of one shape for a power of two
// rows, up to maxRowsPerInsert: any number of rows is written with a few
// of these few texts, which the driver then keeps compiled from one
// transaction to the next.
type multiRowInsert struct {
	head, row string
	once      sync.Once
	byRows    map[int]string
}

func newMultiRowInsert(head, row string) *multiRowInsert {
	return &multiRowInsert{head: head, row: row}
}

// chunk returns how many of n waiting rows the next statement writes, at
// most max: the largest power of two that fits.
func chunk(n, max int) int {
	c := 1
	for c*2 <= min(n, max) {
		c *= 2
	}
	return c
}

// sql returns the statement for n rows, a power of two up to
// maxRowsPerInsert.
func (m *multiRowInsert) sql(n int) string {
	m.once.Do(func() {
		m.byRows = map[int]string{}
		var b strings.Builder
		b.WriteString(m.head)
		for i := 1; i <= maxRowsPerInsert; i++ {
			if i > 1 {
				b.WriteString(", ")
			}
			b.WriteString(m.row)
			if i&(i-1) == 0 {
				m.byRows[i] = b.String()
			}
		}
	})
	return m.byRows[n]
}

// rowWriter inserts articles and queues their mentions and events, to
// write them in a few multi-row statements (flush).
//
// It gives each mention its row id, counting up from the highest one in
// the table: the ids SQLite would have chosen, since the transaction holds
// the write lock from its start (BEGIN IMMEDIATE). An event then names its
// mention by id, with neither a lookup nor a wait for the mention's insert.
type rowWriter struct {
	tx          *sql.Tx
	lastMention int64 // the highest mention id given so far
	mentions    []queuedMention
	events      []queuedEvent
	args        []any      // reused by every statement
	pack        rowBuilder // reused by every dating mention packed
}

// newRowWriter returns a writer for tx.
func newRowWriter(ctx context.Context, tx *sql.Tx) (*rowWriter, error) {
	w := &rowWriter{tx: tx}
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM mentions").Scan(&w.lastMention); err != nil {
		return nil, fmt.Errorf("last mention row: %w", err)
	}
	return w, nil
}

// queuedMention is a mention row waiting to be written.
type queuedMention struct {
	id, article int64
	idx         int
	m           *timeline.Mention
	inferred    string
}

// queuedEvent is an event row waiting to be written: the event, its
// index among its article's events, its mention's row, the mention whose
// date columns it copies and its mention's row packed.
type queuedEvent struct {
	article, mention int64
	idx              int
	ev               *timeline.Event
	date             *timeline.Mention
	dateMention      string
	actors, places   nameColumns
}

// add inserts the article row of a, checked by checkBundle, and queues its
// mentions and events. It returns errDuplicate, and queues nothing, if the
// content is already stored.
func (w *rowWriter) add(ctx context.Context, a timeline.Article, ms []timeline.Mention, evs []timeline.Event, ingestedAt string) error {
	article, err := insertArticle(ctx, w.tx, a, ingestedAt)
	if err != nil {
		return err
	}
	first := w.lastMention + 1
	queued := len(w.mentions)
	for i := range ms {
		m := &ms[i]
		w.mentions = append(w.mentions, queuedMention{id: first + int64(i), article: article, idx: i, m: m,
			inferred: strings.Join(m.Inferred, ",")})
	}
	w.lastMention += int64(len(ms))
	for i := range evs {
		ev := &evs[i]
		q := queuedEvent{article: article, mention: first + int64(ev.Mention), idx: i, ev: ev, date: &ms[ev.Mention]}
		row := newMentionRow(ev.Mention, q.date, w.mentions[queued+ev.Mention].inferred)
		q.dateMention = row.pack(&w.pack)
		// The date columns copy the mention the event is read back with,
		// unless an anaphor dated the event: then it keeps its own date.
		if ev.Date.HasInterval() && (ev.Date.Value != q.date.Value || !ev.Date.Start.Equal(q.date.Start)) {
			q.date = &ev.Date
		}
		if q.actors, err = encodeNames(ev.Actors); err != nil {
			return fmt.Errorf("event %d %q: %w", i, ev.Summary, err)
		}
		if q.places, err = encodeNames(ev.Places); err != nil {
			return fmt.Errorf("event %d %q: %w", i, ev.Summary, err)
		}
		w.events = append(w.events, q)
	}
	return nil
}

// discard forgets the queued rows of an article rolled back to its
// savepoint, and the mention ids given since lastMention, free again.
func (w *rowWriter) discard(lastMention int64) {
	w.mentions, w.events = w.mentions[:0], w.events[:0]
	w.lastMention = lastMention
}

// flush writes the queued mentions, then the queued events, up to perInsert
// rows per statement, and empties the queues. With one row per statement
// an error names its row.
func (w *rowWriter) flush(ctx context.Context, perInsert int) error {
	defer func() { w.mentions, w.events = w.mentions[:0], w.events[:0] }()
	for ms := w.mentions; len(ms) > 0; {
		n := chunk(len(ms), perInsert)
		w.args = w.args[:0]
		for _, q := range ms[:n] {
			m := q.m
			w.args = append(w.args, q.id, q.article, int64(q.idx), int64(m.Offset), int64(m.EndOffset), m.Text,
				string(m.Type), m.Value, m.Mod, wallClock(m.Start), wallClock(m.End),
				string(m.Grain), m.Anchor, m.Rule, string(m.Tense), q.inferred, int64(m.Weekday), m.Problem)
		}
		if _, err := w.tx.ExecContext(ctx, mentionInserts.sql(n), w.args...); err != nil {
			if n == 1 {
				return fmt.Errorf("mention %d %q: %w", ms[0].idx, ms[0].m.Text, err)
			}
			return fmt.Errorf("insert %d mentions: %w", n, err)
		}
		ms = ms[n:]
	}
	for evs := w.events; len(evs) > 0; {
		n := chunk(len(evs), perInsert)
		w.args = w.args[:0]
		for _, q := range evs[:n] {
			ev, d := q.ev, q.date
			w.args = append(w.args, q.article, q.mention, int64(ev.SentenceOffset), int64(ev.SentenceEnd),
				ev.Sentence, ev.Predicate, ev.Summary, q.actors.names, q.places.names, q.actors.folded, q.places.folded,
				string(ev.Modality), wallClock(d.Start), wallClock(d.End), string(d.Grain), d.Value, d.Mod, q.dateMention)
		}
		if _, err := w.tx.ExecContext(ctx, eventInserts.sql(n), w.args...); err != nil {
			if n == 1 {
				return fmt.Errorf("event %d %q: %w", evs[0].idx, evs[0].ev.Summary, err)
			}
			return fmt.Errorf("insert %d events: %w", n, err)
		}
		evs = evs[n:]
	}
	return nil
}

// splitInferred reads back what the comma-joined inferred column holds;
// "" gives nil.
func splitInferred(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
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

// Empty reports whether the database stores no article.
func (db *DB) Empty(ctx context.Context) (bool, error) {
	var empty bool
	if err := db.sql.QueryRowContext(ctx, "SELECT NOT EXISTS (SELECT 1 FROM articles)").Scan(&empty); err != nil {
		return false, fmt.Errorf("count articles of %s: %w", db.path, err)
	}
	return empty, nil
}

// HasArticle reports whether an article with this content hash is stored.
func (db *DB) HasArticle(ctx context.Context, contentHash string) (bool, error) {
	h := &db.hasArticle
	h.once.Do(func() {
		h.stmt, h.err = db.sql.PrepareContext(context.WithoutCancel(ctx),
			"SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = ?)")
	})
	if h.err != nil {
		return false, fmt.Errorf("look up article %s: %w", contentHash, h.err)
	}
	var ok bool
	if err := h.stmt.QueryRowContext(ctx, contentHash).Scan(&ok); err != nil {
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
