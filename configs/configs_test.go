package configs

import (
	"strings"
	"testing"
)

// Every key of the default configuration is set and documented by the
// comment just above it.
func TestDefaultDocumentsKeys(t *testing.T) {
	lines := strings.Split(string(Default), "\n")
	for _, key := range []string{"db", "timezone", "policy", "format", "lang"} {
		t.Run(key, func(t *testing.T) {
			for i, line := range lines {
				if !strings.HasPrefix(line, key+": ") {
					continue
				}
				if i == 0 || !strings.HasPrefix(lines[i-1], "#") {
					t.Errorf("default.yaml: %q has no comment above it", line)
				}
				if strings.TrimSpace(strings.TrimPrefix(line, key+":")) == "" {
					t.Errorf("default.yaml: %q has no value", line)
				}
				return
			}
			t.Errorf("default.yaml does not set %s", key)
		})
	}
}
