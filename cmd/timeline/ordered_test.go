package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// sendAll returns a producer of the numbers 0 to n-1 that stops at the
// first error of send, and then returns it.
func sendAll(n int) func(send func(int) error) error {
	return func(send func(int) error) error {
		for i := range n {
			if err := send(i); err != nil {
				return err
			}
		}
		return nil
	}
}

// slowEvery sleeps on some items, so that later items finish first.
func slowEvery(i int) int {
	if i%7 == 0 {
		time.Sleep(time.Duration(i%3) * time.Millisecond)
	}
	return i * i
}

func TestOrderedKeepsInputOrder(t *testing.T) {
	tests := []struct {
		name       string
		workers, n int
	}{
		{"no items", 4, 0},
		{"one item", 4, 1},
		{"one worker", 1, 50},
		{"two workers", 2, 200},
		{"more workers than items", 16, 5},
		{"no worker asked", 0, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			err := ordered(context.Background(), tt.workers, sendAll(tt.n), slowEvery, func(r int) error {
				got = append(got, r)
				return nil
			})
			if err != nil {
				t.Fatalf("ordered: %v", err)
			}
			want := make([]int, tt.n)
			for i := range want {
				want[i] = i * i
			}
			if !slices.Equal(got, want) {
				t.Errorf("emitted %v, want %v", got, want)
			}
		})
	}
}

func TestOrderedBoundsItemsInFlight(t *testing.T) {
	const workers = 3
	var sent, emitted, most atomic.Int64
	produce := func(send func(int) error) error {
		return sendAll(500)(func(i int) error {
			err := send(i)
			if n := sent.Add(1) - emitted.Load(); n > most.Load() {
				most.Store(n)
			}
			return err
		})
	}
	emit := func(int) error {
		time.Sleep(50 * time.Microsecond) // a slow writer: the workers run ahead
		emitted.Add(1)
		return nil
	}
	if err := ordered(context.Background(), workers, produce, slowEvery, emit); err != nil {
		t.Fatal(err)
	}
	// One more than the window: a send counts itself before emit counts
	// the item whose slot it took.
	if got, limit := most.Load(), int64(4*workers+1); got > limit {
		t.Errorf("%d items in flight at most, want at most %d", got, limit)
	}
}

func TestOrderedStopsOnErrors(t *testing.T) {
	errWrite := errors.New("disk full")
	errRead := errors.New("bad input")
	tests := []struct {
		name    string
		produce func(send func(int) error) error
		emitErr int // emit fails on this result's item, -1: never
		want    error
		emitted int // how many results emit takes, the failing one included
	}{
		{"emit fails", sendAll(1000), 10, errWrite, 11},
		{"emit fails on the first", sendAll(1000), 0, errWrite, 1},
		{"produce fails", func(send func(int) error) error {
			if err := sendAll(30)(send); err != nil {
				return err
			}
			return errRead
		}, -1, errRead, 30},
		{"both fail: emit's error first", func(send func(int) error) error {
			if err := sendAll(30)(send); err != nil {
				return err
			}
			return errRead
		}, 5, errWrite, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			emitted := 0
			err := ordered(context.Background(), 4, tt.produce, func(i int) int { return i }, func(i int) error {
				emitted++
				if i == tt.emitErr {
					return errWrite
				}
				return nil
			})
			if !errors.Is(err, tt.want) {
				t.Errorf("ordered = %v, want %v", err, tt.want)
			}
			if emitted != tt.emitted {
				t.Errorf("emit took %d results, want %d", emitted, tt.emitted)
			}
		})
	}
}

// A failed write stops the run at once, even while the producer waits on
// its input (a terminal, a pipe that stays open).
func TestOrderedReturnsWhileProducerWaits(t *testing.T) {
	errWrite := errors.New("broken pipe")
	input := make(chan struct{})
	defer close(input)
	done := make(chan error, 1)
	go func() {
		done <- ordered(context.Background(), 2, func(send func(int) error) error {
			if err := send(0); err != nil {
				return err
			}
			<-input // no more input yet
			return nil
		}, func(i int) int { return i }, func(int) error { return errWrite })
	}()
	select {
	case err := <-done:
		if !errors.Is(err, errWrite) {
			t.Errorf("ordered = %v, want %v", err, errWrite)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ordered waits for the producer after a failed write")
	}
}

func TestOrderedStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var emitted []int
	err := ordered(ctx, 2, func(send func(int) error) error {
		for i := 0; ; i++ { // endless: only the context stops it
			if err := send(i); err != nil {
				return err
			}
		}
	}, func(i int) int { return i }, func(i int) error {
		emitted = append(emitted, i)
		if i == 20 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("ordered = %v, want %v", err, context.Canceled)
	}
	for i, got := range emitted {
		if got != i {
			t.Fatalf("emitted %v: not in input order", emitted)
		}
	}
	if len(emitted) < 21 {
		t.Errorf("emitted %d results before the cancel took effect, want at least 21", len(emitted))
	}
}

// The tag command writes its lines in input order however many texts it
// tags at once.
func TestTagKeepsInputOrder(t *testing.T) {
	var in strings.Builder
	const n = 300
	for i := range n {
		fmt.Fprintf(&in, `{"id":"t%d","text":"Il est arrivé le %d mars à Genève, %s.","ref":"2016-03-22T09:00:00+01:00"}`+"\n",
			i, 1+i%28, strings.Repeat("puis il est reparti ", i%13))
		if i%50 == 7 {
			in.WriteString("{not json}\n")
		}
	}
	var stdout, stderr strings.Builder
	err := run(context.Background(), []string{"tag", "--in", "-"}, strings.NewReader(in.String()), &stdout, &stderr)
	if !errors.Is(err, errSkipped) {
		t.Fatalf("tag = %v, want %v for the lines that are no JSON", err, errSkipped)
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != n {
		t.Fatalf("%d lines, want %d", len(lines), n)
	}
	for i, line := range lines {
		if want := fmt.Sprintf(`{"id":"t%d",`, i); !strings.HasPrefix(line, want) {
			t.Fatalf("line %d = %.40s, want it to open with %s", i, line, want)
		}
	}
	var skips []string
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.HasPrefix(line, "skipped ") {
			skips = append(skips, line)
		}
	}
	if len(skips) != 6 || !strings.HasPrefix(skips[0], "skipped stdin:9:") || !strings.HasPrefix(skips[5], "skipped stdin:264:") {
		t.Errorf("stderr = %q, want the six bad lines in input order", stderr.String())
	}
}
