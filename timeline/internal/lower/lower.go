// Package lower gives strings in lower case as strings.ToLower does, without
// its cost on the text of French news: a word that is already in lower
// case, accents and typographic punctuation included, comes back as is,
// with no rune decoded and nothing allocated.
package lower

import "strings"

// String returns strings.ToLower(s). It reads s byte by byte and calls
// strings.ToLower only when s holds an upper-case ASCII letter, an
// upper-case letter of Latin-1 ("É", "À"), or a character outside ASCII,
// Latin-1 and the general punctuation block ("’", "\u202f"), whose case
// it does not know, or bytes that are not UTF-8 (which strings.ToLower
// replaces).
func String(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(s)
			}
		case c == 0xc2: // U+0080 to U+00BF: no letter with a case
			if !continuation(s, i+1) {
				return strings.ToLower(s)
			}
			i++
		case c == 0xc3: // U+00C0 to U+00FF: upper case below U+00DF but ×
			if !continuation(s, i+1) || s[i+1] < 0x9f && s[i+1] != 0x97 {
				return strings.ToLower(s)
			}
			i++
		case c == 0xe2: // U+2000 to U+203F: punctuation
			if i+1 >= len(s) || s[i+1] != 0x80 || !continuation(s, i+2) {
				return strings.ToLower(s)
			}
			i += 2
		default:
			return strings.ToLower(s)
		}
	}
	return s
}

// continuation reports whether s has a UTF-8 continuation byte at i.
// Where it has not, s is not valid UTF-8 there and strings.ToLower
// replaces the bytes, which String leaves to it.
func continuation(s string, i int) bool { return i < len(s) && s[i]&0xc0 == 0x80 }
