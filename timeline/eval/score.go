package eval

import (
	"slices"
	"strings"
)

// Options change what is scored.
type Options struct {
	// IgnoreKinds lists gold kinds (e.g. "duration") that are not counted:
	// their mentions are "don't care" regions, and predictions overlapping
	// only them are not counted either (score.py's --ignore-kind).
	IgnoreKinds []string
}

// Report holds the scores of one prediction set on one gold set.
// Percentages are 0-100. A figure whose denominator is zero is undefined
// and reads 0: P without predictions, R without gold mentions, TypeAcc
// without typed matches (TypeN), ValueAcc without relaxed matches,
// ValueRPlain without plain gold values (GoldPlain).
type Report struct {
	Name string
	// Cases counts the gold cases, Missing those without a prediction line
	// (scored as empty); Gold and Pred count the mentions scored.
	Cases, Missing, Gold, Pred int
	Strict, Relaxed            PRF
	// TypeAcc is the share of relaxed matches with a predicted type whose
	// type is the gold one; TypeN counts those matches, TypeOK the right ones.
	TypeAcc       float64
	TypeN, TypeOK int
	// Value counts relaxed matches with equal normalised TIMEX3 values
	// (TempEval-3 attribute F1); ValueAcc is their share of relaxed matches.
	Value    PRF
	ValueAcc float64
	// ValueRPlain is the recall of values over the GoldPlain gold mentions
	// with a plain calendar value, ValuePlain of them matched: the ceiling
	// a tagger without TIMEX output can reach is 100 here.
	ValueRPlain           float64
	GoldPlain, ValuePlain int
	// TimexGiven, TimexDerived and TimexNone count predictions with their
	// own value, a value derived from start + grain, and none.
	TimexGiven, TimexDerived, TimexNone int
	IgnoreKinds                         []string
	// Misses lists the errors, case by case.
	Misses []Miss
}

// PRF is precision, recall and F1 in percent over Match true positives.
type PRF struct {
	P, R, F1 float64
	Match    int
}

// Miss is one scoring error.
type Miss struct {
	CaseID string
	// Kind is "missed" (gold not matched), "spurious" (prediction not
	// matched), "extent" (relaxed but not strict match), "value" (wrong or
	// no value on a match) or "type" (wrong type on a match).
	Kind      string
	Gold      string // gold text; empty for a spurious prediction
	Pred      string // predicted text; empty for a missed gold mention
	GoldValue string // normalised TIMEX3 values ("" for none)
	PredValue string
	Timex     string // how the prediction got its value: given, derived, none
	GoldType  string // types, for a type miss
	PredType  string
	// Context shows the mention in its text: the gold span when there is
	// one, else the predicted span.
	Context string
}

// Kinds of misses, in the order reports list them.
const (
	MissMissed   = "missed"
	MissSpurious = "spurious"
	MissExtent   = "extent"
	MissValue    = "value"
	MissType     = "type"
)

// MissKinds lists the kinds of misses in report order.
func MissKinds() []string {
	return []string{MissMissed, MissSpurious, MissExtent, MissValue, MissType}
}

// Score scores predictions, by case id, against gold cases. A case without
// predictions is scored as empty.
func Score(name string, cases []Case, preds map[string][]Found) *Report {
	return ScoreWith(name, cases, preds, Options{})
}

// ScoreWith is Score with options.
func ScoreWith(name string, cases []Case, preds map[string][]Found, opt Options) *Report {
	r := &Report{Name: name, Cases: len(cases), IgnoreKinds: slices.Clone(opt.IgnoreKinds)}
	ignore := map[string]bool{}
	for _, k := range opt.IgnoreKinds {
		ignore[k] = k != ""
	}
	var n counts
	for _, c := range cases {
		found, ok := preds[c.ID]
		if !ok {
			r.Missing++
		}
		n.add(scoreCase(c, found, ignore, &r.Misses))
	}
	n.fill(r)
	return r
}

