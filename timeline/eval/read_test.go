package eval

import (
	"strings"
	"testing"
	"time"
)

func TestReadGold(t *testing.T) {
	in := `{"id": "x1", "source": "seed", "text": "Le 22 mars.", "ref": "2016-03-22T00:00:00+03:00", "expect": [{"text": "Le 22 mars", "start": "2016-03-22T00:00:00", "grain": "day", "timex": "2016-03-22"}], "negative": false}

{"id": 7, "text": "demain", "ref": "demain", "expect": [{"text": null, "start": "2016-03-23T00:00:00", "end": null, "grain": null, "open": "after", "offset": 2}]}
{"id": "x3", "text": "rien", "ref": "", "expect": [{"text": "rien", "open": true, "offset": 1.5}], "negative": true}
`
	cases, err := ReadGold(strings.NewReader(in))
	if err != nil {
		t.Fatalf("ReadGold: %v", err)
	}
	if len(cases) != 3 {
		t.Fatalf("ReadGold: %d cases, want 3", len(cases))
	}
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"ids", []string{cases[0].ID, cases[1].ID, cases[2].ID}, []string{"x1", "7", "x3"}},
		{"ref", cases[0].Ref.Equal(time.Date(2016, 3, 21, 21, 0, 0, 0, time.UTC)), true},
		{"ref raw", cases[0].RefRaw, "2016-03-22T00:00:00+03:00"},
		{"bad ref left zero", cases[1].Ref.IsZero(), true},
		{"mention", cases[0].Expect[0].Text + " " + *cases[0].Expect[0].Start + " " + cases[0].Expect[0].Timex,
			"Le 22 mars 2016-03-22T00:00:00 2016-03-22"},
		{"null text", cases[1].Expect[0].WholeText, true},
		{"null end", cases[1].Expect[0].End == nil, true},
		{"open side", cases[1].Expect[0].Open && cases[1].Expect[0].OpenSide == "after", true},
		{"open flag", cases[2].Expect[0].Open, true},
		{"integer offset", *cases[1].Expect[0].Offset, 2},
		{"other offset ignored", cases[2].Expect[0].Offset == nil, true},
		{"negative", cases[2].Negative, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			switch want := tt.want.(type) {
			case []string:
				got := tt.got.([]string)
				if strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("got %q, want %q", got, want)
				}
			default:
				if tt.got != tt.want {
					t.Errorf("got %v, want %v", tt.got, tt.want)
				}
			}
		})
	}
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"bad JSON", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \n", "line 2: bad JSON"},
		{"duplicate id", "{\"id\": \"a\"}\n\n{\"id\": \"a\"}\n", `line 3: duplicate id "a" (first on line 1)`},
		{"no id", "{\"text\": \"x\"}\n", "line 1: no id"},
		{"bad open", "{\"id\": \"a\", \"expect\": [{\"open\": 3}]}\n", "line 1: bad JSON: open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadGold(%q) error = %v, want one with %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestReadPredictions(t *testing.T) {
	in := `{"id": "a", "found": [{"text": "hier", "offset": 3, "end_offset": 7, "type": "DATE", "timex": "2016-03-21"}, "junk", null]}
{"id": "b", "found": []}
{"id": "a", "found": [{"text": "demain", "offset": 0, "end_offset": 6, "type": "DATE", "timex": "", "start": "2016-03-23T00:00:00", "grain": "day"}]}
`
	preds, err := ReadPredictions(strings.NewReader(in))
	if err != nil {
		t.Fatalf("ReadPredictions: %v", err)
	}
	tests := []struct {
		id   string
		want []Found
	}{
		{"a", []Found{{Text: "demain", Offset: 0, EndOffset: 6, Type: "DATE", Start: "2016-03-23T00:00:00", Grain: "day"}}},
		{"b", []Found{}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			got, ok := preds[tt.id]
			if !ok || len(got) != len(tt.want) {
				t.Fatalf("preds[%q] = %+v, want %+v", tt.id, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("preds[%q][%d] = %+v, want %+v", tt.id, i, got[i], tt.want[i])
				}
			}
		})
	}
	if _, err := ReadPredictions(strings.NewReader("{\"id\": \"a\", \"found\": [{\"offset\": \"x\"}]}\n")); err == nil ||
		!strings.Contains(err.Error(), "line 1: found[0]") {
		t.Errorf("ReadPredictions(bad offset) error = %v, want one naming line 1 and found[0]", err)
	}
}
