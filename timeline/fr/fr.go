// Package fr holds the French rules of the temporal tagger, written against
// the rules.Rule contract of github.com/olebedev/when.
//
// Each rule recognises one family of expressions ("le 22 mars", "mardi
// dernier", "il y a trois jours", ...) and says what the text gave as an
// Expr: which calendar fields were written, which direction or shift, which
// part of day. Rules never resolve anything against a reference time and
// never fill a field the text did not give: resolution is the tagger's job
// (package tagger), which can tell what was said from what was inferred.
//
// Rules() returns a fresh set; nothing in this package is mutable state.
package fr

import (
	"regexp"
	"slices"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/olebedev/when/rules"
	"github.com/timeline-fr/timeline/timeline"
)

// Kind says what an expression denotes.
type Kind int

// Kinds of expressions.
const (
	KindDate     Kind = iota // a calendar date or period (TIMEX3 DATE)
	KindTime                 // a clock time, possibly with a date (TIMEX3 TIME)
	KindDuration             // an amount of time (TIMEX3 DURATION)
	KindSet                  // a recurrence (TIMEX3 SET)
	KindRef                  // PRESENT_REF, PAST_REF, FUTURE_REF
	KindRange                // an interval between two expressions
)

// Direction is the way a relative expression points in time.
type Direction int

// Directions; DirNone means the text gave none.
const (
	DirNone Direction = iota
	DirLast           // dernier, passé: strictly before the anchor
	DirNext           // prochain, suivant: strictly after the anchor
	DirThis           // ce, cette: the one containing or nearest the anchor
)

// Origin says what a shift counts from.
type Origin int

// Origins of shifts.
const (
	FromAnchor   Origin = iota // the publication date or a speech act
	FromPrevious               // the date last mentioned: la veille, trois jours plus tard
)

// Expr is what an expression says, before resolution. Zero fields were not
// written in the text.
type Expr struct {
	Kind    Kind
	Year    int  // four-digit year, 0 when absent
	Century bool // Year holds two digits only ("octobre 98")
	Month   int  // 1-12, 0 when absent
	Day     int  // 1-31, 0 when absent
	Weekday int  // 1 (lundi) to 7 (dimanche), 0 when absent
	HasTime bool // Hour and Minute were written
	// HourOnly marks a clock time that gave its hour and no minutes
	// ("15 h", "midi", "à trois heures"), as against "15 h 00".
	HourOnly bool
	Hour     int
	Minute   int
	Second   int
	Seconds  bool   // Second was written
	Zone     string // time zone as written: "heure de Damas", "GMT"

	Dir    Direction      // dernier / prochain / ce
	Unit   timeline.Grain // unit of Shift or of a relative period ("la semaine prochaine")
	Shift  int            // signed count of Unit from the origin (hier: -1 day)
	Origin Origin
	// Offset marks an amount of Unit counted from an instant ("dans trois
	// jours", "il y a deux ans"), as against a calendar period named
	// relative to another ("la semaine prochaine", "hier").
	Offset bool
	// Counted marks the Shift whole units just before (Shift < 0) or
	// after the anchor as one interval: "les trois derniers jours".
	Counted bool
	// Exact marks an offset in weeks, months or years that lands on one
	// day: "il y a un an jour pour jour".
	Exact bool

	// Feast marks a movable feast, Easter days after Easter Sunday, or
	// the feast of the Islamic calendar Hijri names (HijriRamadan, ...).
	Feast  bool
	Easter int
	Hijri  int

	// Ordinal picks one Unit inside the month: 1 for "la première semaine
	// de mars", -1 for "le dernier jour d'octobre".
	Ordinal int

	Part   string // part of day: MO, MI, AF, EV, NI, DT
	Season string // SP, SU, FA, WI
	Mod    string // START, MID, END, APPROX, BEFORE, AFTER, LESS_THAN, MORE_THAN

	Value string // DURATION, SET or REF value when the rule can give it whole ("PT7H")

	// Problem says why the written date cannot exist ("30 février", "25 h").
	Problem string

	From, To *Expr // bounds of a KindRange

	// Base is the date a shift in days counts from when the text names
	// it: "le lendemain du 13 février", "la veille de Noël".
	Base *Expr

	// YearOf is the year said after a date without one, relative to the
	// anchor: "le 6 septembre de l'année prochaine", "en mars l'an
	// dernier".
	YearOf *Expr

	// Again marks the very time last named, whatever its grain: "à ce
	// moment-là", "au même moment".
	Again bool
	// Epoch marks the anchor's time of year in the year last named: "à
	// la même époque" after "l'an dernier" is last year's same month.
	Epoch bool
}

