package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/timeline-fr/timeline/timeline"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ParseHTML reads a web page: its main text without navigation, share
// counters or comments (paragraphs separated by a blank line), and from its
// metadata the title, canonical URL, site name (the source), language and
// publication date. A page that is not UTF-8 is decoded with the charset it
// declares, if any. Trafilatura turns no-break spaces into spaces, and when
// it finds under 250 characters of main text it falls back to a cruder
// extraction that may join paragraphs.
func ParseHTML(name string, data []byte, opt Options) (timeline.Article, error) {
	doc, err := parsePage(data)
	if err != nil {
		return timeline.Article{}, newError(name, err)
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled, // dated below, with the time of day
	})
	if err != nil {
		return timeline.Article{}, newError(name, fmt.Errorf("%w: extract: %v", ErrNoText, err))
	}
	text := pageText(res.ContentNode)
	if text == "" {
		return timeline.Article{}, newError(name, ErrNoText)
	}
	when, err := pagePublished(doc, res.Metadata.URL, opt)
	if err != nil {
		return timeline.Article{}, newError(name, err)
	}
	return timeline.Article{
		ID:        baseName(name),
		Source:    res.Metadata.Sitename,
		URL:       res.Metadata.URL,
		Title:     res.Metadata.Title,
		Published: when,
		Language:  pageLanguage(doc),
		Text:      text,
		Origin:    name,
	}, nil
}

// parsePage decodes and parses a page, after the checks every article goes
// through.
func parsePage(data []byte) (*html.Node, error) {
	raw, _, err := transform.Bytes(unicode.BOMOverride(encoding.Nop.NewDecoder()), data)
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if !utf8.Valid(raw) {
		raw = declaredCharset(raw)
	}
	if err := checkText(raw); err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	return doc, nil
}

// declaredCharset decodes a page from the charset its <meta> tags declare.
// It returns the page unchanged when it declares none or the declared
// charset does not decode it, so that the UTF-8 check reports it.
func declaredCharset(raw []byte) []byte {
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return raw
	}
	name := metaCharset(doc)
	enc, canonical := charset.Lookup(name)
	if enc == nil || canonical == "utf-8" {
		return raw
	}
	decoded, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return decoded
}

// metaCharset finds <meta charset> or the charset of
// <meta http-equiv="content-type">.
func metaCharset(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "meta" {
		if cs := attr(n, "charset"); cs != "" {
			return cs
		}
		if strings.EqualFold(attr(n, "http-equiv"), "content-type") {
			_, cs, found := strings.Cut(strings.ToLower(attr(n, "content")), "charset=")
			if found {
				return strings.Trim(cs, ` "';`)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if cs := metaCharset(c); cs != "" {
			return cs
		}
	}
	return ""
}

// attr returns an element's attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// pageLanguage reads the primary subtag of <html lang>; French by default.
func pageLanguage(doc *html.Node) string {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.Data == "html" {
			lang, _, _ := strings.Cut(attr(n, "lang"), "-")
			lang, _, _ = strings.Cut(lang, "_")
			if lang != "" {
				return strings.ToLower(lang)
			}
		}
	}
	return "fr"
}

// pagePublished dates a page: the override, else the page metadata, else
// its URL.
func pagePublished(doc *html.Node, pageURL string, opt Options) (time.Time, error) {
	if !opt.Published.IsZero() {
		return opt.Published, checkRange(opt.Published, opt)
	}
	res, err := htmldate.FromDocument(doc, htmldate.Options{
		ExtractTime:         true,
		UseOriginalDate:     true,
		SkipExtensiveSearch: true,
		DeferUrlExtractor:   true,
		URL:                 pageURL,
	})
	if err == nil && !res.IsZero() {
		t := inZone(res, opt.location())
		return t, checkRange(t, opt)
	}
	return published("", pageURL, opt)
}

// inZone places a date found by htmldate in loc when the page gave no
// offset: htmldate returns such wall-clock times in UTC.
func inZone(res htmldate.Result, loc *time.Location) time.Time {
	t := res.DateTime
	if res.HasTimezone {
		return t
	}
	if !res.HasTime {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
}
