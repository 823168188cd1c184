package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
)

// mentionColumns are read by mentionRow.dest, in this order.
const mentionColumns = `m.idx, m.byte_offset, m.end_offset, m.text, m.type, m.value, m.mod,
	m.start_local, m.end_local, m.grain, m.anchor, m.rule, m.tense, m.inferred, m.weekday, m.problem`

// selectEntries reads an entry per event, for entryRow.dest: the event's
// row, then the article and the event in one JSON array (see rowReader),
// the dating mention as the event keeps it packed, then the event's actors
// and places. Event.Date is the mention, with the event's own date when
// the event was dated otherwise (by an anaphor).
const selectEntries = `SELECT e.id, json_array(a.article_id, a.published, a.published_zone,
	e.sentence_offset, e.date_start, e.date_end, a.source, a.url, a.title,
	e.sentence_end, e.sentence, e.predicate, e.summary,
	e.modality, e.date_grain, e.date_value, e.date_mod),
	e.date_mention, e.actors, e.places
FROM events e
JOIN articles a ON a.id = e.article`

// selectLeanEntries is selectEntries with the article's address and title
// left empty: a sweep that merges and checks never reads them, and SQLite
// no longer copies and escapes them into every event's array (a fifth of
// the reading of a whole archive).
var selectLeanEntries = strings.Replace(selectEntries, "a.url, a.title", "'', ''", 1)

// entryOrder lists the chronology oldest first; events without a calendar
// interval (durations, sets) come last.
const entryOrder = `
ORDER BY e.date_start IS NULL, e.date_start, e.date_end, a.published_utc, a.article_id,
	e.sentence_offset, e.id`

// Events lists the stored events selected by f, oldest first: by date
// start, then end, then publication, then article id, then sentence offset.
// Each comes with its article's metadata, and its Date is the dating
// mention as saved.
//
// From and To select events whose interval [Date.Start, Date.End) overlaps
// [From, To); a zero bound is open, and events without an interval are left
// out once either bound is set. Bounds are compared as wall clocks, like the
// stored dates: a date is a date wherever it was published. Actor and Place
// select events with an actor or place containing them, ignoring case.
// Query selects events whose summary or sentence holds every word of it,
// ignoring case and accents; a word ending in '*' is a prefix. When a bulk
// ingest left the text of some events unindexed (DeferFullText), a Query
// first indexes it (IndexFullText), so that it finds them too, leaving
// the write lock free between its steps for an ingest under way.
func (db *DB) Events(ctx context.Context, f timeline.Filter) ([]timeline.Entry, error) {
	if matchQuery(f.Query) != "" {
		if err := db.IndexFullText(ctx, true); err != nil {
			return nil, fmt.Errorf("list events: %w", err)
		}
	}
	where, args := filterClause(f)
	// The rows come unsorted and are sorted here, in entryOrder: SQLite
	// would copy every column of every row into its sorter, a third of the
	// heaviest query's time.
	rows, err := db.sql.QueryContext(ctx, selectEntries+where, args...)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	// SQLite reads the rows on one goroutine while this one builds their
	// entries: each takes about half of the heaviest query's time, and
	// one after the other they took the sum.
	rr := readAheadRaw(ctx, rows)
	defer rr.stop()
	zones := zoneCache{}
	var (
		// Entries are built into chunks of a batch each and copied once,
		// into their place in the order, at the end: an entry is 464
		// bytes, and growing one slice of them copied each about twice
		// more, over half of the CPU time this goroutine spent on the
		// heaviest query.
		chunks [][]timeline.Entry
		keys   []orderKey
		r      entryRow
	)
	for batch := range rr.batches {
		chunk := make([]timeline.Entry, len(batch))
		for i, raw := range batch {
			r.fill(raw)
			e, err := r.entry(zones)
			if err != nil {
				return nil, fmt.Errorf("list events: article %s: %w", r.articleID, err)
			}
			chunk[i] = e
			keys = append(keys, r.key(e.Published))
		}
		chunks = append(chunks, chunk)
	}
	if err := rr.wait(); err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	if len(keys) == 0 {
		return nil, nil
	}
	perm := make([]int32, len(keys))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(i, j int32) int { return compareKeys(&keys[i], &keys[j]) })
	out := make([]timeline.Entry, len(perm))
	for k, i := range perm {
		out[k] = chunks[i/rawBatchSize][i%rawBatchSize]
	}
	return out, nil
}

