package check

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// orderCue matches the words by which a text orders two events: "après",
// "avant", "au lendemain de", "à la veille de", "trois jours après". Go's
// \b is ASCII-only, hence the explicit letter classes around words.
var orderCue = regexp.MustCompile(`(?i)(?:^|[^\p{L}'’-])(` +
	`(?:(?P<n>\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente)` +
	`[\s\x{a0}\x{202f}]+(?P<unit>jours?|journées?|semaines?|mois|ans?|années?)[\s\x{a0}\x{202f}]+)?` +
	`(?P<word>après|avant|au[\s\x{a0}]+lendemain|le[\s\x{a0}]+lendemain|le[\s\x{a0}]+surlendemain|à[\s\x{a0}]+la[\s\x{a0}]+veille|la[\s\x{a0}]+veille|l['’]avant-veille))` +
	`(?:[^\p{L}-]|$)`)

// numberWords gives the value of the counts orderCue reads.
var numberWords = map[string]int{"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
	"six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
	"quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30}

// cue is one ordering expression of a text: the event before it is dated
// after (sign +1) or before (sign -1) the event it introduces, by an exact
// shift when the text gives one.
type cue struct {
	start, end int
	sign       int
	shift      shift
}

// shift is a distance the text gives between two events.
type shift struct {
	years, months, days int
	tolerance           int // in days
}

func (s shift) zero() bool { return s == shift{} }

// cuesWhere finds the ordering expressions of text in the stretches
// [from, to) for which keep is true. orderCue has no literal prefix, so
// running it over a whole article is slow: it runs only over the
// stretches around the words every cue contains (cueStretches).
func cuesWhere(text string, keep func(from, to int) bool) []cue {
	var out []cue
	for _, st := range cueStretches(text) {
		if keep(st[0], st[1]) {
			out = append(out, cuesIn(text, st[0], st[1])...)
		}
	}
	return out
}

// cuesBefore finds the ordering expressions of text that may order two
// dates, and maybe others: it leaves out the stretches where no cue can
// end at most cueGap bytes before one of starts, the sorted offsets of
// the mentions a cue may order (orderable). Most stretches of an article
// ("après" is a common word) have no date after them.
func cuesBefore(text string, starts []int) []cue {
	return cuesWhere(text, func(from, to int) bool {
		// A cue of the stretch ends in (from, to].
		i, _ := slices.BinarySearch(starts, from)
		return i < len(starts) && starts[i] <= to+cueGap
	})
}

// cueGap is the most bytes orderedPair lets stand between a cue and the
// first date it orders.
const cueGap = 120

// orderable returns the sorted offsets of the mentions orderedPair may
// order: dated ones, stated rather than counted from an earlier date.
func orderable(ms []timeline.Mention) []int {
	var out []int
	for _, m := range ms {
		if dated(m) && !fromPrevious(m) {
			out = append(out, m.Offset)
		}
	}
	slices.Sort(out)
	return out
}

// cuesIn runs orderCue over text[from:to].
func cuesIn(text string, from, to int) []cue {
	var out []cue
	part := text[from:to]
	for _, loc := range orderCue.FindAllStringSubmatchIndex(part, -1) {
		g := func(name string) string {
			i := 2 * orderCue.SubexpIndex(name)
			if loc[i] < 0 {
				return ""
			}
			return lower.String(part[loc[i]:loc[i+1]])
		}
		if c, ok := newCue(g("word"), g("n"), g("unit"), text, from+loc[2], from+loc[3]); ok {
			out = append(out, c)
		}
	}
	return out
}

// cueKeys are the ASCII cores of the words of orderCue ("après", "avant",
// "lendemain", "veille"), matched without regard to ASCII case.
var cueKeys = []string{"apr", "avant", "lendemain", "veille"}

// cueReach is how far a cue can start before its key word ("quatorze
// journées après"), and cueTail how far it can end after it: the rest of
// the cue's last word ("l'avant-veille" after "avant") and the character
// that must follow it.
const (
	cueReach = 48
	cueTail  = 12
)

// cueStretches returns the disjoint stretches [start, end) of text around
// the key words of ordering cues, widened to whitespace so that orderCue's
// word boundaries read the same as over the whole text.
func cueStretches(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); i++ {
		// Most bytes open no key: they are told apart here, without a
		// call.
		if !keyHeads[text[i]] {
			continue
		}
		k := keyAt(text, i)
		if k == 0 {
			continue
		}
		out = addStretch(out, text, i, k)
		i = out[len(out)-1][1] - 1
	}
	return out
}