// counts are the sums score.py keeps per case.
type counts struct {
	gold, pred, strict, relaxed         int
	typeN, typeOK, valueOK              int
	goldPlain, valuePlain               int
	timexGiven, timexDerived, timexNone int
}

func (c *counts) add(o counts) {
	c.gold += o.gold
	c.pred += o.pred
	c.strict += o.strict
	c.relaxed += o.relaxed
	c.typeN += o.typeN
	c.typeOK += o.typeOK
	c.valueOK += o.valueOK
	c.goldPlain += o.goldPlain
	c.valuePlain += o.valuePlain
	c.timexGiven += o.timexGiven
	c.timexDerived += o.timexDerived
	c.timexNone += o.timexNone
}

func (c *counts) countTimex(how string) {
	switch how {
	case timexGiven:
		c.timexGiven++
	case timexDerived:
		c.timexDerived++
	default:
		c.timexNone++
	}
}

// fill sets the report's counts and metrics.
func (c counts) fill(r *Report) {
	r.Gold, r.Pred = c.gold, c.pred
	r.Strict = prf(c.strict, c.pred, c.gold)
	r.Relaxed = prf(c.relaxed, c.pred, c.gold)
	r.Value = prf(c.valueOK, c.pred, c.gold)
	r.TypeN, r.TypeOK = c.typeN, c.typeOK
	r.TypeAcc = percent(c.typeOK, c.typeN)
	r.ValueAcc = percent(c.valueOK, c.relaxed)
	r.GoldPlain, r.ValuePlain = c.goldPlain, c.valuePlain
	r.ValueRPlain = percent(c.valuePlain, c.goldPlain)
	r.TimexGiven, r.TimexDerived, r.TimexNone = c.timexGiven, c.timexDerived, c.timexNone
}

// prf computes precision, recall and F1 in percent; F1 is 0 when nothing
// was predicted. Fractions are computed first, as score.py does, so that
// rounded figures agree.
func prf(match, pred, gold int) PRF {
	p, r := fraction(match, pred), fraction(match, gold)
	m := PRF{P: 100 * p, R: 100 * r, Match: match}
	if p+r > 0 {
		m.F1 = 100 * (2 * p * r / (p + r))
	}
	return m
}

func percent(a, b int) float64 { return 100 * fraction(a, b) }

