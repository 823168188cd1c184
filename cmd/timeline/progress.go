package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progress reports how an ingestion advances: a live bar with the rate on
// a terminal, a plain line every logEvery otherwise, nothing when quiet.
type progress struct {
	bar      *progressbar.ProgressBar
	w        io.Writer
	start    time.Time
	last     time.Time
	now      func() time.Time
	done     int
	logEvery time.Duration
}

// newProgress returns the reporter suited to w.
func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{now: time.Now, logEvery: 5 * time.Second}
	now := p.now()
	p.start, p.last = now, now
	switch {
	case quiet:
	case isTerminal(w):
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionShowIts(),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	default:
		p.w = w
	}
	return p
}

// add records n more articles handled.
func (p *progress) add(n int) {
	p.done += n
	if p.bar != nil {
		_ = p.bar.Add(n) // drawing errors are not worth stopping an ingest
		return
	}
	if p.w == nil {
		return
	}
	if now := p.now(); now.Sub(p.last) >= p.logEvery {
		p.last = now
		fmt.Fprintf(p.w, "%d articles, %.0f articles/s\n", p.done, p.rate(now))
	}
}

// finish clears the bar.
func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// rate is the number of articles per second since the start.
func (p *progress) rate(now time.Time) float64 {
	s := now.Sub(p.start).Seconds()
	if s <= 0 {
		return 0
	}
	return float64(p.done) / s
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
