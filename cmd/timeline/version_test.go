package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionString(t *testing.T) {
	build := func(settings ...debug.BuildSetting) *debug.BuildInfo { return &debug.BuildInfo{Settings: settings} }
	tests := []struct {
		name    string
		version string
		info    *debug.BuildInfo
		want    string
	}{
		{"no build info", "dev", nil, "timeline dev"},
		{"no revision", "dev", build(debug.BuildSetting{Key: "GOOS", Value: "linux"}), "timeline dev"},
		{"revision", "v0.1.0", build(debug.BuildSetting{Key: "vcs.revision", Value: "c9f6017"}), "timeline v0.1.0 (c9f6017)"},
		{"dirty tree", "dev", build(
			debug.BuildSetting{Key: "vcs.revision", Value: "c9f6017"},
			debug.BuildSetting{Key: "vcs.modified", Value: "true"}), "timeline dev (c9f6017+dirty)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionString(tt.version, tt.info); got != tt.want {
				t.Errorf("versionString(%q, %v) = %q, want %q", tt.version, tt.info, got, tt.want)
			}
		})
	}
}

func TestVersionCommand(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
	}{
		{"plain", nil},
		{"broken configuration does not matter", map[string]string{"TIMELINE_POLICY": "sometimes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := invocation{env: tt.env}.execute(t, "version")
			info, _ := debug.ReadBuildInfo()
			if want := versionString(version, info) + "\n"; r.code != 0 || r.stdout != want {
				t.Errorf("version: exit %d, stdout %q, want 0 and %q\n%v", r.code, r.stdout, want, r)
			}
		})
	}
}
