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
)

// ParsePolicy checks a policy name.
func ParsePolicy(s string) (Policy, bool) {
	switch p := Policy(s); p {
	case PolicyNews, PolicyFuture, PolicyPast:
		return p, true
	}
	return "", false
}

// Tagger tags texts. It is safe for concurrent use.
type Tagger struct {
	policy Policy
	rules  []*fr.Rule
}

// New returns a tagger using the given policy; an unknown policy is news.
func New(p Policy) *Tagger {
	if _, ok := ParsePolicy(string(p)); !ok {
		p = PolicyNews
	}
	return &Tagger{policy: p, rules: fr.Rules()}
}

// Tag returns the mentions of text, in text order, resolved against ref.
func (t *Tagger) Tag(text string, ref time.Time) []timeline.Mention {
	found := mergeDateTime(text, t.find(text))
	for i := range found {
		found[i].start = trimSignal(text, found[i].start, found[i].end)
	}
	return t.resolveAll(text, found, ref)
}

// match is one rule match before resolution.
type match struct {
	start, end int
	rule       string
	expr       fr.Expr
}
