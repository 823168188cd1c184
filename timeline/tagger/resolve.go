package tagger

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// state carries what resolution of one text has learnt so far.
type state struct {
	text string
	ref  time.Time // publication, at midnight in its zone
	// refAnchor names ref as a mention's Anchor, made once per text
	// rather than once per mention.
	refAnchor string
	// refTime is the publication instant, the anchor of "il y a deux
	// heures" and "dans cinq minutes".
	refTime time.Time
	policy  Policy
	values  Values
	// last is the last resolved day (or finer) and where it ended, the
	// origin of "la veille", "trois jours plus tard" and of bare clock times.
	last    time.Time
	lastEnd int
	// nightEnds is the day the night named by the last resolved day (or
	// finer) ends on ("dans la nuit de jeudi à vendredi": Friday), zero
	// when that mention is no night: the small hours of a clock time said
	// after it belong to that day ("peu après minuit").
	nightEnds time.Time
	// period is the start of the last resolved date of any grain up to
	// the year ("en septembre 2011", "en 2008"): what "six mois plus tôt"
	// and "deux ans plus tard" count from.
	period time.Time
	// named is the last day the text gave with its month ("le 2 mars"):
	// what a day said alone after it counts from ("Le 3, ...").
	named time.Time
	// frame is the last date whose year the text gave, a year before
	// publication's ("Le 21 août 2013", "En 2013"), and frameEnd
	// where the last mention that gave or took that year ends: a date
	// without its year told soon after it ("Le 22 août") is of that
	// narrative, not of the months around publication.
	frame    time.Time
	frameEnd int
	// frameWhole marks a frame of a year or a part of one ("En 2013"):
	// its dates are of that year, not the nearest to its start.
	frameWhole bool
	// eventDay is the date of the event named after "au lendemain" or "à
	// la veille" ("au lendemain des attentats du 13 novembre"), resolved
	// ahead for the mention being resolved; zero otherwise.
	eventDay time.Time
	// eventSaid marks an eventDay that is the day itself, set beside it
	// ("au lendemain de l'annonce, le 15 mars,"), not the event's.
	eventSaid bool
	// anchor is what the mention being resolved counts from.
	anchor    time.Time
	done      []timeline.Mention
	sentences *sentenceIndex
}

// donePool recycles the mentions a text's resolution keeps as it goes
// (state.done) between texts.
var donePool = sync.Pool{New: func() any { ms := make([]timeline.Mention, 0, 64); return &ms }}

// resolveAll resolves the matches of a text in order.
func (t *Tagger) resolveAll(text string, ms []match, ref time.Time) []timeline.Mention {
	done := donePool.Get().(*[]timeline.Mention)
	st := &state{text: text, ref: dayStart(ref), refTime: ref, policy: t.policy, values: t.values, lastEnd: -1,
		sentences: reusedSentenceIndex(text), done: (*done)[:0]}
	st.refAnchor = "publication " + st.ref.Format(time.DateOnly)
	defer func() {
		st.sentences.release()
		clear(st.done) // let the text go
		*done = st.done[:0]
		donePool.Put(done)
	}()
	out := make([]timeline.Mention, 0, len(ms))
	prevDone := -1 // the match of the last mention resolved
	for i, m := range ms {
		if (isBareClock(m.expr) || isFloatingPart(m.expr)) && i+1 < len(ms) {
			st.clockDayAhead(m, ms[i+1])
		}
		st.eventDay, st.eventSaid = time.Time{}, false
		if i+1 < len(ms) && isDayShift(m.expr) {
			st.eventDayAhead(m, ms[i+1])
		}
		var listed []string
		switch {
		case m.rule == dayListRule:
			m, listed = st.listedDayAhead(m, ms[i+1:])
		case i+1 < len(ms) && monthListed(text, &ms[i], &ms[i+1]):
			// "mars, avril ou mai 2015": the year of the list's last month
			j := i + 1
			for j+1 < len(ms) && monthListed(text, &ms[j], &ms[j+1]) {
				j++
			}
			m, listed = st.listedDayAhead(m, ms[j:])
		}
		men, ok := st.resolve(m)
		if !ok {
			continue
		}
		for _, f := range listed {
			if !slices.Contains(men.Inferred, f) {
				men.Inferred = append(men.Inferred, f)
			}
		}
		if prev := len(st.done) - 1; prevDone == i-1 && i > 0 && weekdayPair(text, ms[i-1], m) &&
			men.HasInterval() && st.done[prev].HasInterval() {
			// "samedi et dimanche" are two days in a row: in the past the
			// second is the latest the tense allows, else the first is
			// the next.
			if men.Tense == timeline.TensePast {
				day := dayStart(men.Start).AddDate(0, 0, -1)
				st.done[prev] = onDay(st.done[prev], day)
				out[len(out)-1] = onDay(out[len(out)-1], day)
			} else {
				men = onDay(men, dayStart(st.done[prev].Start).AddDate(0, 0, 1))
			}
		}
		if prev := len(st.done) - 1; prevDone == i-1 && i > 0 && weekdaysBetween(text, ms[i-1], m) &&
			men.HasInterval() && st.done[prev].HasInterval() && !men.Start.After(st.done[prev].Start) {
			// "entre vendredi matin et lundi soir": the second day comes
			// after the first, whichever way the tense resolved each.
			men = onDay(men, dayStart(men.Start).AddDate(0, 0, 7))
		}
		prevDone = i
		st.keepFrame(&m, &men)
		st.done = append(st.done, men)
		// A span of several units ("les dernières 48 heures") names no
		// one day that the next dates could count from.
		if men.HasInterval() && !m.expr.Counted {
			if grainRank(men.Grain) <= grainRank(timeline.GrainDay) {
				st.last, st.lastEnd = dayStart(men.Start), men.EndOffset
				st.nightEnds = nightEnd(men)
				if m.expr.Day != 0 {
					st.named = st.last
				}
			}
			if grainRank(men.Grain) <= grainRank(timeline.GrainYear) && !boundWord(text, m.start) {
				st.period = men.Start
			}
		}
		if t.values != ValuesTimex {
			men = st.calendar(men, m.expr)
		}
		out = append(out, men)
	}
	return out
}

