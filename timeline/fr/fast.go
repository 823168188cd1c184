package fr

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"
)

// A fast matcher reads the most common shapes of a rule's matches by hand,
// where Go's regular expressions run their NFA simulation for microseconds:
// "trois ans", "48 heures". It gives the submatch indexes the rule's
// expression would give on s (FindStringSubmatchIndex), and ok; when the
// text is not one of the shapes it reads, or might let the expression read
// further, it gives ok false and the expression runs. It must never give
// what the expression would not: TestFastMatchersAgreeOnText and
// FuzzFastMatchers hold each to its expression. The indexes are written
// into room when it is large enough, so that a caller can reuse it.
type fastMatcher func(s string, room []int) (idx []int, ok bool)

// groupSlots maps the group names of re to their first submatch
// numbers: the fast matchers read the groups of the first alternative of
// a name only.
func groupSlots(re *regexp.Regexp) map[string]int {
	slots := map[string]int{}
	for name, numbers := range nameSlots(re) {
		slots[name] = numbers[0]
	}
	return slots
}

// newIdx returns submatch indexes for re with every group unset and the
// whole match [0, end), in buf when it has room.
func newIdx(buf []int, re *regexp.Regexp, end int) []int {
	n := 2 * (re.NumSubexp() + 1)
	if cap(buf) < n {
		buf = make([]int, n)
	}
	idx := buf[:n]
	for i := range idx {
		idx[i] = -1
	}
	idx[0], idx[1] = 0, end
	return idx
}

// skipSpaces returns the offset past the spaces of s from i, as the
// expressions' sp0 reads them: ASCII white space but vertical tab,
// no-break spaces.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r':
			i++
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0: // U+00A0
			i += 2
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xaf: // U+202F
			i += 3
		default:
			return i
		}
	}
	return i
}

// plainWord reads the run of letters of s from i, folded to lower case,
// into buf: ASCII letters, and é, è, à, û in either case. ok is false
// when the run holds another letter (which case-insensitive expressions
// may read in ways the fold here does not: "ſ", "K") or is longer than
// buf.
func plainWord(s string, i int, buf []byte) (end int, word []byte, ok bool) {
	n := 0
	for i < len(s) {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			if n == len(buf) {
				return i, nil, false
			}
			buf[n] = c | 0x20
			n++
			i++
			continue
		case c < utf8.RuneSelf:
			return i, buf[:n], true
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var folded string
		switch r {
		case 'é', 'É':
			folded = "é"
		case 'è', 'È':
			folded = "è"
		case 'à', 'À':
			folded = "à"
		case 'û', 'Û':
			folded = "û"
		default:
			if isWordRune(r) {
				return i, nil, false
			}
			return i, buf[:n], true
		}
		if n+len(folded) > len(buf) {
			return i, nil, false
		}
		n += copy(buf[n:], folded)
		i += size
	}
	return i, buf[:n], true
}

// durationUnits are the units of unitWords, folded.
var durationUnits = map[string]bool{
	"seconde": true, "secondes": true, "sec": true, "secs": true, "minute": true, "minutes": true,
	"min": true, "mins": true, "mn": true, "heure": true, "heures": true, "jour": true, "jours": true,
	"journée": true, "journées": true, "journee": true, "journees": true,
	"semaine": true, "semaines": true, "mois": true, "ans": true, "an": true,
	"année": true, "années": true, "annee": true, "annees": true,
	"décennie": true, "décennies": true, "decennie": true, "decennies": true,
	"siècle": true, "siècles": true, "siecle": true, "siecles": true,
	"trimestre": true, "trimestres": true, "semestre": true, "semestres": true,
}

// fastDuration reads for Duration a number in digits, one number in
// words, "quelques", "plusieurs" or "des", then its unit: "3 ans", "deux
// heures", "quelques jours"; "48h" is not one (h is no unit of it).
// Anything else, or a unit that "et demi" or "et quart" may follow, is
// left to the expression.
func fastDuration(re *regexp.Regexp) fastMatcher {
	slots := groupSlots(re)
	n, unit := slots["n"], slots["unit"]
	return func(s string, room []int) ([]int, bool) {
		numEnd, unitStart, unitEnd, ok := readAmount(s, 0, true)
		if !ok || fractionMayFollow(s, unitEnd) {
			return nil, false // "deux ans et demi"
		}
		idx := newIdx(room, re, unitEnd)
		idx[2*n], idx[2*n+1] = 0, numEnd
		idx[2*unit], idx[2*unit+1] = unitStart, unitEnd
		return idx, true
	}
}

