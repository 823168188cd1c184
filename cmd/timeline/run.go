package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Errors that decide the exit code; see exitCode.
var (
	// errUsage marks a mistake in the command line or the configuration.
	errUsage = errors.New("usage error")
	// errConflicts says that check found events
	// that contradict each other.
	errConflicts = errors.New("conflicts found")
	// errSkipped says that some input articles could not be read and were
	// skipped, while the others were processed.
	errSkipped = errors.New("input articles skipped")
)

// usageError is a mistake in the command line or the configuration.
type usageError struct{ err error }

func (e usageError) Error() string        { return e.err.Error() }
func (e usageError) Unwrap() error        { return e.err }
func (e usageError) Is(target error) bool { return target == errUsage }

func usageErrorf(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// exitCode is the one place where an error becomes an exit status.
func exitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errConflicts):
		return 3
	case errors.Is(err, errSkipped):
		return 4
	default:
		return 1
	}
}

// app is what one run of the command works with. A fresh one is built for
// every run, so that tests can run commands side by side.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(key string) string
	cfg            settings // filled before a subcommand runs
	quiet          bool     // --quiet: no progress report
}

// run executes the command line args and reports any error on stderr.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	return a.run(ctx, args)
}

func (a *app) run(ctx context.Context, args []string) error {
	root := a.rootCmd()
	if args == nil {
		args = []string{} // cobra reads os.Args when given nil
	}
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err != nil {
		fmt.Fprintf(a.stderr, "timeline: %v\n", err)
		if errors.Is(err, errUsage) {
			fmt.Fprintf(a.stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
		}
	}
	return err
}

// rootCmd builds a fresh command tree bound to a.
func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "timeline",
		Short: "Build a dated chronology of diplomatic events from French news articles",
		Long: `timeline reads French news articles, finds their date expressions ("mardi
dernier", "le 22 mars", "la semaine prochaine"), resolves them against the
publication date, extracts the event each date anchors, and keeps articles,
dates and events in a SQLite database from which it prints a chronology.

Configuration: embedded defaults, then an optional --config file, then
TIMELINE_* environment variables (TIMELINE_DB, TIMELINE_TIMEZONE,
TIMELINE_POLICY, TIMELINE_FORMAT, TIMELINE_LANG, TIMELINE_GAZETTEER), then flags.

Exit codes: 0 success, 1 failure, 2 usage error, 3 conflicts found by check,
4 some input articles were skipped while the others were stored.`,
		Example: `  timeline build fixtures/articles/
  timeline events --from 2016-03 --actor Kerry
  timeline tag --in cases.jsonl`,
		Args:          noArgs,
		RunE:          func(*cobra.Command, []string) error { return usageErrorf("missing command") },
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.CompletionOptions.DisableDefaultCmd = true
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	addGlobalFlags(root)
	root.PersistentFlags().BoolVar(&a.quiet, "quiet", false, "no progress report while ingesting")
	root.AddCommand(a.buildCmd(), a.ingestCmd(), a.eventsCmd(), a.tagCmd(), a.evalCmd(), a.exportCmd(), a.checkCmd(), a.extractCmd(), a.benchCmd(), versionCmd(a))
	return root
}

// noArgs rejects positional arguments as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		if cmd.HasSubCommands() {
			return usageErrorf("unknown command %q%s", args[0], didYouMean(cmd, args[0]))
		}
		return usageErrorf("%s: unexpected argument %q", cmd.Name(), args[0])
	}
	return nil
}

// needPaths asks for at least one input path.
func needPaths(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return usageErrorf("%s: missing PATH (a file, a folder, or - for standard input)", cmd.Name())
	}
	return nil
}

// didYouMean suggests the commands whose name is close to a mistyped one.
func didYouMean(cmd *cobra.Command, typed string) string {
	if s := cmd.SuggestionsFor(typed); len(s) > 0 {
		return " (did you mean " + strings.Join(s, " or ") + "?)"
	}
	return ""
}
