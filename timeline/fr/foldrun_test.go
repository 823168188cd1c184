package fr

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldRunBytewise is FoldRun one byte or rune a turn: the reference its
// eight-byte reading must agree with.
func foldRunBytewise(s string, i int, buf []byte) (end, n int, foldable bool) {
	foldable = true
	for i < len(s) {
		b := foldedByte[s[i]]
		switch b {
		case 0:
			return i, n, foldable
		case utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				return i, n, foldable
			}
			i += size
			var ok bool
			if b, ok = unaccent(r); !ok {
				foldable, b = false, '?'
			}
		default:
			i++
		}
		if n < len(buf) {
			buf[n] = b
		}
		n++
	}
	return i, n, foldable
}

// checkFoldRun compares FoldRun with foldRunBytewise on s from i, with a
// buffer of size bytes.
func checkFoldRun(t *testing.T, s string, i, size int) {
	t.Helper()
	got, want := make([]byte, size), make([]byte, size)
	end, n, foldable := FoldRun(s, i, got)
	wantEnd, wantN, wantFoldable := foldRunBytewise(s, i, want)
	if end != wantEnd || n != wantN || foldable != wantFoldable {
		t.Fatalf("FoldRun(%q, %d) with %d bytes of room = %d, %d, %v; want %d, %d, %v",
			s, i, size, end, n, foldable, wantEnd, wantN, wantFoldable)
	}
	if k := min(n, size); string(got[:k]) != string(want[:k]) {
		t.Fatalf("FoldRun(%q, %d) with %d bytes of room folds %q, want %q", s, i, size, got[:k], want[:k])
	}
}

func TestFoldRun(t *testing.T) {
	tests := []struct {
		s        string
		i        int
		end, n   int
		folded   string
		foldable bool
	}{
		{s: "mars", end: 4, n: 4, folded: "mars", foldable: true},
		{s: "Mardi 15 mars", end: 5, n: 5, folded: "mardi", foldable: true},
		{s: "le 15 mars", i: 6, end: 10, n: 4, folded: "mars", foldable: true},
		{s: "FÉVRIER 2016", end: 8, n: 7, folded: "fevrier", foldable: true},
		{s: "aujourd'hui", end: 7, n: 7, folded: "aujourd", foldable: true},
		{s: "après-midi", end: 6, n: 5, folded: "apres", foldable: true},
		{s: "anticonstitutionnellement.", end: 25, n: 25, folded: "anticonstitutionnellemen", foldable: true},
		{s: "AbCdEfGhIjKlMnOp,", end: 16, n: 16, folded: "abcdefghijklmnop", foldable: true},
		{s: "Ñandú x", end: 7, n: 5, folded: "?and?", foldable: false},
		{s: "noël", end: 5, n: 4, folded: "noel", foldable: true},
		{s: "cœur", end: 5, n: 4, folded: "cour", foldable: true},
		{s: "abc[def", end: 3, n: 3, folded: "abc", foldable: true},
		{s: "abc`def", end: 3, n: 3, folded: "abc", foldable: true},
		{s: "abc@def", end: 3, n: 3, folded: "abc", foldable: true},
		{s: "abc{def", end: 3, n: 3, folded: "abc", foldable: true},
		{s: "abc\x7fdefgh", end: 3, n: 3, folded: "abc", foldable: true},
		{s: "abcdefg\xff", end: 7, n: 7, folded: "abcdefg", foldable: true},
		{s: "15 mars", end: 0, n: 0, folded: "", foldable: true},
		{s: "", end: 0, n: 0, folded: "", foldable: true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q@%d", tt.s, tt.i), func(t *testing.T) {
			buf := make([]byte, MaxFolded)
			end, n, foldable := FoldRun(tt.s, tt.i, buf)
			if end != tt.end || n != tt.n || foldable != tt.foldable {
				t.Fatalf("FoldRun = %d, %d, %v; want %d, %d, %v", end, n, foldable, tt.end, tt.n, tt.foldable)
			}
			if got := string(buf[:min(n, len(buf))]); got != tt.folded {
				t.Errorf("folded %q, want %q", got, tt.folded)
			}
			checkFoldRun(t, tt.s, tt.i, MaxFolded)
		})
	}
}

// TestFoldRunAgrees checks FoldRun against the byte-wise reading at every
// start of texts with letters of every kind, and with buffers of every
// size up to MaxFolded: the eight-byte reading must give the same end,
// count, fold and foldability wherever a run and the buffer end.
func TestFoldRunAgrees(t *testing.T) {
	texts := []string{
		"Le mardi 15 mars 2016, Vladimir Poutine a annoncé le retrait des forces russes de Syrie.",
		"AUJOURD'HUI, L'ÉTÉ ÉTAIT LÀ : « DÉCEMBRE » ; Œuvre, cœur, naïf, Noël, où, çà.",
		strings.Repeat("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 2),
		"x@y[z`w{v\x7fu\x00t/s:r 9q Ñandú ß straße Ωmega ſ K µ",
		"incompréhensiblement-anticonstitutionnellement\u00a0préfabriqué\u202fd’ici",
		"\xff\xfeabc\xc3\xa9\xc3def\xe2\x80\x99ghi\xc3",
	}
	for _, s := range texts {
		for i := range len(s) {
			for size := range MaxFolded + 1 {
				checkFoldRun(t, s, i, size)
			}
		}
	}
}

func TestASCIILetters(t *testing.T) {
	for c := range 256 {
		for at := range 8 {
			v := uint64(0x6161616161616161) // "aaaaaaaa"
			v = v&^(0xff<<(8*at)) | uint64(c)<<(8*at)
			k, lowered := asciiLetters(v)
			isLetter := 'a' <= c|0x20 && c|0x20 <= 'z' && c < utf8.RuneSelf
			want := 8
			if !isLetter {
				want = at
			}
			if k != want {
				t.Fatalf("byte %#x at %d: %d letters, want %d", c, at, k, want)
			}
			if isLetter && byte(lowered>>(8*at)) != byte(c)|0x20 {
				t.Fatalf("byte %#x at %d lowered to %#x", c, at, byte(lowered>>(8*at)))
			}
		}
	}
}

func FuzzFoldRun(f *testing.F) {
	for _, s := range []string{"Mardi 15 mars", "FÉVRIER", "aujourd'hui", "cœur naïf", "Ñandú", "abcdefghijk\xc3",
		"\xff\xfeabc\xc3\xa9", "après-midi, à 15h30"} {
		f.Add(s, 0, MaxFolded)
	}
	f.Fuzz(func(t *testing.T, s string, i, size int) {
		if i < 0 || i > len(s) || size < 0 || size > 64 {
			return
		}
		checkFoldRun(t, s, i, size)
	})
}