// addStretch adds to out the stretch around the key word text[i:i+k],
// widened to whitespace, or joins it to the last stretch it overlaps.
func addStretch(out [][2]int, text string, i, k int) [][2]int {
	from := max(0, i-cueReach)
	for from > 0 && !isSpaceByte(text[from-1]) {
		from--
	}
	to := min(len(text), i+k+cueTail)
	for to < len(text) && !isSpaceByte(text[to]) {
		to++
	}
	if n := len(out); n > 0 && from <= out[n-1][1] {
		out[n-1][1] = to
		return out
	}
	return append(out, [2]int{from, to})
}

// keyHeads marks the bytes a cue key word opens on, in either case.
var keyHeads = func() (t [256]bool) {
	for _, k := range cueKeys {
		t[k[0]], t[k[0]-'a'+'A'] = true, true
	}
	return t
}()

// keyAt returns the length of the cue key word at text[i:], 0 if none.
// The keys open on different pairs of letters: the second byte picks the
// one key that may stand there ("a" opens most words the keys do not).
func keyAt(text string, i int) int {
	if i+1 >= len(text) {
		return 0
	}
	second := text[i+1]
	if 'A' <= second && second <= 'Z' {
		second += 'a' - 'A'
	}
	for _, k := range cueKeys {
		if k[1] == second && len(text)-i >= len(k) && asciiFoldEqual(text[i:i+len(k)], k) {
			return len(k)
		}
	}
	return 0
}

// asciiFoldEqual reports whether s equals the lower-case ASCII key k,
// ignoring the case of ASCII letters.
func asciiFoldEqual(s, k string) bool {
	for j := range len(k) {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[j] {
			return false
		}
	}
	return true
}

// isSpaceByte reports an ASCII whitespace byte.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r'
}

// newCue reads one match of orderCue spanning [start, end).
func newCue(word, n, unit, text string, start, end int) (cue, bool) {
	c := cue{start: start, end: end, sign: 1}
	switch w := strings.Join(strings.Fields(word), " "); {
	case w == "avant":
		c.sign = -1
	case w == "après":
	case strings.HasSuffix(w, "surlendemain"):
		c.shift = shift{days: 2}
	case strings.HasSuffix(w, "lendemain"):
		c.shift = shift{days: 1}
	case strings.HasSuffix(w, "avant-veille"):
		c.sign, c.shift = -1, shift{days: 2}
	default: // la veille
		c.sign, c.shift = -1, shift{days: 1}
	}
	if !c.shift.zero() && !opensComplement(text[end:]) {
		return cue{}, false // "le lendemain," alone dates from the previous sentence
	}
	if n != "" {
		c.shift = countShift(n, unit)
	}
	return c, true
}

// opensComplement reports whether s opens with "de", "du", "des" or "d'".
func opensComplement(s string) bool {
	switch firstWord(s) {
	case "de", "du", "des", "d":
		return true
	}
	return false
}

// countShift turns "trois jours" into a shift. Weeks, months and years
// are spoken of loosely, hence a tolerance.
func countShift(n, unit string) shift {
	k, ok := numberWords[n]
	if !ok {
		k, _ = strconv.Atoi(n)
	}
	switch {
	case strings.HasPrefix(unit, "jour"):
		return shift{days: k}
	case strings.HasPrefix(unit, "semaine"):
		return shift{days: 7 * k, tolerance: 2}
	case unit == "mois":
		return shift{months: k, tolerance: 7}
	}
	return shift{years: k, tolerance: 31}
}

