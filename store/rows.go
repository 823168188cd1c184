package store

import (
	"database/sql"
	"fmt"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// mentionRow receives the columns listed in mentionColumns.
type mentionRow struct {
	idx, offset, endOffset               int
	text, typ, value, mod                string
	start, end                           sql.NullString
	grain, anchor, rule, tense, inferred string
	weekday                              int
	problem                              string
}

// dest returns the scan destinations, in the order of mentionColumns.
func (r *mentionRow) dest() []any {
	return []any{&r.idx, &r.offset, &r.endOffset, &r.text, &r.typ, &r.value, &r.mod,
		&r.start, &r.end, &r.grain, &r.anchor, &r.rule, &r.tense, &r.inferred, &r.weekday, &r.problem}
}

// newMentionRow gives the row of mention m, the idx-th of its article, as
// stored; inferred is m.Inferred comma-joined.
func newMentionRow(idx int, m *timeline.Mention, inferred string) mentionRow {
	return mentionRow{
		idx: idx, offset: m.Offset, endOffset: m.EndOffset,
		text: m.Text, typ: string(m.Type), value: m.Value, mod: m.Mod,
		start: wallClockNull(m.Start), end: wallClockNull(m.End),
		grain: string(m.Grain), anchor: m.Anchor, rule: m.Rule, tense: string(m.Tense), inferred: inferred,
		weekday: m.Weekday, problem: m.Problem,
	}
}

// pack writes the row as a JSON array of mentionColumns, as
// json_array(mentionColumns) writes it: what events keep of their dating
// mention (events.date_mention).
func (r *mentionRow) pack(w *rowBuilder) string {
	w.integer(int64(r.idx))
	w.integer(int64(r.offset))
	w.integer(int64(r.endOffset))
	w.text(r.text)
	w.text(r.typ)
	w.text(r.value)
	w.text(r.mod)
	w.nullText(r.start)
	w.nullText(r.end)
	w.text(r.grain)
	w.text(r.anchor)
	w.text(r.rule)
	w.text(r.tense)
	w.text(r.inferred)
	w.integer(int64(r.weekday))
	w.text(r.problem)
	return w.done()
}

// unpack reads a row packed as pack writes it.
func (r *mentionRow) unpack(packed string) error {
	v := newRowReader(packed)
	r.idx, r.offset, r.endOffset = v.integer(), v.integer(), v.integer()
	r.text, r.typ, r.value, r.mod = v.text(), v.text(), v.text(), v.text()
	r.start, r.end = v.nullText(), v.nullText()
	r.grain, r.anchor, r.rule, r.tense, r.inferred = v.text(), v.text(), v.text(), v.text(), v.text()
	r.weekday, r.problem = v.integer(), v.text()
	return v.done()
}

// mention builds the mention, its wall clocks read in loc, the zone of the
// article's publication.
func (r *mentionRow) mention(loc *time.Location) (timeline.Mention, error) {
	start, err := parseWall(r.start, loc)
	if err != nil {
		return timeline.Mention{}, err
	}
	end, err := parseWall(r.end, loc)
	if err != nil {
		return timeline.Mention{}, err
	}
	return timeline.Mention{
		Offset:    r.offset,
		EndOffset: r.endOffset,
		Text:      r.text,
		Type:      timeline.TimexType(r.typ),
		Value:     r.value,
		Mod:       r.mod,
		Start:     start,
		End:       end,
		Grain:     timeline.Grain(r.grain),
		Anchor:    r.anchor,
		Rule:      r.rule,
		Tense:     timeline.Tense(r.tense),
		Inferred:  splitInferred(r.inferred),
		Weekday:   r.weekday,
		Problem:   r.problem,
	}, nil
}

// articleMentionRow receives the columns of MentionsByArticle's query: the
// article row, its id and publication, then mentionColumns.
type articleMentionRow struct {
	row                        int64
	articleID, published, zone string
	m                          mentionRow
}

// dest returns the scan destinations, in the order of the query.
func (r *articleMentionRow) dest() []any {
	return append([]any{&r.row, &r.articleID, &r.published, &r.zone}, r.m.dest()...)
}

// mention builds the mention in the zone of its article.
func (r *articleMentionRow) mention(zones zoneCache) (timeline.Mention, error) {
	published, err := zones.parsePublished(r.published, r.zone)
	if err != nil {
		return timeline.Mention{}, err
	}
	return r.m.mention(published.Location())
}

// entryRow receives the columns of selectEntries.
type entryRow struct {
	row            int64
	packed         string // the JSON array, read by unpack
	datePacked     string // the dating mention, packed (mentionRow.pack)
	actors, places string

	articleID, source, url, title, published, zone string
	date                                           mentionRow
	sentenceOffset, sentenceEnd                    int
	sentence, predicate, summary, modality         string
	// The event's own date columns.
	evStart, evEnd          sql.NullString
	evGrain, evValue, evMod string
}

// fill takes the columns of a row read ahead (rawEntry).
func (r *entryRow) fill(raw rawEntry) {
	r.row, r.packed, r.datePacked, r.actors, r.places = raw.row, raw.packed, raw.datePacked, raw.actors, raw.places
}

// dest returns the scan destinations, in the order of selectEntries.
func (r *entryRow) dest() []any {
	return []any{&r.row, &r.packed, &r.datePacked, &r.actors, &r.places}
}

// unpack reads the values of the packed arrays into their fields, in the
// order of selectEntries.
func (r *entryRow) unpack() error {
	v := newRowReader(r.packed)
	r.articleID, r.published, r.zone = v.text(), v.text(), v.text()
	r.sentenceOffset = v.integer()
	r.evStart, r.evEnd = v.nullText(), v.nullText()
	r.source, r.url, r.title = v.text(), v.text(), v.text()
	r.sentenceEnd = v.integer()
	r.sentence, r.predicate, r.summary, r.modality = v.text(), v.text(), v.text(), v.text()
	r.evGrain, r.evValue, r.evMod = v.text(), v.text(), v.text()
	if err := v.done(); err != nil {
		return err
	}
	if err := r.date.unpack(r.datePacked); err != nil {
		return fmt.Errorf("dating mention: %w", err)
	}
	return nil
}

// ownDate gives the event's date: the mention's, unless the event stored
// a date of its own (an anaphor dated by its antecedent).
func (r *entryRow) ownDate(m timeline.Mention, loc *time.Location) (timeline.Mention, error) {
	if r.evValue == m.Value && r.evStart.String == r.date.start.String && r.evEnd.String == r.date.end.String {
		return m, nil
	}
	start, err := parseWall(r.evStart, loc)
	if err != nil {
		return m, err
	}
	end, err := parseWall(r.evEnd, loc)
	if err != nil {
		return m, err
	}
	m.Start, m.End, m.Grain, m.Value, m.Mod = start, end, timeline.Grain(r.evGrain), r.evValue, r.evMod
	return m, nil
}

// entry builds the chronology entry, loading zones through zones.
func (r *entryRow) entry(zones zoneCache) (timeline.Entry, error) {
	if err := r.unpack(); err != nil {
		return timeline.Entry{}, fmt.Errorf("event row %d: %w", r.row, err)
	}
	published, err := zones.parsePublished(r.published, r.zone)
	if err != nil {
		return timeline.Entry{}, err
	}
	date, err := r.date.mention(published.Location())
	if err != nil {
		return timeline.Entry{}, err
	}
	if date, err = r.ownDate(date, published.Location()); err != nil {
		return timeline.Entry{}, err
	}
	actors, err := decodeNames(r.actors)
	if err != nil {
		return timeline.Entry{}, err
	}
	places, err := decodeNames(r.places)
	if err != nil {
		return timeline.Entry{}, err
	}
	return timeline.Entry{
		Event: timeline.Event{
			ArticleID:      r.articleID,
			Mention:        r.date.idx,
			Date:           date,
			SentenceOffset: r.sentenceOffset,
			SentenceEnd:    r.sentenceEnd,
			Sentence:       r.sentence,
			Predicate:      r.predicate,
			Summary:        r.summary,
			Actors:         actors,
			Places:         places,
			Modality:       timeline.Modality(r.modality),
		},
		Source:    r.source,
		URL:       r.url,
		Title:     r.title,
		Published: published,
	}, nil
}
