//go:build unix

package store_test

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time the process has used so far, user and
// system, C code included: the cost of a save is mostly SQLite's, which
// wall-clock timings on a shared machine measure poorly.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
