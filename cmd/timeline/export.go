package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/export"
)

// exportFormats describes every export format for --help, in the order
// export.Formats gives them.
var exportFormats = map[string]string{
	export.FormatCSV:           "RFC 4180 table, one row per entry; --excel for French Excel (BOM, ';')",
	export.FormatJSON:          `{"events":[...],"conflicts":[...]}, each event with its sources`,
	export.FormatJSONL:         "one event per line, in the shape of json's events",
	export.FormatMarkdown:      "readable chronology by month, sources as links, conflicts marked",
	export.FormatICS:           "iCalendar (RFC 5545): all-day dates, timed events in their zone",
	export.FormatTimelineJS:    "Knight Lab TimelineJS JSON",
	export.FormatTimelineJSCSV: "the columns of the TimelineJS spreadsheet template",
	export.FormatTimeML:        "ISO-TimeML, one document per article with its TIMEX3 and DCT (--out DIR)",
	export.FormatHTML:          "one self-contained page: vertical timeline, filter box, no network",
}

// exportOptions are the flags of the export command besides the filters.
type exportOptions struct {
	format, out, title string
	excel              bool
}

func (a *app) exportCmd() *cobra.Command {
	var f eventFilters
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export --format FORMAT [--out FILE] [filters]",
		Short: "Write the chronology as CSV, JSON, Markdown, iCalendar, TimelineJS, TimeML or HTML",
		Long:  exportLong(),
		Example: `  timeline export --format csv --out chronologie.csv
  timeline export --format csv --excel --out chronologie.csv
  timeline export --format ics --actor Kerry --out kerry.ics
  timeline export --format html --from 2016-03 --title "Syrie, mars 2016" --out syrie.html
  timeline export --format timeml --out timeml/`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := a.configure(withoutExportFormat(cmd)); err != nil {
				return err
			}
			return a.export(cmd.Context(), f, o)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&o.format, "format", "", "export `FORMAT`: "+strings.Join(export.Formats(), ", "))
	fl.StringVar(&o.out, "out", "", "write to `FILE` (a folder for timeml) instead of standard output")
	fl.StringVar(&o.title, "title", "", "`TITLE` of the page, calendar or document (default Chronologie)")
	fl.BoolVar(&o.excel, "excel", false, "csv, timelinejs-csv: byte-order mark and ';' separators, for French Excel")
	addFilterFlags(fl, &f)
	return cmd
}

// exportLong is the long help of export, with one line per format.
func exportLong() string {
	var b strings.Builder
	b.WriteString(`export writes the chronology kept in the database (the entries with the
articles that report them, and the conflicts found) in a format newsrooms
use:

`)
	for _, name := range export.Formats() {
		fmt.Fprintf(&b, "  %-15s %s\n", name, exportFormats[name])
	}
	b.WriteString(`
The output goes to standard output, or to --out FILE, written whole or not at
all. timeml writes one document per article: give --out DIR, where each
article becomes DIR/ID.tml (standard output takes a single article only).
csv, json, jsonl and markdown are written entry by entry: an export of a
large archive sorts its entries in a temporary file under $TMPDIR rather
than in memory.

The filters are those of events: --from and --to keep the entries whose
dates overlap the period, --actor and --place match part of a name, --query
searches words. Here --format names the export format; the format key of the
configuration does not apply.`)
	return b.String()
}

// addFilterFlags declares the chronology filters that events and export share.
func addFilterFlags(fl *pflag.FlagSet, f *eventFilters) {
	fl.StringVar(&f.from, "from", "", "keep events from `DATE` on (2016-03-22, 2016-03, 2016)")
	fl.StringVar(&f.to, "to", "", "keep events up to the end of `DATE` (2016-03-22, 2016-03, 2016)")
	fl.StringVar(&f.actor, "actor", "", "keep events with an actor whose name contains `TEXT`")
	fl.StringVar(&f.place, "place", "", "keep events with a place whose name contains `TEXT`")
	fl.StringVar(&f.query, "query", "", "keep events whose summary or sentence has these `WORDS`")
}

// withoutExportFormat returns a command that has the flags of cmd but
// --format. configure binds a flag named like a configuration key to that
// key: export's --format names an export format, not the chronology format
// the key "format" holds, so it must not be bound.
func withoutExportFormat(cmd *cobra.Command) *cobra.Command {
	shadow := &cobra.Command{}
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Name != keyFormat {
			shadow.Flags().AddFlag(f)
		}
	})
	return shadow
}

