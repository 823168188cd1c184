package export

import (
	"bytes"
	"errors"
	"slices"
	"sync"
	"testing"
)

// Pieces encoded out of order, on several goroutines, and written in
// chronology order give the bytes Write gives for the whole chronology.
func TestStreamPiecesAsWrite(t *testing.T) {
	chronologies := map[string]Chronology{"story": story(), "empty": {}, "no conflicts": {Happenings: story().Happenings}}
	for _, format := range StreamFormats() {
		for name, c := range chronologies {
			for _, opt := range []Options{{}, {Excel: true, Title: "Syrie"}} {
				t.Run(format+"/"+name, func(t *testing.T) {
					want := write(t, format, c, opt)
					var got bytes.Buffer
					s, err := NewStream(&got, format, c.Conflicts, opt)
					if err != nil {
						t.Fatal(err)
					}
					pieces := make([]Piece, len(c.Happenings))
					var wg sync.WaitGroup
					for i := len(c.Happenings) - 1; i >= 0; i-- {
						wg.Go(func() {
							p, err := s.Encode(c.Happenings[i])
							if err != nil {
								t.Error(err)
							}
							pieces[i] = p
						})
					}
					wg.Wait()
					for _, p := range pieces {
						if err := s.Write(p); err != nil {
							t.Fatal(err)
						}
					}
					if err := s.Close(); err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(got.Bytes(), want) {
						t.Errorf("streamed:\n%s\nwant:\n%s", got.Bytes(), want)
					}
				})
			}
		}
	}
}

func TestNewStreamRefuses(t *testing.T) {
	tests := []struct {
		format string
		want   error
	}{
		{FormatHTML, ErrNotStreamed},
		{FormatICS, ErrNotStreamed},
		{FormatTimeML, ErrNotStreamed},
		{"pdf", ErrUnknownFormat},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			_, err := NewStream(&bytes.Buffer{}, tt.format, nil, Options{})
			if !errors.Is(err, tt.want) {
				t.Errorf("NewStream(%s) = %v, want %v", tt.format, err, tt.want)
			}
		})
	}
}

func TestStreamFormats(t *testing.T) {
	for _, f := range StreamFormats() {
		if !slices.Contains(Formats(), f) {
			t.Errorf("stream format %q is not a format", f)
		}
	}
	// Each streamed format keeps its entries apart: the Markdown pieces
	// carry their month, the others none.
	s, err := NewStream(&bytes.Buffer{}, FormatMarkdown, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := story().Happenings[0]
	p, err := s.Encode(h)
	if err != nil {
		t.Fatal(err)
	}
	if want := monthOf(h.Date); p.Group != want {
		t.Errorf("markdown piece group = %q, want %q", p.Group, want)
	}
}
