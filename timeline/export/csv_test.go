package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
)

// readCSV parses data with the standard library's reader, as RFC 4180
// describes it (quotes not lazy), and fails the test on error.
func readCSV(t *testing.T, data []byte, comma rune) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = comma
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read CSV back: %v\n%s", err, data)
	}
	return rows
}

func TestCSVReadBack(t *testing.T) {
	data := write(t, FormatCSV, story(), Options{})
	if !bytes.HasSuffix(data, []byte("\r\n")) || bytes.Count(data, []byte("\r\n")) != len(story().Happenings)+1 {
		t.Errorf("CSV rows must end with CRLF, one line per entry:\n%q", data)
	}
	rows := readCSV(t, data, ',')
	if !slices.Equal(rows[0], csvHeader) {
		t.Fatalf("header = %q, want %q", rows[0], csvHeader)
	}
	tests := []struct {
		name                                string
		start, end, grain, display, sources string
		conflicts                           string
	}{
		{"ceasefire", "2016-02-27", "2016-02-28", "day", "2016-02-27", "1", ""},
		{"announcement", "2016-03-14", "2016-03-15", "day", "2016-03-14", "2", "cross-source-date"},
		{"departures", "2016-03-15T06:00:00", "2016-03-15T12:00:00", "partofday", "2016-03-15 matin", "2", "weekday-mismatch"},
		{"visit announced", "2016-03-21", "2016-03-28", "week", "semaine du 21 mars 2016", "1", ""},
		{"Kremlin", "2016-03-24", "2016-03-25", "day", "2016-03-24", "1", ""},
		{"leaving Moscow", "2016-03-24T18:30:00", "2016-03-24T18:31:00", "minute", "2016-03-24 18:30", "1", ""},
		{"Geneva", "2016-04-01", "2016-05-01", "month", "avril 2016", "1", ""},
	}
	if len(rows) != len(tests)+1 {
		t.Fatalf("read %d rows, want %d", len(rows), len(tests)+1)
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row, h := rows[i+1], story().Happenings[i]
			got := []string{row[0], row[1], row[2], row[3], row[8], row[12]}
			want := []string{tt.start, tt.end, tt.grain, tt.display, tt.sources, tt.conflicts}
			if !slices.Equal(got, want) {
				t.Errorf("row %d start,end,grain,date,source_count,conflicts = %q, want %q", i+1, got, want)
			}
			if row[4] != h.Headline || row[11] != h.Sources[0].Sentence || row[5] != strings.Join(h.Actors, " | ") {
				t.Errorf("row %d headline/sentence/actors = %q / %q / %q, want %q / %q / %q",
					i+1, row[4], row[11], row[5], h.Headline, h.Sources[0].Sentence, strings.Join(h.Actors, " | "))
			}
		})
	}
}

func TestCSVExcel(t *testing.T) {
	plain := readCSV(t, write(t, FormatCSV, story(), Options{}), ',')
	data := write(t, FormatCSV, story(), Options{Excel: true})
	if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("Excel CSV starts with %q, want the UTF-8 byte-order mark", data[:3])
	}
	excel := readCSV(t, bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")), ';')
	if !slices.EqualFunc(plain, excel, slices.Equal) {
		t.Errorf("Excel CSV read with ';' = %q, want the plain CSV's cells %q", excel, plain)
	}
}

func TestNeutralise(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"formula", "=1+1", "'=1+1"},
		{"plus", "+33 1 23", "'+33 1 23"},
		{"minus", "-5 morts", "'-5 morts"},
		{"at", "@SUM(A1)", "'@SUM(A1)"},
		{"tab", "\t=1", "'\t=1"},
		{"carriage return", "\r=1", "'\r=1"},
		{"date", "2016-03-15", "2016-03-15"},
		{"text", "Le 15 mars", "Le 15 mars"},
		{"equals inside", "a=b", "a=b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := neutralise(tt.in); got != tt.want {
				t.Errorf("neutralise(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
