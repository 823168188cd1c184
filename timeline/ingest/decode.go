package ingest

import (
	"fmt"
	"io"
	"strings"
	uni "unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// binaryShare is the share of undecodable bytes and control characters above
// which content is taken for binary rather than for text in a wrong encoding:
// a Latin-1 French article has a few percent of such bytes, an image most.
const binaryShare = 0.3

// binaryMinSize is the size below which the share of non-text bytes says
// too little: "x\xe9y" is a Latin-1 word, not an image.
const binaryMinSize = 64

// bomReader strips a UTF-8 byte order mark and decodes UTF-16 marked by one;
// other bytes pass through unchanged so that invalid UTF-8 can be reported.
func bomReader(r io.Reader) io.Reader {
	return transform.NewReader(r, unicode.BOMOverride(encoding.Nop.NewDecoder()))
}

// decode turns the bytes of one article into UTF-8 text, or reports why it
// cannot: ErrEmpty, ErrBinary or ErrInvalidUTF8.
func decode(data []byte) (string, error) {
	text, _, err := transform.Bytes(unicode.BOMOverride(encoding.Nop.NewDecoder()), data)
	if err != nil {
		return "", fmt.Errorf("decode: %w", err)
	}
	if err := checkText(text); err != nil {
		return "", err
	}
	return string(text), nil
}

// checkText reports text that is blank, binary or not UTF-8.
func checkText[T string | []byte](text T) error {
	if blank(text) {
		return ErrEmpty
	}
	bad, first, nul := nonText(text)
	if nul >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, nul)
	}
	if len(text) >= binaryMinSize && float64(bad) > binaryShare*float64(len(text)) {
		return fmt.Errorf("%w: %d of %d bytes are not text", ErrBinary, bad, len(text))
	}
	if first >= 0 {
		return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, first)
	}
	return nil
}

// blank reports whether text holds only white space, as unicode.IsSpace
// tells it: what bytes.TrimSpace would remove whole.
func blank[T string | []byte](text T) bool {
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(string(text[i:min(i+utf8.UTFMax, len(text))]))
		if !uni.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// asciiSpace marks the ASCII white space of unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// nonText counts the bytes that are invalid UTF-8 or control characters
// (other than tab, line feed, carriage return and form feed), and returns
// the offsets of the first invalid UTF-8 byte and of the first NUL byte,
// or -1. ASCII, most of any text, is read a byte at a time.
func nonText[T string | []byte](text T) (bad, firstInvalid, firstNUL int) {
	firstInvalid, firstNUL = -1, -1
	for i := 0; i < len(text); {
		// Most bytes are printable ASCII: eight of them at a time, then
		// the others the table lets through (tab, line ends).
		for i+8 <= len(text) && printable8(uint64(text[i])|uint64(text[i+1])<<8|uint64(text[i+2])<<16|
			uint64(text[i+3])<<24|uint64(text[i+4])<<32|uint64(text[i+5])<<40|uint64(text[i+6])<<48|uint64(text[i+7])<<56) {
			i += 8
		}
		for i < len(text) && plainASCII[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		if c := text[i]; c < utf8.RuneSelf {
			bad++ // a control character
			if c == 0 && firstNUL < 0 {
				firstNUL = i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(string(text[i:min(i+utf8.UTFMax, len(text))]))
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
			if firstInvalid < 0 {
				firstInvalid = i
			}
		case isControl(r):
			bad += size
		}
		i += size
	}
	return bad, firstInvalid, firstNUL
}

// printable8 reports whether the eight bytes of v are all printable ASCII,
// from ' ' (0x20) to '~' (0x7e). With no high bit set, adding 0x60 sets
// the high bit of the bytes >= 0x20 and adding 0x01 that of 0x7f, without
// a carry from one byte to the next.
func printable8(v uint64) bool {
	const each, high = 0x0101010101010101, 0x8080808080808080
	return (v+0x60*each)&^(v+0x01*each)&^v&high == high
}

// plainASCII marks the ASCII bytes that are no control character.
var plainASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !isControl(rune(c))
	}
	return t
}()

// isControl reports control characters that do not belong in prose.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f':
		return false
	}
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)
}

// blankLine reports whether a line holds only spaces.
func blankLine(line string) bool {
	return strings.TrimSpace(line) == ""
}

// trimBlankLines removes the blank lines before and after the text and the
// final line break, but keeps the indentation of the first line that is not
// blank and the spaces inside lines.
func trimBlankLines(s string) string {
	for s != "" {
		line, rest, found := strings.Cut(s, "\n")
		if !blankLine(line) || !found {
			break
		}
		s = rest
	}
	for s != "" {
		i := strings.LastIndexByte(s, '\n')
		if !blankLine(s[i+1:]) {
			break
		}
		if i < 0 {
			return ""
		}
		s = s[:i]
	}
	return s
}