// boundWord reports whether the mention at start is the bound of another
// period ("illégale jusqu'en 1967"), not a time the narrative moves to.
func boundWord(text string, start int) bool {
	lead := lower.String(text[max(0, start-12):min(len(text), start+6)])
	return strings.Contains(lead, "jusqu")
}

// again resolves "à ce moment-là", "au même moment": the time the last
// dated mention names, at its grain. With none before, it is no date.
func (st *state) again(men timeline.Mention) (timeline.Mention, bool) {
	for i := len(st.done) - 1; i >= 0; i-- {
		p := st.done[i]
		if !p.HasInterval() || p.Type != timeline.TypeDate && p.Type != timeline.TypeTime {
			continue
		}
		// "vers 15 h 30, hier": the finer time said with the day
		if i > 0 {
			q := st.done[i-1]
			if q.HasInterval() && q.EndOffset >= p.Offset-24 && !q.Start.Before(p.Start) && q.Start.Before(p.End) &&
				grainRank(q.Grain) < grainRank(p.Grain) {
				p = q
			}
		}
		men.Type, men.Start, men.End, men.Grain, men.Value = p.Type, p.Start, p.End, p.Grain, p.Value
		men.Anchor = "previous date " + p.Start.Format(time.DateOnly)
		return men, true
	}
	return men, false
}

// weekdayPair reports whether a and b are two weekdays said alone and
// joined by "et", b the day after a: "samedi et dimanche" are one
// weekend, whichever way the tense resolves each.
func weekdayPair(text string, a, b match) bool {
	bare := func(e fr.Expr) bool {
		return e.Weekday != 0 && e.Day == 0 && e.Dir == fr.DirNone && e.Unit == "" && e.Part == "" && !e.HasTime
	}
	return bare(a.expr) && bare(b.expr) && b.expr.Weekday == a.expr.Weekday%7+1 &&
		strings.TrimSpace(spaces.Replace(text[a.end:b.start])) == "et"
}

// weekdaysBetween reports whether a and b are two weekdays, a part of
// day allowed, that bound a stretch: "entre vendredi matin et lundi soir".
func weekdaysBetween(text string, a, b match) bool {
	weekday := func(e fr.Expr) bool {
		return e.Weekday != 0 && e.Day == 0 && e.Dir == fr.DirNone && !e.HasTime && !e.Counted &&
			(e.Unit == "" || e.Unit == timeline.GrainDay)
	}
	if !weekday(a.expr) || !weekday(b.expr) || strings.TrimSpace(spaces.Replace(text[a.end:b.start])) != "et" {
		return false
	}
	before := lower.String(strings.TrimRight(spaces.Replace(text[max(0, a.start-8):a.start]), " "))
	return strings.HasSuffix(before, "entre") && (len(before) == len("entre") || !isLetterASCII(before[len(before)-len("entre")-1]))
}

// onDay moves a mention of one day to day.
func onDay(m timeline.Mention, day time.Time) timeline.Mention {
	if !m.HasInterval() || dayStart(m.Start).Equal(day) {
		return m
	}
	old := dayStart(m.Start).Format(time.DateOnly)
	delta := day.Sub(dayStart(m.Start))
	m.Start, m.End = m.Start.Add(delta), m.End.Add(delta)
	if v, ok := strings.CutPrefix(m.Value, old); ok && (v == "" || v[0] == 'T') {
		m.Value = day.Format(time.DateOnly) + v // "2016-03-19", "2016-03-19TEV"
	}
	return m
}

// isFloatingPart reports whether e is a part of day of the day last
// mentioned: "dans la nuit", "en début de matinée".
func isFloatingPart(e fr.Expr) bool {
	return e.Part != "" && e.Origin == fr.FromPrevious && e.Day == 0 && e.Weekday == 0 && !e.HasTime
}

// clockDayAhead makes a clock time or a part of day that comes just before
// its day ("vers 0 h 40, jeudi", "en début de matinée le 11 novembre")
// take that day: the day is resolved ahead and becomes the previous date.
func (st *state) clockDayAhead(clock, next match) {
	between := st.text[clock.end:next.start]
	if len(between) > 24 || strings.ContainsAny(between, ".;\n") || !isDay(next.expr) || !shortGlue(between) {
		return
	}
	if men, ok := st.resolveAhead(next); ok {
		st.last = dayStart(men.Start)
	}
}

// resolveAhead resolves m, a match after the one being resolved, without
// changing what the text's resolution has learnt: what the match before it
// needs to know of it. It reports false when m names no interval.
func (st *state) resolveAhead(m match) (timeline.Mention, bool) {
	ahead := *st // shares the sentence index
	ahead.done = nil
	men, ok := ahead.resolve(m)
	return men, ok && men.HasInterval()
}

// isDayShift reports whether e is a day counted from the previous date with
// nothing of its own: "la veille", "au lendemain".
func isDayShift(e fr.Expr) bool {
	return e.Origin == fr.FromPrevious && e.Unit == timeline.GrainDay && e.Base == nil && !e.Offset && e.Shift != 0 &&
		e.Part == "" && !e.HasTime
}

