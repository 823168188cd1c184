package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
)

var missTitles = map[string]string{
	MissMissed:   "missed gold (id: gold text = gold value | context)",
	MissSpurious: "spurious prediction (id: pred text = pred value, given|derived|none | context)",
	MissExtent:   "relaxed but not strict (id: gold text ~ pred text | gold context)",
	MissValue:    "wrong value (id: gold text = gold value ~ pred text = pred value, given|derived|none | gold context)",
	MissType:     "wrong type (id: gold text = gold type ~ pred text = pred type | gold context)",
}

// WriteText writes the report as score.py's table, followed, when misses
// is positive, by up to misses errors of each kind with their context.
func (r *Report) WriteText(w io.Writer, misses int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s (%d cases, %d gold mentions, %d with a plain value)\n\n", r.Name, r.Cases, r.Gold, r.GoldPlain)
	head := []string{"peer", "pred", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
		"type acc (n)", "value P", "value R", "value F1", "val acc", "val R plain", "timex"}
	b.WriteString("| " + strings.Join(head, " | ") + " |\n")
	b.WriteString("|---|" + strings.Repeat("---:|", len(head)-2) + "---|\n")
	b.WriteString("| " + strings.Join(r.cells(), " | ") + " |\n")
	if misses > 0 {
		r.writeMisses(&b, misses)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write report %s: %w", r.Name, err)
	}
	return nil
}

// cells are the table cells of the report, "-" for undefined figures.
func (r *Report) cells() []string {
	cells := []string{r.Name, fmt.Sprint(r.Pred)}
	for _, m := range []PRF{r.Strict, r.Relaxed} {
		cells = append(cells, r.prfCells(m)...)
	}
	typ := "-"
	if r.TypeN > 0 {
		typ = fmt.Sprintf("%.1f (%d)", r.TypeAcc, r.TypeN)
	}
	cells = append(cells, typ)
	cells = append(cells, r.prfCells(r.Value)...)
	return append(cells, cell(r.ValueAcc, r.Relaxed.Match), cell(r.ValueRPlain, r.GoldPlain), r.timexCell())
}

func (r *Report) prfCells(m PRF) []string {
	f1 := cell(m.F1, r.Gold)
	return []string{cell(m.P, r.Pred), cell(m.R, r.Gold), f1}
}

// cell formats a percentage, "-" when its denominator is zero.
func cell(v float64, denominator int) string {
	if denominator == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", v)
}

// timexCell says how the predictions got their values, in rounded shares.
func (r *Report) timexCell() string {
	n := r.TimexGiven + r.TimexDerived + r.TimexNone
	if n == 0 {
		return "-"
	}
	var parts []string
	for _, k := range []struct {
		name  string
		count int
	}{{timexGiven, r.TimexGiven}, {timexDerived, r.TimexDerived}, {timexNone, r.TimexNone}} {
		if k.count > 0 {
			// Python's round() rounds half to even.
			parts = append(parts, fmt.Sprintf("%s %d%%", k.name, int(math.RoundToEven(100*float64(k.count)/float64(n)))))
		}
	}
	return strings.Join(parts, ", ")
}

func (r *Report) writeMisses(b *strings.Builder, limit int) {
	fmt.Fprintf(b, "\n### errors: %s\n", r.Name)
	for _, kind := range MissKinds() {
		var list []Miss
		for _, m := range r.Misses {
			if m.Kind == kind {
				list = append(list, m)
			}
		}
		fmt.Fprintf(b, "- %s: %d\n", missTitles[kind], len(list))
		for _, m := range list[:min(limit, len(list))] {
			b.WriteString("    " + m.line() + "\n")
		}
	}
}

