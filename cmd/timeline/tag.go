package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/eval"
	"github.com/timeline-fr/timeline/timeline/ingest"
	"github.com/timeline-fr/timeline/timeline/jsonline"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// maxLine bounds one JSONL line: a long article fits, a runaway file does not.
const maxLine = 64 << 20

func (a *app) tagCmd() *cobra.Command {
	var in, values string
	cmd := &cobra.Command{
		Use:   "tag [--in FILE.jsonl|-] [PATH...]",
		Short: "Find and resolve the date expressions of texts, as JSONL",
		Long: `tag finds the date and time expressions of texts and resolves them, without
any database. It writes one JSON line per input text:

  {"id": "...", "found": [{"text", "offset", "end_offset", "type", "timex",
                           "mod", "start", "end", "grain"}, ...]}

offset and end_offset are byte offsets into the text; start and end are
local wall-clock times (end exclusive); found is [] when nothing is found.

--values calendar reports each mention by the instant a calendar assistant
would put in an agenda, start and grain with no timex: "15h" is the hour
15:00, "ce soir" 18:00, "dans une heure" the reference time plus an hour to
the minute, "maintenant" the reference instant (README.md, "Value styles").
--values instant is the calendar style of libraries that reduce every
expression to one instant, as chrono does: "la semaine prochaine" is the
reference plus seven days, "le mois dernier" a month back, "en 1 heure" the
reference plus an hour (README.md, "Value styles"); --policy nearest, as
chrono, takes the nearest "dimanche". The default, --values timex, gives
TIMEX3 values.

--in reads JSONL lines {"id", "text", "ref"} (ref is the reference time, RFC
3339 with an offset; other fields are ignored: the gold files of the
evaluation sets can be given as they are), - for standard input. A line
that cannot be read is reported on standard error and skipped (exit code 4).

Article files given as PATH (text, JSONL, HTML, folders, see timeline build
--help) are tagged against their publication date, with the article id as id.`,
		Example: `  timeline tag --in ../shared/gold/seed.jsonl
  echo '{"id":"1","text":"Rendez-vous mardi prochain.","ref":"2016-03-22T09:00:00+01:00"}' | timeline tag --in -
  timeline tag --policy past fixtures/articles/
  timeline tag --policy future --values calendar --in ../shared/gold/duckling_fr.jsonl
  timeline tag --policy nearest --values instant --in ../shared/gold/chrono_fr.jsonl`,
		RunE: a.configured(func(cmd *cobra.Command, args []string) error {
			v, err := valuesStyle(values)
			if err != nil {
				return err
			}
			return a.tag(cmd.Context(), in, args, v)
		}),
	}
	cmd.Flags().StringVar(&in, "in", "", "read texts from JSONL `FILE` (- for standard input)")
	addPolicyFlag(cmd)
	addValuesFlag(cmd, &values)
	return cmd
}

// tag writes the mentions of the texts in the JSONL file in, then of the
// articles at paths, one line per text in input order, tagging on every
// core.
func (a *app) tag(ctx context.Context, in string, paths []string, v tagger.Values) error {
	if in == "" && len(paths) == 0 {
		return usageErrorf("tag: give --in FILE.jsonl or article paths")
	}
	if in == "-" && slices.Contains(paths, "-") {
		return usageErrorf("tag: standard input given twice (--in - and -)")
	}
	out := bufio.NewWriter(a.stdout)
	t := &texts{tg: tagger.New(a.cfg.Policy, tagger.WithValues(v)), out: out, stderr: a.stderr}
	err := ordered(ctx, runtime.GOMAXPROCS(0), func(send func(tagItem) error) error {
		if err := t.readInput(ctx, in, a.stdin, send); err != nil {
			return err
		}
		if len(paths) > 0 {
			return t.readArticles(ctx, paths, a.stdin, ingest.Options{Location: a.cfg.Location}, send)
		}
		return nil
	}, t.tag, t.emit)
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write: %w", ferr)
	}
	if err == nil && t.skipped > 0 {
		err = fmt.Errorf("%w: %d", errSkipped, t.skipped)
	}
	return err
}

// addValuesFlag declares --values on commands that report values.
func addValuesFlag(cmd *cobra.Command, v *string) {
	cmd.Flags().StringVar(v, "values", string(tagger.ValuesTimex),
		"value `STYLE`: timex (TIMEX3 values), calendar (start and grain of the agenda instant) or instant (amounts counted from the reference, as chrono does)")
}

// valuesStyle checks the --values flag.
func valuesStyle(s string) (tagger.Values, error) {
	v, ok := tagger.ParseValues(s)
	if !ok {
		return "", usageErrorf("--values %q: want timex, calendar or instant", s)
	}
	return v, nil
}

// texts tags texts and writes one line per text.
type texts struct {
	tg      *tagger.Tagger
	out     io.Writer
	stderr  io.Writer
	skipped int // owned by emit
}

// tagItem is a text to tag, or, when skip is set, an input that cannot be
// tagged, reported in its place in the input.
type tagItem struct {
	origin string // where the input is, for a skipped one
	skip   error
	line   tagLine
}

