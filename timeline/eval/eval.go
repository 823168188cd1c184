// Package eval scores the mentions the tagger finds (Article -> Mention)
// against gold sets, TempEval-3 style: extent (strict and relaxed), TIMEX3
// type and TIMEX3 value. It is a port of the project's reference scorer,
// score.py, and gives the same figures on the same files: gold mentions carry
// no offsets and are located in the text the way score.py does, predictions
// are located by their offset, and both are aligned one to one per case.
//
// Spans are counted in code points, as score.py counts Python characters;
// prediction offsets (bytes for this project) are converted the way score.py
// converts them.
//
// Known differences from score.py, none of which the gold sets reach: digits
// in timestamps and TIMEX3 values are ASCII only, a prediction always has an
// offset (Found.Offset cannot be absent), and per-case timings ("ms") are not
// read.
package eval

import (
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// wallClock is the layout of Found.Start and Found.End: a local wall-clock
// time without offset, as the gold sets write them.
const wallClock = "2006-01-02T15:04:05"

// Found is one predicted mention, the line format of `timeline tag` output:
// {"id","found":[Found...]}.
type Found struct {
	Text      string `json:"text"`
	Offset    int    `json:"offset"`     // byte offset in the case text
	EndOffset int    `json:"end_offset"` // exclusive
	Type      string `json:"type"`       // DATE TIME DURATION SET
	Timex     string `json:"timex"`
	Mod       string `json:"mod,omitempty"`
	Start     string `json:"start,omitempty"` // "2006-01-02T15:04:05" local wall clock
	End       string `json:"end,omitempty"`
	Grain     string `json:"grain,omitempty"`
}

// Prediction is one line of a prediction file: the mentions found in a case.
type Prediction struct {
	ID    string  `json:"id"`
	Found []Found `json:"found"`
}

// Case is one gold case: a text, its reference time and the mentions a
// tagger should find in it.
type Case struct {
	ID     string
	Source string
	Text   string
	Ref    time.Time // zero when RefRaw is not RFC 3339
	RefRaw string    // the reference time as written; its offset is the zone of the values
	Expect []Expected
	// Negative says that nothing in the text is a date.
	Negative bool
}

// Expected is one gold mention. Gold mentions carry no offsets: they are
// located in the text by their text, in order.
type Expected struct {
	Text string
	// WholeText is set when the gold gives no text (null): the source does
	// not say which span, and the mention stands for the whole input.
	WholeText bool
	// Offset, when the gold gives one, is the position of Text in code
	// points; it is used when the text is there.
	Offset     *int
	Start, End *string // local wall clock; nil when the gold says null
	Grain      string
	Kind       string // date, daterange, time, datetime, timerange, datetimerange, duration, set
	Timex      string // TIMEX3 value given by the annotators
	// Open marks an interval open on one side; OpenSide says which one
	// ("before" or "after") when the gold tells.
	Open     bool
	OpenSide string
}

// FromMention converts a tagger mention for output. Start and End are
// formatted as local wall clock (empty when zero), and the grain is mapped to
// the gold vocabulary: a part of day is scored as its day (Start truncated to
// the day, End the next day), a weekend as a day, a season as a month, a
// decade or a century as a year.
func FromMention(m timeline.Mention) Found {
	f := Found{
		Text:      m.Text,
		Offset:    m.Offset,
		EndOffset: m.EndOffset,
		Type:      string(m.Type),
		Timex:     m.Value,
		Mod:       m.Mod,
		Grain:     string(goldGrain(m.Grain)),
	}
	start, end := m.Start, m.End
	if m.Grain == timeline.GrainPart && !start.IsZero() {
		start = time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, start.Location())
		end = start.AddDate(0, 0, 1)
	}
	f.Start = formatWallClock(start)
	f.End = formatWallClock(end)
	return f
}

// goldGrain maps the tagger's grains onto the ones the gold sets use.
func goldGrain(g timeline.Grain) timeline.Grain {
	switch g {
	case timeline.GrainPart, timeline.GrainWeekend:
		return timeline.GrainDay
	case timeline.GrainSeason, timeline.GrainHalf:
		return timeline.GrainMonth
	case timeline.GrainDecade, timeline.GrainCentury:
		return timeline.GrainYear
	}
	return g
}

func formatWallClock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(wallClock)
}
