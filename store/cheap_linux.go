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

// heap_info is glibc's struct mallinfo2, declared here so that the file
// builds with C libraries that lack it.
struct heap_info {
	size_t arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost;
};

// heap_stats sets how much of the C heap is in use (in its arenas and in
// blocks mapped apart) and how much of its arenas is free, and returns 1,
// when the C library has mallinfo2 (glibc 2.33 and later); it returns 0
// otherwise.
static int heap_stats(size_t *in_use, size_t *free_bytes) {
	struct heap_info (*info)(void) = (struct heap_info (*)(void))dlsym(RTLD_DEFAULT, "mallinfo2");
	if (info == NULL) {
		return 0;
	}
	struct heap_info m = info();
	*in_use = m.uordblks + m.hblkhd;
	*free_bytes = m.fordblks;
	return 1;
}
*/
import "C"

// trimMalloc returns the free memory of the C heap, where SQLite keeps its
// caches, to the system, where the C library can (glibc's malloc_trim).
func trimMalloc() { C.trim_malloc() }

// CHeap reports how many bytes of the C heap, where SQLite keeps its
// caches and buffers, are in use, and how many more it keeps free for
// later allocations (which stay resident until TrimCHeap gives them
// back). ok is false where the C library does not tell (glibc 2.33 and
// later does).
func CHeap() (inUse, free int64, ok bool) {
	var u, f C.size_t
	if C.heap_stats(&u, &f) == 0 {
		return 0, 0, false
	}
	return int64(u), int64(f), true
}

// TrimCHeap gives the free memory of the C heap back to the system, where
// the C library can (glibc's malloc_trim). Freed memory that SQLite's
// threads leave in the C library's arenas otherwise stays in the
// process's resident memory.
func TrimCHeap() { trimMalloc() }