// check validates the options that do not need the database.
func (o exportOptions) check() error {
	if o.format == "" {
		return usageErrorf("export: missing --format (one of %s)", strings.Join(export.Formats(), ", "))
	}
	if !slices.Contains(export.Formats(), o.format) {
		return usageErrorf("export: unknown format %q (want one of %s)", o.format, strings.Join(export.Formats(), ", "))
	}
	if o.excel && o.format != export.FormatCSV && o.format != export.FormatTimelineJSCSV {
		return usageErrorf("export: --excel applies to csv and timelinejs-csv, not %s", o.format)
	}
	return nil
}

// export writes the chronology that f selects in the format of o.
func (a *app) export(ctx context.Context, f eventFilters, o exportOptions) (err error) {
	if err := o.check(); err != nil {
		return err
	}
	filter, err := f.filter(a.cfg)
	if err != nil {
		return err
	}
	db, err := a.openExistingStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(db, &err)
	opt := export.Options{Excel: o.excel, Title: o.title}
	if slices.Contains(export.StreamFormats(), o.format) {
		return a.streamExport(ctx, db, filter, o, opt)
	}
	c, err := a.loadExport(ctx, db, filter, o.format == export.FormatTimeML)
	if err != nil {
		return err
	}
	if o.format == export.FormatTimeML {
		return writeTimeMLExport(a.stdout, o.out, c)
	}
	return writeExport(a.stdout, o.out, func(w io.Writer) error { return export.Write(w, o.format, c, opt) })
}

// loadExport reads the chronology of the whole database, keeps the
// entries with a source that filter selects, and adds the conflicts that
// concern them and, when articles is set, the articles they come from
// with their mentions. The entries are those of the whole chronology
// (listChronology), with all their sources and the IDs their conflicts
// are filed under.
func (a *app) loadExport(ctx context.Context, db *store.DB, filter timeline.Filter, articles bool) (export.Chronology, error) {
	everything := filter == timeline.Filter{}
	l, err := newListing(ctx, db, filter, entryKey, false)
	if err != nil {
		return export.Chronology{}, err
	}
	hs, err := a.listChronology(ctx, db, false, l)
	if err != nil {
		return export.Chronology{}, err
	}
	c := export.Chronology{Happenings: hs}
	conflicts, err := db.Conflicts(ctx)
	if err != nil {
		return c, err
	}
	c.Conflicts = exportConflicts(conflicts, newConflictScope(c.Happenings), everything)
	if articles {
		c.Articles, c.Mentions, err = exportArticles(ctx, db, c.Happenings, everything)
	}
	return c, err
}

// streamExport writes the chronology that filter selects in a format
// written entry by entry. When the listing reads regions around what it
// selects, the entries are few and are listed as loadExport lists them.
// When it must sweep the whole archive, each happening is encoded as the
// sweep hands it over and kept in a spool on disk, which gives the pieces
// back in chronology order: the export then never holds the archive.
func (a *app) streamExport(ctx context.Context, db *store.DB, filter timeline.Filter, o exportOptions, opt export.Options) (err error) {
	everything := filter == timeline.Filter{}
	l, err := newListing(ctx, db, filter, entryKey, false)
	if err != nil {
		return err
	}
	hs, whole, err := a.listRegions(ctx, db, false, l)
	if err != nil {
		return err
	}
	conflicts, err := db.Conflicts(ctx)
	if err != nil {
		return err
	}
	if !whole {
		c := export.Chronology{Happenings: hs, Conflicts: exportConflicts(conflicts, newConflictScope(hs), everything)}
		return writeExport(a.stdout, o.out, func(w io.Writer) error { return export.Write(w, o.format, c, opt) })
	}
	// Pieces are encoded against every conflict: those filed under a kept
	// happening are all kept. The list at the end holds those of the
	// export (exportConflicts), known once the sweep is over.
	enc, err := export.NewStream(io.Discard, o.format, conflicts, opt)
	if err != nil {
		return err
	}
	scope := newConflictScope(nil)
	encode := func(h timeline.Happening) (string, []byte, error) {
		if !everything {
			scope.add(h)
		}
		p, err := enc.Encode(h)
		return p.Group, p.Body, err
	}
	sp, err := spoolArchive(ctx, db, nil, l.keep, encode)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer func() { err = errors.Join(err, sp.Close()) }()
	kept := exportConflicts(conflicts, scope, everything)
	return writeExport(a.stdout, o.out, func(w io.Writer) error {
		s, err := export.NewStream(w, o.format, kept, opt)
		if err != nil {
			return err
		}
		err = sp.Each(ctx, func(group string, body []byte) error {
			return s.Write(export.Piece{Group: group, Body: body})
		})
		return errors.Join(err, s.Close())
	})
}

