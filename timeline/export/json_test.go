package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"testing"
)

// keysOf lists the keys of a decoded JSON object.
func keysOf(v any) []string {
	m, _ := v.(map[string]any)
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// hasKeys reports whether every key of want is in the object v.
func hasKeys(v any, want ...string) bool {
	keys := keysOf(v)
	for _, k := range want {
		if !slices.Contains(keys, k) {
			return false
		}
	}
	return true
}

func TestJSONShape(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(write(t, FormatJSON, story(), Options{}), &doc); err != nil {
		t.Fatalf("decode json: %v", err)
	}
	event := doc["events"].([]any)[0]
	source := event.(map[string]any)["sources"].([]any)[0]
	conflict := doc["conflicts"].([]any)[0]
	tests := []struct {
		name string
		v    any
		want []string
	}{
		{"document", doc, []string{"events", "conflicts"}},
		{"event", event, []string{"id", "date", "headline", "text", "actors", "places", "modality", "sources"}},
		{"date", event.(map[string]any)["date"], []string{"start", "end", "grain", "timex", "display"}},
		{"source", source, []string{"article", "source", "url", "title", "published", "sentence", "mention", "offset"}},
		{"conflict", conflict, []string{"kind", "severity", "message", "articles", "dates"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !hasKeys(tt.v, tt.want...) {
				t.Errorf("%s keys = %q, want at least %q", tt.name, keysOf(tt.v), tt.want)
			}
		})
	}
}

func TestJSONReadBack(t *testing.T) {
	c := story()
	var got JSONChronology
	if err := json.Unmarshal(write(t, FormatJSON, c, Options{}), &got); err != nil {
		t.Fatalf("decode json: %v", err)
	}
	if want := NewJSONChronology(c); !reflect.DeepEqual(got, want) {
		t.Errorf("json read back = %+v\nwant %+v", got, want)
	}
	tests := []struct {
		name                  string
		i                     int
		id, start, end, grain string
		article               string
	}{
		{"day", 0, "h-treve", "2016-02-27", "2016-02-28", "day", "meridien-2016-02-28-treve-tient"},
		{"part of day, wall clock", 2, "h-hmeimim", "2016-03-15T06:00:00", "2016-03-15T12:00:00", "partofday", "echo-diplomatique-2016-03-15-retrait-russe"},
		{"week", 3, "h-kerry-annonce", "2016-03-21", "2016-03-28", "week", "sputnik-2016-03-22-kerry-moscou"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := got.Events[tt.i]
			if ev.ID != tt.id || ev.Date.Start != tt.start || ev.Date.End != tt.end || ev.Date.Grain != tt.grain || ev.Sources[0].Article != tt.article {
				t.Errorf("event %d = %s %s..%s %s from %s, want %s %s..%s %s from %s", tt.i,
					ev.ID, ev.Date.Start, ev.Date.End, ev.Date.Grain, ev.Sources[0].Article, tt.id, tt.start, tt.end, tt.grain, tt.article)
			}
			src, h := ev.Sources[0], c.Happenings[tt.i].Sources[0]
			if src.Offset != h.Date.Offset || src.Mention != h.Date.Text {
				t.Errorf("event %d source mention = %q at %d, want %q at %d", tt.i, src.Mention, src.Offset, h.Date.Text, h.Date.Offset)
			}
		})
	}
}

func TestJSONLReadBack(t *testing.T) {
	c := story()
	want := NewJSONChronology(c).Events
	sc := bufio.NewScanner(bytes.NewReader(write(t, FormatJSONL, c, Options{})))
	var got []JSONEvent
	for sc.Scan() {
		var ev JSONEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatalf("decode jsonl line %d: %v", len(got)+1, err)
		}
		got = append(got, ev)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("jsonl read back = %+v\nwant the json events %+v", got, want)
	}
}
