package check_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
)

// paris is the zone of the test articles.
var paris = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err) // the tests cannot run without it
	}
	return loc
}()

// article is a test article: its text, its publication ("2016-03-19T11:00",
// "" for none) and its mentions, placed with on.
type article struct {
	id, published, text string
	ms                  []timeline.Mention
}

// input builds the Input of a few articles.
func input(t *testing.T, arts ...article) check.Input {
	t.Helper()
	in := check.Input{Mentions: map[string][]timeline.Mention{}}
	for _, a := range arts {
		art := timeline.Article{ID: a.id, Source: "Source " + a.id, Text: a.text, Language: "fr"}
		if a.published != "" {
			p, err := time.ParseInLocation("2006-01-02T15:04", a.published, paris)
			if err != nil {
				t.Fatalf("publication %q: %v", a.published, err)
			}
			art.Published = p
		}
		in.Articles = append(in.Articles, art)
		in.Mentions[a.id] = a.ms
	}
	return in
}

// option sets a field of a test mention.
type option func(*timeline.Mention)

func tense(t timeline.Tense) option    { return func(m *timeline.Mention) { m.Tense = t } }
func weekday(n int) option             { return func(m *timeline.Mention) { m.Weekday = n } }
func problem(p string) option          { return func(m *timeline.Mention) { m.Problem = p } }
func anchor(a string) option           { return func(m *timeline.Mention) { m.Anchor = a } }
func inferred(fields ...string) option { return func(m *timeline.Mention) { m.Inferred = fields } }

var (
	past   = tense(timeline.TensePast)
	future = tense(timeline.TenseFuture)
)

// on returns the mention of the first occurrence of expr in text, dated by
// value: a day (2016-03-15), a part of day (2016-03-15TMO), a minute
// (2016-03-15T10:00), a week (2016-W12), a month (2016-03), or "" for no
// interval. Words before a "|" in expr only place it: "réponse |le 16
// mars" is the "le 16 mars" that follows "réponse ".
func on(text, expr, value string, opts ...option) timeline.Mention {
	context, expr, ok := strings.Cut(expr, "|")
	if !ok {
		context, expr = "", context
	}
	i := strings.Index(text, context+expr)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %q", context+expr, text)) // a broken test table
	}
	i += len(context)
	m := timeline.Mention{Offset: i, EndOffset: i + len(expr), Text: expr, Type: timeline.TypeDate,
		Value: value, Anchor: "publication"}
	m.Start, m.End, m.Grain = interval(value)
	for _, o := range opts {
		o(&m)
	}
	return m
}

// interval reads the test values on accepts.
func interval(v string) (start, end time.Time, g timeline.Grain) {
	parse := func(layout string) time.Time {
		t, err := time.ParseInLocation(layout, v[:len(layout)], paris)
		if err != nil {
			panic(err)
		}
		return t
	}
	switch {
	case v == "":
		return time.Time{}, time.Time{}, timeline.GrainNone
	case strings.Contains(v, "-W"):
		var y, w int
		fmt.Sscanf(v, "%d-W%d", &y, &w)
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, paris)
		monday := jan4.AddDate(0, 0, -(int(jan4.Weekday())+6)%7+7*(w-1))
		return monday, monday.AddDate(0, 0, 7), timeline.GrainWeek
	case len(v) == 7:
		s := parse("2006-01")
		return s, s.AddDate(0, 1, 0), timeline.GrainMonth
	case len(v) == 10:
		s := parse("2006-01-02")
		return s, s.AddDate(0, 0, 1), timeline.GrainDay
	case strings.HasSuffix(v, "TMO"):
		s := parse("2006-01-02")
		return s.Add(6 * time.Hour), s.Add(12 * time.Hour), timeline.GrainPart
	case strings.HasSuffix(v, "TEV"):
		s := parse("2006-01-02")
		return s.Add(18 * time.Hour), s.Add(24 * time.Hour), timeline.GrainPart
	}
	s := parse("2006-01-02T15:04")
	return s, s.Add(time.Minute), timeline.GrainMinute
}

// ofKind runs the checks on in and keeps the conflicts of one kind.
func ofKind(in check.Input, kind string) []timeline.Conflict {
	var out []timeline.Conflict
	for _, c := range check.Run(in) {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	return out
}

// datesOf writes the dates of each conflict, one string per conflict.
func datesOf(cs []timeline.Conflict) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, strings.Join(c.Dates, " "))
	}
	return out
}

// ms lists mentions, for short test tables.
func ms(m ...timeline.Mention) []timeline.Mention { return m }

// nonNil makes a nil want compare equal to an empty result.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// contains reports whether s holds part.
func contains(s, part string) bool { return strings.Contains(s, part) }
