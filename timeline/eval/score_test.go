package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

const tinyText = "Il est venu hier soir et repart le 22 mars 2016."

// tinyGold is a small gold set; tinyPreds has a relaxed-only match with a
// wrong value, a strict match with a derived value, a spurious mention, a
// strict duration, a missed mention and a case without predictions.
func tinyGold() []Case {
	ref := "2016-03-22T10:00:00+01:00"
	return []Case{
		{ID: "a", Text: tinyText, RefRaw: ref, Expect: []Expected{
			{Text: "hier soir", Timex: "2016-03-21TEV"},
			{Text: "le 22 mars 2016", Start: strp("2016-03-22T00:00:00"), Grain: "day"},
		}},
		{ID: "b", Text: "Rien ici.", RefRaw: ref, Negative: true},
		{ID: "c", Text: "Pendant sept heures, puis demain.", RefRaw: ref, Expect: []Expected{
			{Text: "sept heures", Kind: "duration", Timex: "PT7H"},
			{Text: "demain", Start: strp("2016-03-23T00:00:00"), Grain: "day"},
		}},
	}
}

func tinyPreds() map[string][]Found {
	return map[string][]Found{
		"a": {
			{Text: "hier", Offset: strings.Index(tinyText, "hier"), Type: "TIME", Timex: "2016-03-21"},
			{Text: "le 22 mars 2016", Offset: strings.Index(tinyText, "le 22"), Type: "DATE", Start: "2016-03-22T00:00:00", Grain: "day"},
			{Text: "Il", Offset: 0, Type: "DATE"},
		},
		"c": {{Text: "sept heures", Offset: 8, Type: "DURATION", Timex: "PT7H"}},
	}
}

// The figures below are score.py's on the same cases.
func TestScore(t *testing.T) {
	tests := []struct {
		name   string
		ignore []string
		want   Report
	}{
		{"all kinds", nil, Report{
			Cases: 3, Missing: 1, Gold: 4, Pred: 4,
			Strict: PRF{50, 50, 50, 2}, Relaxed: PRF{75, 75, 75, 3}, Value: PRF{50, 50, 50, 2},
			TypeAcc: 100, TypeN: 3, TypeOK: 3, ValueAcc: 200.0 / 3, ValueRPlain: 50, GoldPlain: 2, ValuePlain: 1,
			TimexGiven: 2, TimexDerived: 1, TimexNone: 1,
		}},
		{"durations ignored", []string{"duration"}, Report{
			Cases: 3, Missing: 1, Gold: 3, Pred: 3,
			Strict: PRF{100.0 / 3, 100.0 / 3, 100.0 / 3, 1}, Relaxed: PRF{200.0 / 3, 200.0 / 3, 200.0 / 3, 2},
			Value: PRF{100.0 / 3, 100.0 / 3, 100.0 / 3, 1}, TypeAcc: 100, TypeN: 2, TypeOK: 2, ValueAcc: 50,
			ValueRPlain: 50, GoldPlain: 2, ValuePlain: 1, TimexGiven: 1, TimexDerived: 1, TimexNone: 1,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreWith("tiny", tinyGold(), tinyPreds(), Options{IgnoreKinds: tt.ignore})
			compareReports(t, got, &tt.want)
		})
	}
}