// Rule is one French rule. It satisfies rules.Rule so that it runs in
// when's own parser, and it also gives the tagger what the text said.
type Rule struct {
	Name string
	// Triggers lists the kinds of token the rule's core word belongs to
	// (see lexicon.go); the tagger tries the rule only around such tokens.
	Triggers Trigger
	// Needs lists alternative sets of token classes: the rule is tried only
	// when the words around its trigger have every class of one set ("le
	// 22" needs a month after it to be a date). Nil means no need.
	Needs    []Trigger
	anchored *regexp.Regexp
	prog     *progMatcher     // runs anchored (see backtrack.go)
	slots    map[string][]int // the group numbers of each name of anchored, in order
	starts   byteSet          // bytes a match can start with, unless anyStart
	anyStart bool
	leads    leadSet // first bytes a match can start with; nil: any
	// bit is the rule's bit in the lead table of the compiled rules
	// (leadRules), 0 for a rule made outside them.
	bit uint32
	// shape, when set, tells whether the words of the window at a start
	// can make a match (see shape.go): a start it refuses is skipped
	// before the regular expression runs.
	shape func(win *Window) bool
	// fast, when set, reads the common shapes of the rule's matches
	// without the expression (see fast.go).
	fast  fastMatcher
	parse func(g groups) (Expr, bool)
}

// newRule compiles pattern, which must use named groups, into a rule.
func newRule(name string, t Trigger, pattern string, parse func(g groups) (Expr, bool)) *Rule {
	full := `^(?i:` + pattern + `)`
	re := regexp.MustCompile(full)
	// Leftmost-longest: the order of alternatives must not cut a word
	// short ("an" before "année").
	re.Longest()
	prog, err := newProgMatcher(full)
	if err != nil {
		panic(err) // regexp compiled it: as regexp.MustCompile, a bad rule cannot start
	}
	starts, any := firstBytes(full)
	return &Rule{Name: name, Triggers: t, anchored: re, prog: prog, slots: nameSlots(re), parse: parse, starts: starts, anyStart: any, leads: prefixes(full).leads()}
}

// nameSlots maps the group names of re to their submatch numbers, in
// order: a name may be given to a group of each alternative.
func nameSlots(re *regexp.Regexp) map[string][]int {
	slots := map[string][]int{}
	for i, n := range re.SubexpNames() {
		if n != "" {
			slots[n] = append(slots[n], i)
		}
	}
	return slots
}

// shapedBy sets the rule's shape test and returns the rule.
func (r *Rule) shapedBy(shape func(win *Window) bool) *Rule {
	r.shape = shape
	return r
}

// readBy sets the rule's fast matcher, made for its expression, and
// returns the rule.
func (r *Rule) readBy(fast func(re *regexp.Regexp) fastMatcher) *Rule {
	r.fast = fast(r.anchored)
	return r
}

// need sets the rule's Needs and returns the rule.
func (r *Rule) need(alts ...Trigger) *Rule {
	r.Needs = alts
	return r
}

// CanMatch reports whether the token classes seen around a trigger meet
// one of the rule's needs.
func (r *Rule) CanMatch(seen Trigger) bool {
	if len(r.Needs) == 0 {
		return true
	}
	for _, n := range r.Needs {
		if seen&n == n {
			return true
		}
	}
	return false
}

