package tagger

import (
	"fmt"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// interval resolves a date or time expression to a calendar span. Fields
// the text did not give are inferred from the anchor, the tense and the
// policy, and recorded in men.Inferred.
func (st *state) interval(e fr.Expr, anchor time.Time, tense timeline.Tense, men *timeline.Mention) (span, bool) {
	dir := st.direction(tense)
	switch {
	case e.Counted:
		return st.counted(e, anchor), true
	case e.HasTime:
		return st.clock(e, anchor, tense, men)
	case e.Feast:
		return st.feast(e, anchor, dir, men)
	case e.Day != 0 && e.Unit == timeline.GrainWeek: // "la semaine du 21 mars"
		d, ok := st.dayOfMonth(e, anchor, dir, men)
		if !ok {
			return d, false
		}
		s := weekStart(d.start)
		return span{s, s.AddDate(0, 0, 7), timeline.GrainWeek, isoWeek(s)}, true
	case e.Day != 0:
		return st.dayOfMonth(e, anchor, dir, men)
	case e.Month != 0 && e.Ordinal != 0:
		return ordinalIn(st.month(e, anchor, dir, men), e), true
	case e.Ordinal != 0 && e.Weekday != 0 && e.Unit == timeline.GrainMonth: // "le premier mercredi du mois prochain"
		m, ok := st.relativeSpan(fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainMonth, Shift: e.Shift}, anchor, men)
		e.Unit = ""
		return ordinalIn(m, e), ok
	case e.Month != 0:
		return st.month(e, anchor, dir, men), true
	case e.Ordinal != 0 && (e.Unit == timeline.GrainQuarter || e.Unit == timeline.GrainHalf):
		return st.yearPart(e, anchor, dir, men), true
	case e.Season != "":
		return st.season(e, anchor, dir, men)
	case e.Year != 0 && e.Unit == timeline.GrainCentury:
		s := time.Date(e.Year, 1, 1, 0, 0, 0, 0, anchor.Location())
		return withMod(span{s, s.AddDate(100, 0, 0), timeline.GrainCentury, fmt.Sprintf("%02d", e.Year/100)}, e.Mod), true
	case e.Year != 0 && e.Unit == timeline.GrainDecade:
		s := time.Date(e.Year, 1, 1, 0, 0, 0, 0, anchor.Location())
		return span{s, s.AddDate(10, 0, 0), timeline.GrainDecade, fmt.Sprintf("%03d", e.Year/10)}, true
	case e.Year != 0:
		return withMod(yearSpan(e.Year), e.Mod), true
	case e.Weekday != 0:
		return st.weekday(e, anchor, dir, men), true
	case e.Unit == timeline.GrainWeekend && e.Dir == fr.DirThis:
		return thisWeekend(anchor, dir), true
	case e.Unit != "":
		return st.relativeUnit(e, anchor, men)
	case e.Part != "":
		return daySpan(anchor, e.Part), true
	}
	return span{}, false
}

// direction is the way to resolve an expression that gives none: +1
// forward, -1 backward, 0 nearest.
func (st *state) direction(tense timeline.Tense) int {
	switch st.policy {
	case PolicyFuture:
		return 1
	case PolicyPast:
		return -1
	case PolicyNearest:
		return 0
	}
	switch tense {
	case timeline.TenseFuture, timeline.TenseConditional, timeline.TensePresent:
		return 1
	case timeline.TensePast:
		return -1
	}
	return 0
}

// seasonBound reports whether before, the text before a season, bounds
// a span by it: "jusqu'à", "d'ici", "avant", "fin".
func seasonBound(before string) bool {
	for _, w := range strings.Fields(lower.String(before)) {
		if strings.HasPrefix(w, "jusqu") || strings.HasPrefix(w, "d'ici") || strings.HasPrefix(w, "d’ici") ||
			w == "avant" || w == "fin" {
			return true // not "enfin", "afin", "davantage"
		}
	}
	return false
}

// pick chooses among candidate times the one that fits the direction
// relative to the anchor: strictly before for DirLast, strictly after for
// DirNext, else by dir (on or before, on or after, nearest).
func pick(cands []time.Time, anchor time.Time, d fr.Direction, dir int) time.Time {
	var best time.Time
	for _, c := range cands {
		ok := true
		switch {
		case d == fr.DirLast:
			ok = c.Before(anchor)
		case d == fr.DirNext:
			ok = c.After(anchor)
		case dir < 0:
			ok = !c.After(anchor)
		case dir > 0:
			ok = !c.Before(anchor)
		}
		if !ok {
			continue
		}
		if best.IsZero() || closer(c, best, anchor, d, dir) {
			best = c
		}
	}
	return best
}