// eventDayAhead resolves, for a day counted from an event ("au lendemain
// des attentats", "à la veille du sommet"), the date the event's own noun
// phrase gives right after it ("du 13 novembre") into st.eventDay.
func (st *state) eventDayAhead(shift, next match) {
	between := st.text[shift.end:next.start]
	if len(between) > 64 || !eventAfter(between) || !isDay(next.expr) || next.expr.Day == 0 && !next.expr.Feast {
		return
	}
	trimmed := strings.TrimRight(between, " \u00a0\u202f")
	said := false
	if np, ok := strings.CutSuffix(trimmed, ","); ok && !strings.ContainsAny(np, ",.;:!?()«»\n") {
		said = true // "au lendemain de l'annonce, le 15 mars,": that day
	} else if strings.ContainsAny(between, ",.;:!?()«»\n") {
		return
	} else if w := lower.String(lastWord(trimmed)); w != "du" && w != "de" && w != "le" {
		return // the date must be the event's: "des attentats du 13 novembre"
	}
	if men, ok := st.resolveAhead(next); ok {
		st.eventDay, st.eventSaid = dayStart(men.Start), said
	}
}

// lastWord returns what follows the last space or apostrophe of s: its last
// word, when s ends on one.
func lastWord(s string) string {
	i := strings.LastIndexAny(s, " \u00a0\u202f'’")
	return s[i+1:]
}

// shortGlue reports whether the text between a clock time and the day
// after it only joins them: punctuation and the words that lead to a day
// ("vers 0 h 40, jeudi", "à 3 h, dans la nuit de vendredi"), not a clause
// of its own ("à 9 heures et durera jusqu'à vendredi").
func shortGlue(between string) bool {
	for w := range strings.FieldsFuncSeq(between, func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == ')' || r == '\'' || r == '’' || r == '\u00a0' || r == '\u202f'
	}) {
		if !glueWords[lower.String(w)] {
			return false
		}
	}
	return true
}

// glueWords lead from a clock time to its day.
var glueWords = map[string]bool{
	"le": true, "la": true, "l": true, "du": true, "de": true, "d": true, "ce": true, "cet": true, "cette": true,
	"dans": true, "nuit": true, "journée": true, "matinée": true, "soirée": true,
}

// listedDayAhead gives a day listed before a date ("les 6" in "les 6 et
// 13 avril") the year that date resolves to: resolved on their own, the
// days of one list could fall in two years. It returns the fields the date
// inferred that the day now takes from it.
func (st *state) listedDayAhead(day match, rest []match) (match, []string) {
	for _, next := range rest {
		if next.rule == dayListRule {
			continue
		}
		men, ok := st.resolveAhead(next)
		if !ok || day.expr.Year != 0 {
			return day, nil
		}
		day.expr.Year = men.Start.Year()
		if slices.Contains(men.Inferred, "year") {
			return day, []string{"year"}
		}
		return day, nil
	}
	return day, nil
}

// monthListed reports whether m is a month without its year listed
// before the month next, later in the year: "janvier" in "en janvier et
// février 2014", "mars, avril ou mai 2015". It then takes next's year.
func monthListed(text string, m, next *match) bool {
	a, b := &m.expr, &next.expr
	if a.Month == 0 || a.Kind != fr.KindDate || b.Kind != fr.KindDate || b.Month <= a.Month || a.Year != 0 ||
		a.Day != 0 || b.Day != 0 || a.Weekday != 0 || a.Mod != "" || a.Dir != fr.DirNone {
		return false
	}
	sep := strings.TrimSpace(spaces.Replace(text[m.end:next.start]))
	switch strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(sep, " en"), " de")) {
	case "et", "ou", ",", "à":
		return true
	}
	return false
}

// isDay reports whether e names a single day.
func isDay(e fr.Expr) bool {
	if e.Kind != fr.KindDate || e.HasTime || e.Counted {
		return false
	}
	return e.Day != 0 || e.Weekday != 0 && e.Unit == "" || e.Unit == timeline.GrainDay && e.Part == ""
}

