package store

import (
	"encoding/json"
	"slices"
	"testing"
	"time"
)

func TestDecodeNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`[]`, nil},
		{`["Kerry"]`, []string{"Kerry"}},
		{`["Sergueï Lavrov","l'ONU"]`, []string{"Sergueï Lavrov", "l'ONU"}},
		{`[""]`, []string{""}},
		{`["a \"b\""]`, []string{`a "b"`}},     // escapes: read by encoding/json
		{`[ "a" , "b" ]`, []string{"a", "b"}},  // spaces: read by encoding/json
		{`["\u003cb\u003e"]`, []string{"<b>"}}, // json.Marshal's escapes of < and >
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := decodeNames(tt.in)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("decodeNames(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
	for _, bad := range []string{``, `[`, `["a"`, `["a",]`, `[1]`, `{"a":1}`} {
		if got, err := decodeNames(bad); err == nil {
			t.Errorf("decodeNames(%q) = %q, want an error", bad, got)
		}
	}
}

// The fast reading of plain name lists gives what encoding/json gives.
func FuzzPlainNames(f *testing.F) {
	for _, s := range []string{`[]`, `["a","b"]`, `[""]`, `["a",""]`, `["é\u00e9"]`, `["a"x]`, "[\"\x01\"]", `["a","b",]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := plainNames(s)
		if !ok {
			return
		}
		var want []string
		if err := json.Unmarshal([]byte(s), &want); err != nil {
			t.Fatalf("plainNames(%q) = %q, but encoding/json refuses it: %v", s, got, err)
		}
		if len(want) == 0 {
			want = nil
		}
		if !slices.Equal(got, want) {
			t.Fatalf("plainNames(%q) = %q, encoding/json reads %q", s, got, want)
		}
	})
}

// The fast reading of whole-second wall clocks gives what
// time.ParseInLocation gives with wallLayout.
func FuzzWholeSeconds(f *testing.F) {
	for _, s := range []string{"2016-03-14T00:00:00", "2016-02-29T23:59:59", "2015-02-29T10:00:00", "2016-04-31T00:00:00",
		"0000-01-01T00:00:00", "2016-13-01T00:00:00", "2016-03-14T24:00:00", "2016-03-14 00:00:00", "2016-3-14T00:00:00"} {
		f.Add(s)
	}
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, loc := range []*time.Location{time.UTC, paris} {
			got, ok := wholeSeconds(s, loc)
			want, err := time.ParseInLocation(wallLayout, s, loc)
			if ok && (err != nil || !got.Equal(want) || got.Location() != want.Location()) {
				t.Fatalf("wholeSeconds(%q, %s) = %v, time.ParseInLocation gives %v, %v", s, loc, got, want, err)
			}
			if !ok && err == nil && len(s) == 19 {
				t.Fatalf("wholeSeconds(%q, %s) refused what time.ParseInLocation reads: %v", s, loc, want)
			}
		}
	})
}
