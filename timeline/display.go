package timeline

import (
	"fmt"
	"strings"
	"time"
)

var frenchMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"}

var partsOfDay = map[string]string{"MO": "matin", "MI": "midi", "AF": "après-midi", "EV": "soir", "NI": "nuit"}

var seasons = map[string]string{"SP": "printemps", "SU": "été", "FA": "automne", "WI": "hiver"}

// DisplayDate writes the date of a mention at its granularity, the way the
// chronology shows it: "2016-03-15", "2016-03-23 matin", "semaine du 21 mars
// 2016", "mars 2016", "2016", with its mod: "début mars 2016", "vers
// 2016-02-13". Values that are not calendar intervals are shown as their
// TIMEX3 value.
func DisplayDate(m Mention) string {
	if !m.HasInterval() {
		return m.Value
	}
	s := m.Start
	var out string
	switch m.Grain {
	case GrainSecond:
		out = s.Format("2006-01-02 15:04:05")
	case GrainMinute:
		out = s.Format("2006-01-02 15:04")
	case GrainHour:
		out = s.Format("2006-01-02 15") + "h"
	case GrainPart:
		out = s.Format("2006-01-02") + " " + partsOfDay[partSuffix(m.Value)]
	case GrainWeekend:
		out = "week-end du " + frenchDay(s)
	case GrainWeek:
		out = "semaine du " + frenchDay(s)
	case GrainMonth:
		out = frenchMonths[s.Month()-1] + " " + fmt.Sprint(s.Year())
	case GrainSeason:
		out = seasons[m.Value[len(m.Value)-2:]] + " " + fmt.Sprint(s.Year())
	case GrainQuarter:
		out = fmt.Sprintf("T%d %d", (int(s.Month())+2)/3, s.Year())
	case GrainHalf:
		out = fmt.Sprintf("S%d %d", (int(s.Month())+5)/6, s.Year())
	case GrainYear:
		out = fmt.Sprint(s.Year())
	case GrainDecade:
		out = fmt.Sprintf("années %d", s.Year()/10*10) // its start, or a third of it
	case GrainCentury:
		out = romanCentury(s.Year()/100+1) + " siècle"
	default:
		out = s.Format("2006-01-02")
	}
	if strings.Contains(m.Value, "/") && !m.End.IsZero() {
		// A range such as "du 15 au 22 mars": show its last day too.
		out += " – " + m.End.Add(-time.Nanosecond).Format("2006-01-02")
	}
	if d, ok := dayThirds[m.Mod]; ok && m.Grain == GrainDay {
		out += d
	} else if p, ok := modPrefixes[m.Mod]; ok {
		out = p + out
	}
	return strings.TrimSpace(out)
}

// modPrefixes write the TIMEX3 mod of a date before it, so that an
// approximate or partial date never reads as an exact one: "début mars
// 2016", "mi-mars 2016", "vers 2016-02-13", "avant 2006".
var modPrefixes = map[string]string{
	"START": "début ", "MID": "mi-", "END": "fin ", "APPROX": "vers ",
	"BEFORE": "avant ", "AFTER": "après ", "ON_OR_BEFORE": "au plus tard ", "ON_OR_AFTER": "au plus tôt ",
}

// dayThirds write the start, middle and end of a day after it:
// "2016-03-15 début de journée".
var dayThirds = map[string]string{"START": " début de journée", "MID": " mi-journée", "END": " fin de journée"}

// partSuffix returns the part-of-day code at the end of a TIMEX3 value such
// as 2016-03-23TMO.
func partSuffix(v string) string {
	if i := strings.LastIndex(v, "T"); i >= 0 {
		return v[i+1:]
	}
	return ""
}

func frenchDay(t time.Time) string {
	d := fmt.Sprint(t.Day())
	if t.Day() == 1 {
		d = "1er"
	}
	return d + " " + frenchMonths[t.Month()-1] + " " + fmt.Sprint(t.Year())
}

// romanCentury writes the ordinal of a century as French does: "XXIe".
func romanCentury(n int) string {
	if r := RomanNumeral(n); r != "" {
		return r + "e"
	}
	return fmt.Sprintf("%de", n)
}

// RomanNumeral writes n, from 1 to 39, in Roman numerals ("XXI"); "" for
// any other n.
func RomanNumeral(n int) string {
	if n < 1 || n > 39 {
		return ""
	}
	return strings.Repeat("X", n/10) + []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}[n%10]
}
