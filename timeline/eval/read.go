package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
)

// goldLine is one line of a gold file as written.
type goldLine struct {
	ID       json.RawMessage `json:"id"`
	Source   string          `json:"source"`
	Text     string          `json:"text"`
	Ref      string          `json:"ref"`
	Expect   []Expected      `json:"expect"`
	Negative bool            `json:"negative"`
}

// expectedLine is one gold mention as written; text and open take several
// shapes.
type expectedLine struct {
	Text   *string         `json:"text"`
	Offset json.RawMessage `json:"offset"`
	Start  *string         `json:"start"`
	End    *string         `json:"end"`
	Grain  string          `json:"grain"`
	Kind   string          `json:"kind"`
	Timex  string          `json:"timex"`
	Open   json.RawMessage `json:"open"`
}

// UnmarshalJSON reads a gold mention: a null text means the whole input,
// "open" is a boolean or the open side ("before", "after").
func (e *Expected) UnmarshalJSON(data []byte) error {
	var l expectedLine
	if err := json.Unmarshal(data, &l); err != nil {
		return err
	}
	*e = Expected{Start: l.Start, End: l.End, Grain: l.Grain, Kind: l.Kind, Timex: l.Timex}
	if l.Text == nil {
		e.WholeText = true
	} else {
		e.Text = *l.Text
	}
	e.Offset = intOffset(l.Offset)
	return e.readOpen(l.Open)
}

// intOffset reads an offset as score.py does: only an integer counts.
func intOffset(raw json.RawMessage) *int {
	n, err := strconv.Atoi(string(raw))
	if err != nil {
		return nil
	}
	return &n
}

func (e *Expected) readOpen(raw json.RawMessage) error {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if err := json.Unmarshal(raw, &e.Open); err == nil {
		return nil
	}
	if err := json.Unmarshal(raw, &e.OpenSide); err != nil {
		return fmt.Errorf("open: want a boolean or a side, got %s", raw)
	}
	e.Open = e.OpenSide != ""
	return nil
}

// ReadGold reads a gold file: one JSON object per line, blank lines skipped.
// Errors name the line. Ids must be unique. A reference time that is not
// RFC 3339 leaves Case.Ref zero: only its offset matters to scoring, read
// from RefRaw.
func ReadGold(r io.Reader) ([]Case, error) {
	var cases []Case
	seen := map[string]int{}
	err := eachLine(r, func(n int, line []byte) error {
		c, err := readCase(line)
		if err != nil {
			return err
		}
		if first, dup := seen[c.ID]; dup {
			return fmt.Errorf("duplicate id %q (first on line %d)", c.ID, first)
		}
		seen[c.ID] = n
		cases = append(cases, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	return cases, nil
}

func readCase(line []byte) (Case, error) {
	var g goldLine
	if err := json.Unmarshal(line, &g); err != nil {
		return Case{}, fmt.Errorf("bad JSON: %w", err)
	}
	id, err := idString(g.ID)
	if err != nil {
		return Case{}, err
	}
	c := Case{ID: id, Source: g.Source, Text: g.Text, RefRaw: g.Ref, Expect: g.Expect, Negative: g.Negative}
	if t, err := time.Parse(time.RFC3339, g.Ref); err == nil {
		c.Ref = t
	}
	return c, nil
}

// idString reads a case id: a string, or a number taken as written.
func idString(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", errors.New("no id")
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", fmt.Errorf("id: want a string or a number, got %s", raw)
	}
	return n.String(), nil
}

// ReadPredictions reads a prediction file, one Prediction per line, into a
// map from case id to mentions. A later line for the same id wins, and
// entries of "found" that are not objects are skipped, as score.py does.
func ReadPredictions(r io.Reader) (map[string][]Found, error) {
	preds := map[string][]Found{}
	err := eachLine(r, func(_ int, line []byte) error {
		var p struct {
			ID    json.RawMessage   `json:"id"`
			Found []json.RawMessage `json:"found"`
		}
		if err := json.Unmarshal(line, &p); err != nil {
			return fmt.Errorf("bad JSON: %w", err)
		}
		id, err := idString(p.ID)
		if err != nil {
			return err
		}
		found, err := readFound(p.Found)
		if err != nil {
			return err
		}
		preds[id] = found
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read predictions: %w", err)
	}
	return preds, nil
}

func readFound(raws []json.RawMessage) ([]Found, error) {
	found := []Found{}
	for i, raw := range raws {
		if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '{' {
			continue
		}
		var f Found
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("found[%d]: %w", i, err)
		}
		found = append(found, f)
	}
	return found, nil
}

// eachLine calls fn on every non-blank line of r, numbered from 1, and
// prefixes its error with the line number.
func eachLine(r io.Reader, fn func(n int, line []byte) error) error {
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if ferr := fn(n, line); ferr != nil {
				return fmt.Errorf("line %d: %w", n, ferr)
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
}
