package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/ingest"
)

func (a *app) benchCmd() *cobra.Command {
	var corpus string
	var articles int
	var cpuProfile string
	cmd := &cobra.Command{
		Use:   "bench --corpus FILE.jsonl [--articles N]",
		Short: "Measure ingestion speed, memory and database size on a replicated corpus",
		Long: `bench streams the articles of a JSONL corpus (the format of
../shared/corpus/fr_news.jsonl), replicated with distinct ids and texts until
--articles articles, through the same pipeline as build (read, tag and
extract on every core, batched writes) into the database (--db; use a
scratch file). It prints articles/s, MB/s of text, the peak resident memory
of the process, the database size per 1,000 articles, and the time of a
date-range + actor query over the stored events.`,
		Example: `  timeline bench --db /tmp/bench.db --corpus ../shared/corpus/fr_news.jsonl --articles 100000`,
		Args:    noArgs,
		RunE: a.configured(func(cmd *cobra.Command, _ []string) error {
			if corpus == "" || articles <= 0 {
				return usageErrorf("bench: give --corpus FILE and a positive --articles")
			}
			if cpuProfile != "" {
				stop, err := startCPUProfile(cpuProfile)
				if err != nil {
					return err
				}
				defer stop()
			}
			return a.bench(cmd.Context(), corpus, articles)
		}),
	}
	cmd.Flags().StringVar(&corpus, "corpus", "", "JSONL `FILE` of articles to replicate")
	cmd.Flags().IntVar(&articles, "articles", 10000, "number of articles to ingest")
	cmd.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `FILE` (read it with go tool pprof)")
	addPolicyFlag(cmd)
	return cmd
}

// startCPUProfile starts profiling into path and returns the function
// that stops it and closes the file.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// bench runs the measurement and prints its report.
func (a *app) bench(ctx context.Context, corpus string, n int) (err error) {
	docs, err := loadCorpus(corpus)
	if err != nil {
		return err
	}
	db, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer closeStore(db, &err)
	pr, pw := io.Pipe()
	var textBytes int64
	go func() { pw.CloseWithError(replicate(pw, docs, n, &textBytes)) }()
	a.stdin = pr
	start := time.Now()
	c, err := a.storeArticles(ctx, db, []string{"-"}, ingest.Options{Location: a.cfg.Location})
	elapsed := time.Since(start)
	if err != nil {
		return err
	}
	secs := elapsed.Seconds()
	fmt.Fprintf(a.stdout, "articles: %d read, %d stored in %.1f s: %.0f articles/s, %.1f MB/s of text\n",
		c.read, c.stored, secs, float64(c.read)/secs, float64(textBytes)/secs/1e6)
	fmt.Fprintf(a.stdout, "of which conflicts brought up to date in %.1f s\n", c.refresh.Seconds())
	if c.fullText > 0 {
		fmt.Fprintf(a.stdout, "text of the events indexed at once beside it in %.1f s\n", c.fullText.Seconds())
	}
	fmt.Fprintf(a.stdout, "peak memory: %s\n", peakMemory())
	if fi, err := os.Stat(a.cfg.DB); err == nil && c.stored > 0 {
		fmt.Fprintf(a.stdout, "database: %.1f MB, %.2f MB per 1000 articles\n",
			float64(fi.Size())/1e6, float64(fi.Size())/1e6/float64(c.stored)*1000)
	}
	return a.benchQuery(ctx, db)
}

// benchQuery times a date-range and actor query, as users run it, on the
// heaviest such query the database can be asked: the actor named by the
// most events of one year, over that year. It reports the first run and
// the median of five.
func (a *app) benchQuery(ctx context.Context, db *store.DB) error {
	actor, year, _, ok, err := db.BusiestActor(ctx)
	if err != nil {
		return err
	}
	if !ok {
		fmt.Fprintln(a.stdout, "query: no dated event names an actor")
		return nil
	}
	f := timeline.Filter{
		From:  time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC),
		To:    time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC),
		Actor: actor,
	}
	var times []time.Duration
	var n int
	for range 5 {
		start := time.Now()
		es, err := db.Events(ctx, f)
		if err != nil {
			return fmt.Errorf("query: %w", err)
		}
		times = append(times, time.Since(start))
		n = len(es)
	}
	stats, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	first := times[0]
	slices.Sort(times)
	fmt.Fprintf(a.stdout, "query (%d, actor %q) over %d events: %d events in %.1f ms first, %.1f ms median of 5\n",
		year, actor, stats.Events, n, ms(first), ms(times[2]))
	return nil
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// corpusDoc is one article of the corpus file.
type corpusDoc map[string]any

