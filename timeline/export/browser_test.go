package export

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/ingest"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// fixtureArticles is the folder of bundled articles, from this package.
const fixtureArticles = "../../fixtures/articles"

// seedID is the id of the seed article, the Sputnik one.
const seedID = "sputnik-2016-03-22-kerry-moscou"

// fixtureChronology reads, tags and extracts the fixture articles, one
// entry per event: the page is checked on real extraction output, apart
// from the merge.
func fixtureChronology(t *testing.T) Chronology {
	t.Helper()
	tg := tagger.New(tagger.PolicyNews)
	var c Chronology
	_, err := ingest.Read(context.Background(), []string{fixtureArticles}, nil, ingest.Options{}, func(a timeline.Article) error {
		for _, ev := range events.Extract(a, tg.Tag(a.Text, a.Published)) {
			e := timeline.Entry{Event: ev, Source: a.Source, URL: a.URL, Title: a.Title, Published: a.Published}
			c.Happenings = append(c.Happenings, timeline.Happening{
				ID: fmt.Sprintf("%s-%d", a.ID, ev.Date.Offset), Date: ev.Date, Headline: ev.Summary,
				Actors: ev.Actors, Places: ev.Places, Modality: ev.Modality, Sources: []timeline.Entry{e},
			})
		}
		return nil
	})
	if err != nil {
		t.Fatalf("read fixtures: %v", err)
	}
	return c
}

// chromium finds a Chromium or Chrome binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no chromium on PATH: skipping the headless browser test of the HTML page (on Debian: apt-get install chromium)")
	return ""
}

// browse opens page in headless Chromium, at the address fragment given,
// and returns the DOM once the page's script has run, and the browser's
// log (console messages and policy violations).
func browse(t *testing.T, page []byte, fragment string) (*html.Node, string) {
	t.Helper()
	bin := chromium(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "page.html")
	if err := os.WriteFile(path, page, 0o644); err != nil {
		t.Fatalf("write page: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-first-run", "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--dump-dom", "file://"+path+fragment)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	return parseHTML(t, stdout.Bytes()), stderr.String()
}

// checkLoaded checks that the page's script ran to its end without error
// and that the browser logged no script error or policy violation.
func checkLoaded(t *testing.T, doc *html.Node, log string) *html.Node {
	t.Helper()
	root := byTag(doc, "html")[0]
	if v, _ := attrOf(root, "data-ready"); v != "1" {
		t.Errorf("the page's script did not run to its end (no data-ready); browser log:\n%s", log)
	}
	for _, marker := range []string{"data-error", "data-pwned"} {
		if v, ok := attrOf(root, marker); ok {
			t.Errorf("page root has %s=%q", marker, v)
		}
	}
	for _, bad := range []string{"Uncaught", "Content Security Policy", "Refused to"} {
		if strings.Contains(log, bad) {
			t.Errorf("browser log mentions %q:\n%s", bad, log)
		}
	}
	return root
}

// entriesOf lists the entries of a page.
func entriesOf(doc *html.Node) []*html.Node {
	var out []*html.Node
	for _, li := range byTag(doc, "li") {
		if hasClass(li, "entry") {
			out = append(out, li)
		}
	}
	return out
}

func TestHTMLInBrowser(t *testing.T) {
	c := fixtureChronology(t)
	page := write(t, FormatHTML, c, Options{Title: "Syrie, printemps 2016"})
	t.Run("seed events shown", func(t *testing.T) {
		doc, log := browse(t, page, "")
		root := checkLoaded(t, doc, log)
		entries := entriesOf(doc)
		if v, _ := attrOf(root, "data-shown"); v != strconv.Itoa(len(c.Happenings)) || len(entries) != len(c.Happenings) {
			t.Errorf("page shows %s of %d entries, want all %d", v, len(entries), len(c.Happenings))
		}
		shown := map[string]bool{}
		for _, e := range entries {
			if _, hidden := attrOf(e, "hidden"); !hidden {
				shown[textOf(byTag(e, "h3")[0])] = true
			}
		}
		seed := 0
		for _, h := range c.Happenings {
			if h.Sources[0].ArticleID == seedID {
				seed++
				if !shown[headline(h)] {
					t.Errorf("seed event %q (%s) is not shown", headline(h), timeline.DisplayDate(h.Date))
				}
			}
		}
		if seed == 0 {
			t.Errorf("the fixtures gave no event of the seed article %s", seedID)
		}
	})
	t.Run("filter from the address", func(t *testing.T) {
		doc, log := browse(t, page, "#q=kerry%20moscou")
		root := checkLoaded(t, doc, log)
		kept := 0
		for _, e := range entriesOf(doc) {
			text := strings.ToLower(textOf(e))
			want := strings.Contains(text, "kerry") && strings.Contains(text, "moscou")
			if _, hidden := attrOf(e, "hidden"); hidden == want {
				t.Errorf("entry %q hidden = %v, want %v for the filter \"kerry moscou\"", textOf(byTag(e, "h3")[0]), hidden, !want)
			}
			if want {
				kept++
			}
		}
		if v, _ := attrOf(root, "data-shown"); v != strconv.Itoa(kept) || kept == 0 {
			t.Errorf("filter \"kerry moscou\" shows %s entries, want %d (and some)", v, kept)
		}
	})
}

func TestHostileHTMLInBrowser(t *testing.T) {
	doc, log := browse(t, write(t, FormatHTML, hostile(), Options{Title: hostileScript}), "")
	checkLoaded(t, doc, log)
	checkInert(t, doc)
}
