package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The gold sets and the reference scorer live outside the project, next to
// it; tests that need them skip when they are absent.
var (
	goldDir  = filepath.Join("..", "..", "..", "shared", "gold")
	scorePy  = filepath.Join("..", "..", "..", "shared", "eval", "score.py")
	goldSets = []string{"chrono_fr", "ftib_dev", "seed", "duckling_fr"}
)

// readGoldFile reads a gold set, skipping the test when it is absent.
func readGoldFile(t *testing.T, name string) []Case {
	t.Helper()
	f, err := os.Open(filepath.Join(goldDir, name+".jsonl"))
	if os.IsNotExist(err) {
		t.Skipf("gold set %s absent", name)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadGold(f)
	if err != nil {
		t.Fatalf("ReadGold(%s): %v", name, err)
	}
	return cases
}

// TestAgreement scores altered copies of the gold sets with this package and
// with score.py, and checks that both give the same figures.
func TestAgreement(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 absent")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skipf("score.py absent: %v", err)
	}
	runs := []struct {
		gold   string
		ignore []string
	}{
		{"chrono_fr", nil}, {"ftib_dev", nil}, {"ftib_dev", []string{"duration", "set"}}, {"seed", nil}, {"duckling_fr", nil},
	}
	for _, run := range runs {
		t.Run(run.gold+strings.Join(run.ignore, "-"), func(t *testing.T) {
			cases := readGoldFile(t, run.gold)
			predPath := writePredictions(t, alteredPredictions(cases))
			preds := readPredictionFile(t, predPath)
			got := ScoreWith("go", cases, preds, Options{IgnoreKinds: run.ignore})
			want, wantMisses := runScorePy(t, python, filepath.Join(goldDir, run.gold+".jsonl"), predPath, run.ignore)
			compareWithScorePy(t, got, want)
			for kind, n := range wantMisses {
				if g := countMisses(got, kind); g != n {
					t.Errorf("%s misses = %d, want %d (score.py)", kind, g, n)
				}
			}
		})
	}
}

// alteredPredictions builds a prediction set from gold cases, altered
// deterministically so that every path of the scorer is taken: mentions
// dropped, padded, extended, cut, split, given wrong values and types,
// values left to derive, offsets in code points or wrong, spurious
// mentions, cases without a prediction line.
func alteredPredictions(cases []Case) []Prediction {
	var out []Prediction
	k := 0
	for ci, c := range cases {
		if ci%11 == 5 {
			continue
		}
		p := Prediction{ID: c.ID, Found: []Found{}}
		spans := locateGold(c)
		for i, e := range c.Expect {
			k++
			p.Found = append(p.Found, alter(c, e, spans[i], k)...)
		}
		if ci%3 != 2 {
			p.Found = append(p.Found, spurious(c, ci))
		}
		out = append(out, p)
	}
	return out
}

// alter returns the predictions for gold mention e, altered by k.
func alter(c Case, e Expected, sp span, k int) []Found {
	runes := []rune(c.Text)
	f := Found{Text: e.Text, Type: goldType(e), Timex: e.Timex, Start: deref(e.Start), Grain: e.Grain}
	if e.WholeText {
		f.Text = strings.Fields(c.Text + " x")[0]
	} else if sp.ok {
		f.Text = string(runes[sp.lo:sp.hi])
		f.Offset = len(string(runes[:sp.lo]))
	}
	f.EndOffset = f.Offset + len(f.Text)
	switch k % 13 {
	case 0:
		return nil
	case 1:
		f.Text = "  " + f.Text
	case 2:
		f.Text += extension(runes, sp)
	case 3:
		return split(f)
	case 4:
		f.Timex, f.Type = "2099-01-01", "DURATION"
	case 5:
		f.Timex = ""
	case 6:
		f.Offset = sp.lo
	case 7:
		f.Offset = len(c.Text) + 7
	case 8:
		f.Type, f.Timex = strings.ToLower(e.Kind), strings.ToLower(e.Timex)
	case 9:
		f.Timex, f.Type = "", "SET"
	case 10:
		f.Text = strings.ToUpper(f.Text)
	case 11:
		f.Offset = 0
	}
	return []Found{f}
}

// split cuts the last character and, apart, the first of a prediction:
// two predictions with the same overlap, the second one nearer, so that the
// alignment has to weigh distance against order.
func split(f Found) []Found {
	r := []rune(f.Text)
	if len(r) < 3 {
		return []Found{f}
	}
	head, tail := f, f
	head.Text = string(r[:len(r)-1])
	tail.Text, tail.Timex = string(r[1:]), "2098"
	tail.Offset = f.Offset + len(string(r[:1]))
	return []Found{tail, head}
}

// extension is the text after a span up to the end of the next word.
func extension(runes []rune, sp span) string {
	if !sp.ok {
		return ""
	}
	rest := string(runes[sp.hi:])
	loc := regexp.MustCompile(`^\s*\S+`).FindStringIndex(rest)
	if loc == nil {
		return ""
	}
	return rest[:loc[1]]
}

// spurious is a prediction on a short word of the text, often "le", at
// its offset or, one case in three, at a wrong one.
func spurious(c Case, ci int) Found {
	text, off := "le", strings.Index(c.Text, "le")
	if off < 0 {
		words := strings.Fields(c.Text + " x")
		text = words[ci%len(words)]
		off = strings.Index(c.Text, text)
	}
	if ci%3 == 1 {
		off = len(c.Text) / 2
	}
	return Found{Text: text, Offset: max(off, 0), EndOffset: max(off, 0) + len(text), Type: "DATE", Start: "2001-02-03T04:05:06", Grain: "week"}
}