// newsHorizon is how far from publication a date written without its year
// is looked for: news rarely gives a day or month more than half a year
// away without saying the year.
const newsHorizon = 183 * 24 * time.Hour

// tenseHorizon and tenseTrust bound when the tense wins over nearness:
// when no date within newsHorizon fits the tense, the one that does is
// taken up to tenseHorizon away, provided the nearest one is more than
// tenseTrust away. "Les matches auront lieu le 12 novembre", published on
// 11 May, is next November (185 days ahead), not last November (180 days
// back); a date a few weeks back stays there whatever the tense says, as
// the tense may be misread.
const (
	tenseHorizon = 245 * 24 * time.Hour
	tenseTrust   = 122 * 24 * time.Hour
)

// pickYear picks the year of a date written without one. Under the news
// policy the tense only chooses among candidates within the horizon; when
// none fits the tense there, the nearest candidate wins, unless it is far
// and one that fits the tense is not much further (see tenseHorizon).
func (st *state) pickYear(cands []time.Time, anchor time.Time, d fr.Direction, dir, weekday int) time.Time {
	if st.policy != PolicyNews {
		return pick(cands, anchor, d, dir)
	}
	var near, fair []time.Time
	for _, c := range cands {
		if far := absDur(c.Sub(anchor)); far <= newsHorizon {
			near = append(near, c)
		} else if far <= tenseHorizon {
			fair = append(fair, c)
		}
	}
	if c := pick(near, anchor, d, dir); !c.IsZero() {
		return c
	}
	if d != fr.DirNone {
		return pick(cands, anchor, d, dir)
	}
	nearest := pick(cands, anchor, d, 0)
	c := pick(fair, anchor, d, dir)
	if dir == 0 || c.IsZero() || absDur(nearest.Sub(anchor)) <= tenseTrust ||
		weekday != 0 && isoWeekday(nearest) == weekday && isoWeekday(c) != weekday {
		return nearest // near enough, or the weekday written fits it alone
	}
	return c
}

// closer reports whether candidate c beats best.
func closer(c, best, anchor time.Time, d fr.Direction, dir int) bool {
	switch {
	case d == fr.DirLast || d == fr.DirNone && dir < 0:
		return c.After(best)
	case d == fr.DirNext || d == fr.DirNone && dir > 0:
		return c.Before(best)
	}
	return absDur(c.Sub(anchor)) < absDur(best.Sub(anchor))
}

// isoWeekday numbers t's weekday from 1 (Monday) to 7 (Sunday), as
// fr.Expr.Weekday does.
func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// dayOfMonth resolves "le 22 mars", inferring the year when absent.
func (st *state) dayOfMonth(e fr.Expr, anchor time.Time, dir int, men *timeline.Mention) (span, bool) {
	loc := anchor.Location()
	month, year := e.Month, e.Year
	if month == 0 && e.Unit == timeline.GrainMonth {
		// "le 7 courant", "le 6 du mois prochain": that day of the
		// anchor's month, or of the one after or before it
		m := time.Date(anchor.Year(), anchor.Month()+time.Month(e.Shift), 1, 0, 0, 0, 0, loc)
		month, year = int(m.Month()), m.Year()
		men.Inferred = append(men.Inferred, "month", "year")
	}
	if month == 0 {
		c := st.pickMonth(e, anchor, dir)
		month = int(c.Month())
		men.Inferred = append(men.Inferred, "month")
		if year == 0 {
			year = c.Year()
			men.Inferred = append(men.Inferred, "year")
		}
	}
	if year == 0 {
		var cands []time.Time
		for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
			if c := time.Date(y, time.Month(month), e.Day, 0, 0, 0, 0, loc); c.Day() == e.Day {
				cands = append(cands, c)
			}
		}
		c := st.pickYear(cands, anchor, e.Dir, dir, e.Weekday)
		if c.IsZero() {
			return span{}, false
		}
		year = c.Year()
		men.Inferred = append(men.Inferred, "year")
	} else if e.Century {
		year = nearCentury(year, st.ref.Year())
		men.Inferred = append(men.Inferred, "century")
	}
	if year < 0 { // "44 av. J.-C.": the astronomical year -43, TIMEX3 BC0044
		d := time.Date(year+1, time.Month(month), e.Day, 0, 0, 0, 0, loc)
		s := daySpan(d, e.Part)
		s.value = fmt.Sprintf("BC%04d", -year) + s.value[strings.Index(s.value[1:], "-")+1:]
		return s, d.Day() == e.Day
	}
	d := time.Date(year, time.Month(month), e.Day, 0, 0, 0, 0, loc)
	if d.Day() != e.Day {
		men.Problem = fmt.Sprintf("%s %d has no day %d", time.Month(month), year, e.Day) // 29 février 2015
		return span{}, false
	}
	return daySpan(d, e.Part), true
}

