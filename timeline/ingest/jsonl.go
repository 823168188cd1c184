package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/timeline-fr/timeline/timeline"
)

// jsonArticle is one JSONL line, as in the project's corpus. Pointers tell a
// missing or null field from an empty one.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"` // a string, or a number in some corpora
	Source    *string         `json:"source"`
	URL       *string         `json:"url"`
	Published *string         `json:"published"`
	Title     *string         `json:"title"`
	Language  *string         `json:"language"`
	Text      *string         `json:"text"`
	// id is the id as jsonID reads it, when readArticle read the line.
	id *string
}

// ParseJSONL reads one article per line,
// {"id","source","url","published","title","text"}, and calls fn for each
// in order. published may be "YYYY-MM-DD", RFC 3339 or null. A line that
// cannot be read is reported with Origin "name:LINE" and the next lines go
// on; blank lines are skipped. The file is streamed a line at a time, of
// any length. The error is non-nil only when fn fails.
func ParseJSONL(name string, r io.Reader, opt Options, fn func(timeline.Article) error) (ErrorList, error) {
	var errs ErrorList
	br := bufio.NewReaderSize(bomReader(r), 64<<10)
	for n := 1; ; n++ {
		line, readErr := br.ReadBytes('\n')
		origin := name + ":" + strconv.Itoa(n)
		if len(bytes.TrimSpace(line)) > 0 {
			a, err := parseJSONLine(origin, baseName(name)+":"+strconv.Itoa(n), line, opt)
			if err != nil {
				errs = append(errs, newError(origin, err))
			} else if err := fn(a); err != nil {
				return errs, fmt.Errorf("%s: %w", origin, err)
			}
		}
		if errors.Is(readErr, io.EOF) {
			return errs, nil
		}
		if readErr != nil {
			return append(errs, newError(origin, fmt.Errorf("read: %w", readErr))), nil
		}
	}
}

// parseJSONLine reads one line into an article; fallbackID serves when the
// line has no id.
func parseJSONLine(origin, fallbackID string, line []byte, opt Options) (timeline.Article, error) {
	if len(line) > MaxArticleBytes {
		return timeline.Article{}, fmt.Errorf("%w: a line of more than %d MB", ErrTooLarge, MaxArticleBytes>>20)
	}
	if err := checkText(line); err != nil {
		return timeline.Article{}, err
	}
	var j jsonArticle
	if err := decodeArticle(line, &j); err != nil {
		return timeline.Article{}, fmt.Errorf("not a JSON article: %w", err)
	}
	if j.Text == nil {
		return timeline.Article{}, fmt.Errorf("%w: no \"text\" field", ErrNoText)
	}
	if err := checkText(*j.Text); err != nil {
		return timeline.Article{}, fmt.Errorf("text: %w", err)
	}
	meta := map[string]string{
		"id":        j.idText(),
		"source":    deref(j.Source),
		"url":       deref(j.URL),
		"published": deref(j.Published),
		"title":     deref(j.Title),
		"language":  deref(j.Language),
	}
	if meta["id"] == "" {
		meta["id"] = fallbackID
	}
	return buildArticle(origin, meta, *j.Text, opt)
}

// idText returns the article's id, "" for none.
func (j *jsonArticle) idText() string {
	if j.id != nil {
		return *j.id
	}
	return jsonID(j.ID)
}

// jsonID reads an id given as a string or a number; null or absent is "".
func jsonID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// deref returns the string a field points to, or "" for null.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
