package main

import (
	"bytes"
	"fmt"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // zones must resolve on systems without a zoneinfo database

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/timeline-fr/timeline/configs"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// Configuration keys. Each one has an environment variable TIMELINE_<KEY>
// and a flag --<key>.
const (
	keyDB        = "db"
	keyTimezone  = "timezone"
	keyPolicy    = "policy"
	keyFormat    = "format"
	keyLang      = "lang"
	keyGazetteer = "gazetteer"
	keyMemory    = "memory_limit"
)

var configKeys = []string{keyDB, keyTimezone, keyPolicy, keyFormat, keyLang, keyGazetteer, keyMemory}

// Accepted values of the keys that take a closed set.
var (
	policies = []string{string(tagger.PolicyNews), string(tagger.PolicyFuture), string(tagger.PolicyPast), string(tagger.PolicyNearest)}
	formats  = []string{formatText, formatJSON}
)

// Output formats of the chronology.
const (
	formatText = "text"
	formatJSON = "json"
)

// settings is the validated configuration of one run.
type settings struct {
	DB       string
	Location *time.Location
	Policy   tagger.Policy
	Format   string
	Lang     string
	// GazetteerPath is the file of names that extends the built-in
	// gazetteer ("" for none); Gazetteer is the result, never nil.
	GazetteerPath string
	// MemoryLimitMiB is the memory budget of the heaps, 0 for none: the
	// soft memory limit of the runtime, shared with SQLite's heap while
	// an ingest runs (see governMemory).
	MemoryLimitMiB int
	Gazetteer      *events.Gazetteer
}

// addGlobalFlags declares the flags every subcommand inherits.
func addGlobalFlags(root *cobra.Command) {
	f := root.PersistentFlags()
	f.String("config", "", "read configuration from `FILE` (yaml, json or toml)")
	f.String(keyDB, "", "SQLite database `FILE` (config key db, default ./timeline.db)")
	f.String(keyTimezone, "", "`ZONE` of dates given without offset (config key timezone, default Europe/Paris)")
	f.String(keyLang, "", "language `CODE` of messages (config key lang, default en)")
	f.String(keyGazetteer, "", "YAML or JSON `FILE` of actors, places, titles and seats added to the built-in names (config key gazetteer)")
	f.String(keyMemory, "", "memory budget in `MIB` of the Go heap and, while ingesting, of SQLite's heap, 0 for none (config key memory_limit, default 224)")
}

// addPolicyFlag declares --policy on commands that tag.
func addPolicyFlag(cmd *cobra.Command) {
	cmd.Flags().String(keyPolicy, "", "resolution `POLICY`: news, future, past or nearest (config key policy, default news)")
}

// addFormatFlag declares --format on commands that print a chronology.
func addFormatFlag(cmd *cobra.Command) {
	cmd.Flags().String(keyFormat, "", "output `FORMAT`: text or json (config key format, default text)")
}

// configured wraps the run function of a command that needs the
// configuration, so that it is loaded, with the flags of that command,
// just before the command runs. Commands that do not need it (help,
// version) keep working when it is broken.
func (a *app) configured(fn func(*cobra.Command, []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if err := a.configure(cmd); err != nil {
			return err
		}
		return fn(cmd, args)
	}
}

// configure loads the configuration of cmd into a.cfg.
func (a *app) configure(cmd *cobra.Command) error {
	path, err := cmd.Flags().GetString("config")
	if err != nil {
		return fmt.Errorf("read --config: %w", err)
	}
	v, err := loadConfig(path, a.getenv)
	if err != nil {
		return err
	}
	for _, key := range configKeys {
		if f := cmd.Flags().Lookup(key); f != nil {
			if err := v.BindPFlag(key, f); err != nil {
				return fmt.Errorf("bind flag --%s: %w", key, err)
			}
		}
	}
	a.cfg, err = newSettings(v)
	if err == nil {
		a.applyMemoryLimit()
	}
	return err
}

// applyMemoryLimit sets the runtime's soft memory limit from the
// configuration, unless GOMEMLIMIT already set one: the collector then
// works harder before the heap outgrows it, which keeps large ingests
// within bounds (the live data must still fit). An ingest lowers it by
// what SQLite's heap holds while it runs (governMemory).
func (a *app) applyMemoryLimit() {
	if a.cfg.MemoryLimitMiB > 0 && a.getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(a.cfg.MemoryLimitMiB) << 20)
	}
}

