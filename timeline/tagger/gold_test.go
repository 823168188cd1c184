package tagger_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/timeline-fr/timeline/timeline/eval"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// goldDir holds the shared evaluation sets beside the checkout.
const goldDir = "../../../shared/gold"

// TestGoldScores scores the tagger on every shared gold set and fails when
// a score falls under its floor. Floors only rise: raise them with the
// scores, never lower them to let a change pass.
func TestGoldScores(t *testing.T) {
	floors := []struct {
		file           string
		policy         tagger.Policy
		values         tagger.Values // chrono and Duckling give start + grain, no TIMEX3
		relaxed, value float64
	}{
		{"ftib_dev.jsonl", tagger.PolicyNews, tagger.ValuesTimex, 94.5, 89.9},
		{"seed.jsonl", tagger.PolicyNews, tagger.ValuesTimex, 100, 100},
		{"chrono_fr.jsonl", tagger.PolicyNews, tagger.ValuesCalendar, 96.3, 84.4},
		{"chrono_fr.jsonl", tagger.PolicyNearest, tagger.ValuesInstant, 96.5, 92.3}, // chrono's own conventions
		{"duckling_fr.jsonl", tagger.PolicyFuture, tagger.ValuesCalendar, 98.6, 92.1},
	}
	for _, f := range floors {
		t.Run(f.file+"/"+string(f.policy)+"/"+string(f.values), func(t *testing.T) {
			r := scoreGold(t, filepath.Join(goldDir, f.file), f.policy, f.values)
			t.Logf("%s: relaxed F1 %.1f, strict F1 %.1f, value F1 %.1f, type acc %.1f",
				f.file, r.Relaxed.F1, r.Strict.F1, r.Value.F1, r.TypeAcc)
			if r.Relaxed.F1 < f.relaxed || r.Value.F1 < f.value {
				t.Errorf("%s: relaxed F1 %.1f, value F1 %.1f; floors %.1f, %.1f", f.file, r.Relaxed.F1, r.Value.F1, f.relaxed, f.value)
			}
		})
	}
}

// scoreGold tags every case of a gold file and scores the result; it
// skips when the file is absent.
func scoreGold(t testing.TB, path string, p tagger.Policy, v tagger.Values) *eval.Report {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Skipf("gold set not available: %v", err)
	}
	defer fh.Close()
	cases, err := eval.ReadGold(fh)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	tg := tagger.New(p, tagger.WithValues(v))
	preds := map[string][]eval.Found{}
	for _, c := range cases {
		found := []eval.Found{}
		for _, m := range tg.Tag(c.Text, c.Ref) {
			found = append(found, eval.FromMention(m))
		}
		preds[c.ID] = found
	}
	return eval.Score(filepath.Base(path), cases, preds)
}