// loadCorpus reads every line of a JSONL corpus.
func loadCorpus(path string) ([]corpusDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	var docs []corpusDoc
	r := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var d corpusDoc
			if err := json.Unmarshal(b, &d); err != nil {
				return nil, fmt.Errorf("corpus %s:%d: %w", path, line, err)
			}
			// Articles without a date, or from before 1900, would only be
			// reported and skipped.
			if p, _ := d["published"].(string); p >= "1900" {
				docs = append(docs, d)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("corpus %s: %w", path, err)
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("corpus %s: no article with a publication date", path)
	}
	return docs, nil
}

// replicate writes n articles cycling over docs, each copy with its own id
// and a distinct text (so that none is deduplicated), and counts the text.
// Each line is what json.Encoder writes for the article with its copy's id
// and text, but encoded once per article (replicaParts): the benchmark
// measures the ingest, not the writing of its input.
func replicate(w io.Writer, docs []corpusDoc, n int, textBytes *int64) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	parts := make([]replicaParts, len(docs))
	for i, d := range docs {
		var err error
		if parts[i], err = newReplicaParts(d); err != nil {
			return err
		}
	}
	var line []byte
	for i := range n {
		p := &parts[i%len(docs)]
		copyNo := i / len(docs)
		line = p.appendCopy(line[:0], copyNo)
		*textBytes += int64(p.textLen)
		if copyNo > 0 {
			*textBytes += int64(len(copySuffix(copyNo)))
		}
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// copySuffix is what the text of copy n > 0 of an article ends with.
func copySuffix(n int) string { return "\n(copie " + strconv.Itoa(n) + ")" }

// encodedSuffix is copySuffix as written in JSON.
func encodedSuffix(n int) string { return `\n` + copySuffix(n)[1:] }

// replicaParts is an article's JSON line cut around the values that
// change from copy to copy: the object with its keys in order, each value
// encoded, but for the id and the text, which are slots.
type replicaParts struct {
	lits    [][]byte // the literal bytes before each slot, and after the last
	slots   []string // "id" or "text", in order
	id      []byte   // the article's id encoded, without its closing quote
	text    []byte   // the text encoded, without its closing quote
	textLen int      // the text's length in bytes
}

func newReplicaParts(d corpusDoc) (replicaParts, error) {
	var p replicaParts
	text, _ := d["text"].(string)
	p.textLen = len(text)
	// Strings always marshal; the copy number that follows needs no
	// escaping.
	id, _ := json.Marshal(fmt.Sprintf("%v", d["id"]))
	enc, _ := json.Marshal(text)
	p.id, p.text = id[:len(id)-1], enc[:len(enc)-1]
	keys := slices.Sorted(maps.Keys(d))
	if !slices.Contains(keys, "id") {
		keys = slices.Insert(keys, sortedIndex(keys, "id"), "id")
	}
	if !slices.Contains(keys, "text") {
		keys = slices.Insert(keys, sortedIndex(keys, "text"), "text")
	}
	lit := []byte("{")
	for k, key := range keys {
		if k > 0 {
			lit = append(lit, ',')
		}
		name, _ := json.Marshal(key)
		lit = append(append(lit, name...), ':')
		if key == "id" || key == "text" {
			p.lits, p.slots, lit = append(p.lits, lit), append(p.slots, key), nil
			continue
		}
		v, err := json.Marshal(d[key])
		if err != nil {
			return p, err
		}
		lit = append(lit, v...)
	}
	p.lits = append(p.lits, append(lit, "}\n"...))
	return p, nil
}

// sortedIndex returns where key goes in the sorted keys.
func sortedIndex(keys []string, key string) int {
	i, _ := slices.BinarySearch(keys, key)
	return i
}

// appendCopy appends to b the line of copy n of the article.
func (p *replicaParts) appendCopy(b []byte, n int) []byte {
	for k, slot := range p.slots {
		b = append(b, p.lits[k]...)
		if slot == "id" {
			b = append(append(b, p.id...), '#')
			b = append(strconv.AppendInt(b, int64(n), 10), '"')
			continue
		}
		b = append(b, p.text...)
		if n > 0 {
			b = append(b, encodedSuffix(n)...)
		}
		b = append(b, '"')
	}
	return append(b, p.lits[len(p.lits)-1]...)
}

// peakMemory reads the peak resident set size of the process from
// /proc/self/status (Linux), else reports the Go heap's high-water mark.
func peakMemory() string {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "VmHWM:") {
				kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:")), " kB"))
				return fmt.Sprintf("%.0f MB resident (VmHWM)", float64(kb)/1024)
			}
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return fmt.Sprintf("%.0f MB obtained from the OS by the Go runtime", float64(m.Sys)/1e6)
}