// rawEntry is a row of selectEntries as read, before it is unpacked.
type rawEntry struct {
	row                                int64
	packed, datePacked, actors, places string
}

// rawBatchSize is how many rows readRawEntries sends at a time; every
// batch but the last is full.
const rawBatchSize = 256

// rawAhead reads rows of selectEntries on a goroutine of its own, a few
// batches ahead of the one that builds their entries.
type rawAhead struct {
	batches <-chan []rawEntry // closed when the reading ends
	done    chan error        // the reading's error, once
	cancel  context.CancelFunc
	err     error
	waited  bool
}

// readAheadRaw starts reading rows, which it closes.
func readAheadRaw(ctx context.Context, rows *sql.Rows) *rawAhead {
	ctx, cancel := context.WithCancel(ctx)
	batches := make(chan []rawEntry, 4)
	rr := &rawAhead{batches: batches, done: make(chan error, 1), cancel: cancel}
	go func() {
		defer close(batches)
		rr.done <- readRawEntries(ctx, rows, batches)
	}()
	return rr
}

// wait returns the reading's error, once every batch was taken.
func (rr *rawAhead) wait() error {
	if !rr.waited {
		rr.err, rr.waited = <-rr.done, true
	}
	return rr.err
}

// stop ends the reading, if it has not ended, and waits for it.
func (rr *rawAhead) stop() {
	rr.cancel()
	for range rr.batches {
	}
	rr.wait()
}

