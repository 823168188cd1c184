package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is the release of the tool, set at build time with
// -ldflags "-X main.version=v1.2.3".
var version = "dev"

func versionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of timeline",
		Long: `version prints the release of timeline ("dev" for a build that was not
given one with -ldflags "-X main.version=..."), followed by the commit it
was built from when the Go toolchain recorded it.`,
		Example: `  timeline version
  go build -ldflags "-X main.version=v0.1.0" ./cmd/timeline && ./timeline version`,
		Args: noArgs,
		// Printing the version reads no configuration, so that it works
		// even when the configuration is broken.
		RunE: func(*cobra.Command, []string) error {
			info, _ := debug.ReadBuildInfo() // nil when not recorded
			_, err := fmt.Fprintln(a.stdout, versionString(version, info))
			return err
		},
	}
}

// versionString is "timeline VERSION", with " (REVISION)" when the build
// recorded its commit and "+dirty" when the tree had local changes.
func versionString(v string, info *debug.BuildInfo) string {
	s := "timeline " + v
	if info == nil {
		return s
	}
	var rev, modified string
	for _, kv := range info.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.modified":
			modified = kv.Value
		}
	}
	if rev == "" {
		return s
	}
	if modified == "true" {
		rev += "+dirty"
	}
	return s + " (" + rev + ")"
}
