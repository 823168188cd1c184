package eval

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// space is Python's \s on text: the characters of str.isspace.
const space = `[\t\n\v\f\r\x{1c}-\x{1f}\x{85}\p{Zs}\x{2028}\x{2029}]`

var (
	// timestampRE is score.py's TS_RE: a wall-clock time, maybe with an
	// offset. Digits are ASCII here (Python's \d takes any decimal digit).
	timestampRE = regexp.MustCompile(`^` + space + `*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?)?` +
		space + `*(Z|[+-]\d\d(?::?\d\d)?)?` + space + `*$`)
	// plainRE matches the plain calendar values a tagger without TIMEX
	// output can reach from start + grain.
	plainRE       = regexp.MustCompile(`^\d{4}(-\d\d(-\d\d(T\d\d(:\d\d(:\d\d)?)?)?)?|-W\d\d|-Q[1-4])?$`)
	fractionRE    = regexp.MustCompile(`(T\d\d:\d\d:\d\d)[.,]\d+`)
	zeroSecondRE  = regexp.MustCompile(`T\d\d:\d\d:00`)
	durationRE    = regexp.MustCompile(`^P(\d|T|X)`)
	timeOfDayRE   = regexp.MustCompile(`(^|[\dX])T(\d|X|MO|MI|AF|EV|NI|DT)`)
	kindTypes     = map[string]string{"date": "DATE", "daterange": "DATE", "time": "TIME", "datetime": "TIME", "timerange": "TIME", "datetimerange": "TIME", "duration": "DURATION", "set": "SET"}
	timeGrains    = map[string]bool{"hour": true, "minute": true, "second": true}
	noValueKinds  = map[string]bool{"duration": true, "set": true}
	noValueTypes  = map[string]bool{"DURATION": true, "SET": true}
	maxZoneOffset = 24 * 60 * 60
)

// How a prediction got its value.
const (
	timexGiven   = "given"
	timexDerived = "derived"
	timexNone    = "none"
)

// normTimex is the canonical TIMEX3 value for comparison: trimmed,
// upper-cased, without fractional seconds nor a trailing ":00" second; ""
// for no value. The grain still matters: "2016-03-22T00:00" is not
// "2016-03-22".
func normTimex(v string) string {
	v = cases.Upper(language.Und).String(strip(v))
	v = fractionRE.ReplaceAllString(v, "$1")
	var b strings.Builder
	last := 0
	for _, m := range zeroSecondRE.FindAllStringIndex(v, -1) {
		if m[1] == len(v) || strings.ContainsRune("Z+-", rune(v[m[1]])) {
			b.WriteString(v[last : m[1]-3])
			last = m[1]
		}
	}
	b.WriteString(v[last:])
	return b.String()
}

// zoneOffset is score.py's parse_offset: the offset in seconds of "Z",
// "+03", "+0300" or "+03:00"; false for none or one out of range.
func zoneOffset(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if s == "Z" {
		return 0, true
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(s[1:], ":", "")
	hours, _ := strconv.Atoi(digits[0:2])
	mins := hours * 60
	if len(digits) >= 4 {
		m, _ := strconv.Atoi(digits[2:4])
		mins += m
	}
	if mins*60 >= maxZoneOffset {
		return 0, false
	}
	return sign * mins * 60, true
}

// refOffset is the zone offset of a case's reference time, in which the
// values of its mentions are read.
func refOffset(c Case) (int, bool) {
	if c.RefRaw == "" && !c.Ref.IsZero() {
		_, off := c.Ref.Zone()
		return off, true
	}
	m := timestampRE.FindStringSubmatch(c.RefRaw)
	if m == nil {
		return 0, false
	}
	return zoneOffset(m[7])
}

// zone is an optional offset in seconds.
type zone struct {
	offset int
	ok     bool
}

// parseWallClock is score.py's parse_ts: the wall-clock time s names,
// moved into the reference zone when s carries its own offset; false when s
// is not a valid time.
func parseWallClock(s string, ref zone) (time.Time, bool) {
	m := timestampRE.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	var f [6]int
	for i := range f {
		f[i], _ = strconv.Atoi(m[i+1])
	}
	t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, time.UTC)
	if f[0] < 1 || t.Year() != f[0] || int(t.Month()) != f[1] || t.Day() != f[2] ||
		f[3] > 23 || f[4] > 59 || f[5] > 59 {
		return time.Time{}, false
	}
	if own, ok := zoneOffset(m[7]); ok && ref.ok {
		t = t.Add(time.Duration(ref.offset-own) * time.Second)
	}
	return t, true
}

// deriveTimex is score.py's derive_timex: the TIMEX3 value of a start time
// at a grain, or "". Below the year grain the year is not padded, as
// Python's strftime prints it.
func deriveTimex(start, grain string, ref zone) string {
	t, ok := parseWallClock(start, ref)
	if !ok {
		return ""
	}
	day := fmt.Sprintf("%d-%02d-%02d", t.Year(), t.Month(), t.Day())
	switch grain {
	case "year":
		return fmt.Sprintf("%04d", t.Year())
	case "quarter":
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	case "month":
		return fmt.Sprintf("%04d-%02d", t.Year(), t.Month())
	case "week":
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case "day":
		return day
	case "hour":
		return fmt.Sprintf("%sT%02d", day, t.Hour())
	case "minute":
		return fmt.Sprintf("%sT%02d:%02d", day, t.Hour(), t.Minute())
	case "second":
		return fmt.Sprintf("%sT%02d:%02d:%02d", day, t.Hour(), t.Minute(), t.Second())
	}
	return ""
}

// normType maps a gold kind or a predicted type to a TIMEX3 type.
func normType(t string) string {
	t = strip(t)
	if typ, ok := kindTypes[lower(t)]; ok {
		return typ
	}
	return cases.Upper(language.Und).String(t)
}

// goldType is the TIMEX3 type of a gold mention: from its kind, else from
// its value, else from its grain.
func goldType(e Expected) string {
	if e.Kind != "" {
		return normType(e.Kind)
	}
	if v := normTimex(e.Timex); v != "" {
		switch {
		case durationRE.MatchString(v):
			return "DURATION"
		case strings.HasPrefix(v, "R") || strings.Contains(v, "QUANT"):
			return "SET"
		case timeOfDayRE.MatchString(v):
			return "TIME"
		}
		return "DATE"
	}
	if timeGrains[e.Grain] {
		return "TIME"
	}
	return "DATE"
}

// predValue is the normalised value of a prediction and how it got it: its
// own TIMEX3 value, one derived from start + grain, or none (durations and
// sets without a value, no start, no grain).
func predValue(f Found, ref zone) (value, how string) {
	if f.Timex != "" {
		return normTimex(f.Timex), timexGiven
	}
	if noValueTypes[normType(f.Type)] {
		return "", timexNone
	}
	if v := normTimex(deriveTimex(f.Start, f.Grain, ref)); v != "" {
		return v, timexDerived
	}
	return "", timexNone
}

// goldValue is the normalised value of a gold mention: the annotators'
// TIMEX3 value, else one derived from start + grain; "" for none.
func goldValue(e Expected, ref zone) string {
	if e.Timex != "" {
		return normTimex(e.Timex)
	}
	if noValueKinds[e.Kind] {
		return ""
	}
	return normTimex(deriveTimex(deref(e.Start), e.Grain, ref))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// isPlain reports whether a value is a plain calendar value.
func isPlain(v string) bool { return v != "" && plainRE.MatchString(v) }
