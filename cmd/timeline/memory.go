package main

import (
	"runtime/debug"
	"time"

	"github.com/timeline-fr/timeline/store"
)

// memoryTick is how often an ingest's governMemory looks at the heaps.
const memoryTick = time.Second

// nearLimitAfter is how many ticks an ingest runs before its Go heap is
// collected only near its limit (see governMemory).
const nearLimitAfter = 5

// trimAbove is how much free memory the C heap may keep before
// governMemory gives it back to the system.
const trimAbove = 8 << 20

// governMemory keeps the heaps of the process, Go's and SQLite's, within
// the configured memory limit while an ingest runs, and returns the
// function that stops it. Every tick it gives the C heap's free
// memory back to the system when it keeps more than trimAbove, then sets
// the Go runtime's soft limit to the configured limit less what the C
// heap holds, but never below a quarter of it: SQLite's memory grows with
// the archive (the merges of the full-text index, the caches of the
// refresh), and the Go heap gives way to it.
//
// Once an ingest has run for nearLimitAfter ticks, its Go heap is
// collected only as it nears that limit, not each time it doubles
// (GOGC=off), unless GOGC is set: an ingest allocates tens of kilobytes
// per article and keeps little of it, so that collecting at each
// doubling of a small live heap took a tenth of the CPU time of long
// ingests. A short one keeps the usual collection, and its small
// footprint.
//
// It does nothing when no limit is configured, when GOMEMLIMIT set one,
// or where the C library does not tell what its heap holds.
func (a *app) governMemory(tick time.Duration) (stop func()) {
	budget := int64(a.cfg.MemoryLimitMiB) << 20
	if budget <= 0 || a.getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	if _, _, ok := store.CHeap(); !ok {
		return func() {}
	}
	quit := make(chan struct{})
	done := make(chan struct{})
	restoreGC := func() {}
	go func() {
		defer close(done)
		t := time.NewTicker(tick)
		defer t.Stop()
		set := budget
		for ticks := 1; ; ticks++ {
			select {
			case <-quit:
				return
			case <-t.C:
				if ticks == nearLimitAfter && a.getenv("GOGC") == "" {
					prev := debug.SetGCPercent(-1)
					restoreGC = func() { debug.SetGCPercent(prev) }
				}
				// Setting the limit stops the world for a moment: it is
				// set again only when it moved by a MiB or more.
				if limit := goLimit(budget); limit-set >= 1<<20 || set-limit >= 1<<20 {
					debug.SetMemoryLimit(limit)
					set = limit
				}
			}
		}
	}()
	return func() {
		close(quit)
		<-done
		debug.SetMemoryLimit(budget)
		restoreGC()
	}
}

// goLimit trims the C heap when it keeps much free memory and returns the
// Go runtime's share of budget.
func goLimit(budget int64) int64 {
	inUse, free, _ := store.CHeap()
	if free > trimAbove {
		store.TrimCHeap()
		// The chunks a trim leaves free keep little of their memory: count
		// trimAbove of it as resident.
		free = trimAbove
	}
	return max(budget-inUse-free, budget/4)
}
