package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/timeline-fr/timeline/timeline"
)

// ErrNotStreamed is returned by NewStream for a format that needs the
// whole chronology before it writes its first entry (a page that opens
// with counts, a calendar whose time zones come first, a document per
// article).
var ErrNotStreamed = errors.New("format is not written entry by entry")

// Piece is one entry of a chronology as a Stream writes it: the bytes of
// the entry and the group it is filed under (the month heading of the
// Markdown format; empty in the others). Pieces can be made in any order
// and kept (on disk, for a sort) before they are written.
type Piece struct {
	Group string
	Body  []byte
}

// Stream writes a chronology entry by entry, for the formats that allow
// it (StreamFormats): an export of a whole archive then never holds the
// archive. Encode turns an entry into its Piece; Write writes pieces, in
// chronology order; Close writes what follows the last entry. The output
// is the same bytes Write gives for the whole chronology.
type Stream struct {
	ew        *errWriter
	format    string
	opt       Options
	conflicts []timeline.Conflict
	idx       conflictIndex
	n         int    // pieces written
	group     string // group of the last piece written
	started   bool
}

// streamed lists the formats a Stream writes.
var streamed = []string{FormatCSV, FormatJSON, FormatJSONL, FormatMarkdown}

// StreamFormats lists the formats NewStream accepts.
func StreamFormats() []string { return slices.Clone(streamed) }

// NewStream returns a stream that writes to w, in format, a chronology
// whose conflicts are cs. It writes nothing before the first piece or
// Close.
func NewStream(w io.Writer, format string, cs []timeline.Conflict, opt Options) (*Stream, error) {
	if !slices.Contains(streamed, format) {
		if !slices.Contains(Formats(), format) {
			return nil, fmt.Errorf("%w %q (want one of %s)", ErrUnknownFormat, format, Formats())
		}
		return nil, fmt.Errorf("%s: %w", format, ErrNotStreamed)
	}
	return &Stream{ew: &errWriter{w: w}, format: format, opt: opt, conflicts: cs, idx: indexConflicts(cs)}, nil
}

// Encode returns the piece of h. It only reads the stream's settings, so
// that several goroutines may encode at once.
func (s *Stream) Encode(h timeline.Happening) (Piece, error) {
	var b bytes.Buffer
	switch s.format {
	case FormatCSV:
		if err := writeCSVRow(&b, csvRow(h, s.idx), s.opt.Excel); err != nil {
			return Piece{}, fmt.Errorf("csv: %w", err)
		}
	case FormatJSONL:
		if err := json.NewEncoder(&b).Encode(newJSONEvent(h, s.idx)); err != nil {
			return Piece{}, fmt.Errorf("jsonl: %w", err)
		}
	case FormatJSON:
		// The element of "events" as the indented document holds it.
		out, err := json.MarshalIndent(newJSONEvent(h, s.idx), "    ", "  ")
		if err != nil {
			return Piece{}, fmt.Errorf("json: %w", err)
		}
		b.Write(out)
	case FormatMarkdown:
		ew := &errWriter{w: &b}
		writeMarkdownEntry(ew, h, s.idx)
		return Piece{Group: monthOf(h.Date), Body: b.Bytes()}, nil
	}
	return Piece{Body: b.Bytes()}, nil
}

// Add encodes h and writes it.
func (s *Stream) Add(h timeline.Happening) error {
	p, err := s.Encode(h)
	if err != nil {
		return err
	}
	return s.Write(p)
}

// Write writes the next piece.
func (s *Stream) Write(p Piece) error {
	s.start()
	switch s.format {
	case FormatJSON:
		if s.n == 0 {
			s.ew.write("\n    ")
		} else {
			s.ew.write(",\n    ")
		}
	case FormatMarkdown:
		if s.n == 0 || p.Group != s.group {
			s.ew.printf("\n## %s\n", mdEscape(p.Group))
			s.group = p.Group
		}
	}
	if s.ew.err == nil {
		_, s.ew.err = s.ew.w.Write(p.Body)
	}
	s.n++
	return s.err()
}

// Close writes what follows the entries. It does not close the writer.
func (s *Stream) Close() error {
	s.start()
	switch s.format {
	case FormatJSON:
		if s.n > 0 {
			s.ew.write("\n  ")
		}
		s.ew.write("],\n  \"conflicts\": [")
		// One conflict at a time: an archive's conflicts marshalled at
		// once took as much memory as the sweep.
		for i, c := range s.conflicts {
			out, err := json.MarshalIndent(newJSONConflict(c), "    ", "  ")
			if err != nil {
				return fmt.Errorf("json: %w", err)
			}
			if i > 0 {
				s.ew.write(",")
			}
			s.ew.write("\n    ")
			if s.ew.err == nil {
				_, s.ew.err = s.ew.w.Write(out)
			}
		}
		if len(s.conflicts) > 0 {
			s.ew.write("\n  ")
		}
		s.ew.write("]\n}\n")
	case FormatMarkdown:
		writeMarkdownConflicts(s.ew, s.conflicts)
	}
	return s.err()
}

// start writes what comes before the first entry, once.
func (s *Stream) start() {
	if s.started {
		return
	}
	s.started = true
	switch s.format {
	case FormatCSV:
		if s.opt.Excel {
			s.ew.write("\uFEFF")
		}
		var b bytes.Buffer
		if err := writeCSVRow(&b, csvHeader, s.opt.Excel); err != nil && s.ew.err == nil {
			s.ew.err = err
		}
		s.ew.write(b.String())
	case FormatJSON:
		s.ew.write("{\n  \"events\": [")
	case FormatMarkdown:
		s.ew.printf("# %s\n", mdEscape(s.opt.title()))
	}
}

// err is the first write error, named after the format.
func (s *Stream) err() error {
	if s.ew.err != nil {
		return fmt.Errorf("%s: %w", s.format, s.ew.err)
	}
	return nil
}

// writeStream writes c through a stream: the encoders of the streamed
// formats.
func writeStream(w io.Writer, format string, c Chronology, opt Options) error {
	s, err := NewStream(w, format, c.Conflicts, opt)
	if err != nil {
		return err
	}
	for _, h := range c.Happenings {
		if err := s.Add(h); err != nil {
			return err
		}
	}
	return s.Close()
}

// writeCSVRow writes one record of the CSV formats.
func writeCSVRow(w io.Writer, row []string, excel bool) error {
	cw := newCSVWriter(w, excel)
	if err := cw.Write(csvCells(row)); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}
