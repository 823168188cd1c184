package export

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/timeline-fr/timeline/timeline"
)

// parseHTML parses a page with golang.org/x/net/html, the HTML5 parsing
// algorithm browsers use.
func parseHTML(t *testing.T, page []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("parse html: %v", err)
	}
	return doc
}

// elements lists the elements under n, in document order.
func elements(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := range n.Descendants() {
		if c.Type == html.ElementNode {
			out = append(out, c)
		}
	}
	return out
}

// attrOf returns an attribute of an element.
func attrOf(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasClass reports whether an element has a class.
func hasClass(n *html.Node, class string) bool {
	v, _ := attrOf(n, "class")
	return slices.Contains(strings.Fields(v), class)
}

// textOf is the text content of n, as the DOM's textContent.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// byTag lists the elements of a tag under n.
func byTag(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	for _, e := range elements(n) {
		if e.Data == tag {
			out = append(out, e)
		}
	}
	return out
}

// checkInert checks that a parsed page holds only the page's own script
// and style, no event handler attribute, no embedded content and no link
// other than http(s) and in-page anchors.
func checkInert(t *testing.T, doc *html.Node) {
	t.Helper()
	for _, e := range elements(doc) {
		switch e.Data {
		case "img", "iframe", "object", "embed", "svg", "math", "form", "base", "link", "b", "i":
			t.Errorf("page holds a <%s> element", e.Data)
		}
		for _, a := range e.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has an event handler %s=%q", e.Data, a.Key, a.Val)
			}
		}
		if href, ok := attrOf(e, "href"); ok && !strings.HasPrefix(href, "#") && !strings.HasPrefix(href, "https://") && !strings.HasPrefix(href, "http://") {
			t.Errorf("<%s> links to %q", e.Data, href)
		}
	}
	if n := len(byTag(doc, "script")); n != 1 {
		t.Errorf("page has %d <script> elements, want only its own", n)
	}
	if n := len(byTag(doc, "style")); n != 1 {
		t.Errorf("page has %d <style> elements, want only its own", n)
	}
}

func TestHTMLStructure(t *testing.T) {
	c := story()
	doc := parseHTML(t, write(t, FormatHTML, c, Options{}))
	checkInert(t, doc)
	var entries []*html.Node
	for _, e := range byTag(doc, "li") {
		if hasClass(e, "entry") {
			entries = append(entries, e)
		}
	}
	if len(entries) != len(c.Happenings) {
		t.Fatalf("page has %d entries, want %d", len(entries), len(c.Happenings))
	}
	for i, e := range entries {
		h := c.Happenings[i]
		t.Run(h.ID, func(t *testing.T) {
			if got := textOf(byTag(e, "h3")[0]); got != h.Headline {
				t.Errorf("entry %d headline = %q, want %q", i, got, h.Headline)
			}
			if got := textOf(byTag(e, "time")[0]); got != timeline.DisplayDate(h.Date) {
				t.Errorf("entry %d date = %q, want %q", i, got, timeline.DisplayDate(h.Date))
			}
			if got := len(byTag(e, "a")); got != len(h.Sources) {
				t.Errorf("entry %d has %d source links, want %d", i, got, len(h.Sources))
			}
			if conflicted := hasClass(e, "conflicted"); conflicted != (len(h.Conflicts) > 0) {
				t.Errorf("entry %d highlighted as conflicted = %v, want %v", i, conflicted, len(h.Conflicts) > 0)
			}
		})
	}
}

// cspSource matches a hash source of the page's policy.
var cspSource = regexp.MustCompile(`(style|script)-src '(sha256-[A-Za-z0-9+/=]+)'`)

func TestHTMLContentSecurityPolicy(t *testing.T) {
	doc := parseHTML(t, write(t, FormatHTML, story(), Options{}))
	var policy string
	for _, m := range byTag(doc, "meta") {
		if v, _ := attrOf(m, "http-equiv"); v == "Content-Security-Policy" {
			policy, _ = attrOf(m, "content")
		}
	}
	if !strings.HasPrefix(policy, "default-src 'none';") {
		t.Fatalf("policy = %q, want default-src 'none' first", policy)
	}
	want := map[string]string{
		"style":  cspHash([]byte(textOf(byTag(doc, "style")[0]))),
		"script": cspHash([]byte(textOf(byTag(doc, "script")[0]))),
	}
	got := map[string]string{}
	for _, m := range cspSource.FindAllStringSubmatch(policy, -1) {
		got[m[1]] = m[2]
	}
	for kind, hash := range want {
		if got[kind] != hash {
			t.Errorf("policy allows %s %q, want the hash of the page's own %s %q", kind, got[kind], kind, hash)
		}
	}
}

func TestHTMLDatetime(t *testing.T) {
	tests := []struct {
		name string
		m    timeline.Mention
		want string
	}{
		{"day", day("", 0, "2016-03-15"), "2016-03-15"},
		{"part of day", span("", "2016-03-15TMO", timeline.GrainPart, "2016-03-15T06:00", "2016-03-15T12:00"), "2016-03-15T06:00"},
		{"week", span("", "2016-W12", timeline.GrainWeek, "2016-03-21", "2016-03-28"), "2016-W12"},
		{"month", span("", "2016-04", timeline.GrainMonth, "2016-04-01", "2016-05-01"), "2016-04"},
		{"year", span("", "2016", timeline.GrainYear, "2016-01-01", "2017-01-01"), "2016"},
		{"no interval", timeline.Mention{Value: "PT7H"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlDatetime(tt.m); got != tt.want {
				t.Errorf("htmlDatetime(%s) = %q, want %q", tt.m.Value, got, tt.want)
			}
		})
	}
}