// month resolves "mars 2016", "en mars", "juin prochain".
func (st *state) month(e fr.Expr, anchor time.Time, dir int, men *timeline.Mention) span {
	loc := anchor.Location()
	year := e.Year
	if year == 0 {
		var cands []time.Time
		for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
			cands = append(cands, time.Date(y, time.Month(e.Month), 1, 0, 0, 0, 0, loc))
		}
		mAnchor := time.Date(anchor.Year(), anchor.Month(), 1, 0, 0, 0, 0, loc)
		c := st.pickYear(cands, mAnchor, e.Dir, dir, 0)
		if c.IsZero() {
			c = cands[1]
		}
		year = c.Year()
		men.Inferred = append(men.Inferred, "year")
	} else if e.Century {
		year = nearCentury(year, st.ref.Year())
		men.Inferred = append(men.Inferred, "century")
	}
	s := time.Date(year, time.Month(e.Month), 1, 0, 0, 0, 0, loc)
	return withMod(span{s, s.AddDate(0, 1, 0), timeline.GrainMonth, s.Format("2006-01")}, e.Mod)
}

// feast resolves a movable feast ("Pâques", "la Pentecôte") in the year
// that fits the tense, as a date without a year is.
func (st *state) feast(e fr.Expr, anchor time.Time, dir int, men *timeline.Mention) (span, bool) {
	if e.Hijri != 0 {
		return st.hijriFeast(e, anchor, dir, men)
	}
	if e.Year != 0 { // "Pâques 2015"
		return daySpan(easter(e.Year, anchor.Location()).AddDate(0, 0, e.Easter), e.Part), true
	}
	var cands []time.Time
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		cands = append(cands, easter(y, anchor.Location()).AddDate(0, 0, e.Easter))
	}
	c := st.pickYear(cands, anchor, e.Dir, dir, 0)
	if c.IsZero() {
		return span{}, false
	}
	men.Inferred = append(men.Inferred, "year")
	return daySpan(c, e.Part), true
}

// easter returns Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm).
func easter(y int, loc *time.Location) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, loc)
}

// ordinalIn picks the day, weekday, week or week-end that an ordinal names
// inside a month: weeks are the ISO weeks whose Monday falls in the month.
func ordinalIn(m span, e fr.Expr) span {
	if e.Weekday != 0 { // "le premier mercredi", "le dernier lundi"
		d := m.start
		for (int(d.Weekday())+6)%7+1 != e.Weekday {
			d = d.AddDate(0, 0, 1)
		}
		d = d.AddDate(0, 0, 7*(e.Ordinal-1))
		if e.Ordinal < 0 {
			d = m.end.AddDate(0, 0, -1)
			for (int(d.Weekday())+6)%7+1 != e.Weekday {
				d = d.AddDate(0, 0, -1)
			}
		}
		return daySpan(d, "")
	}
	switch e.Unit {
	case timeline.GrainDay:
		d := m.start.AddDate(0, 0, e.Ordinal-1)
		if e.Ordinal < 0 {
			d = m.end.AddDate(0, 0, e.Ordinal)
		}
		return daySpan(d, "")
	case timeline.GrainWeekend:
		sat := m.start
		for sat.Weekday() != time.Saturday {
			sat = sat.AddDate(0, 0, 1)
		}
		sat = sat.AddDate(0, 0, 7*(e.Ordinal-1))
		if e.Ordinal < 0 {
			last := m.end.AddDate(0, 0, -1)
			for last.Weekday() != time.Saturday {
				last = last.AddDate(0, 0, -1)
			}
			sat = last
		}
		return span{sat, sat.AddDate(0, 0, 2), timeline.GrainWeekend, isoWeek(sat) + "-WE"}
	}
	mon := m.start
	for mon.Weekday() != time.Monday {
		mon = mon.AddDate(0, 0, 1)
	}
	mon = mon.AddDate(0, 0, 7*(e.Ordinal-1))
	if e.Ordinal < 0 {
		last := m.end.AddDate(0, 0, -1)
		mon = weekStart(last)
		if mon.Before(m.start) {
			mon = m.start
		}
	}
	return span{mon, mon.AddDate(0, 0, 7), timeline.GrainWeek, isoWeek(mon)}
}

