package export

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/timeline"
)

// timemlDoc is what a TimeML document holds, as an XML parser reads it.
type timemlDoc struct {
	docID, dct, title, text string
	timexes                 []string // "tid type value text"
	elements                []string // element names, in order
}

// readTimeML parses a TimeML document with encoding/xml.
func readTimeML(t *testing.T, data []byte) timemlDoc {
	t.Helper()
	var doc timemlDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
	var stack []xml.StartElement
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return doc
		}
		if err != nil {
			t.Fatalf("parse timeml: %v\n%s", err, data)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tok)
			doc.elements = append(doc.elements, tok.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			doc.addText(stack, string(tok))
		}
	}
}

// addText files character data under the element it is in.
func (doc *timemlDoc) addText(stack []xml.StartElement, s string) {
	names := make([]string, len(stack))
	for i, e := range stack {
		names[i] = e.Name.Local
	}
	path := strings.Join(names, "/")
	switch {
	case path == "TimeML/DOCID":
		doc.docID += s
	case path == "TimeML/DCT/TIMEX3":
		doc.dct += s
	case path == "TimeML/TITLE":
		doc.title += s
	case strings.HasPrefix(path, "TimeML/TEXT"):
		doc.text += s
		if path == "TimeML/TEXT/TIMEX3" {
			top := stack[len(stack)-1]
			doc.timexes = append(doc.timexes, strings.Join([]string{attr(top, "tid"), attr(top, "type"), attr(top, "value"), s}, " "))
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func TestTimeMLReadBack(t *testing.T) {
	doc := readTimeML(t, write(t, FormatTimeML, story(), Options{}))
	a := storyArticle()
	if doc.docID != a.ID || doc.dct != "2016-03-25" || doc.title != a.Title {
		t.Errorf("DOCID, DCT, TITLE = %q, %q, %q, want %q, %q, %q", doc.docID, doc.dct, doc.title, a.ID, "2016-03-25", a.Title)
	}
	if doc.text != a.Text {
		t.Errorf("TEXT read back = %q, want the article's text byte for byte %q", doc.text, a.Text)
	}
	want := []string{"t1 TIME 2016-03-24TEV jeudi soir", "t2 DATE 2016-03-15 lundi 15 mars", "t3 DATE 2016-03-15 il y a dix jours"}
	if !slices.Equal(doc.timexes, want) {
		t.Errorf("TIMEX3 = %q, want %q (the overlapping duration left out)", doc.timexes, want)
	}
}

func TestTimeMLOneDocument(t *testing.T) {
	c := story()
	c.Articles = append(c.Articles, timeline.Article{ID: "other"})
	if err := Write(io.Discard, FormatTimeML, c, Options{}); !errors.Is(err, ErrOneDocument) {
		t.Errorf("Write(timeml) of two articles = %v, want ErrOneDocument", err)
	}
}

func TestTaggable(t *testing.T) {
	text := "le 15 mars à Genève"
	ok := timeline.Mention{Offset: 3, EndOffset: 10, Text: "15 mars", Type: timeline.TypeDate, Value: "2016-03-15"}
	tests := []struct {
		name string
		edit func(*timeline.Mention)
		pos  int
		want bool
	}{
		{"valid", func(*timeline.Mention) {}, 0, true},
		{"no value", func(m *timeline.Mention) { m.Value = "" }, 0, false},
		{"overlaps the previous one", func(*timeline.Mention) {}, 5, false},
		{"past the end", func(m *timeline.Mention) { m.EndOffset = 99 }, 0, false},
		{"inside a rune", func(m *timeline.Mention) { m.Offset, m.EndOffset, m.Text = 12, 14, text[12:14] }, 0, false},
		{"text differs", func(m *timeline.Mention) { m.Text = "16 mars" }, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ok
			tt.edit(&m)
			if got := taggable(text, m, tt.pos); got != tt.want {
				t.Errorf("taggable(%q, %+v, %d) = %v, want %v", text, m, tt.pos, got, tt.want)
			}
		})
	}
}

func TestTimeMLName(t *testing.T) {
	tests := []struct{ id, want string }{
		{"sputnik-2016-03-22-kerry-moscou", "sputnik-2016-03-22-kerry-moscou.tml"},
		{"../../etc/passwd", "_.._etc_passwd.tml"},
		{"..", "article.tml"},
		{"", "article.tml"},
		{"Écho 15/03", "_cho_15_03.tml"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if got := TimeMLName(timeline.Article{ID: tt.id}); got != tt.want {
				t.Errorf("TimeMLName(%q) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}

func TestIsComputed(t *testing.T) {
	tests := []struct {
		name string
		m    timeline.Mention
		want bool
	}{
		{"full date", timeline.Mention{Text: "15 mars 2016", Type: timeline.TypeDate, Value: "2016-03-15", Anchor: "publication 2016-03-22"}, false},
		{"year not written", timeline.Mention{Text: "hier", Type: timeline.TypeDate, Value: "2016-03-21", Anchor: "publication 2016-03-22"}, true},
		{"year inferred", timeline.Mention{Text: "le 15 mars", Type: timeline.TypeDate, Value: "2016-03-15", Inferred: []string{"year"}}, true},
		{"counted from another date", timeline.Mention{Text: "le lendemain 2016", Type: timeline.TypeDate, Value: "2016-03-16", Anchor: "previous date 2016-03-15"}, true},
		{"duration", timeline.Mention{Text: "sept heures", Type: timeline.TypeDuration, Value: "PT7H"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isComputed(tt.m); got != tt.want {
				t.Errorf("isComputed(%q = %s) = %v, want %v", tt.m.Text, tt.m.Value, got, tt.want)
			}
		})
	}
}
