package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// format is the kind of file an article is read from.
type format int

// Formats, chosen by extension or sniffed from the content.
const (
	formatUnknown format = iota
	formatText
	formatHTML
	formatJSONL
)

// stdinName is the origin of articles read from standard input.
const stdinName = "stdin"

// extensions maps file extensions to formats; a file without extension is
// text.
var extensions = map[string]format{
	"":        formatText,
	".txt":    formatText,
	".md":     formatText,
	".html":   formatHTML,
	".htm":    formatHTML,
	".jsonl":  formatJSONL,
	".ndjson": formatJSONL,
}

// Read reads every article from paths (files, folders walked recursively in
// lexical order skipping dot files, "-" = stdin with the format sniffed from
// content) and calls fn for each, in order. Articles that cannot be read are
// collected in the returned ErrorList and skipped. The error is non-nil only
// when fn fails or ctx is done.
//
// In folders only files with a known extension (.txt, .md, none, .html,
// .htm, .jsonl, .ndjson) are read; a file named explicitly with another
// extension has its format sniffed like stdin.
func Read(ctx context.Context, paths []string, stdin io.Reader, opt Options, fn func(timeline.Article) error) (ErrorList, error) {
	r := &reader{ctx: ctx, stdin: stdin, opt: opt, fn: fn}
	for _, path := range paths {
		if err := r.readPath(path); err != nil {
			return r.errs, err
		}
	}
	return r.errs, nil
}

// reader carries one Read call's state.
type reader struct {
	ctx      context.Context
	stdin    io.Reader
	opt      Options
	fn       func(timeline.Article) error
	errs     ErrorList
	consumed int64 // bytes read from the input so far
}

// deliver hands an article to fn unless the context is done.
func (r *reader) deliver(a timeline.Article) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if r.opt.Consumed != nil {
		r.opt.Consumed(r.consumed)
	}
	return r.fn(a)
}

// counter counts the bytes read through it into the reader's total.
type counter struct {
	src io.Reader
	n   *int64
}

func (c counter) Read(p []byte) (int, error) {
	n, err := c.src.Read(p)
	*c.n += int64(n)
	return n, err
}

// report records an article that could not be read. A file system error
// loses its path, which the origin already gives.
func (r *reader) report(origin string, err error) {
	if pe, ok := errors.AsType[*fs.PathError](err); ok && pe.Path == origin {
		err = pe.Err
	}
	r.errs = append(r.errs, newError(origin, err))
}

// readPath reads stdin, a folder or a file named on the command line.
func (r *reader) readPath(path string) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	if path == "-" {
		return r.readStdin()
	}
	info, err := os.Stat(path)
	if err != nil {
		r.report(path, err)
		return nil
	}
	if info.IsDir() {
		return r.readDir(dirRoot(path))
	}
	f, ok := extensions[strings.ToLower(filepath.Ext(path))]
	if !ok {
		f = formatUnknown
	}
	return r.readFile(path, f)
}

// readDir walks a folder in lexical order, skipping dot files and folders
// and files of unknown formats.
func (r *reader) readDir(root string) error {
	return walkArticles(root, r.report, r.readFile)
}

// walkArticles calls fn with each file of a known format in the folder
// root, in lexical order, skipping dot files and folders; report receives
// the entries that cannot be read.
func walkArticles(root string, report func(string, error), fn func(path string, f format) error) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			report(path, err)
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !regularFile(path, d) {
			return nil
		}
		f, ok := extensions[strings.ToLower(filepath.Ext(path))]
		if !ok {
			return nil
		}
		return fn(path, f)
	})
}

// InputSize returns how many bytes Read reads from paths: the sizes of
// the files it reads. known is false when paths include standard input,
// whose size cannot be told beforehand. Entries that cannot be read count
// for nothing (Read reports them).
func InputSize(paths []string) (size int64, known bool) {
	add := func(path string, _ format) error {
		if info, err := os.Stat(path); err == nil {
			size += info.Size()
		}
		return nil
	}
	ignore := func(string, error) {}
	for _, path := range paths {
		if path == "-" {
			return 0, false
		}
		info, err := os.Stat(path)
		switch {
		case err != nil:
		case info.IsDir():
			_ = walkArticles(dirRoot(path), ignore, add) // add never fails
		default:
			size += info.Size()
		}
	}
	return size, true
}

// dirRoot makes a link to a folder walkable: WalkDir does not follow a
// root that is a link, but follows one written with a trailing separator.
func dirRoot(path string) string {
	info, err := os.Lstat(path)
	if err == nil && info.Mode()&fs.ModeSymlink != 0 {
		return path + string(filepath.Separator)
	}
	return path
}

// regularFile reports whether a folder entry is a file or a link to one.
func regularFile(path string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// readFile reads the articles of one file in the given format.
func (r *reader) readFile(path string, f format) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	file, err := os.Open(path)
	if err != nil {
		r.report(path, err)
		return nil
	}
	defer file.Close()
	return r.readSource(path, file, f)
}

// readStdin reads standard input, its format sniffed from the content.
func (r *reader) readStdin() error {
	if r.stdin == nil {
		r.report(stdinName, errors.New("no standard input"))
		return nil
	}
	return r.readSource(stdinName, r.stdin, formatUnknown)
}

// readSource reads one stream; an unknown format is sniffed first, after
// decoding any byte order mark. JSONL is streamed, the other formats read
// whole.
func (r *reader) readSource(name string, src io.Reader, f format) error {
	br := bufio.NewReader(bomReader(counter{src: src, n: &r.consumed}))
	if f == formatUnknown {
		f = sniff(br)
	}
	if f == formatJSONL {
		errs, err := ParseJSONL(name, br, r.opt, r.deliver)
		r.errs = append(r.errs, errs...)
		return err
	}
	data, err := io.ReadAll(io.LimitReader(br, MaxArticleBytes+1))
	if err != nil {
		r.report(name, fmt.Errorf("read: %w", err))
		return nil
	}
	if len(data) > MaxArticleBytes {
		r.report(name, fmt.Errorf("%w: more than %d MB", ErrTooLarge, MaxArticleBytes>>20))
		return nil
	}
	parse := ParseText
	if f == formatHTML {
		parse = ParseHTML
	}
	a, err := parse(name, data, r.opt)
	if err != nil {
		r.report(name, err)
		return nil
	}
	if err := r.deliver(a); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// sniffSize is how much of a stream sniff looks at.
const sniffSize = 512

// sniff guesses a stream's format from its first character that is not a
// space: "{" is JSONL, "<" is HTML, anything else text.
func sniff(br *bufio.Reader) format {
	head, _ := br.Peek(sniffSize) // a short stream gives what it has
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return formatJSONL
	case bytes.HasPrefix(head, []byte("<")):
		return formatHTML
	}
	return formatText
}