// readAmount reads from i of s an amount and its unit in the shapes
// Duration and Offset share: a number in digits, one number in words,
// "quelques" or "plusieurs" ("des" too when withDes is set), then a unit
// of unitWords, spaces between or not. It gives the end of the number and
// the bounds of the unit, or ok false for anything else, or for a number
// the expressions may read further ("30,4", "vingt-deux", "vingt et un",
// "deux cents").
func readAmount(s string, i int, withDes bool) (numEnd, unitStart, unitEnd int, ok bool) {
	var buf [16]byte
	switch {
	case i >= len(s):
		return 0, 0, 0, false
	case isDigitByte(s[i]):
		for i < len(s) && isDigitByte(s[i]) {
			i++
		}
		if i+1 < len(s) && (s[i] == ',' || s[i] == '.') && isDigitByte(s[i+1]) {
			return 0, 0, 0, false // "30,4 secondes"
		}
	default:
		end, w, ok := plainWord(s, i, buf[:])
		if !ok {
			return 0, 0, 0, false
		}
		i = end
		if !numWords[string(w)] && string(w) != "quelques" && string(w) != "plusieurs" && (!withDes || string(w) != "des") {
			return 0, 0, 0, false
		}
		if i < len(s) && s[i] == '-' {
			return 0, 0, 0, false // "vingt-deux"
		}
		if j := skipSpaces(s, i); j > i {
			if _, next, ok := plainWord(s, j, buf[:]); !ok || numWords[string(next)] || string(next) == "et" {
				return 0, 0, 0, false // "vingt et un", "deux cents"
			}
		}
	}
	numEnd = i
	unitStart = skipSpaces(s, i)
	unitEnd, w, ok := plainWord(s, unitStart, buf[:])
	if !ok || !durationUnits[string(w)] {
		return 0, 0, 0, false
	}
	return numEnd, unitStart, unitEnd, true
}

// offsetTails open what Offset's expression may read after the unit:
// "plus tard", "plus tôt", "après", "auparavant", "avant", "de plus".
var offsetTails = []string{"plus", "apr", "aupar", "avant", "de"}

// dayForDayAfter reports whether "jour pour jour" follows s[i:], after
// spaces and a comma: Offset's expression reads it.
func dayForDayAfter(s string, i int) bool {
	j := skipSpaces(s, i)
	if j < len(s) && s[j] == ',' {
		j = skipSpaces(s, j+1)
	}
	return j+4 <= len(s) && strings.EqualFold(s[j:j+4], "jour")
}

// fastOffset reads for Offset an amount and its unit as readAmount reads
// them, after "il y a", "dans" or nothing: "il y a trois jours", "dans 2
// ans", "trois jours" (which its parse refuses, with nothing after it to
// say from when it counts). Anything else ("d'ici", "près de", "une
// dizaine de", what offsetTails open after the unit) is left to the
// expression, and so is "jour pour jour" after it.
func fastOffset(re *regexp.Regexp) fastMatcher {
	slots := groupSlots(re)
	ago, in, n, unit := slots["ago"], slots["in"], slots["n"], slots["unit"]
	return func(s string, room []int) ([]int, bool) {
		var buf [8]byte
		end, w, ok := plainWord(s, 0, buf[:])
		if !ok {
			return nil, false
		}
		group := in
		switch string(w) {
		case "":
			group = -1 // a number in digits
		case "dans":
		case "il":
			for _, want := range []string{"y", "a"} {
				j := skipSpaces(s, end)
				if j == end {
					return nil, false
				}
				if end, w, ok = plainWord(s, j, buf[:]); !ok || string(w) != want {
					return nil, false
				}
			}
			group = ago
		default:
			group, end = -1, 0 // a number in words, or no amount
		}
		prefixEnd, k := end, 0
		if group >= 0 {
			if k = skipSpaces(s, end); k == end {
				return nil, false
			}
		}
		numEnd, unitStart, unitEnd, ok := readAmount(s, k, false)
		if !ok || opensOnAfterSpaces(s, unitEnd, offsetTails) || dayForDayAfter(s, unitEnd) {
			return nil, false
		}
		idx := newIdx(room, re, unitEnd)
		if group >= 0 {
			idx[2*group], idx[2*group+1] = 0, prefixEnd
		}
		idx[2*n], idx[2*n+1] = k, numEnd
		idx[2*unit], idx[2*unit+1] = unitStart, unitEnd
		return idx, true
	}
}