// yearPart resolves a quarter or a half counted in its year ("le
// troisième trimestre 2015", "au premier semestre"), the year inferred as
// a month's is when the text does not give it.
func (st *state) yearPart(e fr.Expr, anchor time.Time, dir int, men *timeline.Mention) span {
	months, parts := 3, 4
	if e.Unit == timeline.GrainHalf {
		months, parts = 6, 2
	}
	k := e.Ordinal
	if k < 0 {
		k = parts + 1 + k // "le dernier trimestre 2015"
	}
	first := time.Month((k-1)*months + 1)
	loc := anchor.Location()
	year := e.Year
	if year == 0 {
		var cands []time.Time
		for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
			cands = append(cands, time.Date(y, first, 1, 0, 0, 0, 0, loc))
		}
		// the part the anchor is in is neither past nor to come
		now := time.Date(anchor.Year(), time.Month((int(anchor.Month())-1)/months*months+1), 1, 0, 0, 0, 0, loc)
		c := st.pickYear(cands, now, e.Dir, dir, 0)
		if c.IsZero() {
			c = cands[1]
		}
		year = c.Year()
		men.Inferred = append(men.Inferred, "year")
	}
	s := time.Date(year, first, 1, 0, 0, 0, 0, loc)
	if e.Unit == timeline.GrainHalf {
		return withMod(halfSpan(s), e.Mod)
	}
	return withMod(span{s, s.AddDate(0, 3, 0), timeline.GrainQuarter, fmt.Sprintf("%04d-Q%d", s.Year(), k)}, e.Mod)
}

// halfSpan is the half year that begins at s: "2016-H1".
func halfSpan(s time.Time) span {
	return span{s, s.AddDate(0, 6, 0), timeline.GrainHalf, fmt.Sprintf("%04d-H%d", s.Year(), (int(s.Month())-1)/6+1)}
}

// yearSpan is the span of a calendar year.
func yearSpan(y int) span {
	s := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return span{s, s.AddDate(1, 0, 0), timeline.GrainYear, fmt.Sprintf("%04d", y)}
}

// withMod narrows a month or year span to its start, middle or end third;
// the value keeps naming the whole period, as TIMEX3 does with its mod.
func withMod(s span, mod string) span {
	if mod != "START" && mod != "MID" && mod != "END" {
		return s
	}
	total := s.end.Sub(s.start)
	third := total / 3
	switch s.grain {
	case timeline.GrainMonth:
		days := int(total.Hours()/24+0.5) - 20
		switch mod {
		case "START":
			s.end = s.start.AddDate(0, 0, 10)
		case "MID":
			s.start, s.end = s.start.AddDate(0, 0, 10), s.start.AddDate(0, 0, 20)
		case "END":
			s.start = s.end.AddDate(0, 0, -days)
		}
	case timeline.GrainYear:
		switch mod {
		case "START":
			s.end = s.start.AddDate(0, 4, 0)
		case "MID":
			s.start, s.end = s.start.AddDate(0, 4, 0), s.start.AddDate(0, 8, 0)
		case "END":
			s.start = s.start.AddDate(0, 8, 0)
		}
	default:
		switch mod {
		case "START":
			s.end = s.start.Add(third)
		case "MID":
			s.start, s.end = s.start.Add(third), s.start.Add(2*third)
		case "END":
			s.start = s.end.Add(-third)
		}
	}
	return s
}

// seasonStarts gives the month and day each season starts on.
var seasonStarts = map[string][2]int{"SP": {3, 20}, "SU": {6, 21}, "FA": {9, 22}, "WI": {12, 21}}

