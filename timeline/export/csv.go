package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"start", "end", "grain", "date", "headline", "actors", "places",
	"modality", "source_count", "sources", "urls", "sentence", "conflicts"}

// listSeparator joins the values of a list in one cell.
const listSeparator = " | "

// CSV writes one row per chronology entry after a header row, as RFC 4180
// says: UTF-8, CRLF line ends, quotes around cells that need them. The
// columns are the interval's start and exclusive end (dates, or wall-clock
// times for finer grains), the grain, the date as shown, the headline,
// actors, places, modality, the number of sources, their names and
// addresses, the evidence sentence and the kinds of the conflicts that
// concern the entry. Lists are joined with " | "; every cell is one line.
// Cells a spreadsheet would run as a formula are neutralised. With
// opt.Excel the file starts with a byte-order mark and cells are separated
// by ';', as French Excel expects.
func CSV(w io.Writer, c Chronology, opt Options) error {
	return writeStream(w, FormatCSV, c, opt)
}

// csvRow is the row of one entry.
func csvRow(h timeline.Happening, cs conflictIndex) []string {
	var names, urls []string
	for _, e := range h.Sources {
		names = append(names, sourceName(e))
		urls = append(urls, safeURL(e.URL))
	}
	return []string{
		wallClock(h.Date.Start, h.Date.Grain), wallClock(h.Date.End, h.Date.Grain),
		string(h.Date.Grain), timeline.DisplayDate(h.Date), headline(h),
		joinList(h.Actors), joinList(h.Places), string(h.Modality),
		strconv.Itoa(len(h.Sources)), joinList(names), joinList(urls),
		evidence(h), joinList(conflictKinds(h, cs)),
	}
}

// joinList writes a list in one cell.
func joinList(values []string) string {
	out := make([]string, 0, len(values))
	for _, v := range values {
		out = append(out, oneLine(v))
	}
	return strings.Join(out, listSeparator)
}

// writeCSV writes rows as RFC 4180 CSV, every cell on one line and
// neutralised; excel adds the byte-order mark and ';' separators.
func writeCSV(w io.Writer, rows [][]string, excel bool) error {
	if excel {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return err
		}
	}
	cw := newCSVWriter(w, excel)
	for _, row := range rows {
		if err := cw.Write(csvCells(row)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// newCSVWriter returns the writer of the CSV formats: CRLF line ends, and
// ';' between cells for excel.
func newCSVWriter(w io.Writer, excel bool) *csv.Writer {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if excel {
		cw.Comma = ';'
	}
	return cw
}

// csvCells puts every cell of row on one line and neutralises it.
func csvCells(row []string) []string {
	cells := make([]string, len(row))
	for i, v := range row {
		cells[i] = neutralise(oneLine(v))
	}
	return cells
}

// formulaStarts are the first characters that make a spreadsheet read a
// cell as a formula (OWASP's list for CSV injection).
const formulaStarts = "=+-@\t\r"

// neutralise makes a cell that a spreadsheet would run as a formula plain
// text, by putting an apostrophe before it: spreadsheets show the cell as
// written and do not evaluate it.
func neutralise(cell string) string {
	if cell != "" && strings.IndexByte(formulaStarts, cell[0]) >= 0 {
		return "'" + cell
	}
	return cell
}