func writePredictions(t *testing.T, preds []Prediction) string {
	t.Helper()
	var b bytes.Buffer
	for _, p := range preds {
		line, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(append(line, '\n'))
	}
	path := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readPredictionFile(t *testing.T, path string) map[string][]Found {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	preds, err := ReadPredictions(f)
	if err != nil {
		t.Fatalf("ReadPredictions: %v", err)
	}
	return preds
}

// runScorePy runs score.py and returns its metrics for the prediction file
// and its error counts by kind of miss.
func runScorePy(t *testing.T, python, gold, pred string, ignore []string) (map[string]any, map[string]int) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "score.json")
	args := []string{scorePy, "--gold", gold, "--pred", "go=" + pred, "--json", out, "--errors", "1"}
	for _, k := range ignore {
		args = append(args, "--ignore-kind", k)
	}
	stdout, err := exec.Command(python, args...).Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var results map[string]struct {
		Peers map[string]map[string]any `json:"peers"`
	}
	if err := json.Unmarshal(data, &results); err != nil {
		t.Fatalf("score.py JSON: %v", err)
	}
	for _, r := range results {
		return r.Peers["go"], scorePyMisses(t, stdout)
	}
	t.Fatal("score.py wrote no result")
	return nil, nil
}

// scorePyMisses reads the error counts score.py prints ("- missed gold
// (...): 12").
func scorePyMisses(t *testing.T, stdout []byte) map[string]int {
	t.Helper()
	titles := map[string]string{"missed gold": MissMissed, "spurious prediction": MissSpurious,
		"relaxed but not strict": MissExtent, "wrong value": MissValue, "wrong type": MissType}
	re := regexp.MustCompile(`^- (.+?) \(.*\): (\d+)$`)
	counts := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(stdout))
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			n, _ := strconv.Atoi(m[2])
			counts[titles[m[1]]] = n
		}
	}
	if len(counts) != len(titles) {
		t.Fatalf("score.py error counts: got %v from\n%s", counts, stdout)
	}
	return counts
}

func countMisses(r *Report, kind string) int {
	n := 0
	for _, m := range r.Misses {
		if m.Kind == kind {
			n++
		}
	}
	return n
}

// compareWithScorePy checks every count and figure of a report against
// score.py's metrics (fractions, null when undefined).
func compareWithScorePy(t *testing.T, got *Report, want map[string]any) {
	t.Helper()
	ints := map[string]int{
		"cases": got.Cases, "missing": got.Missing, "gold": got.Gold, "pred": got.Pred,
		"strict": got.Strict.Match, "relaxed": got.Relaxed.Match, "type_n": got.TypeN, "type_ok": got.TypeOK,
		"value_ok": got.Value.Match, "gold_plain": got.GoldPlain, "value_ok_plain": got.ValuePlain,
		"timex_given": got.TimexGiven, "timex_derived": got.TimexDerived, "timex_none": got.TimexNone,
	}
	for k, g := range ints {
		if w, ok := want[k].(float64); !ok || int(w) != g {
			t.Errorf("%s = %d, want %v (score.py)", k, g, want[k])
		}
	}
	figures := map[string]*float64{}
	for name, m := range map[string]jsonPRF{"strict": got.jsonPRF(got.Strict), "relaxed": got.jsonPRF(got.Relaxed), "value": got.jsonPRF(got.Value)} {
		figures[name+"_p"], figures[name+"_r"], figures[name+"_f1"] = m.P, m.R, m.F1
	}
	figures["type_acc"] = defined(got.TypeAcc, got.TypeN)
	figures["value_acc"] = defined(got.ValueAcc, got.Relaxed.Match)
	figures["value_r_plain"] = defined(got.ValueRPlain, got.GoldPlain)
	for k, g := range figures {
		if msg := compareFigure(g, want[k]); msg != "" {
			t.Errorf("%s = %s, want %v (score.py)", k, msg, want[k])
		}
	}
}

// compareFigure returns "" when a percentage agrees with a score.py
// fraction to 0.01, else how it reads.
func compareFigure(got *float64, want any) string {
	w, ok := want.(float64)
	switch {
	case got == nil && want == nil:
		return ""
	case got == nil:
		return "undefined"
	case !ok:
		return fmt.Sprintf("%.4f", *got)
	case math.Abs(*got-100*w) > 0.01:
		return fmt.Sprintf("%.4f", *got)
	}
	return ""
}

// TestReadGoldSets reads every gold set and checks that its mentions are
// mostly found in their texts.
func TestReadGoldSets(t *testing.T) {
	for _, name := range goldSets {
		t.Run(name, func(t *testing.T) {
			cases := readGoldFile(t, name)
			if len(cases) == 0 {
				t.Fatalf("ReadGold(%s) = no case", name)
			}
			located, total := 0, 0
			for _, c := range cases {
				for _, sp := range locateGold(c) {
					total++
					if sp.ok {
						located++
					}
				}
				if !utf8.ValidString(c.Text) {
					t.Errorf("case %s: text not UTF-8", c.ID)
				}
			}
			if located*10 < total*9 {
				t.Errorf("%s: %d of %d gold mentions located, want at least 90%%", name, located, total)
			}
		})
	}
}
