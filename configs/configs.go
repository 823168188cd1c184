// Package configs holds the default configuration of the timeline command,
// embedded so that the binary and its tests read the same documented file.
// cmd/timeline layers a --config file, TIMELINE_* environment variables and
// flags over it.
package configs

import _ "embed"

// Default is the content of default.yaml: every configuration key with its
// default value and a comment explaining it.
//
//go:embed default.yaml
var Default []byte