// resolve turns one match into a mention.
func (st *state) resolve(m match) (timeline.Mention, bool) {
	men := timeline.Mention{
		Offset: m.start, EndOffset: m.end, Text: st.text[m.start:m.end],
		Rule: m.rule, Mod: m.expr.Mod, Anchor: st.refAnchor,
	}
	men.Tense = st.sentences.tense(m.start, m.end)
	if (men.Tense == timeline.TenseUnknown || men.Tense == timeline.TensePresent) && deadlineBefore(st.text, m.start) {
		men.Tense = timeline.TenseFuture // "ils ont jusqu'à vendredi": a deadline is still to come
	}
	if men.Tense != timeline.TenseFuture && men.Tense != timeline.TenseConditional && movedTo(st.text, m.start) {
		men.Tense = timeline.TenseFuture // "la réunion a été repoussée à vendredi": the new date is to come
	}
	tense := men.Tense
	if tense == timeline.TensePast && byDeadline(st.text, m.start) {
		// "s'étaient fixé un objectif : parvenir d'ici le mois d'août":
		// the deadline lies after the past it was set in.
		tense = timeline.TenseFuture
	}
	e := m.expr
	if e.Again {
		return st.again(men)
	}
	if e.Epoch {
		// "l'an dernier à la même époque": that year, this month
		if st.period.IsZero() {
			return men, false
		}
		s := time.Date(st.period.Year(), st.ref.Month(), 1, 0, 0, 0, 0, st.ref.Location())
		men.Type, men.Anchor = timeline.TypeDate, "previous date "+st.period.Format(time.DateOnly)
		men.Inferred = append(men.Inferred, "month")
		if e.Unit == timeline.GrainDay {
			// "à la même date": the day of publication, 29 February
			// the 28th in a common year
			s = s.AddDate(0, 0, min(st.ref.Day(), daysIn(s))-1)
			men.Start, men.End, men.Grain, men.Value = s, s.AddDate(0, 0, 1), timeline.GrainDay, s.Format(time.DateOnly)
			men.Inferred = append(men.Inferred, "day")
			return men, true
		}
		men.Start, men.End, men.Grain, men.Value = s, s.AddDate(0, 1, 0), timeline.GrainMonth, s.Format("2006-01")
		return men, true
	}
	if e.YearOf != nil {
		// "le 6 septembre de l'année prochaine": the year first
		var y timeline.Mention
		iv, ok := st.interval(*e.YearOf, st.ref, tense, &y)
		if !ok || iv.start.IsZero() {
			return men, false
		}
		e = withYear(e, iv.start.Year())
	} else if y, ok := st.frameYear(e, m.start, tense); ok {
		// "Le 21 août 2013, ... Le 22 août, ...": the year of the story
		e = withYear(e, y)
		men.Inferred = append(men.Inferred, "year")
		men.Anchor = "previous date " + st.frame.Format(time.DateOnly)
	}
	switch e.Kind {
	case fr.KindDuration:
		men.Type, men.Value = timeline.TypeDuration, e.Value
		men.Grain = e.Unit
		return men, e.Value != ""
	case fr.KindSet:
		men.Type, men.Value = timeline.TypeSet, e.Value
		return men, true
	case fr.KindRef:
		men.Type, men.Value = timeline.TypeTime, e.Value // TimeML types PRESENT_REF and its kin as TIME
		return men, true
	case fr.KindRange:
		return st.resolveRange(men, e)
	}
	if e.Day != 0 && e.Month != 0 && e.Year == 0 && e.Weekday == 0 && !e.HasTime && e.Kind == fr.KindDate && e.Unit == "" {
		if start, ok := st.yearlyDay(m.start); ok {
			// "chaque 15 mars", "chaque année, le 15 mars": every 15 March
			men.Offset, men.Text = start, st.text[start:m.end]
			men.Type, men.Value = timeline.TypeSet, fmt.Sprintf("XXXX-%02d-%02d", e.Month, e.Day)
			return men, true
		}
	}
	if e.Weekday != 0 && e.Day == 0 && e.Month == 0 && e.Dir == fr.DirNone && e.Unit == "" && !e.HasTime {
		if start, ok := habitualDay(st.text, m.start, m.end); ok {
			// "ouvert uniquement le mercredi": every Wednesday
			men.Offset, men.Text = start, st.text[start:m.end]
			men.Type, men.Value = timeline.TypeSet, fmt.Sprintf("XXXX-WXX-%d", e.Weekday)
			return men, true
		}
	}
	if e.Day != 0 {
		men.Weekday = e.Weekday
	}
	men.Type = timeline.TypeDate
	if e.Problem != "" {
		men.Problem = e.Problem // kept without a value for the checks
		return men, true
	}
	if e.Origin == fr.FromPrevious && e.Unit == timeline.GrainDay && e.Base == nil && !e.Offset && e.Shift != 0 &&
		st.eventDay.IsZero() && eventAfter(st.text[m.end:]) {
		switch {
		case st.last.IsZero():
			// "au lendemain de l'annonce" with no date before: the day
			// after an event the text does not date, not after publication.
			men.Value = "XXXX-XX-XX"
			return men, true
		case apposed(st.text, st.lastEnd, m.start):
			// "dimanche soir, à la veille de l'ouverture": the date just
			// said is that eve.
			e.Shift = 0
		}
	}
	if e.Origin == fr.FromPrevious && e.Day != 0 && e.Month == 0 && e.Weekday == 0 && e.Unit == "" {
		return st.narrativeDay(e, men)
	}
	anchor := st.anchorFor(m, &men)
	st.anchor = anchor
	if nightJustPast(e, tense) && men.Anchor == st.refAnchor {
		// "Trois personnes sont mortes dans la nuit", "il est arrivé
		// cette nuit": told in the past on the day it was published, the
		// night is the one that ended that morning.
		e.Shift, e.Unit, e.Origin = -1, timeline.GrainDay, fr.FromAnchor
	} else if isFloatingPart(e) && e.Part != "NI" && tense == timeline.TensePast && men.Anchor == st.refAnchor &&
		e.Base == nil && !daySpan(st.ref, e.Part).start.Before(st.refTime) {
		// "le sommet s'est achevé tard dans la soirée", told in the
		// past with no day before it, in a paper out before that part of
		// the day began (or at an unknown hour): the evening before
		e.Shift, e.Unit, e.Origin = -1, timeline.GrainDay, fr.FromAnchor
	}
	iv, ok := st.interval(e, anchor, tense, &men)
	if men.Problem != "" {
		return men, true
	}
	if !ok {
		return men, false
	}
	men.Start, men.End, men.Grain = iv.start, iv.end, iv.grain
	men.Value = iv.value
	men.Type = timeline.TypeDate
	if e.HasTime || iv.grain == timeline.GrainPart || iv.grain == timeline.GrainHour || iv.grain == timeline.GrainMinute || iv.grain == timeline.GrainSecond {
		men.Type = timeline.TypeTime // TimeML: parts of day and clock times are TIME
	}
	men.Value += zoneSuffix(e.Zone, iv)
	return men, true
}

