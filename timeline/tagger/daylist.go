package tagger

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline/fr"
)

// dayListRule names the mentions addDayLists makes.
const dayListRule = "day-list"

// dayListWindow is how far before a date its list of days is looked for.
const dayListWindow = 80

// dayListBefore matches, at the end of the text before a date that names
// its month, the days listed before it: "les 6 et" before "13 avril",
// "les 2, 3 et" before "4 mai", "le 6 et le" before "13 avril", "des 15
// ou" before "16 mars". Each day shares the date's month and year.
var dayListBefore = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])((?:les|des|aux|ces|le|du|au)` + spaceRun + `)` +
	`((?:1er|\d{1,2})(?:` + spaceRun0 + `,` + spaceRun0 + `(?:le` + spaceRun + `)?(?:1er|\d{1,2}))*)` +
	spaceRun + `(?:et|ou)` + spaceRun + `(?:le` + spaceRun + `)?$`)

// dayListItem finds each day of a list matched by dayListBefore.
var dayListItem = regexp.MustCompile(`1er|\d{1,2}`)

const (
	spaceRun  = `[\s\x{a0}\x{202f}]+`
	spaceRun0 = `[\s\x{a0}\x{202f}]*`
)

// addDayLists adds a match for each day listed before a date of day and
// month: in "les 6 et 13 avril prochains", "13 avril prochains" is a
// date and "les 6" another, the 6th of the same month. The days must come
// before the date's own and in increasing order; the first takes its
// article ("les 6", as TimeML annotates it). ms is in text order and the
// result too.
func addDayLists(text string, ms []match) []match {
	var out []match
	added := false
	for i, m := range ms {
		list := dayListOf(text, m, ms[:i])
		if len(list) > 0 {
			if !added {
				out = append(make([]match, 0, len(ms)+len(list)), ms[:i]...)
				added = true
			}
			out = append(out, list...)
		}
		if added {
			out = append(out, m)
		}
	}
	if !added {
		return ms
	}
	return out
}

// dayListOf returns the matches of the days listed before m, none when m
// is no date of day and month or nothing lists days before it; before
// holds the matches ahead of m, which the list must not overlap.
func dayListOf(text string, m match, before []match) []match {
	e := m.expr
	if e.Kind != fr.KindDate || e.Day == 0 || e.Month == 0 || e.HasTime || e.Base != nil || e.Origin != fr.FromAnchor {
		return nil
	}
	if c := text[m.start]; !isDigit(c) && c != 'l' && c != 'L' {
		return nil // "mardi 13 avril": a weekday would belong to the list too
	}
	from := max(0, m.start-dayListWindow)
	if len(before) > 0 {
		from = max(from, before[len(before)-1].end)
	}
	window := text[from:m.start]
	if !endsOnListLink(window) {
		return nil
	}
	loc := dayListBefore.FindStringSubmatchIndex(window)
	if loc == nil {
		return nil
	}
	items := dayListItem.FindAllStringIndex(window[loc[4]:loc[5]], -1)
	var out []match
	prev := 0
	for k, it := range items {
		s, end := from+loc[4]+it[0], from+loc[4]+it[1]
		day := 1
		if w := text[s:end]; w != "1er" {
			day, _ = strconv.Atoi(w)
		}
		if day <= prev || day >= e.Day {
			return nil // not days before the date's own, in order
		}
		prev = day
		if k == 0 {
			s = from + loc[2] // the article opens the first day
		}
		d := e
		d.Day, d.Weekday, d.Mod = day, 0, ""
		out = append(out, match{start: s, end: end, rule: dayListRule, expr: d})
	}
	return out
}

// endsOnListLink reports whether s ends as dayListBefore requires: "et",
// "ou" or "le", in any case, then at least one space. Most dates have no
// list before them, and the test spares the expression's search, which
// tries every position of s.
func endsOnListLink(s string) bool {
	end := len(s)
	for end > 0 {
		switch {
		case strings.ContainsRune(" \t\n\f\r", rune(s[end-1])):
			end--
		case strings.HasSuffix(s[:end], "\u00a0"):
			end -= len("\u00a0")
		case strings.HasSuffix(s[:end], "\u202f"):
			end -= len("\u202f")
		default:
			if end == len(s) || end < 2 {
				return false
			}
			switch s[end-2] | 0x20 {
			case 'e':
				return s[end-1]|0x20 == 't'
			case 'o':
				return s[end-1]|0x20 == 'u'
			case 'l':
				return s[end-1]|0x20 == 'e'
			}
			return false
		}
	}
	return false
}
