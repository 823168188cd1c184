//go:build !linux || !cgo

package store

// trimMalloc does nothing outside Linux, whose C libraries alone may have
// malloc_trim.
func trimMalloc() {}
