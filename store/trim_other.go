//go:build !linux || !cgo || musl

package store

// trimMalloc does nothing where the C library has no malloc_trim.
func trimMalloc() {}