// loadConfig layers, from the lowest precedence, the embedded defaults, the
// file at path (if any) and the TIMELINE_* variables read with getenv.
// Flags are bound on top by the caller; viper uses a flag only when it was
// set on the command line.
func loadConfig(path string, getenv func(string) string) (*viper.Viper, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	if err := v.ReadConfig(bytes.NewReader(configs.Default)); err != nil {
		return nil, fmt.Errorf("read default configuration: %w", err)
	}
	if path != "" {
		file, err := readConfigFile(path)
		if err != nil {
			return nil, err
		}
		if err := v.MergeConfigMap(file); err != nil {
			return nil, fmt.Errorf("config %s: %w", path, err)
		}
	}
	if err := v.MergeConfigMap(envConfig(getenv)); err != nil {
		return nil, fmt.Errorf("read environment: %w", err)
	}
	return v, nil
}

// readConfigFile reads a configuration file and rejects unknown keys, so
// that a misspelt key does not go unnoticed.
func readConfigFile(path string) (map[string]any, error) {
	f := viper.New()
	f.SetConfigFile(path)
	if err := f.ReadInConfig(); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	for _, key := range f.AllKeys() {
		if !slices.Contains(configKeys, key) {
			return nil, usageErrorf("config %s: unknown key %q (known: %s)", path, key, strings.Join(configKeys, ", "))
		}
	}
	return f.AllSettings(), nil
}

// envConfig returns the keys set by TIMELINE_* variables. An empty variable
// counts as unset.
func envConfig(getenv func(string) string) map[string]any {
	m := make(map[string]any)
	for _, key := range configKeys {
		if val := getenv(envName(key)); val != "" {
			m[key] = val
		}
	}
	return m
}

// envName is the environment variable of a configuration key.
func envName(key string) string { return "TIMELINE_" + strings.ToUpper(key) }

// newSettings validates the merged configuration.
func newSettings(v *viper.Viper) (settings, error) {
	s := settings{
		DB:     v.GetString(keyDB),
		Policy: tagger.Policy(v.GetString(keyPolicy)),
		Format: v.GetString(keyFormat),
		Lang:   v.GetString(keyLang),
	}
	if s.DB == "" {
		return s, usageErrorf("%s: empty value", keyDB)
	}
	if err := oneOf(keyPolicy, string(s.Policy), policies); err != nil {
		return s, err
	}
	if err := oneOf(keyFormat, s.Format, formats); err != nil {
		return s, err
	}
	zone := v.GetString(keyTimezone)
	loc, err := time.LoadLocation(zone)
	if err != nil || zone == "" {
		return s, usageErrorf("%s: unknown value %q (want an IANA zone such as Europe/Paris)", keyTimezone, zone)
	}
	s.Location = loc
	mem, err := strconv.Atoi(strings.TrimSpace(v.GetString(keyMemory)))
	if err != nil || mem < 0 {
		return s, usageErrorf("%s: %q is not a number of MiB (0 for no limit)", keyMemory, v.GetString(keyMemory))
	}
	s.MemoryLimitMiB = mem
	s.GazetteerPath = v.GetString(keyGazetteer)
	s.Gazetteer, err = loadGazetteer(s.GazetteerPath)
	return s, err
}

// gazetteerKeys are the sections of a gazetteer file.
var gazetteerKeys = []string{"actors", "places", "titles", "seats"}

// loadGazetteer returns the built-in gazetteer extended with the names of
// the YAML or JSON file at path (none when path is empty). A file that
// cannot be read is a failure; one with unknown sections or empty names is
// a usage error.
func loadGazetteer(path string) (*events.Gazetteer, error) {
	g := events.DefaultGazetteer()
	if path == "" {
		return g, nil
	}
	f := viper.New()
	f.SetConfigFile(path)
	if err := f.ReadInConfig(); err != nil {
		return nil, fmt.Errorf("%s %s: %w", keyGazetteer, path, err)
	}
	for _, key := range f.AllKeys() {
		if section, _, _ := strings.Cut(key, "."); !slices.Contains(gazetteerKeys, section) {
			return nil, usageErrorf("%s %s: unknown key %q (known: %s)", keyGazetteer, path, key, strings.Join(gazetteerKeys, ", "))
		}
	}
	var names events.Names
	if err := f.Unmarshal(&names); err != nil {
		return nil, usageErrorf("%s %s: %v", keyGazetteer, path, err)
	}
	if err := g.Extend(names); err != nil {
		return nil, usageErrorf("%s %s: %w", keyGazetteer, path, err)
	}
	return g, nil
}

// oneOf checks that the value of key is among the accepted ones.
func oneOf(key, val string, accepted []string) error {
	if slices.Contains(accepted, val) {
		return nil
	}
	return usageErrorf("%s: unknown value %q (want %s)", key, val, strings.Join(accepted, ", "))
}
