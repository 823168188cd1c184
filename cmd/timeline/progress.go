package main

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progress reports how an ingestion advances: a live bar with the rate on
// a terminal, a plain line every logEvery otherwise, nothing when quiet.
// When the size of the input is known (total > 0), it also tells how much
// of it was read and how long the rest should take.
type progress struct {
	bar      *progressbar.ProgressBar
	w        io.Writer
	start    time.Time
	last     time.Time
	now      func() time.Time
	done     int
	logEvery time.Duration
	total    int64
	read     atomic.Int64 // bytes of input read, set by the reader goroutine
}

// newProgress returns the reporter suited to w, for an input of total
// bytes, 0 when unknown.
func newProgress(w io.Writer, quiet bool, total int64) *progress {
	p := &progress{now: time.Now, logEvery: 5 * time.Second, total: total}
	now := p.now()
	p.start, p.last = now, now
	switch {
	case quiet:
	case isTerminal(w) && total > 0:
		// The bar counts bytes of input read, which gives its percentage
		// and time left; the description counts articles.
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
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

// consumed records how many bytes of the input were read; it may be
// called from another goroutine than add.
func (p *progress) consumed(n int64) { p.read.Store(n) }

// add records n more articles handled.
func (p *progress) add(n int) {
	p.done += n
	now := p.now()
	if p.bar != nil {
		// Drawing errors are not worth stopping an ingest.
		if p.total > 0 {
			p.bar.Describe(fmt.Sprintf("%d articles, %.0f/s", p.done, p.rate(now)))
			_ = p.bar.Set64(min(p.read.Load(), p.total))
		} else {
			_ = p.bar.Add(n)
		}
		return
	}
	if p.w == nil || now.Sub(p.last) < p.logEvery {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "%d articles, %.0f articles/s", p.done, p.rate(now))
	if read := p.read.Load(); p.total > 0 && read > 0 {
		frac := min(float64(read)/float64(p.total), 1)
		left := time.Duration(float64(now.Sub(p.start)) * (1 - frac) / frac).Round(time.Second)
		fmt.Fprintf(p.w, ", %.0f%% of the input read, about %s left", 100*frac, left)
	}
	fmt.Fprintln(p.w)
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