// zoneSuffix returns the offset a clock time's value takes when the text
// names its zone ("à minuit, heure de Damas": "2016-02-27T00:00+02"), as
// ISO 8601 and TimeML write it: the offset of that zone at that wall
// clock, summer time included. Start and End stay the wall clock the text
// gives, as for every date: a date is a date wherever it was written.
// Nothing is added for a zone fr.ZoneOf cannot place ("heure locale"), nor
// to a value that is not a clock time.
func zoneSuffix(written string, iv span) string {
	if written == "" {
		return ""
	}
	switch iv.grain {
	case timeline.GrainHour, timeline.GrainMinute, timeline.GrainSecond:
	default:
		return ""
	}
	loc, ok := fr.ZoneOf(written)
	if !ok || !strings.Contains(iv.value, "T") {
		return ""
	}
	return fr.ZoneSuffix(iv.start, loc)
}

// anchorFor returns the time a relative expression counts from: the
// previous date for "la veille", the date of a governing speech act for
// reported speech, else publication.
func (st *state) anchorFor(m match, men *timeline.Mention) time.Time {
	e := m.expr
	if e.Base != nil { // "le lendemain du 13 février": from that date
		var base timeline.Mention
		if iv, ok := st.interval(*e.Base, st.ref, men.Tense, &base); ok && !iv.start.IsZero() {
			men.Anchor = "named date " + iv.start.Format(time.DateOnly)
			return dayStart(iv.start)
		}
	}
	if !st.eventDay.IsZero() {
		// "au lendemain des attentats du 13 novembre": from that date;
		// "au lendemain de l'annonce, le 15 mars": that date itself
		men.Anchor = "named date " + st.eventDay.Format(time.DateOnly)
		if st.eventSaid {
			return st.eventDay.AddDate(0, 0, -e.Shift)
		}
		return st.eventDay
	}
	if e.Origin == fr.FromPrevious && !st.period.IsZero() && (e.Offset && grainRank(e.Unit) >= grainRank(timeline.GrainMonth) ||
		!e.Offset && e.Dir != fr.DirNone && grainRank(e.Unit) > grainRank(timeline.GrainDay)) {
		// "en septembre 2011 ... six mois plus tôt", "cette année-là",
		// "l'année suivante": months and years count from the last date
		// of any grain.
		men.Anchor = "previous date " + st.period.Format(time.DateOnly)
		return dayStart(st.period)
	}
	if e.Origin == fr.FromPrevious || isBareClock(e) {
		if isBareClock(e) && e.Hour < 12 && !st.nightEnds.IsZero() {
			// "dans la nuit de jeudi à vendredi ... peu après minuit":
			// the morning side of the night, as clockInPart has it.
			men.Anchor = "previous date " + st.nightEnds.Format(time.DateOnly)
			return st.nightEnds
		}
		if !st.last.IsZero() {
			last := st.last
			if men.Tense == timeline.TensePast && last.After(st.ref) && e.Unit == timeline.GrainDay && e.Shift != 0 &&
				e.Part == "" && !e.HasTime {
				// "Lundi, il a indiqué que les pourparlers reprendraient le
				// 11 avril. Il a précisé la veille que ...": told in the
				// past, the day counts from the last date not to come.
				last = st.lastPast()
			}
			if !last.IsZero() {
				men.Anchor = "previous date " + last.Format(time.DateOnly)
				return last
			}
		}
		return st.ref
	}
	if !isRelative(e) {
		return st.ref
	}
	if d, ok := speechAnchor(st.sentences, st.done, m.start, men.Tense); ok {
		men.Anchor = "speech act " + d.Format(time.DateOnly)
		return d
	}
	return st.ref
}

// lastPast returns the day of the last mention resolved to a day (or
// finer) on or before publication, or zero.
func (st *state) lastPast() time.Time {
	for i := len(st.done) - 1; i >= 0; i-- {
		p := &st.done[i]
		if p.HasInterval() && grainRank(p.Grain) <= grainRank(timeline.GrainDay) && !p.Start.After(st.refTime) {
			return dayStart(p.Start)
		}
	}
	return time.Time{}
}

// isRelative reports whether e counts from an anchor rather than naming a
// calendar date by itself.
func isRelative(e fr.Expr) bool {
	return e.Day == 0 && e.Month == 0 && e.Year == 0 && (e.Unit != "" || e.Weekday != 0 || e.Part != "")
}

// nightJustPast reports whether e is the night of its anchor day, with no
// day of its own ("la nuit", "cette nuit", "dans la nuit"), said in the
// past tense.
func nightJustPast(e fr.Expr, tense timeline.Tense) bool {
	return e.Part == "NI" && e.Shift == 0 && !e.HasTime && e.Day == 0 && e.Weekday == 0 && e.Month == 0 &&
		e.Year == 0 && e.Base == nil && tense == timeline.TensePast
}

// nightEnd returns the day a night mention that runs past midnight ends
// on, or zero for any other mention.
func nightEnd(men timeline.Mention) time.Time {
	if men.Grain != timeline.GrainPart || !strings.HasSuffix(men.Value, "TNI") {
		return time.Time{}
	}
	if end := dayStart(men.End.Add(-time.Nanosecond)); end.After(dayStart(men.Start)) {
		return end
	}
	return time.Time{}
}

// isBareClock reports whether e is a clock time with no day of its own.
func isBareClock(e fr.Expr) bool {
	return e.HasTime && e.Day == 0 && e.Weekday == 0 && e.Unit == ""
}

