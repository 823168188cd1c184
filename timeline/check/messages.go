package check

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// printer writes the messages of the checks in one language.
type printer struct{ fr bool }

// newPrinter returns the printer of a language code: French for "fr" and
// its regional forms ("fr-FR"), English otherwise.
func newPrinter(lang string) printer {
	l := lower.String(lang)
	return printer{fr: l == "fr" || strings.HasPrefix(l, "fr-") || strings.HasPrefix(l, "fr_")}
}

// catalog holds the message formats: English, then French. Arguments are
// already written in the language of the format.
var catalog = map[string][2]string{
	"weekday": {
		"%[1]s: %[2]s is a %[3]s, not a %[4]s; the nearest %[5]s are %[6]s and %[7]s.",
		"%[1]s : le %[2]s est un %[3]s, pas un %[4]s ; les %[5]s les plus proches sont le %[6]s et le %[7]s."},
	"past-after": {
		"%[1]s (%[2]s) is told in the past tense, but the article was published before it, on %[3]s.",
		"%[1]s (%[2]s) est rapporté au passé, mais l'article a été publié avant, le %[3]s."},
	"future-before": {
		"%[1]s (%[2]s) is announced as to come, but the article was published after it, on %[3]s.",
		"%[1]s (%[2]s) est annoncé comme à venir, mais l'article a été publié après, le %[3]s."},
	"impossible": {
		"%[1]s is not a possible date or time: %[2]s.",
		"%[1]s n'est ni une date ni une heure possible : %[2]s."},
	"relative": {
		"%[1]s (%[2]s, counted from %[3]s) contradicts %[4]s (%[5]s) in the same clause.",
		"%[1]s (%[2]s, compté à partir du %[3]s) contredit %[4]s (%[5]s), dans la même proposition."},
	"cross-source": {
		"%[7]s date %[3]s differently: %[4]s according to %[1]s, %[5]s according to %[2]s (%[6]s apart).",
		"%[7]s datent différemment %[3]s : %[4]s selon %[1]s, %[5]s selon %[2]s (%[6]s d'écart)."},
	"order-shift": {
		"The text puts %[1]s (%[2]s) %[3]s %[4]s (%[5]s), which would make it %[6]s.",
		"Le texte place %[1]s (%[2]s) %[3]s %[4]s (%[5]s), ce qui donnerait le %[6]s."},
	"order-direction": {
		"The text puts %[1]s (%[2]s) %[3]s %[4]s (%[5]s), but the dates run the other way.",
		"Le texte place %[1]s (%[2]s) %[3]s %[4]s (%[5]s), mais les dates disent l'inverse."},
	"year": {
		"%[1]s gives no year, and its clause does not say whether it is past or to come: it may be %[2]s (read as %[3]s).",
		"%[1]s ne donne pas l'année, et sa proposition ne dit pas si c'est passé ou à venir : %[2]s (lu comme %[3]s)."},
	"year-unpublished": {
		"%[1]s gives no year and the article has no publication date; years the text names: %[2]s.",
		"%[1]s ne donne pas l'année et l'article n'a pas de date de publication ; années citées dans le texte : %[2]s."},
	"year-none": {
		"%[1]s gives no year, the article has no publication date and the text names no year.",
		"%[1]s ne donne pas l'année, l'article n'a pas de date de publication et le texte ne cite aucune année."},
}

// say formats the message key in the printer's language.
func (p printer) say(key string, args ...any) string {
	f := catalog[key]
	if p.fr {
		return fmt.Sprintf(f[1], args...)
	}
	return fmt.Sprintf(f[0], args...)
}

// quote sets a piece of the article apart, as each language does.
func (p printer) quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if p.fr {
		return "« " + s + " »"
	}
	return "«" + s + "»"
}