// season resolves "au printemps 2016", "cet été"; a season with no year and
// no determiner stays underspecified (XXXX-SU). dir is the way the tense
// resolves it.
func (st *state) season(e fr.Expr, anchor time.Time, dir int, men *timeline.Mention) (span, bool) {
	y := e.Year
	sm := seasonStarts[e.Season]
	if y == 0 && e.Dir == fr.DirNone && marksFuture(men.Tense) {
		// "au printemps, il partira": the next season to begin, or the
		// one begun less than a month ago; with a bound before it
		// ("jusqu'à l'été", "d'ici la fin de l'hiver", "avant
		// l'automne") the one not yet over
		left := 1
		if seasonBound(st.text[max(0, men.Offset-24):men.Offset]) {
			left = 3
		}
		for k := -1; k <= 1; k++ {
			c := time.Date(anchor.Year()+k, time.Month(sm[0]), sm[1], 0, 0, 0, 0, anchor.Location())
			if c.AddDate(0, left, 0).After(anchor) {
				men.Inferred = append(men.Inferred, "year")
				return span{c, c.AddDate(0, 3, 0), timeline.GrainSeason, fmt.Sprintf("%04d-%s", c.Year(), e.Season)}, true
			}
		}
	}
	if y == 0 && e.Dir == fr.DirNone {
		// a season of every year: "un boom en été", "été comme hiver"
		return span{value: "XXXX-" + e.Season, grain: timeline.GrainSeason}, true
	}
	if y == 0 && (e.Dir == fr.DirNext || e.Dir == fr.DirLast) {
		// "l'été prochain" said in March is this summer; "le printemps
		// dernier" said in July is this spring: the next one to start,
		// the last one to have ended, or nearly ("l'hiver dernier" on
		// 17 March).
		for k := -2; k <= 2; k++ {
			c := time.Date(anchor.Year()+k, time.Month(sm[0]), sm[1], 0, 0, 0, 0, anchor.Location())
			if e.Dir == fr.DirNext && c.After(anchor) {
				y = c.Year()
				break
			}
			if e.Dir == fr.DirLast && !c.AddDate(0, 3, -14).After(anchor) {
				y = c.Year()
			}
		}
		men.Inferred = append(men.Inferred, "year")
		s := time.Date(y, time.Month(sm[0]), sm[1], 0, 0, 0, 0, anchor.Location())
		return span{s, s.AddDate(0, 3, 0), timeline.GrainSeason, fmt.Sprintf("%04d-%s", y, e.Season)}, true
	}
	if y == 0 && e.Dir == fr.DirThis && dir < 0 {
		// "cet hiver" told in the past on 22 March is the winter that
		// has just ended, "cet automne" the last one: the latest season
		// to have begun by the anchor.
		for k := 0; k >= -1; k-- {
			c := time.Date(anchor.Year()+k, time.Month(sm[0]), sm[1], 0, 0, 0, 0, anchor.Location())
			if !c.After(anchor) {
				men.Inferred = append(men.Inferred, "year")
				return span{c, c.AddDate(0, 3, 0), timeline.GrainSeason, fmt.Sprintf("%04d-%s", c.Year(), e.Season)}, true
			}
		}
	}
	if y == 0 {
		y = anchor.Year() + e.Shift
		men.Inferred = append(men.Inferred, "year")
	}
	sy := y
	if e.Season == "WI" && e.Year == 0 && anchor.Before(time.Date(anchor.Year(), 3, 20, 0, 0, 0, 0, anchor.Location())) {
		sy-- // in January, "cet hiver" began the December before
	}
	s := time.Date(sy, time.Month(sm[0]), sm[1], 0, 0, 0, 0, anchor.Location())
	// the value names a winter by the year it begins, as "l'hiver
	// dernier" does
	return span{s, s.AddDate(0, 3, 0), timeline.GrainSeason, fmt.Sprintf("%04d-%s", sy, e.Season)}, true
}

// hijriFeast resolves a feast of the Islamic calendar ("le ramadan",
// "l'Aïd el-Fitr") in the Islamic year that fits the tense, as a feast of
// the Christian calendar is; the ramadan spans its month.
func (st *state) hijriFeast(e fr.Expr, anchor time.Time, dir int, men *timeline.Mention) (span, bool) {
	loc := anchor.Location()
	m, d := e.Hijri/100, e.Hijri%100
	var cands []time.Time
	for y := fr.HijriYear(anchor) - 1; y <= fr.HijriYear(anchor)+1; y++ {
		if c := fr.HijriDate(y, m, d, loc); e.Year == 0 || c.Year() == e.Year {
			cands = append(cands, c)
		}
	}
	// The feast comes back every eleven months or so: the tense says which
	// one ("pendant le ramadan, les combats ont baissé" is the last one).
	c := pick(cands, anchor, e.Dir, dir)
	if c.IsZero() {
		return span{}, false
	}
	if e.Year == 0 {
		men.Inferred = append(men.Inferred, "year")
	}
	if e.Unit != timeline.GrainMonth {
		return daySpan(c, e.Part), true
	}
	y := fr.HijriYear(c)
	end := fr.HijriDate(y, m+1, 1, loc)
	last := end.AddDate(0, 0, -1)
	return span{c, end, timeline.GrainDay, c.Format(time.DateOnly) + "/" + last.Format(time.DateOnly)}, true
}

