package check

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// randomHappening builds a happening of n sources drawn from few
// articles, dates, modalities and publication days, so that classes,
// reprints from one article, announcements published before and after
// their date, and sources left out (negated, counted from a previous
// date) all occur.
func randomHappening(rng *rand.Rand, n int) timeline.Happening {
	loc := time.FixedZone("CET", 3600)
	articles := 1 + rng.IntN(max(1, n/2))
	var h timeline.Happening
	for range n {
		var d timeline.Mention
		switch k := rng.IntN(7); {
		case k < 5: // a day
			day := 13 + rng.IntN(5)
			d.Start = time.Date(2016, 3, day, 0, 0, 0, 0, loc)
			d.End = d.Start.AddDate(0, 0, 1)
			d.Value, d.Grain = fmt.Sprintf("2016-03-%02d", day), timeline.GrainDay
		case k == 5: // the month
			d.Start = time.Date(2016, 3, 1, 0, 0, 0, 0, loc)
			d.End = d.Start.AddDate(0, 1, 0)
			d.Value, d.Grain = "2016-03", timeline.GrainMonth
		default: // an evening
			d.Start = time.Date(2016, 3, 14, 18, 0, 0, 0, loc)
			d.End = d.Start.Add(6 * time.Hour)
			d.Value, d.Grain = "2016-03-14TEV", timeline.GrainPart
		}
		if rng.IntN(15) == 0 {
			d.Anchor = "previous date 2016-03-13"
		}
		modality := []timeline.Modality{timeline.ModalityHappened, timeline.ModalityHappened, timeline.ModalityPlanned,
			timeline.ModalityNegated}[rng.IntN(4)]
		e := timeline.Entry{Event: timeline.Event{ArticleID: fmt.Sprintf("a%d", rng.IntN(articles)), Date: d, Modality: modality}}
		e.Published = time.Date(2016, 3, 12+rng.IntN(6), 9, 0, 0, 0, loc)
		e.Sentence = fmt.Sprintf("source %d", len(h.Sources))
		h.Sources = append(h.Sources, e)
	}
	return h
}

// byClass gives what pairwise gives: the same disagreements, in the same
// order, with the same sources on each side in the same order.
func TestByClassAsPairwise(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for _, n := range []int{0, 1, 2, 3, 5, 8, 20, 33, 60, 150} {
		for round := range 40 {
			t.Run(fmt.Sprintf("%d sources, round %d", n, round), func(t *testing.T) {
				h := randomHappening(rng, n)
				want := pairwise(h, factsOf(h))
				got := byClass(h, factsOf(h))
				if !reflect.DeepEqual(got, want) {
					t.Errorf("byClass gives %d disagreements, pairwise %d:\n got %s\nwant %s", len(got), len(want),
						sidesOf(got), sidesOf(want))
				}
			})
		}
	}
}

// Reprints: a dispatch copied by hundreds of articles, against another
// date stated by a few.
func TestByClassReprints(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	h := randomHappening(rng, 40)
	for range 300 {
		e := h.Sources[rng.IntN(len(h.Sources))]
		e.ArticleID = fmt.Sprintf("copy%d", rng.IntN(200))
		h.Sources = append(h.Sources, e)
	}
	if got, want := byClass(h, factsOf(h)), pairwise(h, factsOf(h)); !reflect.DeepEqual(got, want) {
		t.Errorf("byClass gives %d disagreements, pairwise %d:\n got %s\nwant %s", len(got), len(want), sidesOf(got), sidesOf(want))
	}
}

func FuzzByClass(f *testing.F) {
	f.Add(uint64(1), uint8(40))
	f.Add(uint64(99), uint8(200))
	f.Fuzz(func(t *testing.T, seed uint64, n uint8) {
		h := randomHappening(rand.New(rand.NewPCG(seed, seed>>7)), int(n))
		if got, want := byClass(h, factsOf(h)), pairwise(h, factsOf(h)); !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d, %d sources: byClass %s, pairwise %s", seed, n, sidesOf(got), sidesOf(want))
		}
	})
}

// sidesOf lists the sentences of each side of each disagreement.
func sidesOf(ds []disagreement) string {
	var out []string
	for _, d := range ds {
		var sides [2][]string
		for s := range d.side {
			for _, e := range d.side[s] {
				sides[s] = append(sides[s], e.ArticleID+":"+e.Date.Value)
			}
		}
		out = append(out, fmt.Sprint(sides))
	}
	return fmt.Sprint(out)
}

func BenchmarkDisagreementsReprints(b *testing.B) {
	for _, copies := range []int{100, 400, 1600} {
		rng := rand.New(rand.NewPCG(1, 2))
		h := randomHappening(rng, 20)
		for range copies {
			e := h.Sources[rng.IntN(len(h.Sources))]
			e.ArticleID = fmt.Sprintf("copy%d", len(h.Sources))
			h.Sources = append(h.Sources, e)
		}
		b.Run(fmt.Sprintf("%d copies/pairwise", copies), func(b *testing.B) {
			for b.Loop() {
				pairwise(h, factsOf(h))
			}
		})
		b.Run(fmt.Sprintf("%d copies/by class", copies), func(b *testing.B) {
			for b.Loop() {
				byClass(h, factsOf(h))
			}
		})
	}
}