// window bounds how far a rule may read past its start, in bytes.
const window = 96

// MatchAt matches the rule starting exactly at byte start of text, which
// must be a word start. It returns the end of the match and the expression,
// or ok=false. The match must end at a word boundary.
//
// When the longest reading does not make sense ("le 3 mars 15 personnes":
// 15 is no year), shorter readings are tried.
func (r *Rule) MatchAt(text string, start int) (end int, e Expr, ok bool) {
	return r.matchAt(text, start, true)
}

// MatchIn is MatchAt at the start w was last Reset to, in text, with the
// expression written to *e, which is left alone when there is no match:
// the rules tried one after the other at one start share w, and the words
// their cheap tests read there are split once.
func (r *Rule) MatchIn(w *Window, text string, start int, e *Expr) (end int, ok bool) {
	return r.matchIn(w, text, start, true, e)
}

// matchAt is MatchAt, with the cheap tests that skip hopeless starts
// (first byte, prefixes, shape) when filtered is set: without
// them it finds the same, only slower.
func (r *Rule) matchAt(text string, start int, filtered bool) (end int, e Expr, ok bool) {
	var w Window
	w.Reset(text, start)
	end, ok = r.matchIn(&w, text, start, filtered, &e)
	return end, e, ok
}

// matchIn is matchAt with the window of the start given, writing the
// expression to *dst on a match only.
func (r *Rule) matchIn(w *Window, text string, start int, filtered bool, dst *Expr) (end int, ok bool) {
	if start >= len(text) {
		return 0, false
	}
	stop := min(len(text), start+window)
	if filtered && r.bit != 0 && w.leadMask(text, start)&r.bit == 0 {
		return 0, false
	}
	if filtered && (!r.anyStart && !r.starts[text[start]] || !r.leads.allows(text, start) ||
		r.shape != nil && !r.shape(w)) {
		return 0, false
	}
	before := text[max(0, start-48):start]
	for try := 0; try < 3; try++ {
		s := text[start:stop]
		var idx []int
		if filtered && r.fast != nil {
			if idx, _ = r.fast(s, w.idx); idx != nil {
				w.idx = idx // its room serves the next start
			}
		}
		if idx == nil {
			idx = r.prog.match(s, &w.bt)
		}
		if idx == nil || idx[1] == 0 {
			return 0, false
		}
		end := start + idx[1]
		if wordBoundary(text, end) {
			g := groups{s: s, idx: idx, slots: r.slots, before: before, after: text[end:min(len(text), end+48)]}
			if e, ok := r.parse(g); ok {
				*dst = e
				return end, true
			}
		}
		stop = retryStop(text, start, end)
		if stop <= start {
			break
		}
	}
	return 0, false
}

// retryStop returns where the window of the next try ends after a match
// of [start, end) failed: before the word that the match ended in or
// with, since a shorter match ending inside that word would not end on a
// word boundary, or one byte before end when the match ended on
// punctuation or space.
func retryStop(text string, start, end int) int {
	ws := end
	for ws > start {
		r, n := utf8.DecodeLastRuneInString(text[:ws])
		if !isWordRune(r) {
			break
		}
		ws -= n
	}
	if ws == end {
		return end - 1
	}
	return ws
}