// entryKey identifies a stored event: its article and the place of its
// date and sentence in the text.
func entryKey(e timeline.Entry) string {
	return fmt.Sprintf("%s\x00%d\x00%d\x00%d", e.ArticleID, e.Date.Offset, e.Date.EndOffset, e.SentenceOffset)
}

// conflictScope is what exportConflicts needs of the exported
// happenings: their ids and the articles they come from.
type conflictScope struct {
	ids, articles map[string]bool
}

func newConflictScope(hs []timeline.Happening) conflictScope {
	sc := conflictScope{ids: map[string]bool{}, articles: map[string]bool{}}
	for _, h := range hs {
		sc.add(h)
	}
	return sc
}

func (sc conflictScope) add(h timeline.Happening) {
	sc.ids[h.ID] = true
	for _, e := range h.Sources {
		sc.articles[e.ArticleID] = true
	}
}

// exportConflicts keeps the conflicts that concern the exported
// happenings: filed under one of them, or, when filed under none, about
// one of their articles. An export of everything keeps them all.
func exportConflicts(cs []timeline.Conflict, sc conflictScope, everything bool) []timeline.Conflict {
	if everything {
		return cs
	}
	var out []timeline.Conflict
	for _, c := range cs {
		if sc.ids[c.Happening] || c.Happening == "" && slices.ContainsFunc(c.Articles, func(id string) bool { return sc.articles[id] }) {
			out = append(out, c)
		}
	}
	return out
}

// exportArticles returns the stored articles, with their mentions: all of
// them, or those the happenings come from. When several articles share an
// id, the last one listed is kept.
func exportArticles(ctx context.Context, db *store.DB, hs []timeline.Happening, everything bool) ([]timeline.Article, map[string][]timeline.Mention, error) {
	all, err := db.Articles(ctx)
	if err != nil {
		return nil, nil, err
	}
	mentions, err := db.MentionsByArticle(ctx)
	if err != nil {
		return nil, nil, err
	}
	cited := map[string]bool{}
	for _, h := range hs {
		for _, e := range h.Sources {
			cited[e.ArticleID] = true
		}
	}
	var out []timeline.Article
	for _, a := range all {
		if !everything && !cited[a.ID] {
			continue
		}
		out = slices.DeleteFunc(out, func(b timeline.Article) bool { return b.ID == a.ID })
		out = append(out, a)
	}
	return out, mentions, nil
}

// writeTimeMLExport writes one TimeML document per article into the folder
// out, or the only article's document to stdout when out is empty.
func writeTimeMLExport(stdout io.Writer, out string, c export.Chronology) error {
	if out == "" || out == "-" {
		if len(c.Articles) != 1 {
			return usageErrorf("export: timeml writes one document per article and %d articles match: give --out DIR", len(c.Articles))
		}
		return export.TimeML(stdout, c, export.Options{})
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	used := map[string]int{}
	for _, a := range c.Articles {
		path := filepath.Join(out, uniqueFileName(export.TimeMLName(a), used))
		err := writeExport(stdout, path, func(w io.Writer) error { return export.TimeMLDocument(w, a, c.Mentions[a.ID]) })
		if err != nil {
			return err
		}
	}
	return nil
}

// uniqueFileName returns name, or name with a number before its extension
// when it was already used.
func uniqueFileName(name string, used map[string]int) string {
	used[name]++
	if n := used[name]; n > 1 {
		ext := filepath.Ext(name)
		return fmt.Sprintf("%s-%d%s", strings.TrimSuffix(name, ext), n, ext)
	}
	return name
}

// writeExport runs write on stdout when path is empty or "-", else on a
// temporary file beside path that replaces path once complete: a failed
// export leaves no half-written file.
func writeExport(stdout io.Writer, path string, write func(io.Writer) error) (err error) {
	if path == "" || path == "-" {
		return write(stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		return err
	}
	if err := errors.Join(bw.Flush(), tmp.Chmod(0o644), tmp.Close()); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