// compareReports compares counts exactly and figures to 1e-9.
func compareReports(t *testing.T, got, want *Report) {
	t.Helper()
	ints := [][3]any{
		{"Cases", got.Cases, want.Cases}, {"Missing", got.Missing, want.Missing}, {"Gold", got.Gold, want.Gold},
		{"Pred", got.Pred, want.Pred}, {"TypeN", got.TypeN, want.TypeN}, {"TypeOK", got.TypeOK, want.TypeOK},
		{"GoldPlain", got.GoldPlain, want.GoldPlain}, {"ValuePlain", got.ValuePlain, want.ValuePlain},
		{"TimexGiven", got.TimexGiven, want.TimexGiven}, {"TimexDerived", got.TimexDerived, want.TimexDerived},
		{"TimexNone", got.TimexNone, want.TimexNone},
	}
	for _, c := range ints {
		if c[1] != c[2] {
			t.Errorf("%s = %v, want %v", c[0], c[1], c[2])
		}
	}
	figures := [][3]any{
		{"Strict", got.Strict, want.Strict}, {"Relaxed", got.Relaxed, want.Relaxed}, {"Value", got.Value, want.Value},
		{"TypeAcc", PRF{P: got.TypeAcc}, PRF{P: want.TypeAcc}}, {"ValueAcc", PRF{P: got.ValueAcc}, PRF{P: want.ValueAcc}},
		{"ValueRPlain", PRF{P: got.ValueRPlain}, PRF{P: want.ValueRPlain}},
	}
	for _, c := range figures {
		g, w := c[1].(PRF), c[2].(PRF)
		if g.Match != w.Match || !near(g.P, w.P) || !near(g.R, w.R) || !near(g.F1, w.F1) {
			t.Errorf("%s = %+v, want %+v", c[0], g, w)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreMisses(t *testing.T) {
	r := Score("tiny", tinyGold(), tinyPreds())
	want := []Miss{
		{CaseID: "a", Kind: MissValue, Gold: "hier soir", Pred: "hier", GoldValue: "2016-03-21TEV", PredValue: "2016-03-21",
			Timex: "given", Context: "Il est venu [hier soir] et repart le 22 mars 2016."},
		{CaseID: "a", Kind: MissExtent, Gold: "hier soir", Pred: "hier", GoldValue: "2016-03-21TEV", PredValue: "2016-03-21",
			Timex: "given", Context: "Il est venu [hier soir] et repart le 22 mars 2016."},
		{CaseID: "a", Kind: MissSpurious, Pred: "Il", Timex: "none", Context: "[Il] est venu hier soir et repart"},
		{CaseID: "c", Kind: MissMissed, Gold: "demain", GoldValue: "2016-03-23", Context: "Pendant sept heures, puis [demain]."},
	}
	if len(r.Misses) != len(want) {
		t.Fatalf("Score misses = %+v, want %+v", r.Misses, want)
	}
	for i := range want {
		if r.Misses[i] != want[i] {
			t.Errorf("miss %d = %+v, want %+v", i, r.Misses[i], want[i])
		}
	}
}

func TestScoreUndefined(t *testing.T) {
	tests := []struct {
		name  string
		cases []Case
		preds map[string][]Found
		want  string // the table row
	}{
		{"nothing", nil, nil, "| none | 0 | - | - | - | - | - | - | - | - | - | - | - | - | - |"},
		{"nothing predicted", tinyGold(), nil,
			"| none | 0 | - | 0.0 | 0.0 | - | 0.0 | 0.0 | - | - | 0.0 | 0.0 | - | 0.0 | - |"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Score("none", tt.cases, tt.preds).WriteText(&b, 0); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSpace(b.String()), "\n")
			if got := lines[len(lines)-1]; got != tt.want {
				t.Errorf("WriteText row = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	if err := Score("tiny", tinyGold(), tinyPreds()).WriteText(&b, 1); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"## tiny (3 cases, 4 gold mentions, 2 with a plain value)",
		"| tiny | 4 | 50.0 | 50.0 | 50.0 | 75.0 | 75.0 | 75.0 | 100.0 (3) | 50.0 | 50.0 | 50.0 | 66.7 | 50.0 | given 50%, derived 25%, none 25% |",
		"- missed gold (id: gold text = gold value | context): 1",
		`    c: "demain" = 2016-03-23 | Pendant sept heures, puis [demain].`,
		`    a: "Il" = (none), none | [Il] est venu hier soir et repart`,
		"- wrong type (id: gold text = gold type ~ pred text = pred type | gold context): 0",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("WriteText lacks %q; got\n%s", want, b.String())
		}
	}
}

func TestWriteJSON(t *testing.T) {
	tests := []struct {
		name     string
		report   *Report
		wantKeys map[string]any
	}{
		{"tiny", Score("tiny", tinyGold(), tinyPreds()), map[string]any{"type_acc": 100.0, "pred": 4.0}},
		{"empty", Score("empty", nil, nil), map[string]any{"type_acc": nil, "value_acc": nil, "gold": 0.0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.report.WriteJSON(&b); err != nil {
				t.Fatal(err)
			}
			var got map[string]any
			if err := json.Unmarshal(b.Bytes(), &got); err != nil {
				t.Fatalf("WriteJSON wrote bad JSON: %v\n%s", err, b.String())
			}
			for k, want := range tt.wantKeys {
				if got[k] != want {
					t.Errorf("WriteJSON %s = %v, want %v", k, got[k], want)
				}
			}
		})
	}
}

func TestFromMention(t *testing.T) {
	msk := time.FixedZone("MSK", 3*3600)
	morning := time.Date(2016, 3, 23, 6, 0, 0, 0, msk)
	tests := []struct {
		name string
		m    timeline.Mention
		want Found
	}{
		{"day", timeline.Mention{Offset: 3, EndOffset: 13, Text: "le 22 mars", Type: timeline.TypeDate, Value: "2016-03-22",
			Start: time.Date(2016, 3, 22, 0, 0, 0, 0, msk), End: time.Date(2016, 3, 23, 0, 0, 0, 0, msk), Grain: timeline.GrainDay},
			Found{Text: "le 22 mars", Offset: 3, EndOffset: 13, Type: "DATE", Timex: "2016-03-22",
				Start: "2016-03-22T00:00:00", End: "2016-03-23T00:00:00", Grain: "day"}},
		{"part of day", timeline.Mention{Text: "mercredi matin", Type: timeline.TypeTime, Value: "2016-03-23TMO",
			Start: morning, End: morning.Add(6 * time.Hour), Grain: timeline.GrainPart},
			Found{Text: "mercredi matin", Type: "TIME", Timex: "2016-03-23TMO",
				Start: "2016-03-23T00:00:00", End: "2016-03-24T00:00:00", Grain: "day"}},
		{"season", timeline.Mention{Value: "2016-SU", Mod: "START", Start: time.Date(2016, 6, 21, 0, 0, 0, 0, msk), Grain: timeline.GrainSeason},
			Found{Timex: "2016-SU", Mod: "START", Start: "2016-06-21T00:00:00", Grain: "month"}},
		{"weekend", timeline.Mention{Grain: timeline.GrainWeekend}, Found{Grain: "day"}},
		{"decade", timeline.Mention{Grain: timeline.GrainDecade}, Found{Grain: "year"}},
		{"century", timeline.Mention{Grain: timeline.GrainCentury}, Found{Grain: "year"}},
		{"duration", timeline.Mention{Text: "sept heures", Type: timeline.TypeDuration, Value: "PT7H"},
			Found{Text: "sept heures", Type: "DURATION", Timex: "PT7H"}},
		{"part of day without interval", timeline.Mention{Value: "XXXX-XX-XXTEV", Grain: timeline.GrainPart},
			Found{Timex: "XXXX-XX-XXTEV", Grain: "day"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromMention(tt.m); got != tt.want {
				t.Errorf("FromMention(%+v) = %+v, want %+v", tt.m, got, tt.want)
			}
		})
	}
}