// resolveRange resolves both ends of an interval; the value is an ISO 8601
// interval of the two values.
func (st *state) resolveRange(men timeline.Mention, e fr.Expr) (timeline.Mention, bool) {
	st.anchor = st.ref
	from, ok1 := st.interval(*e.From, st.ref, men.Tense, &men)
	to, ok2 := st.interval(*e.To, st.ref, men.Tense, &men)
	if !ok1 || !ok2 {
		return men, false
	}
	switch {
	case to.start.After(from.start):
	case e.From.Weekday != 0 && e.From.Day == 0 && e.From.Month == 0:
		// "du vendredi au lundi": the weekend between
		to = shiftSpan(to, 0, 7)
	case e.From.Year == 0:
		from = shiftSpan(from, -1, 0) // "du 28 décembre au 3 janvier"
	}
	men.Type = timeline.TypeDate
	men.Start, men.End, men.Grain = from.start, to.end, from.grain
	men.Value = from.value + "/" + to.value
	return men, true
}

// shiftSpan moves a day or a month of a range by years and days, with its
// value.
func shiftSpan(sp span, years, days int) span {
	sp.start, sp.end = sp.start.AddDate(years, 0, days), sp.end.AddDate(years, 0, days)
	switch len(sp.value) {
	case len("2006-01-02"):
		sp.value = sp.start.Format(time.DateOnly)
	case len("2006-01"):
		sp.value = sp.start.Format("2006-01")
	}
	return sp
}

// span is a resolved calendar interval with its TIMEX3 value.
type span struct {
	start, end time.Time
	grain      timeline.Grain
	value      string
}

