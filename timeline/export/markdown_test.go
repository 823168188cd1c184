package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// renderMarkdown turns Markdown into HTML with goldmark and GitHub's
// extensions (tables, strikethrough, autolinks), raw HTML allowed, so
// that any markup that got through would show.
func renderMarkdown(t *testing.T, md []byte) string {
	t.Helper()
	var out bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	if err := gm.Convert(md, &out); err != nil {
		t.Fatalf("render markdown: %v", err)
	}
	return out.String()
}

func TestMarkdownRendered(t *testing.T) {
	out := renderMarkdown(t, write(t, FormatMarkdown, story(), Options{}))
	for _, want := range []string{
		"<h1>Chronologie</h1>",
		"<h2>février 2016</h2>",
		"<h2>mars 2016</h2>",
		"<h3>2016-03-15 matin — Les premiers avions russes quittent la base de Hmeimim ⚠</h3>",
		`<a href="https://fr.sputniknews.com/international/201603221023572362-kerry-poutine-visite-moscou-entretien/">Sputnik France</a>`,
		"<strong>weekday-mismatch</strong> (warning): « lundi 15 mars »: 15 March 2016 was a Tuesday.",
		"<h2>Conflicts</h2>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("rendered Markdown lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "<h3>"); n != len(story().Happenings) {
		t.Errorf("rendered Markdown has %d entries, want %d", n, len(story().Happenings))
	}
}

func TestMdEscape(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Kerry à Moscou", "Kerry à Moscou"},
		{"emphasis and code", "*a* _b_ `c`", `\*a\* \_b\_ \` + "`c\\`"},
		{"link", "[x](javascript:alert(1))", `\[x\](javascript:alert(1))`},
		{"html", "<b>&amp;</b>", `\<b\>\&amp;\</b\>`},
		{"table and heading close", "a | b #", `a \| b \#`},
		{"line ends", "a\r\nb", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mdEscape(tt.in); got != tt.want {
				t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