func fraction(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scored is a case reduced to the mentions that count, with their spans
// and values.
type scored struct {
	text       []rune
	expect     []Expected
	found      []Found
	golds      []mention
	preds      []mention
	goldValues []string
	predValues []string
	predHow    []string
}

// scoreCase scores one case, appending its misses in score.py's order.
func scoreCase(c Case, found []Found, ignore map[string]bool, misses *[]Miss) counts {
	s := prepare(c, found, ignore)
	var n counts
	n.gold, n.pred = len(s.expect), len(s.found)
	a := align(s.golds, s.preds)
	n.strict, n.relaxed = len(a.strict), len(a.relaxed)
	for j := range s.found {
		n.countTimex(s.predHow[j])
	}
	for i := range s.expect {
		if isPlain(s.goldValues[i]) {
			n.goldPlain++
		}
	}
	for _, p := range a.relaxed {
		s.scorePair(c.ID, p, a.strict[p], &n, misses)
	}
	s.unmatched(c.ID, a, misses)
	return n
}

// prepare locates and values the mentions of a case, leaving out the ones
// of ignored kinds.
func prepare(c Case, found []Found, ignore map[string]bool) scored {
	s := scored{text: []rune(c.Text)}
	gspans, pspans := locateGold(c), locatePreds(c.Text, found)
	golds := make([]mention, len(c.Expect))
	for i, e := range c.Expect {
		golds[i] = mention{span: gspans[i], text: e.Text, hasText: !e.WholeText}
	}
	preds := make([]mention, len(found))
	for j, f := range found {
		preds[j] = mention{span: pspans[j], text: f.Text, hasText: true}
	}
	keep := make([]bool, len(c.Expect))
	for i, e := range c.Expect {
		keep[i] = !ignore[e.Kind]
	}
	for i, e := range c.Expect {
		if keep[i] {
			s.expect, s.golds = append(s.expect, e), append(s.golds, golds[i])
		}
	}
	for j, f := range found {
		if keepPred(preds[j], golds, keep) {
			s.found, s.preds = append(s.found, f), append(s.preds, preds[j])
		}
	}
	s.values(c)
	return s
}

// keepPred reports whether a prediction counts: it overlaps a kept gold
// mention, or no ignored one.
func keepPred(p mention, golds []mention, keep []bool) bool {
	hitsKept, hitsIgnored := false, false
	for i, g := range golds {
		if overlap(g, p) > 0 {
			hitsKept = hitsKept || keep[i]
			hitsIgnored = hitsIgnored || !keep[i]
		}
	}
	return hitsKept || !hitsIgnored
}

func (s *scored) values(c Case) {
	off, ok := refOffset(c)
	ref := zone{offset: off, ok: ok}
	for _, e := range s.expect {
		s.goldValues = append(s.goldValues, goldValue(e, ref))
	}
	for _, f := range s.found {
		v, how := predValue(f, ref)
		s.predValues, s.predHow = append(s.predValues, v), append(s.predHow, how)
	}
}

// scorePair counts the type and value of a relaxed match.
func (s *scored) scorePair(id string, p pair, strict bool, n *counts, misses *[]Miss) {
	e, f := s.expect[p.gold], s.found[p.pred]
	miss := Miss{CaseID: id, Gold: e.Text, Pred: f.Text, GoldValue: s.goldValues[p.gold],
		PredValue: s.predValues[p.pred], Timex: s.predHow[p.pred], Context: context(s.text, s.golds[p.gold].span)}
	if pt := normType(f.Type); pt != "" {
		n.typeN++
		if gt := goldType(e); pt == gt {
			n.typeOK++
		} else {
			m := miss
			m.Kind, m.GoldType, m.PredType = MissType, gt, pt
			*misses = append(*misses, m)
		}
	}
	if gv := s.goldValues[p.gold]; gv != "" && gv == s.predValues[p.pred] {
		n.valueOK++
		if isPlain(gv) {
			n.valuePlain++
		}
	} else {
		m := miss
		m.Kind = MissValue
		*misses = append(*misses, m)
	}
	if !strict {
		m := miss
		m.Kind = MissExtent
		*misses = append(*misses, m)
	}
}

// unmatched lists the gold mentions and predictions left out of the
// alignment.
func (s *scored) unmatched(id string, a alignment, misses *[]Miss) {
	goldHit, predHit := map[int]bool{}, map[int]bool{}
	for _, p := range a.relaxed {
		goldHit[p.gold], predHit[p.pred] = true, true
	}
	for i, e := range s.expect {
		if !goldHit[i] {
			*misses = append(*misses, Miss{CaseID: id, Kind: MissMissed, Gold: e.Text,
				GoldValue: s.goldValues[i], Context: context(s.text, s.golds[i].span)})
		}
	}
	for j, f := range s.found {
		if !predHit[j] {
			*misses = append(*misses, Miss{CaseID: id, Kind: MissSpurious, Pred: f.Text,
				PredValue: s.predValues[j], Timex: s.predHow[j], Context: context(s.text, s.preds[j].span)})
		}
	}
}

// context shows a span in its text with 30 characters either side, the
// span in brackets, white space collapsed.
func context(text []rune, sp span) string {
	if !sp.ok {
		return ""
	}
	const width = 30
	s := string(slice(text, max(0, sp.lo-width), sp.lo)) + "[" + string(slice(text, sp.lo, sp.hi)) + "]" +
		string(slice(text, sp.hi, sp.hi+width))
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}
