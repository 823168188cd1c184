package ingest

import (
	"path/filepath"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// frontKeys are the front matter keys ParseText understands.
var frontKeys = map[string]bool{
	"published": true,
	"source":    true,
	"url":       true,
	"title":     true,
	"id":        true,
	"language":  true,
}

// frontFence opens and closes a front matter block in the YAML style.
const frontFence = "---"

// ParseText reads a plain text article. It may start with front matter:
// lines "key: value" for the keys published, source, url, title, id and
// language, then a blank line, then the body. Between "---" lines the block
// may hold other keys, which are ignored. Without front matter the whole
// text is the body. The body keeps its indentation; only blank lines around
// it are trimmed, and CRLF line ends become LF.
func ParseText(name string, data []byte, opt Options) (timeline.Article, error) {
	text, err := decode(data)
	if err != nil {
		return timeline.Article{}, newError(name, err)
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	meta, body := splitFrontMatter(text)
	body = trimBlankLines(body)
	if body == "" {
		return timeline.Article{}, newError(name, ErrNoText)
	}
	return buildArticle(name, meta, body, opt)
}

// buildArticle fills an article from its metadata and body, deciding its
// publication date; name is the origin and gives the fallback ID.
func buildArticle(name string, meta map[string]string, body string, opt Options) (timeline.Article, error) {
	when, err := published(meta["published"], meta["url"], opt)
	if err != nil {
		return timeline.Article{}, newError(name, err)
	}
	a := timeline.Article{
		ID:        meta["id"],
		Source:    meta["source"],
		URL:       meta["url"],
		Title:     meta["title"],
		Published: when,
		Language:  strings.ToLower(meta["language"]),
		Text:      body,
		Origin:    name,
	}
	if a.ID == "" {
		a.ID = baseName(name)
	}
	if a.Language == "" {
		a.Language = "fr"
	}
	return a, nil
}

// baseName is a file name without folder and extension, the fallback ID.
func baseName(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// splitFrontMatter separates the front matter from the body. It returns
// nil metadata and the whole text when there is none.
func splitFrontMatter(text string) (map[string]string, string) {
	lines := strings.SplitAfter(text, "\n")
	if strings.TrimSpace(lines[0]) == frontFence {
		return fencedFrontMatter(text, lines)
	}
	meta := map[string]string{}
	for i, line := range lines {
		if blankLine(line) {
			if i == 0 {
				return nil, text
			}
			return meta, strings.Join(lines[i+1:], "")
		}
		key, value, ok := frontLine(line)
		if !ok || !frontKeys[key] {
			return nil, text
		}
		meta[key] = value
	}
	return meta, ""
}

// fencedFrontMatter reads a block between "---" lines. An unclosed block is
// no front matter: the text is all body.
func fencedFrontMatter(text string, lines []string) (map[string]string, string) {
	meta := map[string]string{}
	for i, line := range lines[1:] {
		if strings.TrimSpace(line) == frontFence {
			return meta, strings.Join(lines[i+2:], "")
		}
		if blankLine(line) || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		key, value, ok := frontLine(line)
		if !ok {
			return nil, text
		}
		if frontKeys[key] {
			meta[key] = value
		}
	}
	return nil, text
}

// frontLine splits "key: value"; keys are one word, case-insensitive, and
// values may be quoted.
func frontLine(line string) (key, value string, ok bool) {
	key, value, ok = strings.Cut(line, ":")
	if !ok || key == "" || strings.ContainsAny(key, " \t") {
		return "", "", false
	}
	return strings.ToLower(key), unquote(strings.TrimSpace(value)), true
}

// unquote removes one pair of matching quotes around a value.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}