// weekday resolves "mardi", "mardi dernier", "mercredi prochain",
// "mercredi de la semaine prochaine".
func (st *state) weekday(e fr.Expr, anchor time.Time, dir int, men *timeline.Mention) span {
	anchor = dayStart(anchor)
	if e.Unit == timeline.GrainWeek {
		monday := weekStart(anchor).AddDate(0, 0, 7*e.Shift)
		return daySpan(monday.AddDate(0, 0, e.Weekday-1), e.Part)
	}
	if e.Unit == timeline.GrainDay && e.Dir == fr.DirNext { // "lundi en huit": this week's or the next one, then weeks on
		off := (e.Weekday - (int(anchor.Weekday())+6)%7 - 1 + 7) % 7
		return daySpan(anchor.AddDate(0, 0, off+7*e.Shift), e.Part)
	}
	if e.Unit == timeline.GrainDay { // "aujourd'hui vendredi"
		return daySpan(anchor.AddDate(0, 0, e.Shift), e.Part)
	}
	var cands []time.Time
	for k := -7; k <= 7; k++ {
		c := anchor.AddDate(0, 0, k)
		if (int(c.Weekday())+6)%7+1 == e.Weekday {
			cands = append(cands, c)
		}
	}
	d := e.Dir
	if d == fr.DirThis {
		d = fr.DirNone
	}
	if e.Origin == fr.FromPrevious && d == fr.DirNext && st.last.IsZero() {
		// "mercredi suivant" with no date before: that day of next week
		return daySpan(weekStart(anchor).AddDate(0, 0, 7+e.Weekday-1), e.Part)
	}
	if d == fr.DirNone {
		men.Inferred = append(men.Inferred, "direction")
		switch {
		case dir == 0 && st.policy != PolicyNearest:
			dir = -1 // news: an undirected weekday is the latest one
		case dir > 0 && e.Dir != fr.DirThis && st.policy != PolicyNews:
			// Said on a Tuesday, "mardi" to come is next week's for an
			// assistant; in the news it is that day ("le festival débute
			// vendredi", published on that Friday), the day the article
			// was written for.
			d = fr.DirNext
		}
	}
	return daySpan(pick(cands, anchor, d, dir), e.Part)
}

// relativeUnit resolves expressions counted in units from the anchor:
// "hier", "la semaine prochaine", "il y a trois jours", "ce week-end".
// To come (future policy), a third of this week, month or year already
// past is the next one's: "au début du mois" said on the 12th is early
// next month.
func (st *state) relativeUnit(e fr.Expr, anchor time.Time, men *timeline.Mention) (span, bool) {
	s, ok := st.relativeSpan(e, anchor, men)
	if ok && st.policy == PolicyFuture && e.Shift == 0 && e.Value == "" && modOf(e) != "" && !s.end.After(st.refTime) &&
		(e.Unit == timeline.GrainWeek || e.Unit == timeline.GrainMonth || e.Unit == timeline.GrainYear) {
		e.Shift = 1
		return st.relativeSpan(e, anchor, men)
	}
	return s, ok
}

// relativeSpan is relativeUnit without the policy's turn to the next period.
func (st *state) relativeSpan(e fr.Expr, anchor time.Time, men *timeline.Mention) (span, bool) {
	if e.Value == "X" { // "il y a quelques jours"
		v := "PAST_REF"
		if e.Shift >= 0 && e.Origin == fr.FromAnchor && !isAgo(men.Text) {
			v = "FUTURE_REF"
		}
		return span{value: v}, true
	}
	a := dayStart(anchor)
	loc := a.Location()
	if e.Exact {
		switch e.Unit {
		case timeline.GrainYear:
			return daySpan(a.AddDate(e.Shift, 0, 0), ""), true
		case timeline.GrainMonth:
			return daySpan(a.AddDate(0, e.Shift, 0), ""), true
		case timeline.GrainWeek:
			return daySpan(a.AddDate(0, 0, 7*e.Shift), ""), true
		}
	}
	switch e.Unit {
	case timeline.GrainDay:
		return daySpan(a.AddDate(0, 0, e.Shift), e.Part), true
	case timeline.GrainWeek:
		s := weekStart(a).AddDate(0, 0, 7*e.Shift)
		return withMod(span{s, s.AddDate(0, 0, 7), timeline.GrainWeek, isoWeek(s)}, e.Mod), true
	case timeline.GrainWeekend:
		shift := e.Shift
		if wd := a.Weekday(); shift == 1 && e.Dir == fr.DirNext && wd != time.Saturday && wd != time.Sunday {
			// "le week-end prochain" said on a weekday is the coming
			// one, as "samedi prochain" is the coming Saturday
			shift = 0
		}
		sat := weekStart(a).AddDate(0, 0, 7*shift+5)
		return span{sat, sat.AddDate(0, 0, 2), timeline.GrainWeekend, isoWeek(sat) + "-WE"}, true
	case timeline.GrainMonth:
		s := time.Date(a.Year(), a.Month()+time.Month(e.Shift), 1, 0, 0, 0, 0, loc)
		return withMod(span{s, s.AddDate(0, 1, 0), timeline.GrainMonth, s.Format("2006-01")}, e.Mod), true
	case timeline.GrainQuarter:
		q := (int(a.Month())-1)/3 + e.Shift
		s := time.Date(a.Year(), time.Month(q*3+1), 1, 0, 0, 0, 0, loc)
		return span{s, s.AddDate(0, 3, 0), timeline.GrainQuarter, fmt.Sprintf("%04d-Q%d", s.Year(), (int(s.Month())-1)/3+1)}, true
	case timeline.GrainHalf:
		h := (int(a.Month())-1)/6 + e.Shift
		s := time.Date(a.Year(), time.Month(h*6+1), 1, 0, 0, 0, 0, loc)
		return halfSpan(s), true
	case timeline.GrainYear:
		return withMod(yearSpan(a.Year()+e.Shift), e.Mod), true
	case timeline.GrainDecade:
		d := a.Year()/10 + e.Shift
		s := time.Date(d*10, 1, 1, 0, 0, 0, 0, loc)
		return span{s, s.AddDate(10, 0, 0), timeline.GrainDecade, fmt.Sprintf("%03d", d)}, true
	case timeline.GrainCentury:
		c := a.Year()/100 + e.Shift
		s := time.Date(c*100, 1, 1, 0, 0, 0, 0, loc)
		return span{s, s.AddDate(100, 0, 0), timeline.GrainCentury, fmt.Sprintf("%02d", c)}, true
	case timeline.GrainHour, timeline.GrainMinute, timeline.GrainSecond:
		return st.clockOffset(e, anchor)
	}
	return span{}, false
}

