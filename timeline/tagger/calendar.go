package tagger

import (
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

// The calendar value style reports a mention by the instant a calendar
// assistant would put in an agenda: a start and a grain, no TIMEX3 value.
// Its conventions:
//
//   - a clock time has the finest unit written: "15 h" and "midi" are
//     hours, "15 h 00" a minute, "15:00:10" a second;
//   - a part of day starts at a conventional hour (partHour): matin 8 h,
//     après-midi 14 h, soir 18 h, nuit 22 h, and the start, middle or end
//     of a part or of the day at the hours of that table ("en fin
//     d'après-midi" 17 h); "tôt le matin" is its start, "tard le soir" its
//     end; a meal is midday ("avant le déjeuner" 10 h, "après" 13 h); a
//     week-end starts on Friday at 18 h; "dans la journée" is the day
//     itself;
//   - an offset ("dans trois heures", "il y a deux ans") is the anchor
//     shifted by the amount: under a day it keeps the time of day, at the
//     grain just below its unit ("dans une heure" is a minute, "dans cinq
//     minutes" a second); a day or more lands on a day;
//   - "maintenant" is the reference instant, to the second;
//   - a season starts on its astronomical start day, the winter that holds
//     January to March starting the December before;
//   - the start, middle or end of a week, month or year is the first day
//     (the first month for a year) of that third; under the future policy
//     a third of the current period already past is the next period's
//     (relativeUnit): "au début du mois" said on the 12th is the 1st of
//     next month;
//   - an interval ("du 13 au 15 juillet", "de 9 h à 11 h", "la deuxième
//     quinzaine d'avril", from the 16th) is its start;
//     so are counted periods, at the grain of their unit: "les 3 prochains
//     jours" is tomorrow, "les 2 dernières semaines" the week two weeks
//     back, "les 24 heures passées" the minute 24 hours ago;
//   - a named calendar period ("la semaine prochaine", "en mars") keeps its
//     own grain: a week, a month.
//
// Durations, sets and values that are no calendar instant (PAST_REF, an
// undated season) have no start: they get no value in this style.

// partHour gives the hour a part of day starts at, by part and by mod (""
// for the whole part); "" as part is the day itself ("en début de journée").
var partHour = map[string]map[string]int{
	"MO": {"": 8, "START": 7, "MID": 9, "END": 10},
	"MI": {"": 12, "START": 12, "MID": 12, "END": 13, "BEFORE": 10, "AFTER": 13},
	"AF": {"": 14, "START": 12, "MID": 14, "END": 17},
	"EV": {"": 18, "START": 18, "MID": 20, "END": 21},
	"NI": {"": 22, "START": 22, "MID": 0, "END": 4},
	"DT": {"START": 6, "MID": 11, "END": 17}, // "la journée" alone is the day
	"":   {"START": 6, "MID": 11, "END": 17},
}

// calendar restates a resolved mention in the calendar value style.
func (st *state) calendar(men timeline.Mention, e fr.Expr) timeline.Mention {
	men.Value = ""
	if st.values == ValuesInstant {
		if m, ok := st.instantShift(men, e); ok {
			return m
		}
	}
	switch e.Kind {
	case fr.KindRef:
		if e.Value == "PRESENT_REF" {
			return instant(men, st.refTime, timeline.GrainSecond)
		}
		return men
	case fr.KindRange:
		if e.From != nil {
			return calendarStart(men, *e.From)
		}
		return men
	}
	if !men.HasInterval() {
		return men
	}
	if e.Offset {
		return st.calendarOffset(men, e)
	}
	if e.Counted {
		g := e.Unit
		if g == timeline.GrainHour && e.Shift < 0 {
			g = timeline.GrainMinute // "les 24 heures passées" start 24 h ago to the minute
		}
		return instant(men, men.Start, g)
	}
	return calendarStart(men, e)
}

// calendarStart restates the start of a date or clock time.
func calendarStart(men timeline.Mention, e fr.Expr) timeline.Mention {
	day := dayStart(men.Start)
	switch {
	case e.HasTime && e.Seconds:
		return instant(men, men.Start, timeline.GrainSecond)
	case e.HasTime && e.HourOnly:
		return instant(men, men.Start, timeline.GrainHour)
	case e.HasTime:
		return instant(men, men.Start, timeline.GrainMinute)
	case men.Grain == timeline.GrainPart && e.Part == "DT" && modOf(e) == "":
		return instant(men, day, timeline.GrainDay) // "dans la journée": the day itself
	case men.Grain == timeline.GrainPart:
		h, ok := partHour[e.Part][e.Mod]
		if !ok {
			h = partHour[e.Part][""]
		}
		return atHour(men, day, h)
	case men.Grain == timeline.GrainDay && (e.Unit == timeline.GrainDay || e.Unit == "") && e.Part == "" && modOf(e) != "":
		return atHour(men, day, partHour[""][modOf(e)])
	case men.Grain == timeline.GrainWeekend:
		return atHour(men, day.AddDate(0, 0, -1), partHour["EV"][""])
	case men.Grain == timeline.GrainSeason:
		return instant(men, men.Start, timeline.GrainDay)
	case men.Grain == timeline.GrainWeek && modOf(e) != "":
		off := map[string]int{"START": 0, "MID": 2, "END": 3}[modOf(e)]
		return instant(men, weekStart(men.Start).AddDate(0, 0, off), timeline.GrainDay)
	case men.Grain == timeline.GrainMonth && modOf(e) != "":
		return instant(men, men.Start, timeline.GrainDay)
	case men.Grain == timeline.GrainYear && modOf(e) != "":
		return instant(men, men.Start, timeline.GrainMonth)
	}
	return men
}

// modOf keeps the mods that narrow a period: START, MID, END.
func modOf(e fr.Expr) string {
	switch e.Mod {
	case "START", "MID", "END":
		return e.Mod
	}
	return ""
}

// offsetOrigin is the instant an offset counts from in the calendar and
// instant styles: the anchor, or the publication instant rather than its
// midnight.
func (st *state) offsetOrigin() time.Time {
	if st.anchor.IsZero() || st.anchor.Equal(st.ref) {
		return st.refTime
	}
	return st.anchor
}

// addUnits shifts t by n units of g; ok is false for a unit that is no
// amount of time (a part of day, a season).
func addUnits(t time.Time, g timeline.Grain, n int) (time.Time, bool) {
	switch g {
	case timeline.GrainSecond:
		return t.Add(time.Duration(n) * time.Second), true
	case timeline.GrainMinute:
		return t.Add(time.Duration(n) * time.Minute), true
	case timeline.GrainHour:
		return t.Add(time.Duration(n) * time.Hour), true
	case timeline.GrainDay:
		return t.AddDate(0, 0, n), true
	case timeline.GrainWeek:
		return t.AddDate(0, 0, 7*n), true
	case timeline.GrainMonth:
		return t.AddDate(0, n, 0), true
	case timeline.GrainQuarter:
		return t.AddDate(0, 3*n, 0), true
	case timeline.GrainYear:
		return t.AddDate(n, 0, 0), true
	case timeline.GrainDecade:
		return t.AddDate(10*n, 0, 0), true
	case timeline.GrainCentury:
		return t.AddDate(100*n, 0, 0), true
	}
	return t, false
}

// calendarOffset restates an offset as its anchor shifted by the amount.
func (st *state) calendarOffset(men timeline.Mention, e fr.Expr) timeline.Mention {
	t, ok := addUnits(st.offsetOrigin(), e.Unit, e.Shift)
	switch {
	case !ok || e.Unit == timeline.GrainQuarter:
		return men
	case e.Unit == timeline.GrainSecond || e.Unit == timeline.GrainMinute:
		return instant(men, t, timeline.GrainSecond)
	case e.Unit == timeline.GrainHour:
		return instant(men, t.Truncate(time.Minute), timeline.GrainMinute)
	}
	return instant(men, dayStart(t), timeline.GrainDay)
}

// atHour sets the mention to an hour of a day.
func atHour(men timeline.Mention, day time.Time, hour int) timeline.Mention {
	return instant(men, day.Add(time.Duration(hour)*time.Hour), timeline.GrainHour)
}

// instant sets the mention to one unit of grain starting at t.
func instant(men timeline.Mention, t time.Time, g timeline.Grain) timeline.Mention {
	men.Start, men.Grain = t, g
	switch g {
	case timeline.GrainSecond:
		men.End = t.Add(time.Second)
	case timeline.GrainMinute:
		men.End = t.Add(time.Minute)
	case timeline.GrainHour:
		men.End = t.Add(time.Hour)
	case timeline.GrainMonth:
		men.End = t.AddDate(0, 1, 0)
	default:
		men.End = t.AddDate(0, 0, 1)
	}
	return men
}
