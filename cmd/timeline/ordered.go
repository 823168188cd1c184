package main

import (
	"context"
	"sync"
)

// ordered runs work on each item that produce sends, on workers
// goroutines, and hands the results to emit one at a time in the order
// the items were sent: a stream filter (tag, extract) keeps its input
// order while it works on every core.
//
// produce calls send from one goroutine; send blocks while 4×workers
// items are in flight (sent and not yet emitted), so that memory stays
// bounded whatever the input and however slow one item is. When emit
// fails, ordered returns its error at once, and send returns an error
// from then on; when ctx ends, send returns the context's error. Else
// ordered returns produce's error, once every item it sent is emitted.
func ordered[T, R any](ctx context.Context, workers int, produce func(send func(T) error) error,
	work func(T) R, emit func(R) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers = max(workers, 1)
	window := 4 * workers
	type job struct {
		seq  int
		item T
	}
	type result struct {
		seq int
		r   R
	}
	// slots bounds the items in flight; jobs and results have room for
	// all of them, so that no worker waits on a full channel.
	slots := make(chan struct{}, window)
	jobs := make(chan job, window)
	results := make(chan result, window)
	var produceErr error
	go func() {
		defer close(jobs)
		seq := 0
		produceErr = produce(func(item T) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			jobs <- job{seq, item}
			seq++
			return nil
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- result{j.seq, work(j.item)}
			}
		})
	}
	go func() { wg.Wait(); close(results) }()
	pending := make(map[int]R, window)
	next := 0
	for res := range results {
		pending[res.seq] = res.r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err := emit(r); err != nil {
				// The deferred cancel stops the producer at its next
				// send; what is in flight is dropped without waiting for
				// it, nor for a producer blocked in a read.
				return err
			}
		}
	}
	// results is closed once the workers are done, which is after the
	// producer closed jobs: produceErr is set.
	return produceErr
}
