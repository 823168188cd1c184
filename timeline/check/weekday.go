package check

import (
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// checkWeekdays reports a weekday written next to a calendar date that the
// date does not fall on ("lundi 15 mars" in 2016, a Tuesday), with the
// day it really is and the nearest days of the written weekday.
func checkWeekdays(d doc, p printer) []finding {
	var out []finding
	for _, m := range d.ms {
		if m.Weekday < 1 || m.Weekday > 7 || !dated(m) || !fineGrain(m.Grain) || strings.Contains(m.Value, "/") {
			continue
		}
		if isoWeekday(m.Start) == m.Weekday {
			continue
		}
		out = append(out, weekdayFinding(d, m, p))
	}
	return out
}

// weekdayFinding builds the conflict of a mismatched weekday.
func weekdayFinding(d doc, m timeline.Mention, p printer) finding {
	day := dayStart(m.Start)
	before, after := nearestWeekdays(day, m.Weekday)
	msg := p.say("weekday", p.quote(m.Text), p.plainDay(day), p.weekdayName(isoWeekday(day)),
		p.weekdayName(m.Weekday), p.weekdays(m.Weekday), p.plainDay(before), p.plainDay(after))
	return finding{Conflict: timeline.Conflict{
		Kind:      KindWeekdayMismatch,
		Severity:  timeline.SeverityWarning,
		Message:   msg,
		Articles:  []string{d.art.ID},
		Dates:     []string{m.Value, before.Format(dateLayout), after.Format(dateLayout)},
		Sentences: sentences(d.art.Text, m),
	}, rank: d.rank, offset: m.Offset}
}

// dateLayout writes a day as a TIMEX3 value.
const dateLayout = "2006-01-02"

// nearestWeekdays returns the last day before day and the first day after
// it that fall on weekday (1 = Monday).
func nearestWeekdays(day time.Time, weekday int) (before, after time.Time) {
	back := (isoWeekday(day) - weekday + 7) % 7
	if back == 0 {
		back = 7
	}
	return day.AddDate(0, 0, -back), day.AddDate(0, 0, 7-back)
}