// dayStart returns midnight of t's day in t's zone.
func dayStart(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// daySpan is the span of one day, with an optional part of day.
func daySpan(d time.Time, part string) span {
	d = dayStart(d)
	if part == "" {
		return span{d, d.AddDate(0, 0, 1), timeline.GrainDay, d.Format(time.DateOnly)}
	}
	from, to := partHours(part)
	return span{d.Add(time.Duration(from) * time.Hour), d.Add(time.Duration(to) * time.Hour),
		timeline.GrainPart, d.Format(time.DateOnly) + "T" + part}
}

// partHours gives the hours a part of day covers; the night runs past
// midnight.
func partHours(part string) (from, to int) {
	switch part {
	case "MO":
		return 6, 12
	case "MI":
		return 12, 14
	case "AF":
		return 12, 18
	case "EV":
		return 18, 24
	case "NI":
		return 22, 30
	}
	return 6, 18 // DT, daytime
}

// grainRank orders grains from fine to coarse.
func grainRank(g timeline.Grain) int {
	for i, x := range []timeline.Grain{timeline.GrainSecond, timeline.GrainMinute, timeline.GrainHour,
		timeline.GrainPart, timeline.GrainDay, timeline.GrainWeekend, timeline.GrainWeek, timeline.GrainMonth,
		timeline.GrainSeason, timeline.GrainQuarter, timeline.GrainHalf, timeline.GrainYear, timeline.GrainDecade, timeline.GrainCentury} {
		if g == x {
			return i
		}
	}
	return 99
}

// isoWeek formats the ISO week of d.
func isoWeek(d time.Time) string {
	y, w := d.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// weekStart returns the Monday of d's ISO week.
func weekStart(d time.Time) time.Time {
	d = dayStart(d)
	off := (int(d.Weekday()) + 6) % 7
	return d.AddDate(0, 0, -off)
}

// narrativeDay resolves a day said alone after a day named with its month
// ("Le 2 mars, ... Le 3, ..."): that day of the same month, or of the next
// month when it is over half a month before the day named ("le 28 février
// ... le 2"). With no such day before, the number is no date.
func (st *state) narrativeDay(e fr.Expr, men timeline.Mention) (timeline.Mention, bool) {
	last := st.named
	if last.IsZero() && e.Part != "" {
		// "Il est parti le 14 au matin" with no month before: a day of
		// the month around publication, as "le 14" with its part of day
		// can only be.
		e.Origin = fr.FromAnchor
		iv, ok := st.interval(e, st.ref, men.Tense, &men)
		if !ok || iv.start.IsZero() {
			return men, false
		}
		men.Start, men.End, men.Grain, men.Value = iv.start, iv.end, iv.grain, iv.value
		men.Type = timeline.TypeTime
		return men, true
	}
	if last.IsZero() {
		return men, false
	}
	d := time.Date(last.Year(), last.Month(), e.Day, 0, 0, 0, 0, last.Location())
	if last.Day()-e.Day > 15 || d.Day() != e.Day {
		// "le 28 février ... le 2": the next month. A day a little before
		// the one named stays in its month: "Venise, 8 juillet ... Le 6".
		d = time.Date(last.Year(), last.Month()+1, e.Day, 0, 0, 0, 0, last.Location())
	}
	if d.Day() != e.Day {
		return men, false
	}
	s := daySpan(d, e.Part)
	men.Start, men.End, men.Grain, men.Value = s.start, s.end, s.grain, s.value
	if s.grain == timeline.GrainPart {
		men.Type = timeline.TypeTime // "le 5 au matin"
	}
	men.Anchor = "previous date " + last.Format(time.DateOnly)
	men.Inferred = append(men.Inferred, "month", "year")
	return men, true
}

// frameReach is how far after the last mention of a narrative's year a
// date without its year still takes it, in bytes: a sentence or two.
const frameReach = 300

// frameYear returns the year of the narrative frame for e, a date that
// names its month and not its year, at pos: of the years before, on and
// after the frame's, the one that puts the date nearest the frame's date.
func (st *state) frameYear(e fr.Expr, pos int, tense timeline.Tense) (int, bool) {
	if st.frame.IsZero() || pos-st.frameEnd > frameReach || !lacksYearAnyTime(e) ||
		tense == timeline.TenseFuture || tense == timeline.TenseConditional {
		return 0, false // "le record devrait être battu en août": of the news, not the story
	}
	month, day := e.Month, max(e.Day, 1)
	switch {
	case e.Unit == timeline.GrainQuarter && e.Ordinal > 0: // "le quatrième trimestre"
		month = 3*(e.Ordinal-1) + 1
	case e.Unit == timeline.GrainHalf && e.Ordinal > 0:
		month = 6*(e.Ordinal-1) + 1
	}
	if e.Kind == fr.KindRange {
		month, day = e.From.Month, max(e.From.Day, 1)
		if month == 0 {
			month = e.To.Month
		}
	}
	best, bestFar := 0, time.Duration(0)
	for y := st.frame.Year() - 1; y <= st.frame.Year()+1; y++ {
		c := time.Date(y, time.Month(month), day, 0, 0, 0, 0, st.frame.Location())
		if far := absDur(c.Sub(st.frame)); best == 0 || far < bestFar {
			best, bestFar = y, far
		}
	}
	if st.frameWhole {
		best = st.frame.Year()
	}
	if e.Weekday != 0 && e.Day != 0 &&
		isoWeekday(time.Date(best, time.Month(e.Month), e.Day, 0, 0, 0, 0, time.UTC)) != e.Weekday {
		return 0, false // "jeudi 12 septembre" is a Thursday of another year
	}
	return best, true
}

// lacksYearAnyTime is lacksYear with a time of day allowed: "le 22 août
// à 15 h".
func lacksYearAnyTime(e fr.Expr) bool {
	e.HasTime = false
	return lacksYear(e)
}

// keepFrame updates the narrative frame after the mention men of m: a date
// that gives a year before publication's opens one, a date that takes
// its year from it carries it on, a date counted from publication ("hier",
// "mardi") or of publication's year or after ("le 15 mars 2016") closes it.
func (st *state) keepFrame(m *match, men *timeline.Mention) {
	e := &m.expr
	if e.Year == 0 && st.frame.IsZero() {
		return // most mentions: no year, and no story told
	}
	if !men.HasInterval() || men.Type != timeline.TypeDate && men.Type != timeline.TypeTime {
		return
	}
	switch {
	case e.Year != 0 && e.Kind != fr.KindRange && e.Unit != timeline.GrainDecade && e.Unit != timeline.GrainCentury &&
		(e.Mod == "" || e.Mod == "START" || e.Mod == "MID" || e.Mod == "END"):
		if men.Start.Year() >= st.ref.Year() {
			st.frame = time.Time{} // the news, or plans: the dates around publication
			return
		}
		if sinceWord(st.text, m.start) {
			return
		}
		if slices.Contains(men.Inferred, "year") && !strings.HasPrefix(men.Anchor, "previous date") {
			return // a year given by another rule's reading, not the text
		}
		whole := coarserThanMonth(men.Grain)
		if whole && !framingYear(st.text, m.start, m.end) {
			return // a year said in passing: "né en 1950", "(1970 : 250 000 tonnes)"
		}
		st.frame, st.frameEnd = men.Start, men.EndOffset
		st.frameWhole = whole
	case strings.HasPrefix(men.Anchor, "previous date") && !st.frame.IsZero():
		st.frameEnd = men.EndOffset
		if !coarserThanMonth(men.Grain) {
			st.frame, st.frameWhole = men.Start, false
		}
	case men.Anchor == st.refAnchor || strings.HasPrefix(men.Anchor, "speech act"):
		if isRelative(*e) || e.Year == 0 && e.Weekday != 0 {
			st.frame = time.Time{}
		}
	}
}

// coarserThanMonth reports whether g names more than a month: a season, a
// quarter, a half or a year.
func coarserThanMonth(g timeline.Grain) bool {
	switch g {
	case timeline.GrainSeason, timeline.GrainQuarter, timeline.GrainHalf, timeline.GrainYear:
		return true
	}
	return false
}

// framingYear reports whether the year or season at [start, end) opens its
// sentence as the time of what follows: "En 2013, ...", "Au printemps
// 2011, ...".
func framingYear(text string, start, end int) bool {
	after := strings.TrimLeft(text[end:], " \u00a0\u202f")
	if !strings.HasPrefix(after, ",") {
		return false
	}
	lead := strings.TrimRight(text[max(0, start-16):start], " \u00a0\u202f")
	for _, w := range []string{"En", "en", "Au", "au", "Dès", "dès"} {
		if l, ok := strings.CutSuffix(lead, w); ok {
			lead = strings.TrimRight(l, " \u00a0\u202f")
			break
		}
	}
	return lead == "" && start < 16 || strings.HasSuffix(lead, ".") || strings.HasSuffix(lead, "\n") ||
		strings.HasSuffix(lead, "»") || strings.HasSuffix(lead, ";")
}

// sinceWord reports whether the mention at start is a bound said with
// "depuis" or "jusqu'en": "depuis 2011" frames no narrative.
func sinceWord(text string, start int) bool {
	var buf [12]byte
	lead := buf[:copy(buf[:], text[max(0, start-12):start])]
	for i, c := range lead {
		if 'A' <= c && c <= 'Z' {
			lead[i] = c + 'a' - 'A'
		}
	}
	for _, w := range [...]string{"depuis", "jusqu", "avant", "après"} {
		if bytes.Contains(lead, []byte(w)) {
			return true
		}
	}
	return false
}

// withYear gives a date, or both bounds of a range, the year y.
func withYear(e fr.Expr, y int) fr.Expr {
	e.YearOf = nil
	if e.Kind == fr.KindRange {
		from, to := *e.From, *e.To
		from.Year, to.Year = y, y
		e.From, e.To = &from, &to
		return e
	}
	e.Year = y
	return e
}

// apposed reports whether the text from a date's end to pos only sets
// what follows beside it: a comma, "à" or "au" ("samedi, à la veille du
// scrutin", "lundi, au lendemain de l'annonce").
func apposed(text string, dateEnd, pos int) bool {
	if dateEnd < 0 || dateEnd > pos || pos-dateEnd > 8 {
		return false
	}
	sep := strings.Trim(spaces.Replace(text[dateEnd:pos]), " ")
	sep = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(sep, "à"), "au"))
	return sep == ","
}