// thisWeekend resolves "ce week-end": the coming one in a future clause,
// the one just past in a past clause, else the nearest.
func thisWeekend(anchor time.Time, dir int) span {
	a := dayStart(anchor)
	sat := weekStart(a).AddDate(0, 0, 5)
	wd := int(a.Weekday())
	inWeekend := wd == 0 || wd == 6
	switch {
	case inWeekend:
	case dir < 0, dir == 0 && wd <= 3:
		sat = sat.AddDate(0, 0, -7)
	}
	return span{sat, sat.AddDate(0, 0, 2), timeline.GrainWeekend, isoWeek(sat) + "-WE"}
}

// isAgo reports whether an offset counts backward ("il y a").
func isAgo(text string) bool { return len(text) > 2 && (text[:2] == "il" || text[:2] == "Il") }

// clockOffset resolves "il y a deux heures", "dans dix minutes" from the
// anchor's time of day.
func (st *state) clockOffset(e fr.Expr, anchor time.Time) (span, bool) {
	if anchor.Equal(st.ref) {
		anchor = st.refTime // the publication instant, not its midnight
	}
	unit := map[timeline.Grain]time.Duration{timeline.GrainHour: time.Hour, timeline.GrainMinute: time.Minute, timeline.GrainSecond: time.Second}[e.Unit]
	t := anchor.Add(time.Duration(e.Shift) * unit)
	layout := map[timeline.Grain]string{timeline.GrainHour: "2006-01-02T15", timeline.GrainMinute: "2006-01-02T15:04", timeline.GrainSecond: "2006-01-02T15:04:05"}[e.Unit]
	t = t.Truncate(unit)
	return span{t, t.Add(unit), e.Unit, t.Format(layout)}, true
}

// clock resolves a time of day, on its own day or on the anchor's.
func (st *state) clock(e fr.Expr, anchor time.Time, tense timeline.Tense, men *timeline.Mention) (span, bool) {
	day := dayStart(anchor)
	if !isBareClock(e) {
		de := e
		de.HasTime, de.Kind = false, fr.KindDate
		s, ok := st.interval(de, anchor, tense, men)
		if !ok || s.start.IsZero() {
			return span{}, false
		}
		day = dayStart(s.start)
	} else {
		men.Inferred = append(men.Inferred, "day")
	}
	t := day.Add(time.Duration(e.Hour)*time.Hour + time.Duration(e.Minute)*time.Minute + time.Duration(e.Second)*time.Second)
	if isBareClock(e) && st.policy == PolicyFuture && anchor.Equal(st.ref) && t.Before(st.refTime) {
		t = t.AddDate(0, 0, 1) // at 4:30, "minuit" and "3 h du matin" to come are tomorrow's
	}
	if e.Seconds {
		return span{t, t.Add(time.Second), timeline.GrainSecond, t.Format("2006-01-02T15:04:05")}, true
	}
	return span{t, t.Add(time.Minute), timeline.GrainMinute, t.Format("2006-01-02T15:04")}, true
}

