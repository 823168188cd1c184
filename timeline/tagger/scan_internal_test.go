package tagger

import (
	"reflect"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/fixtures"
	"github.com/timeline-fr/timeline/timeline/fr"
)

// rulesOf gives, for every combination of token classes, the rules whose
// triggers share a class with it, as the loop over every rule picks them.
func TestRulesOfEveryClassCombination(t *testing.T) {
	tg := New(PolicyNews)
	if tg.byClass == nil {
		t.Fatalf("%d rules: no class table", len(tg.rules))
	}
	var all fr.Trigger
	for _, r := range tg.rules {
		all |= r.Triggers
	}
	for trig := fr.Trigger(1); trig <= all; trig++ {
		var want uint64
		for k, r := range tg.rules {
			if r.Triggers&trig != 0 {
				want |= 1 << k
			}
		}
		if got := tg.rulesOf(trig); got != want {
			t.Fatalf("rulesOf(%b) = %b, want %b", trig, got, want)
		}
	}
}

// Without the class table (more than 64 rules), the tagger finds the same.
func TestTagWithoutClassTable(t *testing.T) {
	with, without := New(PolicyNews), New(PolicyNews)
	without.byClass = nil
	ref := time.Date(2016, 3, 22, 9, 0, 0, 0, time.UTC)
	found := 0
	texts, err := fixtures.Texts()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range texts {
		got, want := without.Tag(f.Text, ref), with.Tag(f.Text, ref)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: without the class table the tagger finds %d mentions, with it %d", f.Path, len(got), len(want))
		}
		found += len(want)
	}
	if found < 100 {
		t.Errorf("%d mentions in the fixtures: too few to compare", found)
	}
}

// The cache of met needs gives what asking every rule gives, whatever
// the order the sets of classes come in, and forgets a tagger for another.
func TestNeedCacheMatchesRules(t *testing.T) {
	a, b := New(PolicyNews), New(PolicyFuture)
	b.rules = b.rules[:len(b.rules)-1] // another rule set
	var c needCache
	for i := range 4096 {
		tg := a
		if i%3 == 0 {
			tg = b
		}
		seen := fr.Trigger(uint32(i) * 2654435761 % (1 << 18))
		var want uint64
		for k, r := range tg.rules {
			if r.CanMatch(seen) {
				want |= 1 << k
			}
		}
		if got := c.met(tg, seen); got != want {
			t.Fatalf("met(%b) = %b, want %b", seen, got, want)
		}
	}
}