var (
	monthsEN   = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthsFR   = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	weekdaysEN = [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	weekdaysFR = [...]string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
	partsEN    = map[string]string{"MO": "morning", "MI": "noon", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
	partsFR    = map[string]string{"MO": "matin", "MI": "midi", "AF": "après-midi", "EV": "soir", "NI": "nuit", "DT": "journée"}
)

// weekdayName names a weekday, 1 (Monday) to 7 (Sunday).
func (p printer) weekdayName(n int) string {
	if n < 1 || n > 7 {
		return "?"
	}
	if p.fr {
		return weekdaysFR[n-1]
	}
	return weekdaysEN[n-1]
}

// weekdays names a weekday in the plural.
func (p printer) weekdays(n int) string { return p.weekdayName(n) + "s" }

// plainDay writes a day without its weekday: "15 March 2016", "1er mars 2016".
func (p printer) plainDay(t time.Time) string {
	if p.fr {
		d := fmt.Sprint(t.Day())
		if t.Day() == 1 {
			d = "1er"
		}
		return fmt.Sprintf("%s %s %d", d, monthsFR[t.Month()-1], t.Year())
	}
	return fmt.Sprintf("%d %s %d", t.Day(), monthsEN[t.Month()-1], t.Year())
}

// day writes a day with its weekday: "Tuesday 15 March 2016".
func (p printer) day(t time.Time) string {
	return p.weekdayName(isoWeekday(t)) + " " + p.plainDay(t)
}

// month writes a month: "March 2016", "mars 2016".
func (p printer) month(t time.Time) string {
	if p.fr {
		return fmt.Sprintf("%s %d", monthsFR[t.Month()-1], t.Year())
	}
	return fmt.Sprintf("%s %d", monthsEN[t.Month()-1], t.Year())
}

// date writes the date of a mention at its granularity.
func (p printer) date(m timeline.Mention) string {
	if !m.HasInterval() || strings.Contains(m.Value, "/") {
		return timeline.DisplayDate(m)
	}
	s := m.Start
	switch m.Grain {
	case timeline.GrainSecond, timeline.GrainMinute, timeline.GrainHour:
		return p.clock(s)
	case timeline.GrainPart:
		return p.part(s, partCode(m.Value))
	case timeline.GrainDay:
		return p.day(s)
	case timeline.GrainWeek, timeline.GrainWeekend:
		return p.week(s, m.Grain)
	case timeline.GrainMonth:
		return p.month(s)
	case timeline.GrainYear:
		return fmt.Sprint(s.Year())
	}
	return timeline.DisplayDate(m)
}

// clock writes a day with a time of day.
func (p printer) clock(t time.Time) string {
	if p.fr {
		return fmt.Sprintf("%s à %d h %02d", p.day(t), t.Hour(), t.Minute())
	}
	return fmt.Sprintf("%s at %02d:%02d", p.day(t), t.Hour(), t.Minute())
}

// part writes a day with a part of day.
func (p printer) part(t time.Time, code string) string {
	if p.fr {
		return p.day(t) + ", " + partsFR[code]
	}
	return p.day(t) + ", " + partsEN[code]
}

// week writes a week or a weekend from its first day.
func (p printer) week(t time.Time, g timeline.Grain) string {
	switch {
	case p.fr && g == timeline.GrainWeekend:
		return "week-end du " + p.day(t)
	case p.fr:
		return "semaine du " + p.day(t)
	case g == timeline.GrainWeekend:
		return "weekend of " + p.day(t)
	}
	return "week of " + p.day(t)
}

// partCode returns the part-of-day code ending a TIMEX3 value such as
// 2016-03-23TMO.
func partCode(v string) string {
	if i := strings.LastIndex(v, "T"); i >= 0 {
		return v[i+1:]
	}
	return ""
}

// gap writes the distance between two dates, n hours or n days.
func (p printer) gap(n int, inHours bool) string {
	unit := func(n int, en, fr string) string {
		s := en
		if p.fr {
			s = fr
		}
		if n != 1 {
			s += "s"
		}
		return fmt.Sprintf("%d %s", n, s)
	}
	if inHours {
		return unit(n, "hour", "heure")
	}
	return unit(n, "day", "jour")
}

// maxNamed is how many names a list spells out before counting the rest.
const maxNamed = 4

// and joins names: "a, b and c", "a, b et c"; past maxNamed names, the
// rest are counted: "a, b, c and 12 others".
func (p printer) and(items []string) string {
	word, others := " and ", "%d others"
	if p.fr {
		word, others = " et ", "%d autres"
	}
	if len(items) > maxNamed {
		items = append(slices.Clone(items[:maxNamed-1]), fmt.Sprintf(others, len(items)-maxNamed+1))
	}
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + word + items[len(items)-1]
}

// or joins alternatives: "a, b or c", "a, b ou c".
func (p printer) or(items []string) string {
	word := " or "
	if p.fr {
		word = " ou "
	}
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + word + items[len(items)-1]
}