// readRawEntries scans rows in batches to out until the rows or ctx end,
// and closes rows.
func readRawEntries(ctx context.Context, rows *sql.Rows, out chan<- []rawEntry) error {
	defer rows.Close()
	batch := make([]rawEntry, 0, rawBatchSize)
	var r rawEntry
	dest := []any{&r.row, &r.packed, &r.datePacked, &r.actors, &r.places}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		batch = append(batch, r)
		if len(batch) == rawBatchSize {
			select {
			case out <- batch:
			case <-ctx.Done():
				return ctx.Err()
			}
			batch = make([]rawEntry, 0, rawBatchSize)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(batch) > 0 {
		select {
		case out <- batch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// orderKey holds what entryOrder compares of an entry, next to each other
// so that sorting reads no entry: its event's date bounds as stored (wall
// clocks in text), its publication instant, article, sentence and row.
type orderKey struct {
	start, end     sql.NullString
	pubSec         int64
	pubNsec        int32
	sentenceOffset int32
	articleID      string
	row            int64
}

// key gives the order key of the row r holds, once unpacked, published
// at published.
func (r *entryRow) key(published time.Time) orderKey {
	return orderKey{
		start: r.evStart, end: r.evEnd,
		pubSec: published.Unix(), pubNsec: int32(published.Nanosecond()),
		sentenceOffset: int32(min(r.sentenceOffset, math.MaxInt32)),
		articleID:      r.articleID, row: r.row,
	}
}

// compareKeys orders two entries as entryOrder does: events without a date
// last, then by date start and end, publication instant, article,
// sentence, row.
func compareKeys(a, b *orderKey) int {
	return cmp.Or(
		cmp.Compare(boolInt(!a.start.Valid), boolInt(!b.start.Valid)),
		strings.Compare(a.start.String, b.start.String),
		cmp.Compare(boolInt(a.end.Valid), boolInt(b.end.Valid)),
		strings.Compare(a.end.String, b.end.String),
		cmp.Compare(a.pubSec, b.pubSec),
		cmp.Compare(a.pubNsec, b.pubNsec),
		strings.Compare(a.articleID, b.articleID),
		cmp.Compare(a.sentenceOffset, b.sentenceOffset),
		cmp.Compare(a.row, b.row),
	)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// EachDatedEvent calls fn with every stored event that has a calendar
// interval, in order of date start (then as Events orders them), reading
// the rows one at a time: memory does not grow with the archive. It stops
// at the first error fn returns, and returns it.
func (db *DB) EachDatedEvent(ctx context.Context, fn func(timeline.Entry) error) error {
	return db.eachEntry(ctx, selectEntries, "\nWHERE e.date_start IS NOT NULL", nil, func(e timeline.Entry, _ int64) error { return fn(e) })
}

// EachDatedEventLean is EachDatedEvent with the entries' Title and URL
// left empty, which makes the reading cheaper.
func (db *DB) EachDatedEventLean(ctx context.Context, fn func(timeline.Entry) error) error {
	return db.eachEntry(ctx, selectLeanEntries, "\nWHERE e.date_start IS NOT NULL", nil, func(e timeline.Entry, _ int64) error { return fn(e) })
}

// EachEventBetween calls fn with every stored event whose calendar
// interval overlaps [from, to) (wall clocks), with its row, in the order of
// EachDatedEvent.
func (db *DB) EachEventBetween(ctx context.Context, from, to time.Time, fn func(e timeline.Entry, row int64) error) error {
	return db.eachEntry(ctx, selectEntries, "\nWHERE e.date_start < ? AND e.date_end > ?", []any{wallClock(to), wallClock(from)}, fn)
}

// CountEventsBetween counts the stored events whose calendar interval
// overlaps [from, to) (wall clocks), as EachEventBetween would read them.
func (db *DB) CountEventsBetween(ctx context.Context, from, to time.Time) (int, error) {
	var n int
	err := db.sql.QueryRowContext(ctx, "SELECT count(*) FROM events e WHERE e.date_start < ? AND e.date_end > ?",
		wallClock(to), wallClock(from)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// EachEventAfter calls fn with every stored event above row after that has
// a calendar interval, with its row, in the order of EachDatedEvent.
func (db *DB) EachEventAfter(ctx context.Context, after int64, fn func(e timeline.Entry, row int64) error) error {
	return db.eachEntry(ctx, selectEntries, "\nWHERE e.id > ? AND e.date_start IS NOT NULL", []any{after}, fn)
}

// datedOrder is entryOrder for events that all have a calendar interval.
// Without the leading IS NULL term, SQLite reads the events in the order
// of the date index and sorts only the events of one date by the rest:
// the whole archive streams in date order instead of being sorted at once
// (16 s instead of 31 s for 1.09 million events).
const datedOrder = `
ORDER BY e.date_start, e.date_end, a.published_utc, a.article_id, e.sentence_offset, e.id`

// sweepCacheKiB is the page cache of the connection that reads the events
// of a sweep (eachEntry), rather than SQLite's default of 2 MiB. The events
// come in date order from all over the file, and each page of events,
// articles and mentions holds rows of several nearby dates: with the
// default, the sweep read most pages from the file several times. Reading
// every event of the 150,000-article archive took 10.6 s instead of 16.3
// (8 MiB: 11.8 s, 32 MiB: 10.0 s).
const sweepCacheKiB = 16 << 10

// eachEntry reads the entries of sel (selectEntries or selectLeanEntries)
// + where, which must select dated events only, in entryOrder, one row at
// a time, on a connection whose page cache is sweepCacheKiB for the time
// of the reading.
func (db *DB) eachEntry(ctx context.Context, sel, where string, args []any, fn func(timeline.Entry, int64) error) (err error) {
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	defer conn.Close()
	var cacheSize int64
	if err := conn.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&cacheSize); err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", sweepCacheKiB)); err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	defer func() {
		// The connection goes back to the pool with its own cache size,
		// which frees the pages above it.
		if _, resetErr := conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA cache_size = %d", cacheSize)); resetErr != nil {
			err = errors.Join(err, fmt.Errorf("read events: %w", resetErr))
		}
	}()
	rows, err := conn.QueryContext(ctx, sel+where+datedOrder, args...)
	if err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	// SQLite steps through the rows on a goroutine of its own, as for
	// Events, while this one builds the entries and hands them to fn: in a
	// sweep of the archive the stepping alone keeps a core busy. On an
	// early return the reader is stopped, and waited for, before the
	// connection goes back to the pool.
	rr := readAheadRaw(ctx, rows)
	defer rr.stop()
	zones := zoneCache{}
	var r entryRow
	for batch := range rr.batches {
		for _, raw := range batch {
			r.fill(raw)
			e, err := r.entry(zones)
			if err != nil {
				return fmt.Errorf("read events: article %s: %w", r.articleID, err)
			}
			if err := fn(e, r.row); err != nil {
				return err
			}
		}
	}
	if err := rr.wait(); err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	return nil
}

// filterClause turns f into a WHERE clause and its parameters.
func filterClause(f timeline.Filter) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, arg any) {
		conds = append(conds, cond)
		args = append(args, arg)
	}
	if !f.From.IsZero() {
		add("e.date_end > ?", wallClock(f.From))
	}
	if !f.To.IsZero() {
		add("e.date_start < ?", wallClock(f.To))
	}
	for _, n := range []struct{ kind, text string }{{"actor", f.Actor}, {"place", f.Place}} {
		if n.text != "" {
			cond, nargs := nameCondition(n.kind, n.text, f.To)
			conds = append(conds, cond)
			args = append(args, nargs...)
		}
	}
	if q := matchQuery(f.Query); q != "" {
		add("e.id IN (SELECT docid FROM events_fts WHERE events_fts MATCH ?)", q)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return "\nWHERE " + strings.Join(conds, " AND "), args
}

// nameCondition selects the events with an actor or place (kind) that
// contains text, ignoring case: first the names that contain it, in the
// short names table, then their events from the name index, read only up
// to the end of the date range when there is one.
func nameCondition(kind, text string, to time.Time) (string, []any) {
	cond := `e.id IN (SELECT en.event FROM names n JOIN event_names en ON en.name = n.id
		WHERE n.kind = ? AND instr(n.folded, ?) > 0`
	args := []any{kind, fold(text)}
	if !to.IsZero() {
		cond += " AND en.date_start < ?"
		args = append(args, wallClock(to))
	}
	return cond + ")", args
}

// matchQuery turns the words of a user query into an FTS4 query that wants
// them all. Each word is quoted as a phrase, so that punctuation and FTS
// operators in the input are words, not syntax; the tokenizer then splits
// "l'ONU" into the phrase "l onu" as it did the indexed text. A trailing '*'
// keeps its FTS meaning of a prefix. Words with no letter or digit are
// dropped; a query of none selects everything.
func matchQuery(query string) string {
	var phrases []string
	for _, w := range strings.Fields(query) {
		if !strings.ContainsFunc(w, isWordRune) {
			continue
		}
		prefix := strings.HasSuffix(w, "*")
		w = strings.Map(func(r rune) rune {
			if r == '"' || r == '*' {
				return ' '
			}
			return r
		}, w)
		w = strings.TrimSpace(w)
		if prefix {
			w += "*"
		}
		phrases = append(phrases, `"`+w+`"`)
	}
	return strings.Join(phrases, " ")
}

// isWordRune reports whether r can be part of an indexed token.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Mentions returns the mentions stored with the article whose Article.ID is
// articleID, in text order, with their times in the article's zone. If
// several stored articles share the id, it returns those of the one stored
// last. An unknown id gives ErrNotFound.
func (db *DB) Mentions(ctx context.Context, articleID string) ([]timeline.Mention, error) {
	var (
		row             int64
		published, zone string
	)
	err := db.sql.QueryRowContext(ctx, `SELECT id, published, published_zone FROM articles
		WHERE article_id = ? ORDER BY id DESC LIMIT 1`, articleID).Scan(&row, &published, &zone)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("mentions of %s: %w", articleID, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", articleID, err)
	}
	ms, err := db.mentionsOf(ctx, row, published, zone)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", articleID, err)
	}
	return ms, nil
}

// MentionsByArticle returns the mentions of every stored article, keyed by
// Article.ID, each list in text order with its times in the article's zone.
// If several stored articles share an id, the map holds those of the one
// stored last, as Mentions does. Articles without mentions have no key.
func (db *DB) MentionsByArticle(ctx context.Context) (map[string][]timeline.Mention, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT a.id, a.article_id, a.published, a.published_zone, `+
		mentionColumns+` FROM mentions m JOIN articles a ON a.id = m.article
		ORDER BY a.id, m.byte_offset, m.end_offset, m.idx`)
	if err != nil {
		return nil, fmt.Errorf("list mentions: %w", err)
	}
	defer rows.Close()
	out := map[string][]timeline.Mention{}
	rowOf := map[string]int64{} // the article row each key holds
	zones := zoneCache{}
	for rows.Next() {
		var r articleMentionRow
		if err := rows.Scan(r.dest()...); err != nil {
			return nil, fmt.Errorf("list mentions: %w", err)
		}
		m, err := r.mention(zones)
		if err != nil {
			return nil, fmt.Errorf("list mentions: article %s: %w", r.articleID, err)
		}
		if rowOf[r.articleID] != r.row {
			rowOf[r.articleID], out[r.articleID] = r.row, nil // a later article with the same id
		}
		out[r.articleID] = append(out[r.articleID], m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list mentions: %w", err)
	}
	return out, nil
}

// mentionsOf reads the mentions of the article row, in text order.
func (db *DB) mentionsOf(ctx context.Context, article int64, published, zone string) ([]timeline.Mention, error) {
	pub, err := zoneCache{}.parsePublished(published, zone)
	if err != nil {
		return nil, err
	}
	rows, err := db.sql.QueryContext(ctx, `SELECT `+mentionColumns+` FROM mentions m
		WHERE m.article = ? ORDER BY m.byte_offset, m.end_offset, m.idx`, article)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ms []timeline.Mention
	for rows.Next() {
		var r mentionRow
		if err := rows.Scan(r.dest()...); err != nil {
			return nil, err
		}
		m, err := r.mention(pub.Location())
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	return ms, rows.Err()
}

// decodeNames reads a JSON array of names; "[]" gives nil.
func decodeNames(s string) ([]string, error) {
	if names, ok := plainNames(s); ok {
		return names, nil
	}
	var names []string
	if err := json.Unmarshal([]byte(s), &names); err != nil {
		return nil, fmt.Errorf("decode names %q: %w", s, err)
	}
	if len(names) == 0 {
		return nil, nil
	}
	return names, nil
}

// plainNames reads s when it is a JSON array of strings with no escape,
// no control character and valid UTF-8, as json.Marshal writes names: what
// json.Unmarshal reads, without its reflection. ok is false for anything
// else, which decodeNames leaves to json.Unmarshal.
func plainNames(s string) (names []string, ok bool) {
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' || !utf8.ValidString(s) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' || s[i] < 0x20 {
			return nil, false
		}
	}
	body := s[1 : len(s)-1]
	if body == "" {
		return nil, true
	}
	for {
		if len(body) < 2 || body[0] != '"' {
			return nil, false
		}
		end := strings.IndexByte(body[1:], '"')
		if end < 0 {
			return nil, false
		}
		names = append(names, body[1:1+end])
		body = body[end+2:]
		if body == "" {
			return names, true
		}
		if body[0] != ',' {
			return nil, false
		}
		body = body[1:]
	}
}
