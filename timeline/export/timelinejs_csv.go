package export

import (
	"fmt"
	"io"
	"strconv"
)

// timelineJSColumns are the columns of Knight Lab's TimelineJS spreadsheet
// template, in its order.
var timelineJSColumns = []string{"Year", "Month", "Day", "Time", "End Year", "End Month",
	"End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit",
	"Media Caption", "Media Thumbnail", "Type", "Group", "Background"}

// TimelineJSCSV writes the chronology as a CSV file in the column order of
// the TimelineJS spreadsheet template, to paste into a copy of it: a
// "title" row, then one row per entry with the same dates, headline, HTML
// body and group as the timelinejs format. Cells are neutralised like the
// csv format's; opt.Excel writes them for French Excel.
func TimelineJSCSV(w io.Writer, c Chronology, opt Options) error {
	doc := NewTimelineJSDocument(c, opt)
	rows := [][]string{timelineJSColumns, timelineJSRow(*doc.Title, "title")}
	for _, s := range doc.Events {
		rows = append(rows, timelineJSRow(s, ""))
	}
	if err := writeCSV(w, rows, opt.Excel); err != nil {
		return fmt.Errorf("timelinejs-csv: %w", err)
	}
	return nil
}

// timelineJSRow is the spreadsheet row of a slide.
func timelineJSRow(s TimelineJSSlide, kind string) []string {
	row := make([]string, 0, len(timelineJSColumns))
	row = append(row, spreadsheetDate(s.StartDate)...)
	row = append(row, spreadsheetDate(s.EndDate)...)
	return append(row, s.DisplayDate, s.Text.Headline, s.Text.Text, "", "", "", "", kind, s.Group, "")
}

// spreadsheetDate writes a date as the template's year, month, day and
// time columns.
func spreadsheetDate(d *TimelineJSDate) []string {
	if d == nil {
		return []string{"", "", "", ""}
	}
	clock := ""
	if d.Hour != "" {
		clock = twoDigits(d.Hour) + ":" + twoDigits(d.Minute)
		if d.Second != "" {
			clock += ":" + twoDigits(d.Second)
		}
	}
	return []string{d.Year, d.Month, d.Day, clock}
}

// twoDigits writes a clock field of TimelineJSDate with two digits; ""
// is 00.
func twoDigits(s string) string {
	n, _ := strconv.Atoi(s) // fields are written by strconv.Itoa or empty
	return fmt.Sprintf("%02d", n)
}