// checkOrder reports events that a text orders against their dates: the
// event before an ordering cue is said to come after (or before) the one
// the cue introduces. In "A le 12 mars, après B le 14 mars" A is the date
// before the cue and B the first one after it; when the cue opens the
// sentence ("Trois jours après B le 14 mars, A le 16 mars") A is the date
// that follows B.
func checkOrder(d doc, p printer) []finding {
	var out []finding
	text := d.art.Text
	for _, c := range cuesBefore(text, orderable(d.ms)) {
		a, b, ok := orderedPair(text, d.ms, c)
		if !ok {
			continue
		}
		if f, bad := orderFinding(d, c, a, b, p); bad {
			out = append(out, f)
		}
	}
	return out
}

// orderedPair finds the dates the cue orders: a, the main event's, and b,
// the one of the event the cue introduces.
func orderedPair(text string, ms []timeline.Mention, c cue) (a, b timeline.Mention, ok bool) {
	var before, after []timeline.Mention
	ss, se := sentenceBounds(text, c.start, c.end)
	for _, m := range ms {
		if !dated(m) || fromPrevious(m) || m.Offset < ss || m.EndOffset > se || (m.Offset < c.end && m.EndOffset > c.start) {
			continue
		}
		if m.EndOffset <= c.start {
			before = append(before, m)
		} else {
			after = append(after, m)
		}
	}
	if len(after) == 0 || !sameClause(text[c.end:after[0].Offset], cueGap) {
		return a, b, false
	}
	b = after[0]
	if len(before) > 0 {
		a = before[len(before)-1]
		return a, b, sameClause(text[a.EndOffset:c.start], 200)
	}
	if len(after) < 2 || after[1].Offset < b.EndOffset || !sameClause(text[b.EndOffset:after[1].Offset], 200) {
		return a, b, false
	}
	return after[1], b, true
}

// sameClause reports whether a stretch of text between two pieces of a
// clause is at most limit bytes long and crosses no clause boundary.
func sameClause(between string, limit int) bool {
	if len(between) > limit || strings.ContainsAny(between, ";:") {
		return false
	}
	for w := range words(between) {
		switch w {
		case "et", "mais", "puis", "tandis", "alors", "où":
			return false
		}
	}
	return true
}

// orderFinding judges the pair the cue orders and builds the conflict when
// the dates disagree with it.
func orderFinding(d doc, c cue, a, b timeline.Mention, p printer) (finding, bool) {
	cueText := d.art.Text[c.start:c.end]
	f := finding{Conflict: timeline.Conflict{
		Kind:      KindOrderViolation,
		Severity:  timeline.SeverityWarning,
		Articles:  []string{d.art.ID},
		Dates:     []string{a.Value, b.Value},
		Sentences: sentences(d.art.Text, a),
	}, rank: d.rank, offset: min(a.Offset, b.Offset)}
	if !c.shift.zero() && fineGrain(a.Grain) && fineGrain(b.Grain) {
		want := expected(b.Start, c)
		if abs(daysBetween(want, a.Start)) <= c.shift.tolerance {
			return f, false
		}
		f.Dates = append(f.Dates, want.Format(dateLayout))
		f.Message = p.say("order-shift", p.quote(a.Text), p.date(a), p.quote(cueText), p.quote(b.Text), p.date(b), p.day(want))
		return f, true
	}
	wrong := c.sign > 0 && !a.End.After(b.Start) || c.sign < 0 && !b.End.After(a.Start)
	f.Message = p.say("order-direction", p.quote(a.Text), p.date(a), p.quote(cueText), p.quote(b.Text), p.date(b))
	return f, wrong
}

// expected returns the day the cue puts the main event on, from the day of
// the event it introduces.
func expected(from time.Time, c cue) time.Time {
	s := c.shift
	return dayStart(from).AddDate(c.sign*s.years, c.sign*s.months, c.sign*s.days)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