// fractionMayFollow reports whether the text of s from i may open on a
// fraction of a unit as Duration reads it (sp et sp (demie?|quart)):
// spaces, "et", spaces, then "demi" or "quart".
func fractionMayFollow(s string, i int) bool {
	j := skipSpaces(s, i)
	if j == i || j+2 > len(s) || s[j]|0x20 != 'e' || s[j+1]|0x20 != 't' {
		return false
	}
	k := skipSpaces(s, j+2)
	if k == j+2 {
		return false
	}
	var buf [8]byte
	_, w, ok := plainWord(s, k, buf[:])
	return !ok || strings.HasPrefix(string(w), "demi") || strings.HasPrefix(string(w), "quart")
}

// fastClock reads for ClockTime an hour in digits and "h", "heure" or
// "heures", with its minutes in digits; "midi" and "minuit"; an hour in
// words and "heure(s)"; each after one of the one-word prepositions or
// none, and with "du matin" or "du soir" after it: "15h30", "à 18
// heures", "vers 9 h", "à midi", "à neuf heures du matin". What may
// lengthen the match otherwise (a range "13-15h", minutes or seconds in
// words or units, "a.m.", another part of the day, a zone) is left to the
// expression: the word after the time must not open on any of them.
func fastClock(re *regexp.Regexp) fastMatcher {
	slots := groupSlots(re)
	prep, h, m, noon, hw, dpart := slots["prep"], slots["h"], slots["m"], slots["noon"], slots["hw"], slots["dpart"]
	return func(s string, room []int) ([]int, bool) {
		var buf [8]byte
		i, prepEnd := 0, -1
		if s == "" {
			return nil, false
		}
		if !isDigitByte(s[0]) {
			end, w, ok := plainWord(s, 0, buf[:])
			if !ok {
				return nil, false
			}
			switch string(w) {
			case "à", "a", "vers", "dès", "des", "avant", "après":
				prepEnd = end
				if i = skipSpaces(s, end); i == prepEnd || i >= len(s) {
					return nil, false
				}
			}
		}
		idx := newIdx(room, re, 0)
		var end int
		minutes := false
		if isDigitByte(s[i]) {
			hStart := i
			for i < len(s) && isDigitByte(s[i]) {
				i++
			}
			if n := i - hStart; n > 2 || n == 2 && s[hStart] > '2' {
				return nil, false
			}
			hEnd := i
			unitStart := skipSpaces(s, i)
			if unitStart < len(s) && (s[unitStart] == '-' || strings.HasPrefix(s[unitStart:], "–")) {
				return nil, false // "13-15h"
			}
			unitEnd, w, ok := plainWord(s, unitStart, buf[:])
			if !ok || string(w) != "h" && string(w) != "heure" && string(w) != "heures" {
				return nil, false
			}
			end = unitEnd
			j := skipSpaces(s, unitEnd)
			if j < len(s) && s[j] == '.' {
				j++
			}
			if j+1 < len(s) && '0' <= s[j] && s[j] <= '5' && isDigitByte(s[j+1]) {
				idx[2*m], idx[2*m+1] = j, j+2
				end, minutes = j+2, true
			}
			idx[2*h], idx[2*h+1] = hStart, hEnd
		} else {
			wordEnd, w, ok := plainWord(s, i, buf[:])
			if !ok {
				return nil, false
			}
			switch word := string(w); {
			case word == "midi" || word == "minuit":
				if minutesMayFollow(s, wordEnd) {
					return nil, false // "midi et demi", "minuit dix"
				}
				idx[2*noon], idx[2*noon+1] = i, wordEnd
				end = wordEnd
			case hourWords[word]:
				if wordEnd < len(s) && s[wordEnd] == '-' {
					return nil, false // "dix-huit heures"
				}
				j := skipSpaces(s, wordEnd)
				unitEnd, unit, ok := plainWord(s, j, buf[:])
				if j == wordEnd || !ok || string(unit) != "heure" && string(unit) != "heures" {
					return nil, false // "vingt et une heures"
				}
				if minutesMayFollow(s, unitEnd) {
					return nil, false // "neuf heures trente"
				}
				idx[2*hw], idx[2*hw+1] = i, wordEnd
				end = unitEnd
			default:
				return nil, false
			}
		}
		if j := skipSpaces(s, end); j > end {
			// "du matin", "du soir"
			if duEnd, w, ok := plainWord(s, j, buf[:]); ok && string(w) == "du" {
				k := skipSpaces(s, duEnd)
				if partEnd, w, ok := plainWord(s, k, buf[:]); k > duEnd && ok && (string(w) == "matin" || string(w) == "soir") {
					idx[2*dpart], idx[2*dpart+1] = j, partEnd
					end, minutes = partEnd, false
				}
			}
		}
		if clockMayGoOn(s, end, minutes) {
			return nil, false
		}
		if prepEnd >= 0 {
			idx[2*prep], idx[2*prep+1] = 0, prepEnd
		}
		idx[1] = end
		return idx, true
	}
}

