package ingest

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags break the text into paragraphs: the HTML block elements and the
// names trafilatura gives its own blocks (head, list, item, quote).
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true,
	"dd": true, "details": true, "div": true, "dl": true, "dt": true,
	"figcaption": true, "figure": true, "footer": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"head": true, "header": true, "item": true, "li": true, "list": true,
	"main": true, "ol": true, "p": true, "pre": true, "quote": true,
	"section": true, "summary": true, "table": true, "tr": true,
	"row": true, "ul": true,
}

// lineBreakTags end a line inside a paragraph.
var lineBreakTags = map[string]bool{"br": true, "lb": true, "hr": true}

// cellTags are separated by a space so that table cells do not run together.
var cellTags = map[string]bool{"td": true, "th": true, "cell": true}

// pageText renders extracted content as plain text: one paragraph per
// block, separated by a blank line, with HTML's collapsible spaces reduced
// to one. (Trafilatura has already turned no-break spaces into spaces.)
func pageText(content *html.Node) string {
	if content == nil {
		return ""
	}
	var w paragraphWriter
	w.walk(content)
	w.flush()
	return strings.Join(w.paragraphs, "\n\n")
}

// paragraphWriter gathers the text of the current block and the finished
// paragraphs.
type paragraphWriter struct {
	paragraphs []string
	current    strings.Builder
}

// walk writes the text under n, closing a paragraph around every block.
func (w *paragraphWriter) walk(n *html.Node) {
	switch {
	case n.Type == html.TextNode:
		// Line feeds in the source are white space; only <br> breaks a line.
		w.current.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
	case n.Type != html.ElementNode && n.Type != html.DocumentNode:
		return
	case lineBreakTags[n.Data]:
		w.current.WriteByte('\n')
	case blockTags[n.Data]:
		w.flush()
		defer w.flush()
	case cellTags[n.Data]:
		w.current.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// flush closes the current paragraph, if it has any text.
func (w *paragraphWriter) flush() {
	var lines []string
	for _, line := range strings.Split(w.current.String(), "\n") {
		if line = collapseSpaces(line); line != "" {
			lines = append(lines, line)
		}
	}
	w.current.Reset()
	if len(lines) > 0 {
		w.paragraphs = append(w.paragraphs, strings.Join(lines, "\n"))
	}
}

// collapseSpaces reduces runs of HTML white space (space, tab, CR, FF) to
// one space and trims them at both ends.
func collapseSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, isHTMLSpace), " ")
}

// isHTMLSpace reports the white space HTML collapses; line feeds from the
// source were turned into spaces by walk.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\f'
}
