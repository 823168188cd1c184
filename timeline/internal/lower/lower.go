// Package lower gives strings in lower case as strings.ToLower does, without
// its cost on the text of French news: a word that is already in lower
// case, accents and typographic punctuation included, comes back as is,
// with no rune decoded and nothing allocated.
package lower

import "strings"

// String returns strings.ToLower(s). It reads s byte by byte; when s
// holds an upper-case ASCII letter or an upper-case letter of Latin-1
// ("É", "À"), it lowers s itself, and it calls strings.ToLower only when
// s holds a character outside ASCII, Latin-1 and the general punctuation
// block ("’", "\u202f"), whose case it does not know, or bytes that are
// not UTF-8 (which strings.ToLower replaces).
func String(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			if 'A' <= c && c <= 'Z' {
				return latin(s, i)
			}
		case c == 0xc2: // U+0080 to U+00BF: no letter with a case
			if !continuation(s, i+1) {
				return strings.ToLower(s)
			}
			i++
		case c == 0xc3: // U+00C0 to U+00FF: upper case below U+00DF but ×
			if !continuation(s, i+1) {
				return strings.ToLower(s)
			}
			if isUpperLatin1(s[i+1]) {
				return latin(s, i)
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

// isUpperLatin1 reports whether b, the second byte of a rune opening on
// 0xc3, makes an upper-case letter: U+00C0 to U+00DE but U+00D7 (×).
func isUpperLatin1(b byte) bool { return b < 0x9f && b != 0x97 }

// latin returns strings.ToLower(s), whose bytes before i are in lower
// case, lowering ASCII and Latin-1 itself: an upper-case letter of either
// lowers by 0x20 in its last byte. Past those and the general punctuation
// block it leaves s to strings.ToLower.
func latin(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		case c == 0xc2:
			if !continuation(s, i+1) {
				return strings.ToLower(s)
			}
			b.WriteString(s[i : i+2])
			i++
		case c == 0xc3:
			if !continuation(s, i+1) {
				return strings.ToLower(s)
			}
			c2 := s[i+1]
			if isUpperLatin1(c2) {
				c2 += 0x20
			}
			b.WriteByte(c)
			b.WriteByte(c2)
			i++
		case c == 0xe2:
			if i+1 >= len(s) || s[i+1] != 0x80 || !continuation(s, i+2) {
				return strings.ToLower(s)
			}
			b.WriteString(s[i : i+3])
			i += 2
		default:
			return strings.ToLower(s)
		}
	}
	return b.String()
}

func continuation(s string, i int) bool { return i < len(s) && s[i]&0xc0 == 0x80 }
