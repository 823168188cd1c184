package main

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/timeline-fr/timeline/configs"
)

// settingsFor configures the build command as the command line args would,
// with env as the environment, and returns the resulting settings.
func settingsFor(t *testing.T, env map[string]string, args ...string) (settings, error) {
	t.Helper()
	a := &app{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard,
		getenv: func(key string) string { return env[key] }}
	cmd, rest, err := a.rootCmd().Find(append([]string{"build"}, args...))
	if err != nil {
		t.Fatalf("find build: %v", err)
	}
	if err := cmd.ParseFlags(rest); err != nil {
		t.Fatalf("parse flags %q: %v", args, err)
	}
	err = a.configure(cmd)
	return a.cfg, err
}

// value is the setting of key as a string.
func (s settings) value(key string) string {
	switch key {
	case keyDB:
		return s.DB
	case keyTimezone:
		return s.Location.String()
	case keyPolicy:
		return string(s.Policy)
	case keyFormat:
		return s.Format
	case keyLang:
		return s.Lang
	case keyGazetteer:
		return s.GazetteerPath
	case keyMemory:
		return strconv.Itoa(s.MemoryLimitMiB)
	}
	return ""
}

// writeConfig writes a YAML configuration file and returns its path.
func writeConfig(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "timeline.yaml")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestConfigPrecedence(t *testing.T) {
	// Each key gets a distinct value at each layer, so that the winner shows.
	keys := []struct {
		key                  string
		def, file, env, flag string
	}{
		{keyDB, "./timeline.db", "file.db", "env.db", "flag.db"},
		{keyTimezone, "Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC"},
		{keyPolicy, "news", "future", "past", "news"},
		{keyFormat, "text", "json", "text", "json"},
		{keyLang, "en", "fr", "de", "it"},
		{keyMemory, "224", "512", "128", "0"},
	}
	// The flags are declared in every case: one that is not given must
	// not override the layers below it.
	layers := []struct {
		name                   string
		file, env, flag, empty bool
		want                   func(def, file, env, flag string) string
	}{
		{name: "defaults", want: func(d, _, _, _ string) string { return d }},
		{name: "file over defaults", file: true, want: func(_, f, _, _ string) string { return f }},
		{name: "env over file", file: true, env: true, want: func(_, _, e, _ string) string { return e }},
		{name: "flag over env", file: true, env: true, flag: true, want: func(_, _, _, f string) string { return f }},
		{name: "flag over defaults", flag: true, want: func(_, _, _, f string) string { return f }},
		{name: "empty env is unset", file: true, empty: true, want: func(_, f, _, _ string) string { return f }},
	}
	for _, k := range keys {
		for _, l := range layers {
			t.Run(k.key+"/"+l.name, func(t *testing.T) {
				var args []string
				env := map[string]string{}
				if l.file {
					args = append(args, "--config", writeConfig(t, k.key+": "+k.file+"\n"))
				}
				if l.env {
					env[envName(k.key)] = k.env
				}
				if l.empty {
					env[envName(k.key)] = ""
				}
				if l.flag {
					args = append(args, "--"+k.key+"="+k.flag)
				}
				s, err := settingsFor(t, env, args...)
				if err != nil {
					t.Fatalf("settings(env %v, args %q): %v", env, args, err)
				}
				if got, want := s.value(k.key), l.want(k.def, k.file, k.env, k.flag); got != want {
					t.Errorf("settings(env %v, args %q).%s = %q, want %q", env, args, k.key, got, want)
				}
			})
		}
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name     string
		env      map[string]string
		config   string // content of a --config file, if any
		args     []string
		want     string // part of the message
		wantCode int
	}{
		{name: "policy from env", env: map[string]string{"TIMELINE_POLICY": "sometimes"},
			want: `policy: unknown value "sometimes"`, wantCode: 2},
		{name: "format from file", config: "format: xml\n", want: `format: unknown value "xml"`, wantCode: 2},
		{name: "timezone from flag", args: []string{"--timezone", "Mars/Olympus"},
			want: `timezone: unknown value "Mars/Olympus"`, wantCode: 2},
		{name: "empty db", args: []string{"--db", ""}, want: "db: empty value", wantCode: 2},
		{name: "memory limit not a number", env: map[string]string{"TIMELINE_MEMORY_LIMIT": "lots"},
			want: `memory_limit: "lots" is not a number`, wantCode: 2},
		{name: "negative memory limit", args: []string{"--memory_limit", "-5"},
			want: `memory_limit: "-5"`, wantCode: 2},
		{name: "unknown key in file", config: "polcy: past\n", want: `unknown key "polcy"`, wantCode: 2},
		{name: "unreadable file", args: []string{"--config", "/nonexistent/timeline.yaml"},
			want: "/nonexistent/timeline.yaml", wantCode: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if tt.config != "" {
				args = append(args, "--config", writeConfig(t, tt.config))
			}
			_, err := settingsFor(t, tt.env, args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("settings(env %v, args %q) error = %v, want one containing %q", tt.env, args, err, tt.want)
			}
			if got := exitCode(err); got != tt.wantCode {
				t.Errorf("exitCode(%v) = %d, want %d", err, got, tt.wantCode)
			}
		})
	}
}