// taggedText is what tag gives of an item: its output line, the skip to
// report, or the error that stops the run.
type taggedText struct {
	origin string
	skip   error
	json   []byte
	err    error
}

// tag tags an item and encodes its line; it runs on any goroutine.
func (t *texts) tag(it tagItem) taggedText {
	if it.skip != nil {
		return taggedText{origin: it.origin, skip: it.skip}
	}
	ms := t.tg.Tag(it.line.text, it.line.ref)
	p := eval.Prediction{ID: it.line.id, Found: make([]eval.Found, 0, len(ms))}
	for _, m := range ms {
		p.Found = append(p.Found, eval.FromMention(m))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return taggedText{err: fmt.Errorf("write: %w", err)}
	}
	return taggedText{json: buf.Bytes()}
}

// emit writes a tagged text, or reports a skipped one, in input order.
func (t *texts) emit(r taggedText) error {
	switch {
	case r.err != nil:
		return r.err
	case r.skip != nil:
		fmt.Fprintf(t.stderr, "skipped %s: %v\n", r.origin, r.skip)
		t.skipped++
		return nil
	}
	if _, err := t.out.Write(r.json); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// readInput sends the JSONL lines of the file name ("-": stdin).
func (t *texts) readInput(ctx context.Context, name string, stdin io.Reader, send func(tagItem) error) error {
	switch name {
	case "":
		return nil
	case "-":
		return t.readJSONL(ctx, "stdin", stdin, send)
	}
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	defer f.Close()
	return t.readJSONL(ctx, name, f, send)
}

// readJSONL sends each line {"id","text","ref"} of r.
func (t *texts) readJSONL(ctx context.Context, name string, r io.Reader, send func(tagItem) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	for n := 1; sc.Scan(); n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		line, err := parseTagLine(sc.Bytes())
		if err != nil {
			err = send(tagItem{origin: fmt.Sprintf("%s:%d", name, n), skip: err})
		} else {
			err = send(tagItem{line: line})
		}
		if err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// tagLine is one text to tag.
type tagLine struct {
	id, text string
	ref      time.Time
}

// tagKeys are the keys of a line to tag, in the order readTagLine reads
// them into.
var tagKeys = []string{"id", "text", "ref"}

// parseTagLine reads {"id","text","ref"}; the id may be a string or a
// number, as in the gold files. Lines of the usual shape are read by hand
// (jsonline), others with encoding/json, to the same result.
func parseTagLine(data []byte) (tagLine, error) {
	if line, ok, err := readTagLine(data); ok {
		return line, err
	}
	var raw struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
		Ref  string          `json:"ref"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return tagLine{}, fmt.Errorf("bad JSON: %w", err)
	}
	var line tagLine
	var err error
	if line.id, err = jsonID(raw.ID); err != nil {
		return line, err
	}
	if raw.Text == nil {
		return line, errors.New("no text")
	}
	line.text = *raw.Text
	line.ref, err = parseRef(raw.Ref)
	return line, err
}

// readTagLine is parseTagLine by hand; ok is false when the line is
// beyond jsonline's shape (or not UTF-8, which encoding/json mends), or
// gives a number where a string belongs, for encoding/json to read.
func readTagLine(data []byte) (line tagLine, ok bool, err error) {
	var fs [3]jsonline.Field
	if !utf8.Valid(data) || !jsonline.Read(data, tagKeys, fs[:]) || fs[1].Kind == jsonline.Number || fs[2].Kind == jsonline.Number {
		return line, false, nil
	}
	// The id as jsonID reads it: null is no id but no error either.
	switch id := fs[0]; {
	case id.Kind == jsonline.Number, id.Kind == jsonline.String && id.Text != "":
		line.id = id.Text
	case id.Kind != jsonline.Null:
		return line, true, errNoID
	}
	if fs[1].Kind != jsonline.String {
		return line, true, errors.New("no text")
	}
	line.text = fs[1].Text
	line.ref, err = parseRef(fs[2].Text)
	return line, true, err
}

// parseRef reads the reference date of a text.
func parseRef(ref string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339, ref)
	if err != nil {
		return t, fmt.Errorf("ref %q: want RFC 3339 with an offset, like 2016-03-22T09:00:00+01:00", ref)
	}
	return t, nil
}

// errNoID reports a line to tag without an id.
var errNoID = errors.New("no id (want a string or a number)")

// jsonID reads an id written as a string or as a number.
func jsonID(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil && s != "" {
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	return "", errNoID
}

// readArticles sends the articles at paths, to tag against their
// publication dates, then those that cannot be read.
func (t *texts) readArticles(ctx context.Context, paths []string, stdin io.Reader, opt ingest.Options, send func(tagItem) error) error {
	bad, err := ingest.Read(ctx, paths, stdin, opt, func(art timeline.Article) error {
		return send(tagItem{line: tagLine{id: art.ID, text: art.Text, ref: art.Published}})
	})
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	for _, e := range bad {
		if err := send(tagItem{origin: e.Origin, skip: e.Err}); err != nil {
			return err
		}
	}
	return nil
}