// hourWords are the hours in words of ClockTime that are one word.
var hourWords = map[string]bool{
	"une": true, "deux": true, "trois": true, "quatre": true, "cinq": true, "six": true, "sept": true, "huit": true,
	"neuf": true, "dix": true, "onze": true, "douze": true, "treize": true, "quatorze": true, "quinze": true,
	"seize": true, "vingt": true,
}

// minutesMayFollow reports whether minutes in words or digits may follow
// byte i of s, after "midi" or an hour in words and "heures":
// spaces, then "et", "moins", "trois quarts", "passé de", digits or a word
// opening on a number in words.
func minutesMayFollow(s string, i int) bool {
	j := skipSpaces(s, i)
	if j == i || j >= len(s) {
		return false
	}
	if isDigitByte(s[j]) {
		return true
	}
	var buf [16]byte
	_, w, ok := plainWord(s, j, buf[:])
	if !ok {
		return true
	}
	word := string(w)
	switch {
	case word == "et", word == "moins", word == "trois", strings.HasPrefix(word, "pass"):
		return true
	}
	for k := 2; k <= min(len(word), 9); k++ {
		if numWords[word[:k]] {
			return true // "midi quinze", "neuf heures trente", "midi unique" as the expression reads it
		}
	}
	return false
}

// clockMayGoOn reports whether ClockTime's expression may read on past
// byte i of s, where a time ends with its minutes in digits when minutes
// is set: the next word, past spaces, a comma and a parenthesis, may open
// a unit of minutes or seconds ("min", "m"), minutes in words ("et
// quart", "passé de", "moins le quart", "trois quarts"), "a.m.", "pm", a
// part of the day ("du soir", "de la nuit") or a zone ("heure de Paris",
// "GMT", "UTC", "CET", "locale", "en France", "HNEC"); or it holds a
// letter beyond ASCII.
func clockMayGoOn(s string, i int, minutes bool) bool {
	if i < len(s) && (s[i]|0x20 == 'a' || s[i]|0x20 == 'p') {
		return true // "5:16p", "9ham"
	}
	j := skipSpaces(s, i)
	if j < len(s) && s[j] == ',' {
		j = skipSpaces(s, j+1)
	}
	if j < len(s) && s[j] == '(' {
		j++
	}
	var buf [8]byte
	end, w, ok := plainWord(s, j, buf[:])
	if !ok || end < len(s) && s[end] >= utf8.RuneSelf && !startsSpace(s[end:]) {
		return true // a letter beyond ASCII, or a word too long to tell
	}
	word := string(w)
	switch word {
	case "a", "p", "du", "de", "en", "et", "trois", "moins", "heure", "heures":
		return true
	}
	if minutes && strings.HasPrefix(word, "m") {
		return true
	}
	for _, p := range []string{"am", "pm", "gmt", "utc", "cet", "cest", "hnec", "haec", "locale", "pass"} {
		if strings.HasPrefix(word, p) {
			return true
		}
	}
	return false
}

