package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	ical "github.com/emersion/go-ical"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestHostileArticle exports an article written to break every format
// (markup, script tags, formula cells, quotes, separators, newlines, CR,
// a javascript: address, a path as id) and checks that each output reads
// back as plain text in its own parser.
func TestHostileArticle(t *testing.T) {
	c := hostile()
	tests := []struct {
		format string
		check  func(t *testing.T, out []byte)
	}{
		{FormatCSV, func(t *testing.T, out []byte) { checkCSVInert(t, readCSV(t, out, ',')) }},
		{FormatJSON, checkJSONInert},
		{FormatJSONL, checkJSONInert},
		{FormatMarkdown, checkMarkdownInert},
		{FormatICS, checkICSInert},
		{FormatTimelineJS, checkTimelineJSInert},
		{FormatTimelineJSCSV, checkTimelineJSCSVInert},
		{FormatTimeML, checkTimeMLInert},
		{FormatHTML, func(t *testing.T, out []byte) { checkInert(t, parseHTML(t, out)) }},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			tt.check(t, write(t, tt.format, c, Options{Title: hostileScript}))
		})
	}
	t.Run("csv excel", func(t *testing.T) {
		out := write(t, FormatCSV, c, Options{Excel: true})
		checkCSVInert(t, readCSV(t, bytes.TrimPrefix(out, []byte("\uFEFF")), ';'))
	})
}

// checkCSVInert checks that no cell would run as a formula and every
// cell is on one line.
func checkCSVInert(t *testing.T, rows [][]string) {
	t.Helper()
	for i, row := range rows {
		for j, cell := range row {
			if cell != "" && strings.IndexByte(formulaStarts, cell[0]) >= 0 {
				t.Errorf("row %d cell %d starts a formula: %q", i, j, cell)
			}
			if strings.ContainsAny(cell, "\r\n") {
				t.Errorf("row %d cell %d spans lines: %q", i, j, cell)
			}
		}
	}
	if got := rows[1][4]; got != "'"+hostileFormula+" "+hostileScript {
		t.Errorf("headline cell = %q, want the text, neutralised", got)
	}
}

// checkJSONInert checks that the output decodes, gives the hostile text
// back unchanged, and holds no raw markup.
func checkJSONInert(t *testing.T, out []byte) {
	t.Helper()
	if bytes.ContainsAny(out, "<>") {
		t.Errorf("json holds raw < or >: it must stay safe inline in a page")
	}
	line, _, _ := bytes.Cut(out, []byte("\n{")) // jsonl: the first event
	var ev struct {
		Headline string       `json:"headline"`
		Sources  []JSONSource `json:"sources"`
	}
	var doc struct{ Events []json.RawMessage }
	if err := json.Unmarshal(out, &doc); err == nil && len(doc.Events) > 0 {
		line = doc.Events[0]
	}
	if err := json.Unmarshal(line, &ev); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if ev.Headline != hostileFormula+" "+hostileScript || ev.Sources[0].Sentence != hostileSentence {
		t.Errorf("read back headline %q, sentence %q, want the hostile text unchanged", ev.Headline, ev.Sources[0].Sentence)
	}
}

// checkMarkdownInert renders the Markdown and checks that no markup, link
// or raw HTML came from the article.
func checkMarkdownInert(t *testing.T, out []byte) {
	t.Helper()
	doc := parseHTML(t, []byte(renderMarkdown(t, out)))
	for _, e := range elements(doc) {
		switch e.Data {
		case "script", "img", "b", "i", "table":
			t.Errorf("rendered Markdown holds a <%s> element", e.Data)
		}
		if href, ok := attrOf(e, "href"); ok && !strings.HasPrefix(href, "https://") {
			t.Errorf("rendered Markdown links to %q", href)
		}
	}
	if text := textOf(doc); !strings.Contains(text, hostileScript) || !strings.Contains(text, hostileFormula) {
		t.Errorf("rendered Markdown does not show the hostile text as text:\n%s", text)
	}
}

