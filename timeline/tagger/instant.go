package tagger

import (
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

// The instant value style is the calendar style (calendar.go) for
// libraries that reduce every expression to one instant, such as chrono:
// an amount of time is counted from the reference instant, not named as a
// calendar period. Where it differs from the calendar style:
//
//   - a period named relative to the reference ("la semaine prochaine",
//     "le mois dernier", "l'année prochaine", "le dernier trimestre") is
//     the reference shifted by that many units: "la semaine prochaine"
//     said on 12 May is 19 May;
//   - so is a counted period ("les trois prochaines semaines", "les 90
//     secondes suivantes"): the reference shifted by the whole count, the
//     end of a span to come or the start of a span past;
//   - a duration with a count ("en 1 heure", "pour 5 minutes", "dans une
//     année") is the instant the reference plus the amount (minus it in a
//     past clause or under the past policy), typed TIME below a day and
//     DATE from a day up; a vague one ("quelques mois") stays a duration
//     without value;
//   - the shifted instant is at the grain of its unit below a day (a
//     second for seconds, a minute for minutes and hours, keeping the time
//     of day) and a day from a day up, as offsets are in both styles.

// instantShift restates a period named or counted relative to the anchor,
// or a duration, as the reference shifted by its amount; ok is false for
// a mention the instant style reports as the calendar style does.
func (st *state) instantShift(men timeline.Mention, e fr.Expr) (timeline.Mention, bool) {
	switch {
	case e.Kind == fr.KindDuration:
		amount, ok := isoAmount(e.Value)
		if !ok {
			return men, false
		}
		sign := 1
		if st.direction(men.Tense) < 0 {
			sign = -1
		}
		men = shiftedInstant(men, st.refTime, amount, sign)
		men.Type = timeline.TypeDate
		if men.Grain != timeline.GrainDay {
			men.Type = timeline.TypeTime
		}
		return men, true
	case e.Kind != fr.KindDate && e.Kind != fr.KindTime:
		return men, false
	case e.Offset || e.Shift == 0 || e.HasTime || !men.HasInterval():
		return men, false
	case e.Counted:
	case e.Weekday != 0 || e.Month != 0 || e.Day != 0 || e.Year != 0 || e.Part != "" || e.Value != "" || modOf(e) != "":
		return men, false
	}
	from := st.offsetOrigin()
	if _, ok := addUnits(from, e.Unit, 0); !ok {
		return men, false
	}
	return shiftedInstant(men, from, []amount{{e.Unit, e.Shift}}, 1), true
}

// amount is a whole number of one unit.
type amount struct {
	unit timeline.Grain
	n    int
}

// isoAmount reads the whole amounts of an ISO 8601 duration value
// ("PT5M", "P1Y", "PT2H30M"); ok is false for vague or decimal ones
// ("PXM", "P1.5Y").
func isoAmount(v string) ([]amount, bool) {
	if len(v) < 3 || v[0] != 'P' || v[len(v)-1] == 'T' {
		return nil, false
	}
	var out []amount
	clock := false
	num := 0
	digits := false
	for i := 1; i < len(v); i++ {
		c := v[i]
		switch {
		case c == 'T':
			if clock || digits {
				return nil, false
			}
			clock = true
			continue
		case c >= '0' && c <= '9':
			if num > 1e6 {
				return nil, false
			}
			num = num*10 + int(c-'0')
			digits = true
			continue
		}
		if !digits {
			return nil, false
		}
		var g timeline.Grain
		switch {
		case !clock && c == 'Y':
			g = timeline.GrainYear
		case !clock && c == 'M':
			g = timeline.GrainMonth
		case !clock && c == 'W':
			g = timeline.GrainWeek
		case !clock && c == 'D':
			g = timeline.GrainDay
		case clock && c == 'H':
			g = timeline.GrainHour
		case clock && c == 'M':
			g = timeline.GrainMinute
		case clock && c == 'S':
			g = timeline.GrainSecond
		default:
			return nil, false
		}
		out = append(out, amount{g, num})
		num, digits = 0, false
	}
	if digits || len(out) == 0 {
		return nil, false
	}
	return out, true
}

// shiftedInstant sets the mention to from shifted by the amounts (back
// when sign is negative), at the grain of the finest unit: a second for
// seconds, a minute for minutes and hours, a day from a day up (the day
// the shift lands on).
func shiftedInstant(men timeline.Mention, from time.Time, as []amount, sign int) timeline.Mention {
	t := from
	g := timeline.GrainDay
	for _, a := range as {
		t, _ = addUnits(t, a.unit, sign*a.n)
		switch {
		case a.unit == timeline.GrainSecond:
			g = timeline.GrainSecond
		case (a.unit == timeline.GrainMinute || a.unit == timeline.GrainHour) && g == timeline.GrainDay:
			g = timeline.GrainMinute
		}
	}
	switch g {
	case timeline.GrainDay:
		t = dayStart(t)
	case timeline.GrainMinute:
		t = t.Truncate(time.Minute)
	}
	return instant(men, t, g)
}