// pickMonth picks the month of a day written without one ("le 2 à 5 h"):
// the anchor's month, or under a direction the nearest month on that side
// where the day exists. A weekday given with the day ("jeudi 15") picks
// the nearest month where that day is that weekday: an assistant looks
// for it over a year (future and past policies), news only in the month
// before, of or after publication. When none is, the weekday is more
// likely wrong than the month, which is picked as if no weekday had been
// given (the checks report the weekday).
func (st *state) pickMonth(e fr.Expr, anchor time.Time, dir int) time.Time {
	a := dayStart(anchor)
	inMonth := time.Date(a.Year(), a.Month(), e.Day, 0, 0, 0, 0, a.Location())
	if e.Weekday != 0 {
		span := 14 // a day falls on each weekday within 14 months
		if st.policy == PolicyNews {
			span = 1
		}
		if c := pick(monthsWithDay(a, e.Day, e.Weekday, span), a, e.Dir, dir); !c.IsZero() {
			return c
		}
	}
	if dir == 0 && e.Dir == fr.DirNone {
		return inMonth
	}
	if c := pick(monthsWithDay(a, e.Day, 0, 2), a, e.Dir, dir); !c.IsZero() {
		return c
	}
	return inMonth
}

// monthsWithDay lists, in the span months around a's, the dates of day
// that exist and, when weekday is not 0, fall on that weekday.
func monthsWithDay(a time.Time, day, weekday, span int) []time.Time {
	var cands []time.Time
	for k := -span; k <= span; k++ {
		first := time.Date(a.Year(), a.Month()+time.Month(k), 1, 0, 0, 0, 0, a.Location())
		c := first.AddDate(0, 0, day-1)
		if c.Day() != day || weekday != 0 && isoWeekday(c) != weekday {
			continue
		}
		cands = append(cands, c)
	}
	return cands
}

// counted resolves "les trois derniers jours", "les 2 prochaines semaines":
// the whole units just before the anchor's own, or just after it. Under a
// day, the past ones count from the anchor instant ("les 24 heures
// passées" end now); the value is an ISO 8601 interval.
func (st *state) counted(e fr.Expr, anchor time.Time) span {
	from := anchor
	if anchor.Equal(st.ref) {
		from = st.refTime
	}
	n := e.Shift
	if n < 0 {
		n = -n
	}
	loc := from.Location()
	var unitStart time.Time
	add := func(t time.Time, k int) time.Time { return t }
	layout := "2006-01-02"
	switch e.Unit {
	case timeline.GrainSecond, timeline.GrainMinute, timeline.GrainHour:
		d := map[timeline.Grain]time.Duration{timeline.GrainHour: time.Hour, timeline.GrainMinute: time.Minute, timeline.GrainSecond: time.Second}[e.Unit]
		unitStart = from.Truncate(d)
		if e.Shift < 0 && e.Unit != timeline.GrainSecond {
			unitStart = from.Truncate(time.Minute)
		}
		add = func(t time.Time, k int) time.Time { return t.Add(time.Duration(k) * d) }
		layout = "2006-01-02T15:04"
		if e.Unit == timeline.GrainSecond {
			layout = "2006-01-02T15:04:05"
		}
	case timeline.GrainDay:
		unitStart = dayStart(from)
		add = func(t time.Time, k int) time.Time { return t.AddDate(0, 0, k) }
	case timeline.GrainWeek:
		unitStart = weekStart(from)
		add = func(t time.Time, k int) time.Time { return t.AddDate(0, 0, 7*k) }
	case timeline.GrainMonth:
		unitStart = time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, loc)
		add = func(t time.Time, k int) time.Time { return t.AddDate(0, k, 0) }
		layout = "2006-01"
	default:
		unitStart = time.Date(from.Year(), 1, 1, 0, 0, 0, 0, loc)
		add = func(t time.Time, k int) time.Time { return t.AddDate(k, 0, 0) }
		layout = "2006"
	}
	var s, end time.Time
	if e.Shift < 0 {
		end = unitStart
		if e.Unit == timeline.GrainHour || e.Unit == timeline.GrainMinute || e.Unit == timeline.GrainSecond {
			end = from
		}
		s = add(unitStart, -n)
	} else {
		s = add(unitStart, 1)
		end = add(s, n)
	}
	return span{s, end, e.Unit, s.Format(layout) + "/" + end.Format(layout)}
}

// nearCentury gives a year written in two figures ("octobre 98", the rule
// reading it in 1950-2049) the century that puts it from 89 years before
// the reference year to 10 years after it: "juin 23" is 2023 in 2016 and
// 1823 in 1884, "98" 1998 in 2003. Without a reference year (an undated
// text, resolved against year 1) the rule's reading stays.
func nearCentury(year, ref int) int {
	if ref < 1000 {
		return year
	}
	y := ref - ref%100 + year%100
	switch {
	case y > ref+10:
		y -= 100
	case y < ref-89:
		y += 100
	}
	return y
}