// checkICSInert parses the calendar and checks that the hostile text
// stayed inside its properties.
func checkICSInert(t *testing.T, out []byte) {
	t.Helper()
	checkContentLines(t, out)
	cal := decodeICS(t, out)
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("ics has %d events, want 1 (no VEVENT smuggled in)", len(events))
	}
	ev := events[0]
	if summary, _ := ev.Props.Text(ical.PropSummary); summary != hostileFormula+" "+hostileScript {
		t.Errorf("SUMMARY read back = %q, want the hostile headline", summary)
	}
	if u := ev.Props.Get(ical.PropURL); u == nil || !strings.HasPrefix(u.Value, "https://evil.example/") {
		t.Errorf("URL = %v, want the https address, not the javascript: one", u)
	}
	if uid, _ := ev.Props.Text(ical.PropUID); strings.ContainsAny(uid, "\" ") {
		t.Errorf("UID = %q, want it reduced to safe characters", uid)
	}
}

// checkTimelineJSInert checks that the slide's HTML holds only the
// encoder's markup.
func checkTimelineJSInert(t *testing.T, out []byte) {
	t.Helper()
	var doc TimelineJSDocument
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("decode timelinejs: %v", err)
	}
	s := doc.Events[0]
	checkHTMLFragment(t, doc.Title.Text.Headline+s.Text.Headline+s.Text.Text)
	if strings.Contains(string(out), "</script") {
		t.Errorf("timelinejs holds </script: unsafe inline in a page")
	}
}

// checkTimelineJSCSVInert checks the spreadsheet cells and their HTML.
func checkTimelineJSCSVInert(t *testing.T, out []byte) {
	t.Helper()
	rows := readCSV(t, out, ',')
	for i, row := range rows[1:] {
		for j, cell := range row {
			if cell != "" && strings.IndexByte(formulaStarts, cell[0]) >= 0 {
				t.Errorf("row %d cell %d starts a formula: %q", i+1, j, cell)
			}
		}
		checkHTMLFragment(t, row[9]+row[10])
	}
}

// checkHTMLFragment parses HTML the way TimelineJS inserts it and checks
// that only the encoder's elements and safe links are in it.
func checkHTMLFragment(t *testing.T, fragment string) {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		t.Fatalf("parse fragment: %v", err)
	}
	for _, n := range nodes {
		for _, e := range append([]*html.Node{n}, elements(n)...) {
			if e.Type != html.ElementNode {
				continue
			}
			if e.Data != "p" && e.Data != "a" && e.Data != "strong" {
				t.Errorf("fragment holds a <%s> element: %s", e.Data, fragment)
			}
			for _, a := range e.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "href" && !strings.HasPrefix(a.Val, "https://") {
					t.Errorf("<%s %s=%q> in fragment", e.Data, a.Key, a.Val)
				}
			}
		}
	}
}

// checkTimeMLInert parses the document and checks that only TimeML
// elements are in it and the text came back whole.
func checkTimeMLInert(t *testing.T, out []byte) {
	t.Helper()
	doc := readTimeML(t, out)
	for _, name := range doc.elements {
		switch name {
		case "TimeML", "DOCID", "DCT", "TITLE", "TEXT", "TIMEX3":
		default:
			t.Errorf("timeml holds a <%s> element", name)
		}
	}
	want := strings.Repeat("x", 100) + hostileSentence + "\uFFFD\uFFFD fin."
	if doc.text != want || doc.title != hostile().Articles[0].Title {
		t.Errorf("TEXT, TITLE read back = %q, %q, want %q, %q", doc.text, doc.title, want, hostile().Articles[0].Title)
	}
	if len(doc.timexes) != 1 {
		t.Errorf("TIMEX3 = %q, want the one mention", doc.timexes)
	}
}
