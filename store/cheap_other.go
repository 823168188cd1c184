//go:build !linux || !cgo

package store

// trimMalloc does nothing outside Linux, whose C libraries alone may have
// malloc_trim.
func trimMalloc() {}

// CHeap reports nothing outside Linux (see the Linux version).
func CHeap() (inUse, free int64, ok bool) { return 0, 0, false }

// TrimCHeap does nothing outside Linux (see the Linux version).
func TrimCHeap() {}
