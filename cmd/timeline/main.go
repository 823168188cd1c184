// Command timeline turns French news articles into a dated chronology of
// diplomatic events. It reads articles, finds their date expressions
// ("mardi dernier", "le 22 mars", "la semaine prochaine"), resolves them
// against the publication date, extracts the event each date anchors and
// keeps everything in a SQLite database.
//
// Usage:
//
//	timeline build PATH...            read, tag, store, then print the chronology
//	timeline ingest PATH...           read, tag and store, print a summary only
//	timeline events [filters]         list the merged chronology (--from, --to, --actor, --place, --query, --explain ID)
//	timeline check                    list the date conflicts (exit status 3 when some are found)
//	timeline export --format F        write the chronology as csv, json, jsonl, markdown, ics, timelinejs, timeml or html
//	timeline tag --in FILE.jsonl|-    tag texts, write the mentions found as JSONL
//	timeline tag PATH...              tag articles against their publication dates
//	timeline extract PATH...|-        write the dated events of articles as JSONL, without a database
//	timeline eval --gold FILE...      score the tagger on gold files
//	timeline bench --corpus FILE      measure ingestion speed and memory
//	timeline version                  print the version
//
// PATH is a file, a folder (read recursively), a JSONL file of articles, an
// HTML page, or - for standard input.
//
// Global flags: --config FILE, --db FILE, --timezone ZONE, --lang LANG,
// --gazetteer FILE, --quiet.
// Configuration comes from the embedded defaults (configs/default.yaml), an
// optional --config file, TIMELINE_* environment variables and flags, each
// overriding the previous one.
//
// Exit codes: 0 success, 1 failure, 2 usage error, 3 conflicts found by
// check, 4 some input articles were skipped (each one reported on standard
// error) while the others were stored.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}
