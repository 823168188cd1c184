package ingest

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// articleFields are the keys of jsonArticle, as encoding/json matches them
// (case-insensitively).
var articleFields = []string{"id", "source", "url", "published", "title", "language", "text"}

// decodeArticle reads one JSONL line, valid UTF-8 (checkText), into j.
// Lines of the usual shape, an
// object of strings, nulls and numbers with keys written as the fields
// are, are read by hand (readArticle), in a single pass that allocates
// only the strings it returns; any other line goes to encoding/json, whose
// errors then name the problem. Both give the same article.
func decodeArticle(line []byte, j *jsonArticle) error {
	if readArticle(line, j) {
		return nil
	}
	*j = jsonArticle{}
	return json.Unmarshal(line, j)
}

// readArticle reads line, valid UTF-8, as encoding/json would into j,
// with the id read into j.id, and reports whether it could. It declines (and j is then to be reset) on anything
// beyond its shape: nested values, true and false, keys with escapes or
// that differ from a field's name by case only, a number where a string
// field is, and any invalid JSON.
func readArticle(line []byte, j *jsonArticle) bool {
	i := skipSpace(line, 0)
	if i == len(line) || line[i] != '{' {
		return false
	}
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		return len(line) == skipSpace(line, i+1)
	}
	for {
		if i == len(line) || line[i] != '"' {
			return false
		}
		end := bytes.IndexByte(line[i+1:], '"')
		if end < 0 {
			return false
		}
		key := line[i+1 : i+1+end]
		if bytes.IndexByte(key, '\\') >= 0 || hasControl(key) {
			return false
		}
		i = skipSpace(line, i+2+end)
		if i == len(line) || line[i] != ':' {
			return false
		}
		i = skipSpace(line, i+1)
		if i == len(line) {
			return false
		}
		field := fieldOf(key)
		if field == "" && knownFold(key) {
			return false
		}
		var ok bool
		switch c := line[i]; {
		case c == '"':
			var s string
			if s, i, ok = readString(line, i); !ok {
				return false
			}
			if field == "id" {
				j.id = &s
			} else if field != "" {
				setField(j, field, &s)
			}
		case c == 'n':
			if !bytes.HasPrefix(line[i:], []byte("null")) {
				return false
			}
			i += len("null")
			if field == "id" {
				j.id = new(string)
			} else if field != "" {
				setField(j, field, nil)
			}
		case c == '-' || '0' <= c && c <= '9':
			start := i
			if i, ok = readNumber(line, i); !ok || field != "" && field != "id" {
				return false
			}
			if field == "id" {
				n := string(line[start:i])
				j.id = &n
			}
		default:
			return false
		}
		i = skipSpace(line, i)
		if i == len(line) {
			return false
		}
		switch line[i] {
		case ',':
			i = skipSpace(line, i+1)
		case '}':
			return len(line) == skipSpace(line, i+1)
		default:
			return false
		}
	}
}

// fieldOf returns the field a key names exactly, "" for none.
func fieldOf(key []byte) string {
	for _, f := range articleFields {
		if string(key) == f {
			return f
		}
	}
	return ""
}

// knownFold reports whether key names a field but for case, as
// encoding/json would still take it.
func knownFold(key []byte) bool {
	for _, f := range articleFields {
		if strings.EqualFold(string(key), f) {
			return true
		}
	}
	// encoding/json also folds the Kelvin sign and the long s.
	return bytes.ContainsRune(key, '\u212a') || bytes.ContainsRune(key, '\u017f')
}

// setField sets the string field named f.
func setField(j *jsonArticle, f string, s *string) {
	switch f {
	case "source":
		j.Source = s
	case "url":
		j.URL = s
	case "published":
		j.Published = s
	case "title":
		j.Title = s
	case "language":
		j.Language = s
	case "text":
		j.Text = s
	}
}

// skipSpace returns the first position from i that is not JSON white
// space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// hasControl reports whether b holds a byte that JSON forbids raw in a
// string.
func hasControl(b []byte) bool {
	for _, c := range b {
		if c < 0x20 {
			return true
		}
	}
	return false
}

// readNumber reads the JSON number at b[i:] and returns the position after
// it.
func readNumber(b []byte, i int) (int, bool) {
	if b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		i = skipDigits(b, i)
	default:
		return i, false
	}
	if i < len(b) && b[i] == '.' {
		j := skipDigits(b, i+1)
		if j == i+1 {
			return i, false
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := skipDigits(b, i)
		if j == i {
			return i, false
		}
		i = j
	}
	return i, true
}

func skipDigits(b []byte, i int) int {
	for i < len(b) && '0' <= b[i] && b[i] <= '9' {
		i++
	}
	return i
}

// readString decodes the JSON string opening at b[i] and returns it with
// the position after its closing quote. Escapes are decoded as
// encoding/json decodes them, a lone surrogate becoming U+FFFD; the bytes
// between escapes are copied as they are (the line was checked for
// invalid UTF-8 before).
func readString(b []byte, i int) (string, int, bool) {
	i++
	start := i
	// Most strings hold no escape: one scan for the closing quote.
	for i < len(b) && b[i] != '"' && b[i] != '\\' && b[i] >= 0x20 {
		i++
	}
	if i == len(b) || b[i] < 0x20 {
		return "", i, false
	}
	if b[i] == '"' {
		return string(b[start:i]), i + 1, true
	}
	out := make([]byte, 0, len(b)-start)
	out = append(out, b[start:i]...)
	for i < len(b) {
		switch c := b[i]; {
		case c == '"':
			return string(out), i + 1, true
		case c < 0x20:
			return "", i, false
		case c != '\\':
			j := i + 1
			for j < len(b) && b[j] != '"' && b[j] != '\\' && b[j] >= 0x20 {
				j++
			}
			out = append(out, b[i:j]...)
			i = j
			continue
		}
		if i+1 == len(b) {
			return "", i, false
		}
		switch e := b[i+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := hex4(b, i+2)
			if !ok {
				return "", i, false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if lo, ok := hex4(b, i+2); ok && b[i] == '\\' && b[i+1] == 'u' {
					if d := utf16.DecodeRune(r, lo); d != utf8.RuneError {
						out = utf8.AppendRune(out, d)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
			continue
		default:
			return "", i, false
		}
		i += 2
	}
	return "", i, false
}

// hex4 reads the four hexadecimal digits at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