// The embedded defaults must document and set every key, and nothing else.
func TestDefaultConfig(t *testing.T) {
	s, err := settingsFor(t, nil)
	if err != nil {
		t.Fatalf("default settings: %v", err)
	}
	for _, key := range configKeys {
		t.Run(key, func(t *testing.T) {
			if s.value(key) == "" && key != keyGazetteer { // no file: the built-in names only
				t.Errorf("default %s is empty", key)
			}
			if !strings.Contains(string(configs.Default), "\n# "+key+":") {
				t.Errorf("default.yaml has no comment starting with %q", "# "+key+":")
			}
		})
	}
	if _, err := readConfigFile(writeConfig(t, string(configs.Default))); err != nil {
		t.Errorf("default.yaml as a --config file: %v", err)
	}
}

// A configuration value reaches the commands: the database named in the
// environment is the one build writes.
func TestConfigReachesCommands(t *testing.T) {
	db := tempDB(t)
	inv := invocation{
		env:   map[string]string{"TIMELINE_DB": db},
		stdin: "published: 2016-03-22\n\nJohn Kerry est attendu à Moscou.\n",
	}
	if r := inv.execute(t, "ingest", "-"); r.code != 0 {
		t.Fatalf("ingest -: %v", r)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("TIMELINE_DB=%s: database not written: %v", db, err)
	}
}

// writeFile writes content to a file named name in a fresh folder and
// returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestConfigGazetteer(t *testing.T) {
	yaml := "actors:\n  - name: Ban Ki-moon\n    aliases: [Ban]\nplaces:\n  - name: Bruxelles\n    aliases: [Brussels]\n" +
		"titles:\n  - title: le secrétaire général de l'ONU\n    holder: Ban Ki-moon\n" +
		"seats:\n  - place: Ankara\n    actor: la Turquie\n"
	json := `{"actors": [{"name": "Vladimir Vladimirovitch Poutine", "aliases": ["Vladimir Poutine"]}]}`
	tests := []struct {
		name      string
		file      string // name and content of the gazetteer file; none if empty
		content   string
		env       bool // give the file in TIMELINE_GAZETTEER rather than --gazetteer
		actor     string
		wantActor string
		place     string
		wantPlace string
	}{
		{name: "built-in names only", actor: "Poutine", wantActor: "Vladimir Poutine", place: "Geneve", wantPlace: "Genève"},
		{name: "yaml", file: "noms.yaml", content: yaml, actor: "ban", wantActor: "Ban Ki-moon", place: "Brussels", wantPlace: "Bruxelles"},
		{name: "yaml seat adds its place", file: "noms.yaml", content: yaml, place: "ankara", wantPlace: "Ankara"},
		{name: "yaml keeps the built-in names", file: "noms.yaml", content: yaml, actor: "Kerry", wantActor: "John Kerry"},
		{name: "json takes over an alias", file: "noms.json", content: json, actor: "Vladimir Poutine", wantActor: "Vladimir Vladimirovitch Poutine"},
		{name: "from the environment", file: "noms.yaml", content: yaml, env: true, actor: "Ban", wantActor: "Ban Ki-moon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var args []string
			env := map[string]string{}
			if tt.file != "" {
				path := writeFile(t, tt.file, tt.content)
				if tt.env {
					env[envName(keyGazetteer)] = path
				} else {
					args = []string{"--gazetteer", path}
				}
			}
			s, err := settingsFor(t, env, args...)
			if err != nil {
				t.Fatalf("settings(env %v, args %q): %v", env, args, err)
			}
			if got := s.Gazetteer.Actor(tt.actor); got != tt.wantActor {
				t.Errorf("Gazetteer.Actor(%q) = %q, want %q", tt.actor, got, tt.wantActor)
			}
			if tt.place != "" {
				if got := s.Gazetteer.Place(tt.place); got != tt.wantPlace {
					t.Errorf("Gazetteer.Place(%q) = %q, want %q", tt.place, got, tt.wantPlace)
				}
			}
			if tt.content == yaml {
				if got := s.Gazetteer.Seats["Ankara"]; got != "la Turquie" {
					t.Errorf("Gazetteer.Seats[Ankara] = %q, want la Turquie", got)
				}
			}
		})
	}
}

func TestConfigGazetteerErrors(t *testing.T) {
	tests := []struct {
		name, file, content string
		want                string
		wantCode            int
	}{
		{"unknown section", "noms.yaml", "acteurs:\n  - name: Ban Ki-moon\n", `unknown key "acteurs"`, 2},
		{"empty name", "noms.yaml", "places:\n  - aliases: [Brussels]\n", "empty name", 2},
		{"empty alias", "noms.json", `{"actors": [{"name": "Ban Ki-moon", "aliases": [" "]}]}`, "empty name", 2},
		{"not a list", "noms.yaml", "actors: Ban Ki-moon\n", "gazetteer", 2},
		{"missing file", "", "", "/nonexistent/noms.yaml", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := "/nonexistent/noms.yaml"
			if tt.file != "" {
				path = writeFile(t, tt.file, tt.content)
			}
			_, err := settingsFor(t, nil, "--gazetteer", path)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("settings(--gazetteer %s) error = %v, want one containing %q", path, err, tt.want)
			}
			if got := exitCode(err); got != tt.wantCode {
				t.Errorf("exitCode(%v) = %d, want %d", err, got, tt.wantCode)
			}
		})
	}
}