// eventAfter reports whether after opens on "de", "du", "des" or "d'":
// what comes next names what a day counts from ("la veille du sommet").
func eventAfter(after string) bool {
	a := lower.String(strings.TrimLeft(after, " \u00a0\u202f"))
	for _, w := range []string{"de ", "du ", "des ", "d'", "d’"} {
		if strings.HasPrefix(a, w) {
			return true
		}
	}
	return false
}

// byDeadline reports whether "d'ici" (by) comes just before pos: what
// follows is a deadline.
func byDeadline(text string, pos int) bool {
	b := lower.String(strings.TrimRight(text[max(0, pos-16):pos], " \u00a0\u202f"))
	return strings.HasSuffix(b, "d'ici") || strings.HasSuffix(b, "d’ici") || strings.HasSuffix(b, "d'ici à") || strings.HasSuffix(b, "d’ici à")
}

// deadlineBefore reports whether the words just before pos set a deadline:
// "jusqu'à", "d'ici".
func deadlineBefore(text string, pos int) bool {
	if byDeadline(text, pos) {
		return true
	}
	b := lower.String(strings.TrimRight(text[max(0, pos-16):pos], " \u00a0\u202f"))
	for _, w := range []string{"jusqu'à", "jusqu’à", "jusqu'au", "jusqu’au"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// movedWords are the participles that move an event to the date after
// them: "reportée à", "repoussé au", "décalée à", "ajourné au", "avancée
// à", "renvoyé au".
var movedWords = []string{"report", "repouss", "décal", "ajourn", "avanc", "renvoy", "différ"}

// movedTo reports whether the date at pos is the one an event was moved
// to ("la réunion a été repoussée à vendredi"), told in the present
// perfect: the new date is still to come. A pluperfect ("avait été
// reportée au 15") tells of a past move and is left alone.
func movedTo(text string, pos int) bool {
	b := text[max(0, pos-24):pos]
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	switch {
	case strings.HasSuffix(b, " à"):
		b = b[:len(b)-len(" à")]
	case strings.HasSuffix(b, " au"):
		b = b[:len(b)-len(" au")]
	default:
		return false
	}
	w := b[strings.LastIndexAny(b, " '’")+1:]
	if p := strings.TrimRight(w, "s"); !strings.HasSuffix(p, "e") && !strings.HasSuffix(p, "é") {
		return false // a participle: "reporté", "repoussées"
	}
	w = lower.String(w)
	for _, m := range movedWords {
		if strings.HasPrefix(w, m) {
			before := lower.String(text[max(0, pos-64):pos])
			return !strings.Contains(before, "avait") && !strings.Contains(before, "avaient")
		}
	}
	return false
}

// habitualWords, said before "le" and a weekday, make the weekday every
// one: "fermé le lundi", "uniquement le mercredi", "sauf le dimanche".
// They tell of a habit whatever the tense of the clause ("le musée est
// fermé le lundi"); "a lieu le mardi" may be one Tuesday and is left alone.
var habitualWords = map[string]bool{"uniquement": true, "seulement": true, "sauf": true, "excepté": true, "hormis": true,
	"fermé": true, "fermée": true, "fermés": true, "fermées": true, "ouvert": true, "ouverte": true, "ouverts": true,
	"ouvertes": true, "ouvre": true, "ouvrent": true, "ferme": true, "ferment": true, "permanence": true}

// habitualDay reports whether the weekday at [pos, end) is "le" and a
// weekday after a word that makes it a habit, with no date after it ("le
// mardi 24" is one day), and returns where "le" starts.
func habitualDay(text string, pos, end int) (int, bool) {
	if a := strings.TrimLeft(text[end:min(len(text), end+8)], " \u00a0\u202f"); a != "" && isDigit(a[0]) {
		return 0, false
	}
	off := max(0, pos-32)
	t := strings.TrimRight(text[off:pos], " \u00a0\u202f")
	if len(t) < 4 || t[len(t)-3:] != " le" {
		return 0, false
	}
	w := lower.String(lastWord(strings.TrimRight(t[:len(t)-3], " \u00a0\u202f")))
	if !habitualWords[w] {
		return 0, false
	}
	return off + len(t) - 2, true
}

// yearlyDay reports whether the day at pos recurs every year: "chaque" or
// "tous les" just before it ("chaque 15 mars", "tous les 14 juillet"), and
// returns where that word starts; or a yearly set just before it, a comma
// between ("chaque année, le 15 mars"), and then returns pos.
func (st *state) yearlyDay(pos int) (int, bool) {
	off := max(0, pos-16)
	t := strings.TrimRight(st.text[off:pos], " \u00a0\u202f")
	for _, w := range [...]string{"chaque", "Chaque", "tous les", "Tous les"} {
		if strings.HasSuffix(t, w) && (len(t) == len(w) || !isLetterASCII(t[len(t)-len(w)-1])) {
			return off + len(t) - len(w), true
		}
	}
	if n := len(st.done); n > 0 {
		p := &st.done[n-1]
		if p.Type == timeline.TypeSet && p.Value == "P1Y" && p.EndOffset <= pos &&
			strings.Trim(st.text[p.EndOffset:pos], " ,\u00a0\u202f") == "" {
			return pos, true
		}
	}
	return 0, false
}

// daysIn returns the number of days of the month t is in.
func daysIn(t time.Time) int {
	return time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
