package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCheckText(t *testing.T) {
	tests := []struct {
		name string
		text string
		want error // nil, or the error it wraps
	}{
		{"prose", "Le 22 mars, Moscou a annoncé le retrait.", nil},
		{"blank", " \t\n\r\v\f ", ErrEmpty},
		{"blank with non-breaking spaces", "\u00a0 \u2003\n", ErrEmpty},
		{"empty", "", ErrEmpty},
		{"NUL byte", "Le 22 mars\x00", ErrBinary},
		{"mostly control bytes", strings.Repeat("\x01\x02\x03a", 20), ErrBinary},
		{"invalid UTF-8", "le 3 ao\xfbt", ErrInvalidUTF8},
		{"invalid UTF-8 after spaces", "   \xe9", ErrInvalidUTF8},
		{"a C1 control among text", "le 3 mars\u0085 2016", nil},
		{"a truncated rune at the end", "mars \xc3", ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The string and the bytes of a text are read alike.
			for _, got := range []error{checkText(tt.text), checkText([]byte(tt.text))} {
				if tt.want == nil && got != nil || tt.want != nil && !errors.Is(got, tt.want) {
					t.Errorf("checkText(%q) = %v, want %v", tt.text, got, tt.want)
				}
			}
			if blank := len(bytes.TrimSpace([]byte(tt.text))) == 0; blank != errors.Is(checkText(tt.text), ErrEmpty) {
				t.Errorf("checkText(%q) blank = %v, bytes.TrimSpace says %v", tt.text, !blank, blank)
			}
		})
	}
}

// nonTextBytewise is nonText reading printable ASCII one byte at a time:
// the reference its eight-byte reading must agree with.
func nonTextBytewise(text string) (bad, firstInvalid, firstNUL int) {
	firstInvalid, firstNUL = -1, -1
	for i := 0; i < len(text); {
		for i < len(text) && plainASCII[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		if c := text[i]; c < utf8.RuneSelf {
			bad++
			if c == 0 && firstNUL < 0 {
				firstNUL = i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
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

func checkNonText(t *testing.T, text string) {
	t.Helper()
	bad, inv, nul := nonTextBytewise(text)
	if b, i, n := nonText(text); b != bad || i != inv || n != nul {
		t.Errorf("nonText(%q) = %d, %d, %d; want %d, %d, %d", text, b, i, n, bad, inv, nul)
	}
	if b, i, n := nonText([]byte(text)); b != bad || i != inv || n != nul {
		t.Errorf("nonText([]byte(%q)) = %d, %d, %d; want %d, %d, %d", text, b, i, n, bad, inv, nul)
	}
}

// TestNonTextAsBytewise checks the eight-byte reading of printable ASCII
// with every byte value at every place of eight, and on texts of every
// kind at every start.
func TestNonTextAsBytewise(t *testing.T) {
	for c := range 256 {
		for at := range 9 {
			b := []byte("abcdefghijklmnopq")
			b[at] = byte(c)
			checkNonText(t, string(b))
		}
	}
	text := "Le 15 mars, à Hmeimim\t: « départ »\r\n\x00\x01\x7f~ \xff\xc3\xa9\xe2\x80\x99\u0085\u200b fin"
	for i := range len(text) {
		checkNonText(t, text[i:])
	}
}

func FuzzNonText(f *testing.F) {
	f.Add("Le 15 mars, à Hmeimim\t: « départ »\r\n")
	f.Add("abcdefgh\x00\x7f\xff\xc3")
	f.Fuzz(func(t *testing.T, text string) {
		checkNonText(t, text)
	})
}
