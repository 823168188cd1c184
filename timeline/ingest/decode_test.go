package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
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