// startsSpace reports whether s opens on a space that sp reads beyond
// ASCII.
func startsSpace(s string) bool {
	return strings.HasPrefix(s, "\u00a0") || strings.HasPrefix(s, "\u202f")
}

// months are the months of monthAfterDay, folded: the names, and the
// abbreviations (true), which may take a dot.
var months = map[string]bool{
	"janvier": false, "janv": true, "jan": true, "février": false, "fevrier": false, "févr": true, "fevr": true,
	"fév": true, "fev": true, "mars": false, "avril": false, "avr": true, "mai": false, "juin": false,
	"juillet": false, "juil": true, "août": false, "aout": false, "septembre": false, "sept": true,
	"octobre": false, "oct": true, "novembre": false, "nov": true, "décembre": false, "decembre": false,
	"déc": true, "dec": true,
}

// weekdays are the weekdays of weekdayName.
var weekdays = map[string]bool{"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true}

// fastAbsolute reads for AbsoluteDate a day in digits (or "1er") and its
// month, after "le", a weekday or both, with a year of four or two digits:
// "le 22 mars", "mardi, 15 mars 2016", "1er août". An era ("44 av.
// J.-C."), "dernier" or "prochain" after it, or any other way of writing
// the day, is left to the expression.
func fastAbsolute(re *regexp.Regexp) fastMatcher {
	slots := groupSlots(re)
	weekday, day, month, year := slots["weekday"], slots["day"], slots["month"], slots["year"]
	return func(s string, room []int) ([]int, bool) {
		var buf [16]byte
		i := 0
		wdStart, wdEnd := -1, -1
		for k := 0; k < 2 && i < len(s) && !isDigitByte(s[i]); k++ {
			end, w, ok := plainWord(s, i, buf[:])
			if !ok {
				return nil, false
			}
			switch {
			case k == 0 && string(w) == "le":
				if j := skipSpaces(s, end); j > end {
					i = j
					continue
				}
			case weekdays[string(w)] && wdStart < 0:
				j := skipSpaces(s, end)
				if j < len(s) && s[j] == ',' {
					if k := skipSpaces(s, j+1); k > j+1 {
						wdStart, wdEnd, i = i, end, k
						continue
					}
				} else if j > end {
					wdStart, wdEnd, i = i, end, j
					continue
				}
			}
			return nil, false
		}
		dayStart := i
		for i < len(s) && isDigitByte(s[i]) {
			i++
		}
		dayEnd := i
		switch n := dayEnd - dayStart; {
		case n == 1 && s[dayStart] == '1' && i+1 < len(s) && s[i]|0x20 == 'e' && s[i+1]|0x20 == 'r' &&
			(i+2 == len(s) || !isLetterByte(s[i+2]) && s[i+2] < utf8.RuneSelf):
			i += 2 // "1er", the day as the expression's first alternative reads it
			dayEnd = i
		case n == 0 || n > 2 || n == 2 && s[dayStart] > '3':
			return nil, false
		}
		monthStart := skipSpaces(s, i)
		if monthStart == i {
			return nil, false // a day glued to its month, or an ending ("2e")
		}
		monthEnd, w, ok := plainWord(s, monthStart, buf[:])
		dotted, known := months[string(w)]
		if !ok || !known {
			return nil, false
		}
		if dotted && monthEnd < len(s) && s[monthEnd] == '.' {
			monthEnd++
		}
		end := monthEnd
		yearStart, yearEnd := -1, -1
		if j := skipSpaces(s, end); j > end && (strings.HasPrefix(s[j:], "'") || strings.HasPrefix(s[j:], "’")) {
			return nil, false // "15 mars '98"
		} else if j > end && j < len(s) && isDigitByte(s[j]) {
			k := j
			for k < len(s) && isDigitByte(s[k]) {
				k++
			}
			if n := k - j; n != 2 && n != 4 || eraMayFollow(s, k) {
				return nil, false
			}
			yearStart, yearEnd, end = j, k, k
		}
		if j := skipSpaces(s, end); j > end {
			_, w, ok := plainWord(s, j, buf[:])
			if !ok || bytes.HasPrefix(w, []byte("dern")) || bytes.HasPrefix(w, []byte("proch")) {
				return nil, false // "le 6 mai dernier"
			}
		}
		idx := newIdx(room, re, end)
		if wdStart >= 0 {
			idx[2*weekday], idx[2*weekday+1] = wdStart, wdEnd
		}
		idx[2*day], idx[2*day+1] = dayStart, dayEnd
		idx[2*month], idx[2*month+1] = monthStart, monthEnd
		if yearStart >= 0 {
			idx[2*year], idx[2*year+1] = yearStart, yearEnd
		}
		return idx, true
	}
}

// eraMayFollow reports whether an era may follow byte i of s as
// AbsoluteDate reads one ("av. J.-C.", "apr. J.-C.", "p. Chr. n."): spaces,
// then a word opening on "av" or "ap", or "p".
func eraMayFollow(s string, i int) bool {
	j := skipSpaces(s, i)
	if j == i {
		return false
	}
	var buf [8]byte
	_, w, ok := plainWord(s, j, buf[:])
	return !ok || bytes.HasPrefix(w, []byte("av")) || bytes.HasPrefix(w, []byte("ap")) || string(w) == "p"
}

// fastYear reads a bare year of four digits, "2015": from a digit, the
// expression can read nothing else (its other forms open on a word, "en
// 2015", "les années 70"), and it reads four digits whatever follows
// them. Fewer digits and the forms that open on a word are left to it.
func fastYear(re *regexp.Regexp) fastMatcher {
	year := groupSlots(re)["year"]
	return func(s string, room []int) ([]int, bool) {
		if len(s) < 4 || !isDigitByte(s[0]) || !isDigitByte(s[1]) || !isDigitByte(s[2]) || !isDigitByte(s[3]) {
			return nil, false
		}
		idx := newIdx(room, re, 4)
		idx[2*year], idx[2*year+1] = 0, 4
		return idx, true
	}
}

// monthWords are the months as MonthYear's expression reads them in
// full, folded by plainWord: its abbreviations ("sept.", "févr.") are
// left to the expression.
var monthWords = map[string]bool{
	"janvier": true, "février": true, "fevrier": true, "mars": true, "avril": true, "mai": true,
	"juin": true, "juillet": true, "août": true, "aout": true, "septembre": true, "octobre": true,
	"novembre": true, "décembre": true, "decembre": true,
}

// fastMonthYear reads for MonthYear a month in full, alone or with a year
// of four digits, after "en" or not: "mars", "en mars 2016". What may
// lengthen the match otherwise (another word before the month, a year of
// two digits, "dernier",
// "prochain", "passé" after it) is left to the expression: the word after
// the month or the year must not open on any of them.
func fastMonthYear(re *regexp.Regexp) fastMatcher {
	slots := groupSlots(re)
	prep, month, year := slots["prep"], slots["month"], slots["year"]
	return func(s string, room []int) ([]int, bool) {
		var buf [12]byte
		end, w, ok := plainWord(s, 0, buf[:])
		if !ok {
			return nil, false
		}
		monthStart, prepEnd := 0, -1
		if string(w) == "en" {
			prepEnd, monthStart = end, skipSpaces(s, end)
			if end, w, ok = plainWord(s, monthStart, buf[:]); !ok || monthStart == prepEnd {
				return nil, false
			}
		}
		if !monthWords[string(w)] {
			return nil, false
		}
		monthEnd := end
		yearAt := -1
		if j := skipSpaces(s, end); j > end && j < len(s) {
			switch {
			case j+4 <= len(s) && isDigitByte(s[j]) && isDigitByte(s[j+1]) && isDigitByte(s[j+2]) && isDigitByte(s[j+3]):
				yearAt, end = j, j+4
				if k := skipSpaces(s, end); k > end && opensOn(s[k:], monthYearTails) {
					return nil, false
				}
			case isDigitByte(s[j]) || s[j] == '\'' || strings.HasPrefix(s[j:], "’") || opensOn(s[j:], monthYearTails):
				return nil, false
			}
		}
		idx := newIdx(room, re, end)
		if prepEnd >= 0 {
			idx[2*prep], idx[2*prep+1] = 0, prepEnd
		}
		idx[2*month], idx[2*month+1] = monthStart, monthEnd
		if yearAt >= 0 {
			idx[2*year], idx[2*year+1] = yearAt, yearAt+4
		}
		return idx, true
	}
}

// monthYearTails open the directions MonthYear's expression may read
// after the month or the year: "dernier", "prochain", "passé".
var monthYearTails = []string{"derni", "prochain", "pass"}

// opensOn reports whether s opens on one of prefixes, in any case.
func opensOn(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// opensOnAfterSpaces reports whether the text from i, past at least one
// space, opens on a digit or on one of prefixes in any case: whether an
// optional part of an expression that begins with a space may read on
// there. Without a space there, nothing may.
func opensOnAfterSpaces(s string, i int, prefixes []string) bool {
	j := skipSpaces(s, i)
	if j == i || j >= len(s) {
		return false
	}
	return isDigitByte(s[j]) || opensOn(s[j:], prefixes)
}

// weekdayWords are the days of the week, as Weekday's expression reads
// them.
var weekdayWords = map[string]bool{
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
}

// weekdayTails open what Weekday's expression may read after the day: a
// direction ("dernier", "prochain", "suivant", "précédent", "passé",
// "d'après"), a part of the day, the week ("de la semaine prochaine",
// "cette semaine"), "en huit". Its day of the month opens on a digit.
var weekdayTails = []string{"derni", "prochain", "suivant", "pr", "pass", "d", "matin", "apr", "soir", "nuit", "journ", "la", "cette", "en"}

// fastWeekday reads for Weekday a day of the week alone: "mardi", "jeudi,".
// A day after "ce", or followed by what may lengthen the match (see
// weekdayTails), is left to the expression.
func fastWeekday(re *regexp.Regexp) fastMatcher {
	weekday := groupSlots(re)["weekday"]
	return func(s string, room []int) ([]int, bool) {
		var buf [12]byte
		end, w, ok := plainWord(s, 0, buf[:])
		if !ok || !weekdayWords[string(w)] || opensOnAfterSpaces(s, end, weekdayTails) {
			return nil, false
		}
		idx := newIdx(room, re, end)
		idx[2*weekday], idx[2*weekday+1] = 0, end
		return idx, true
	}
}

// relativeDayTails open what RelativeDay's expression may read after the
// day: a part of the day ("hier soir", "demain après-midi") or a day of
// the week ("demain mardi"), a week or two later ("demain en huit").
var relativeDayTails = []string{"matin", "apr", "soir", "nuit", "journ", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "en "}

// fastRelativeDay reads for RelativeDay "hier", "demain" and
// "aujourd'hui" alone. The other days it reads ("avant-hier", "la
// veille", "le lendemain"), and these three followed by what may
// lengthen the match (see relativeDayTails), are left to the expression.
func fastRelativeDay(re *regexp.Regexp) fastMatcher {
	rel := groupSlots(re)["rel"]
	return func(s string, room []int) ([]int, bool) {
		var buf [8]byte
		end, w, ok := plainWord(s, 0, buf[:])
		if !ok {
			return nil, false
		}
		switch string(w) {
		case "hier", "demain":
		case "aujourd":
			apos := 0
			switch {
			case strings.HasPrefix(s[end:], "'"):
				apos = 1
			case strings.HasPrefix(s[end:], "’"):
				apos = len("’")
			default:
				return nil, false
			}
			if len(s)-end-apos < 3 || !strings.EqualFold(s[end+apos:end+apos+3], "hui") {
				return nil, false
			}
			end += apos + 3
		default:
			return nil, false
		}
		if opensOnAfterSpaces(s, end, relativeDayTails) {
			return nil, false
		}
		idx := newIdx(room, re, end)
		idx[2*rel], idx[2*rel+1] = 0, end
		return idx, true
	}
}