// wordBoundary reports whether position i of text is not inside a word.
func wordBoundary(text string, i int) bool {
	if i >= len(text) || i == 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	p, _ := utf8.DecodeLastRuneInString(text[:i])
	return !(isWordRune(r) && isWordRune(p))
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// Find implements rules.Rule: the first match anywhere in text, whose
// applier copies into when's context the fields the text gave.
func (r *Rule) Find(text string) *rules.Match {
	for i := 0; i < len(text); {
		if wordBoundary(text, i) || i == 0 {
			if end, e, ok := r.MatchAt(text, i); ok {
				return &rules.Match{
					Left: i, Right: end, Text: text[i:end],
					Applier: func(_ *rules.Match, c *rules.Context, _ *rules.Options, _ time.Time) (bool, error) {
						return e.apply(c), nil
					},
				}
			}
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return nil
}

// apply sets in when's context the absolute fields the text gave and the
// shift of relative day expressions. It reports whether it set anything.
func (e Expr) apply(c *rules.Context) bool {
	set := false
	put := func(dst **int, v int) {
		if v != 0 {
			x := v
			*dst = &x
			set = true
		}
	}
	if e.Kind == KindDate || e.Kind == KindTime {
		put(&c.Year, e.Year)
		put(&c.Month, e.Month)
		put(&c.Day, e.Day)
		if e.Weekday != 0 {
			wd := e.Weekday % 7 // time.Weekday: Sunday = 0
			c.Weekday = &wd
			set = true
		}
		if e.HasTime {
			h, m := e.Hour, e.Minute
			c.Hour, c.Minute = &h, &m
			set = true
		}
		if e.Unit == timeline.GrainDay && e.Origin == FromAnchor && e.Shift != 0 {
			c.Duration += time.Duration(e.Shift) * 24 * time.Hour
			set = true
		}
	}
	return set
}

// groups gives access to the named groups of a match.
type groups struct {
	s      string
	idx    []int
	slots  map[string][]int // the group numbers of each name (Rule.slots)
	before string           // up to 48 bytes of text before the match
	after  string           // up to 48 bytes of text after the match
}

// get returns the text of the named group, "" when it did not take part.
// A name may stand for several groups, one per alternative of a pattern:
// the one that took part wins.
func (g groups) get(name string) string {
	for _, i := range g.slots[name] {
		if g.idx[2*i] >= 0 {
			return g.s[g.idx[2*i]:g.idx[2*i+1]]
		}
	}
	return ""
}

// has reports whether the named group took part in the match.
func (g groups) has(name string) bool { return g.get(name) != "" }

// Rules returns every French rule, most specific first: the tagger keeps
// the longest match and breaks ties by this order. The rules are compiled
// once and shared by every caller: a Rule is safe for concurrent use and
// must not be changed.
func Rules() []*Rule { return slices.Clone(compiledRules()) }

// compiledRules compiles the rules, once: their regular expressions and
// prefix sets take tens of milliseconds to build.
var compiledRules = sync.OnceValue(func() []*Rule {
	rules := []*Rule{
		DateRange().need(TMonth, TYear, TWeekday).shapedBy(rangeShape),
		DayRange().shapedBy(dayRangeShape),
		NarrativeDay(),
		OrdinalPeriod().need(TMonth, TWeekday|TPeriod).shapedBy(ordinalShape),
		EdgePeriod().need(TEdge).shapedBy(edgeShape),
		YearPart().need(TYearPart).shapedBy(wordAheadShape(3, "trimestre", "semestre")),
		Century().need(TYearPart).shapedBy(wordAheadShape(3, "siecle")),
		AbsoluteDate().need(TMonth).readBy(fastAbsolute),
		NumericDate().need(TSep).shapedBy(numericShape),
		NightOf(),
		Weekday().readBy(fastWeekday),
		RelativeDay().shapedBy(relativeDayShape).readBy(fastRelativeDay),
		PartOfDay(),
		SamePeriod().shapedBy(sameShape),
		RelativePeriod(),
		FuzzyPeriod(),
		MonthYear().readBy(fastMonthYear),
		Season().shapedBy(seasonShape),
		Year().need(TYear, TDigit|TUnit).shapedBy(yearShape).readBy(fastYear),
		CountedPeriod().need(TUnit).shapedBy(countedShape),
		Offset().need(TUnit).shapedBy(offsetShape).readBy(fastOffset),
		ClockTime().need(TClock).shapedBy(clockShape).readBy(fastClock),
		Duration().need(TUnit).shapedBy(durationShape).readBy(fastDuration),
		Set().shapedBy(setShape),
		TemporalRef(),
		Holiday().shapedBy(holidayShape),
	}
	for i, r := range rules[:min(len(rules), 32)] {
		r.bit = 1 << i
	}
	return rules
})