// line describes a miss on one line.
func (m Miss) line() string {
	q := func(s string) string { return fmt.Sprintf("%q", s) }
	val := func(v string) string {
		if v == "" {
			return "(none)"
		}
		return v
	}
	var s string
	switch m.Kind {
	case MissMissed:
		s = q(m.Gold) + " = " + val(m.GoldValue)
	case MissSpurious:
		s = q(m.Pred) + " = " + val(m.PredValue) + ", " + m.Timex
	case MissExtent:
		s = q(m.Gold) + " ~ " + q(m.Pred)
	case MissValue:
		s = q(m.Gold) + " = " + val(m.GoldValue) + " ~ " + q(m.Pred) + " = " + val(m.PredValue) + ", " + m.Timex
	case MissType:
		s = q(m.Gold) + " = " + m.GoldType + " ~ " + q(m.Pred) + " = " + m.PredType
	}
	return m.CaseID + ": " + s + " | " + m.Context
}

// jsonPRF is a PRF with undefined figures as null.
type jsonPRF struct {
	P     *float64 `json:"p"`
	R     *float64 `json:"r"`
	F1    *float64 `json:"f1"`
	Match int      `json:"match"`
}

// jsonReport is the JSON shape of a Report: snake_case keys, percentages,
// null for undefined figures.
type jsonReport struct {
	Name         string     `json:"name"`
	Cases        int        `json:"cases"`
	Missing      int        `json:"missing"`
	Gold         int        `json:"gold"`
	Pred         int        `json:"pred"`
	Strict       jsonPRF    `json:"strict"`
	Relaxed      jsonPRF    `json:"relaxed"`
	TypeAcc      *float64   `json:"type_acc"`
	TypeN        int        `json:"type_n"`
	TypeOK       int        `json:"type_ok"`
	Value        jsonPRF    `json:"value"`
	ValueAcc     *float64   `json:"value_acc"`
	ValueRPlain  *float64   `json:"value_r_plain"`
	GoldPlain    int        `json:"gold_plain"`
	ValuePlain   int        `json:"value_plain"`
	TimexGiven   int        `json:"timex_given"`
	TimexDerived int        `json:"timex_derived"`
	TimexNone    int        `json:"timex_none"`
	IgnoreKinds  []string   `json:"ignore_kinds,omitempty"`
	Misses       []jsonMiss `json:"misses"`
}

type jsonMiss struct {
	CaseID    string `json:"id"`
	Kind      string `json:"kind"`
	Gold      string `json:"gold,omitempty"`
	Pred      string `json:"pred,omitempty"`
	GoldValue string `json:"gold_value,omitempty"`
	PredValue string `json:"pred_value,omitempty"`
	Timex     string `json:"timex,omitempty"`
	GoldType  string `json:"gold_type,omitempty"`
	PredType  string `json:"pred_type,omitempty"`
	Context   string `json:"context,omitempty"`
}

// WriteJSON writes the report as one indented JSON object: percentages
// 0-100, null for undefined figures, and every miss.
func (r *Report) WriteJSON(w io.Writer) error {
	j := jsonReport{
		Name: r.Name, Cases: r.Cases, Missing: r.Missing, Gold: r.Gold, Pred: r.Pred,
		Strict: r.jsonPRF(r.Strict), Relaxed: r.jsonPRF(r.Relaxed), Value: r.jsonPRF(r.Value),
		TypeAcc: defined(r.TypeAcc, r.TypeN), TypeN: r.TypeN, TypeOK: r.TypeOK,
		ValueAcc: defined(r.ValueAcc, r.Relaxed.Match), ValueRPlain: defined(r.ValueRPlain, r.GoldPlain),
		GoldPlain: r.GoldPlain, ValuePlain: r.ValuePlain,
		TimexGiven: r.TimexGiven, TimexDerived: r.TimexDerived, TimexNone: r.TimexNone,
		IgnoreKinds: r.IgnoreKinds, Misses: []jsonMiss{},
	}
	for _, m := range r.Misses {
		j.Misses = append(j.Misses, jsonMiss(m))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return fmt.Errorf("write report %s as JSON: %w", r.Name, err)
	}
	return nil
}

func (r *Report) jsonPRF(m PRF) jsonPRF {
	return jsonPRF{P: defined(m.P, r.Pred), R: defined(m.R, r.Gold), F1: defined(m.F1, r.Gold), Match: m.Match}
}

// defined is v, or nil when its denominator is zero.
func defined(v float64, denominator int) *float64 {
	if denominator == 0 {
		return nil
	}
	return &v
}
