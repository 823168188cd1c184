package main

import (
	"context"
	"math"
	"path/filepath"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// TestGovernMemory checks that the Go runtime's limit gives way to the C
// heap while the governor runs, and comes back to the configured one
// when it stops; that the heap is collected only near that limit
// meanwhile, unless GOGC says otherwise; and that the governor leaves
// both alone when no limit is configured or GOMEMLIMIT set one.
func TestGovernMemory(t *testing.T) {
	if _, _, ok := store.CHeap(); !ok {
		t.Skip("the C library does not tell what its heap holds")
	}
	holdCHeap(t)
	initial := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(initial) })
	initialGC := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(initialGC) })
	const mib = 256
	const budget = int64(mib) << 20
	tests := []struct {
		name      string
		limitMiB  int
		env       map[string]string
		wantGiven bool // the limit goes below the budget while it runs
		wantGC    int  // the GC percent after nearLimitAfter ticks
	}{
		{name: "configured limit", limitMiB: mib, wantGiven: true, wantGC: -1},
		{name: "GOGC set", limitMiB: mib, env: map[string]string{"GOGC": "100"}, wantGiven: true, wantGC: 100},
		{name: "GOMEMLIMIT set", limitMiB: mib, env: map[string]string{"GOMEMLIMIT": "300MiB"}, wantGC: 100},
		{name: "no limit", limitMiB: 0, wantGC: 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(budget)
			a := &app{getenv: func(key string) string { return tt.env[key] }}
			a.cfg.MemoryLimitMiB = tt.limitMiB
			const tick = 10 * time.Millisecond
			stop := a.governMemory(tick)
			given, gc := false, 100
			for deadline := time.Now().Add((nearLimitAfter + 20) * tick); time.Now().Before(deadline); time.Sleep(tick / 2) {
				given = given || debug.SetMemoryLimit(-1) < budget
				if p := gcPercent(); p != 100 {
					gc = p
				}
			}
			stop()
			if given != tt.wantGiven {
				t.Errorf("limit below the budget while governed = %v, want %v", given, tt.wantGiven)
			}
			if gc != tt.wantGC {
				t.Errorf("GC percent while governed = %d, want %d", gc, tt.wantGC)
			}
			if got := gcPercent(); got != 100 {
				t.Errorf("GC percent after stop = %d, want 100", got)
			}
			if got := debug.SetMemoryLimit(-1); got != budget {
				t.Errorf("limit after stop = %d, want %d", got, budget)
			}
		})
	}
}

// gcPercent reads the GC percent without changing it; off is -1.
func gcPercent() int {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	if v := s[0].Value.Uint64(); v < math.MaxInt32 {
		return int(v)
	}
	return -1
}

// TestGoLimit checks the Go runtime's share of a budget: the budget less
// what the C heap holds, never below a quarter of it.
func TestGoLimit(t *testing.T) {
	inUse, _, ok := store.CHeap()
	if !ok {
		t.Skip("the C library does not tell what its heap holds")
	}
	tests := []struct {
		name   string
		budget int64
		max    int64
		min    int64
	}{
		{name: "large budget", budget: 1 << 30, max: 1<<30 - inUse, min: (1 << 30) / 4},
		{name: "budget below the C heap", budget: inUse / 2, max: inUse / 8, min: inUse / 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := goLimit(tt.budget); got > tt.max || got < tt.min {
				t.Errorf("goLimit(%d) = %d, want within [%d, %d]", tt.budget, got, tt.min, tt.max)
			}
		})
	}
}

// holdCHeap makes SQLite hold a few MiB of the C heap until the test
// ends: the pages of a large article, in the writer's cache of a store
// left open.
func holdCHeap(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "heap.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	art := timeline.Article{ID: "heap", Language: "fr", Published: time.Date(2016, 3, 15, 12, 0, 0, 0, time.UTC),
		Text: strings.Repeat("Les négociations ont repris le 14 mars à Genève. ", 100_000)}
	if _, err := db.SaveArticle(ctx, art, nil, nil); err != nil {
		t.Fatal(err)
	}
}
