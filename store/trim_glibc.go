//go:build linux && cgo && !musl

package store

/*
#include <malloc.h>
*/
import "C"

// trimMalloc returns the free memory of the C heap, where SQLite keeps its
// caches, to the system (glibc's malloc_trim).
func trimMalloc() { C.malloc_trim(0) }
