// Package tagger finds the French date and time expressions of a text and
// resolves them against a reference time (the publication date for news).
//
// The tagger scans the text once for trigger words (months, weekdays,
// numbers, "hier", "semaine", ...) and tries only the French rules of
// package fr that can start around each trigger; it keeps the longest
// match. Each match says what the text gave; resolution then fills the
// rest from the anchor according to the policy and the tense of the clause,
// recording every inferred field.
package tagger

import (
	"sync"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

// Policy says how expressions that do not fix their own direction in time
// (a bare weekday, a date without a year) are resolved.
type Policy string

// Resolution policies.
const (
	// PolicyNews anchors at publication and follows the tense of the
	// clause: a bare weekday in a past or present clause is the latest on
	// or before publication, in a future clause the next one.
	PolicyNews Policy = "news"
	// PolicyFuture always resolves forward, as a scheduling assistant does.
	PolicyFuture Policy = "future"
	// PolicyPast always resolves backward, as an archive does.
	PolicyPast Policy = "past"
	// PolicyNearest resolves to the nearest candidate whatever the tense,
	// as chrono does: "dimanche" said on a Thursday is the coming Sunday,
	// said on a Monday the last one.
	PolicyNearest Policy = "nearest"
)

// ParsePolicy checks a policy name.
func ParsePolicy(s string) (Policy, bool) {
	switch p := Policy(s); p {
	case PolicyNews, PolicyFuture, PolicyPast, PolicyNearest:
		return p, true
	}
	return "", false
}

// Values says how a mention's value is reported.
type Values string

// Value styles.
const (
	// ValuesTimex reports TIMEX3 values (2016-03-22, 2016-W12, 2016-03-22TEV,
	// PT7H, PRESENT_REF) with the calendar interval they name: the default,
	// what TimeML corpora and the chronology need.
	ValuesTimex Values = "timex"
	// ValuesCalendar reports the instant a calendar assistant would put in
	// an agenda, as a start and a grain with no TIMEX3 value: see
	// calendar.go for the conventions.
	ValuesCalendar Values = "calendar"
	// ValuesInstant is the calendar style for libraries that reduce an
	// expression to one instant, as chrono does: "la semaine prochaine" is
	// the reference plus seven days, "en 1 heure" the reference plus an
	// hour. See instant.go.
	ValuesInstant Values = "instant"
)

// ParseValues checks a value style name.
func ParseValues(s string) (Values, bool) {
	switch v := Values(s); v {
	case ValuesTimex, ValuesCalendar, ValuesInstant:
		return v, true
	}
	return "", false
}

// Option configures a tagger.
type Option func(*Tagger)

// WithValues sets the value style; an unknown style is timex.
func WithValues(v Values) Option {
	return func(t *Tagger) {
		if _, ok := ParseValues(string(v)); ok {
			t.values = v
		}
	}
}

// Tagger tags texts. It is safe for concurrent use.
type Tagger struct {
	policy Policy
	values Values
	rules  []*fr.Rule
	// byClass holds, for each token class bit, the rules that class
	// triggers, bit k standing for rules[k]: bestAt walks the set bits
	// rather than every rule. Nil when there are more than 64 rules.
	byClass []uint64
}

// New returns a tagger using the given policy; an unknown policy is news.
// Values are TIMEX3 unless an option says otherwise.
func New(p Policy, opts ...Option) *Tagger {
	if _, ok := ParsePolicy(string(p)); !ok {
		p = PolicyNews
	}
	t := &Tagger{policy: p, values: ValuesTimex, rules: fr.Rules()}
	if len(t.rules) <= 64 {
		t.byClass = make([]uint64, 32)
		for k, r := range t.rules {
			for b := range t.byClass {
				if r.Triggers&(1<<b) != 0 {
					t.byClass[b] |= 1 << k
				}
			}
		}
	}
	for _, o := range opts {
		o(t)
	}
	return t
}

// Tag returns the mentions of text, in text order, resolved against ref.
func (t *Tagger) Tag(text string, ref time.Time) []timeline.Mention {
	buf := matchPool.Get().(*[]match)
	found := t.find(text, (*buf)[:0])
	defer func() {
		clear(found[:cap(found)]) // drops the expressions' pointers
		*buf = found[:0]
		matchPool.Put(buf)
	}()
	found = addDayLists(text, found)
	found = joinDayOf(text, found)
	found = joinWeekdayDate(text, found)
	found = joinWeekdayFeast(text, found)
	found = joinDateYear(text, found)
	if t.values != ValuesTimex {
		found = mergeAgenda(text, found)
	}
	found = mergeDateTime(text, found)
	for i := range found {
		found[i].start = trimSignal(text, found[i].start, found[i].end)
	}
	return t.resolveAll(text, found, ref)
}

// matchPool recycles the match slices of Tag between texts.
var matchPool = sync.Pool{New: func() any { s := make([]match, 0, 64); return &s }}

// match is one rule match before resolution.
type match struct {
	start, end int
	rule       string
	expr       fr.Expr
}
