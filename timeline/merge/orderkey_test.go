package merge_test

import (
	"bytes"
	"cmp"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// keyed is a happening with one source, built from the fields Compare
// reads.
func keyed(start, end, published time.Time, article string, sentence, offset int, value string, mention int, summary, source string) timeline.Happening {
	e := timeline.Entry{Published: published, Source: source}
	e.ArticleID, e.SentenceOffset, e.Mention, e.Summary = article, sentence, mention, summary
	e.Date.Offset, e.Date.Value = offset, value
	h := timeline.Happening{Sources: []timeline.Entry{e}}
	h.Date.Start, h.Date.End = start, end
	return h
}

func TestOrderKey(t *testing.T) {
	day := time.Date(2016, time.March, 15, 0, 0, 0, 0, time.UTC)
	next := day.AddDate(0, 0, 1)
	paris := time.FixedZone("Paris", 3600)
	base := keyed(day, next, day, "a1", 10, 20, "2016-03-15", 1, "s", "lemonde")
	tests := []struct {
		name string
		a, b timeline.Happening
	}{
		{"same", base, base},
		{"earlier start", keyed(day.Add(-time.Nanosecond), next, day, "a1", 10, 20, "2016-03-15", 1, "s", "lemonde"), base},
		{"same instant in another zone", keyed(day.In(paris), next, day, "a1", 10, 20, "2016-03-15", 1, "s", "lemonde"), base},
		{"before 1970", keyed(time.Date(1798, 3, 2, 0, 0, 0, 0, time.UTC), next, day, "a1", 10, 20, "v", 1, "s", "x"), base},
		{"later end", keyed(day, next.Add(time.Second), day, "a1", 10, 20, "2016-03-15", 1, "s", "lemonde"), base},
		{"article prefix", keyed(day, next, day, "a", 10, 20, "2016-03-15", 1, "s", "lemonde"), base},
		{"zero byte in an article", keyed(day, next, day, "a1\x00", 10, 20, "2016-03-15", 1, "s", "lemonde"), base},
		{"zero byte against a one", keyed(day, next, day, "a1\x00", 10, 20, "v", 1, "s", "x"), keyed(day, next, day, "a1\x01", 10, 20, "v", 1, "s", "x")},
		{"negative offset", keyed(day, next, day, "a1", -1, 20, "2016-03-15", 1, "s", "lemonde"), base},
		{"later value", keyed(day, next, day, "a1", 10, 20, "2016-03-16", 1, "s", "lemonde"), base},
		{"summary then source", keyed(day, next, day, "a1", 10, 20, "2016-03-15", 1, "s", "a"), keyed(day, next, day, "a1", 10, 20, "2016-03-15", 1, "s\x00", "")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := bytes.Compare(merge.OrderKey(tt.a), merge.OrderKey(tt.b))
			if want := cmp.Compare(merge.Compare(tt.a, tt.b), 0); got != want {
				t.Errorf("keys compare %d, Compare gives %d", got, want)
			}
			if back := bytes.Compare(merge.OrderKey(tt.b), merge.OrderKey(tt.a)); back != -got {
				t.Errorf("keys compare %d one way and %d the other", got, back)
			}
		})
	}
}

// FuzzOrderKey holds the keys' order to Compare's on fuzzed fields.
func FuzzOrderKey(f *testing.F) {
	f.Add(int64(0), int64(86400), int64(5), "a1", "a1", 10, 10, "v", "v", "s", "s\x00", int64(1), int64(1))
	f.Add(int64(-5000000000), int64(3), int64(3), "", "\x00", -1, 1, "x\x00y", "x", "", "", int64(-1), int64(0))
	f.Fuzz(func(t *testing.T, start, end, pub int64, artA, artB string, sentA, sentB int, valA, valB, sumA, sumB string, nsA, nsB int64) {
		ns := func(n int64) int64 { return (n%1e9 + 1e9) % 1e9 }
		at := func(sec, n int64) time.Time { return time.Unix(sec, ns(n)) }
		a := keyed(at(start, nsA), at(end, 0), at(pub, 0), artA, sentA, sentA/2, valA, sentB, sumA, sumB)
		b := keyed(at(start, nsB), at(end, 0), at(pub, 0), artB, sentB, sentB/2, valB, sentA, sumB, sumA)
		got := bytes.Compare(merge.OrderKey(a), merge.OrderKey(b))
		if want := cmp.Compare(merge.Compare(a, b), 0); got != want {
			t.Errorf("keys compare %d, Compare gives %d for\n%+v\n%+v", got, want, a, b)
		}
	})
}
