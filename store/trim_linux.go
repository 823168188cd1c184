//go:build linux && cgo

package store

/*
#cgo LDFLAGS: -ldl
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

// trim_malloc calls the C library's malloc_trim when it has one (glibc
// does, musl does not): looked up at run time, the call builds with both.
static void trim_malloc(void) {
	int (*trim)(size_t) = (int (*)(size_t))dlsym(RTLD_DEFAULT, "malloc_trim");
	if (trim != NULL) {
		trim(0);
	}
}
*/
import "C"

// trimMalloc returns the free memory of the C heap, where SQLite keeps its
// caches, to the system, where the C library can (glibc's malloc_trim).
func trimMalloc() { C.trim_malloc() }
