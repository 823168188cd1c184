package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// rowReader reads, in order, the values of a JSON array as SQLite's
// json_array writes one: no white space, strings, integers and nulls.
//
// The listings read each row as one such array rather than as columns:
// database/sql copies and boxes every column of every row on its own,
// about 140 ns a column, more than SQLite takes to read the row. A string
// without escapes is a substring of the array, not a copy.
type rowReader struct {
	s   string
	pos int
	err error
}

// errRow reports an array rowReader cannot read.
var errRow = errors.New("malformed row")

// newRowReader starts reading the array s.
func newRowReader(s string) rowReader {
	r := rowReader{s: s}
	if s == "" || s[0] != '[' {
		r.fail("no array")
	}
	r.pos = 1
	return r
}

func (r *rowReader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s at byte %d", errRow, what, r.pos)
	}
}

// next moves past the separator before the next value and reports whether
// there is one to read.
func (r *rowReader) next() bool {
	if r.err != nil {
		return false
	}
	if r.pos > 1 {
		if r.pos >= len(r.s) || r.s[r.pos] != ',' {
			r.fail("missing value")
			return false
		}
		r.pos++
	}
	if r.pos >= len(r.s) || r.s[r.pos] == ']' {
		r.fail("missing value")
		return false
	}
	return true
}

// null reads a null if one comes next.
func (r *rowReader) null() bool {
	if r.err == nil && strings.HasPrefix(r.s[r.pos:], "null") {
		r.pos += len("null")
		return true
	}
	return false
}

// text reads a string value.
func (r *rowReader) text() string {
	if !r.next() {
		return ""
	}
	return r.str()
}

// nullText reads a string value or a null.
func (r *rowReader) nullText() sql.NullString {
	if !r.next() || r.null() {
		return sql.NullString{}
	}
	return sql.NullString{String: r.str(), Valid: r.err == nil}
}

// str reads the string at pos.
func (r *rowReader) str() string {
	if r.s[r.pos] != '"' {
		r.fail("not a string")
		return ""
	}
	start := r.pos + 1
	for i := start; i < len(r.s); i++ {
		switch r.s[i] {
		case '"':
			r.pos = i + 1
			return r.s[start:i]
		case '\\':
			return r.escaped(start)
		}
	}
	r.pos = len(r.s)
	r.fail("unterminated string")
	return ""
}

// escaped reads the string opened at start, which holds an escape, as
// encoding/json would: bytes that are not escapes are kept as they are.
func (r *rowReader) escaped(start int) string {
	var b strings.Builder
	for i := start; i < len(r.s); {
		c := r.s[i]
		switch {
		case c == '"':
			r.pos = i + 1
			return b.String()
		case c != '\\':
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(r.s) {
			break
		}
		i += 2
		switch r.s[i-1] {
		case '"', '\\', '/':
			b.WriteByte(r.s[i-1])
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			u, ok := hex4(r.s, i)
			if !ok {
				r.pos = i
				r.fail("bad \\u escape")
				return ""
			}
			i += 4
			ru := rune(u)
			if utf16.IsSurrogate(ru) {
				ru = utf8.RuneError
				if lo, ok := hex4(r.s, i+2); ok && r.s[i] == '\\' && r.s[i+1] == 'u' {
					if pair := utf16.DecodeRune(rune(u), rune(lo)); pair != utf8.RuneError {
						ru = pair
						i += 6
					}
				}
			}
			b.WriteRune(ru)
		default:
			r.pos = i - 1
			r.fail("bad escape")
			return ""
		}
	}
	r.pos = len(r.s)
	r.fail("unterminated string")
	return ""
}

// hex4 reads four hexadecimal digits of s at i.
func hex4(s string, i int) (uint16, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var v uint16
	for _, c := range []byte(s[i : i+4]) {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		v = v<<4 | uint16(c)
	}
	return v, true
}

// integer reads an integer value.
func (r *rowReader) integer() int {
	if !r.next() {
		return 0
	}
	start := r.pos
	if r.s[r.pos] == '-' {
		r.pos++
	}
	for r.pos < len(r.s) && r.s[r.pos] >= '0' && r.s[r.pos] <= '9' {
		r.pos++
	}
	v, err := strconv.ParseInt(r.s[start:r.pos], 10, 0)
	if err != nil {
		r.fail("not an integer")
		return 0
	}
	return int(v)
}

// done checks that the array ends after the values read and returns the
// first error met.
func (r *rowReader) done() error {
	if r.err == nil && (r.pos != len(r.s)-1 || r.s[r.pos] != ']') {
		r.fail("values left")
	}
	return r.err
}

// rowBuilder writes a JSON array byte for byte as SQLite's json_array
// writes one (see rowReader), so that a row packed in Go equals the row SQL
// would pack from the same values.
type rowBuilder struct{ b []byte }

// sep opens the array or separates the next value from the last one.
func (w *rowBuilder) sep() {
	if len(w.b) == 0 {
		w.b = append(w.b, '[')
	} else {
		w.b = append(w.b, ',')
	}
}

// jsonEscapes are the short escapes json_array writes for control
// characters; the others are written \u00xx.
var jsonEscapes = [0x20]byte{'\b': 'b', '\t': 't', '\n': 'n', '\f': 'f', '\r': 'r'}

// text writes a string: quotes and backslashes escaped, control
// characters too, every other byte as it is (invalid UTF-8 included).
func (w *rowBuilder) text(s string) {
	const hex = "0123456789abcdef"
	w.sep()
	w.b = append(w.b, '"')
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		w.b = append(w.b, s[last:i]...)
		switch {
		case c == '"' || c == '\\':
			w.b = append(w.b, '\\', c)
		case jsonEscapes[c] != 0:
			w.b = append(w.b, '\\', jsonEscapes[c])
		default:
			w.b = append(w.b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		last = i + 1
	}
	w.b = append(w.b, s[last:]...)
	w.b = append(w.b, '"')
}

// nullText writes a string, or null when s is not valid.
func (w *rowBuilder) nullText(s sql.NullString) {
	if !s.Valid {
		w.sep()
		w.b = append(w.b, "null"...)
		return
	}
	w.text(s.String)
}

// integer writes an integer.
func (w *rowBuilder) integer(v int64) {
	w.sep()
	w.b = strconv.AppendInt(w.b, v, 10)
}

// done closes the array, returns it and empties w for the next one.
func (w *rowBuilder) done() string {
	if len(w.b) == 0 {
		w.b = append(w.b, '[')
	}
	w.b = append(w.b, ']')
	s := string(w.b)
	w.b = w.b[:0]
	return s
}
