// Package jsonline reads the JSONL lines of articles and texts by hand: a
// flat object of strings, numbers and nulls, in one pass that allocates
// only the strings it returns. Whatever lies beyond that shape (nested
// values, true and false, escaped keys, invalid JSON) it declines, and the
// caller reads the line with encoding/json, whose errors then name the
// problem; what it accepts, encoding/json reads the same.
package jsonline

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Kind is what a line gives for a key.
type Kind uint8

const (
	Absent Kind = iota // the key is not in the line
	Null               // null
	String             // a string, decoded into Field.Text
	Number             // a number, its literal in Field.Text
)

// Field is the value of one key.
type Field struct {
	Kind Kind
	Text string
}

// Read reads line, which must be valid UTF-8, into out: out[i] is the
// value of keys[i], the last one when a key is repeated. Keys not in keys
// are skipped. It reports false, out then meaning nothing, on any line
// beyond its shape, and on a key that differs from one of keys by case
// only, which encoding/json would take for it when it decodes into a
// struct.
func Read(line []byte, keys []string, out []Field) bool {
	clear(out)
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
		k, known := keyIndex(keys, key)
		if k < 0 && known {
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
		var f Field
		var ok bool
		switch c := line[i]; {
		case c == '"':
			f.Kind = String
			if f.Text, i, ok = readString(line, i); !ok {
				return false
			}
		case c == 'n':
			if !bytes.HasPrefix(line[i:], []byte("null")) {
				return false
			}
			f.Kind = Null
			i += len("null")
		case c == '-' || '0' <= c && c <= '9':
			start := i
			if i, ok = readNumber(line, i); !ok {
				return false
			}
			f.Kind = Number
			if k >= 0 {
				f.Text = string(line[start:i])
			}
		default:
			return false
		}
		if k >= 0 {
			out[k] = f
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

// keyIndex returns the index of key in keys, -1 for none; known is whether
// key names one of keys but for case, as encoding/json matches struct
// fields (its folding also takes the Kelvin sign for k and the long s
// for s).
func keyIndex(keys []string, key []byte) (int, bool) {
	for i, k := range keys {
		if string(key) == k {
			return i, true
		}
	}
	for _, k := range keys {
		if strings.EqualFold(string(key), k) {
			return -1, true
		}
	}
	return -1, bytes.ContainsRune(key, '\u212a') || bytes.ContainsRune(key, '\u017f')
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
// between escapes are copied as they are.
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
