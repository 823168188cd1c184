package fr

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// ClockTime matches times of day: "à 15h30", "15 h 30", "vers 18 h",
// "18:45", "midi", "minuit", "à sept heures", with a zone when given
// ("heure de Damas", "heure du Caire", "heure de Paris", "GMT"; see ZoneOf). "sept heures" without a
// preposition is a duration, not a time (see Duration).
func ClockTime() *Rule {
	return newRule("clock-time", TDigit|TClock|TNumWord|TPart,
		`(?:(?P<prep>à|a|vers|dès|des|avant|après|jusqu`+apos+`à|aux`+sp+`alentours`+sp+`de|autour`+sp+`de|(?:à|a)`+sp+`environ|peu`+sp+`avant|peu`+sp+`après)`+sp+`)?(?:`+
			`(?:(?P<from>[01]?\d|2[0-3])`+sp0+`[-–]`+sp0+`)?(?P<h>[01]?\d|2\d)`+sp0+`(?:h|heures?)(?:`+sp0+`\.?(?P<m>[0-5]\d)(?:`+sp0+`(?:min|mn|m)(?:(?P<s>[0-5]\d)s?)?)?|`+sp+`(?P<mw>(?:et|pass[ée]e?s?`+sp+`de)`+sp+minuteWords+sp+`minutes?|et`+sp+`quart|et`+sp+`demie?|moins`+sp+`le`+sp+`quart|trois`+sp+`quarts))?`+
			`|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::(?P<s2>[0-5]\d))?`+
			`|(?:(?P<from>1[0-2]|0?[1-9])`+sp0+`[-–]`+sp0+`)?(?P<h3>1[0-2]|0?[1-9])(?:[.:]?(?P<m3>[0-5]\d))?`+sp0+`(?P<ampm>[ap]\.m\.|[ap]m)`+
			`|(?P<noon>midi|minuit)(?:`+sp+`(?:et`+sp+`(?P<half>demie?|quart)|moins`+sp+`(?P<less>le`+sp+`quart|`+number+`)|(?P<past>`+number+`)))?`+
			`|(?P<hw>une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt-(?:et-)?une|vingt`+sp+`et`+sp+`une|vingt-deux|vingt-trois)`+sp+`heures?(?:`+sp+`(?P<mw>et`+sp+`quart|et`+sp+`demie?|moins`+sp+`le`+sp+`quart|trois`+sp+`quarts|(?:et`+sp+`|pass[ée]e?s?`+sp+`de`+sp+`)?`+minuteWords+`(?:`+sp+`minutes?)?))?`+
			`)(?:`+sp0+`(?P<ampm>[ap]\.m\.|[ap]m)|(?P<ampmb>[ap]))?`+
			`(?:`+sp+`(?P<dpart>du`+sp+`matin|du`+sp+`soir|de`+sp+`l`+apos+`apr[eè]s-midi|de`+sp+`la`+sp+`nuit))?`+
			`(?:`+sp0+`,?`+sp0+`\(?(?P<zone>heure`+sp+`(?:(?:de`+sp+`|d`+apos+`|du`+sp+`)\p{Lu}[\p{L}-]+|locale|fran[çc]aise|de`+sp+`Paris)|heures`+sp+`locales|GMT|UTC|(?-i:CEST|CET)|locales?|en`+sp+`France|HNEC|HAEC)\)?)?`,
		parseClock)
}

// minuteWords are the minutes a clock time says in words or digits after
// its hour: "quinze heures trente", "15 h passé de 15 minutes".
const minuteWords = `(?:trente|quinze|dix|vingt|quarante-cinq|quarante|cinquante|cinq|[0-5]?\d)`

func parseClock(g groups) (Expr, bool) {
	e := Expr{Kind: KindTime, HasTime: true}
	switch {
	case g.has("h3"):
		if b := g.before; len(b) >= 2 && (b[len(b)-1] == '.' || b[len(b)-1] == ':' || b[len(b)-1] == ',') && isDigitByte(b[len(b)-2]) {
			return Expr{}, false // "13.12 PM": the hour is wrong, not missing
		}
		e.Hour, _ = strconv.Atoi(g.get("h3"))
		e.Minute, _ = strconv.Atoi(g.get("m3"))
		e.HourOnly = !g.has("m3")
		if len(g.after) > 0 && isDigitByte(g.after[0]) {
			return Expr{}, false
		}
	case g.has("h"):
		if !g.has("prep") && endsWithWord(g.before, "en", "pendant", "durant", "pour") {
			return Expr{}, false // "en 1 heure", "pendant 2 h": an amount of time
		}
		if outOf(g.after) {
			return Expr{}, false // "24 heures sur 24", "24h/24": always
		}
		if whole := foldString(g.s[g.idx[0]:g.idx[1]]); strings.Contains(whole, "heure.") || strings.Contains(whole, "heures.") ||
			strings.Contains(whole, "h.") && startsWithWord(strings.TrimLeft(g.after, " "), "h") {
			return Expr{}, false // "18 heures.37, rue": a sentence ends; "10 h.12 h.": two hours
		}
		e.Hour, _ = strconv.Atoi(g.get("h"))
		e.Minute, _ = strconv.Atoi(g.get("m"))
		e.HourOnly = !g.has("m")
		if mw := g.get("mw"); mw != "" {
			e.Minute, e.HourOnly = wordMinutes(mw), false
			if e.Minute == -1 { // "11 heures moins le quart"
				e.Hour, e.Minute = (e.Hour+23)%24, 45
			}
			if e.Minute <= 0 || e.Minute >= 60 {
				return Expr{}, false
			}
			if !g.has("prep") && e.Hour < 13 && !strings.Contains(foldString(mw), "pass") {
				return Expr{}, false // "2 heures et 30 minutes" is a duration
			}
		}
		if s := g.get("s"); s != "" {
			e.Second, _ = strconv.Atoi(s)
			e.Seconds = e.Second != 0
		}
		if len(g.after) > 0 && isDigitByte(g.after[0]) {
			return Expr{}, false
		}
		if e.Hour > 24 {
			if !g.has("prep") || strings.HasPrefix(foldString(g.get("prep")), "apres") || strings.HasPrefix(foldString(g.get("prep")), "avant") {
				return Expr{}, false // "30 h de vol" is a duration
			}
			e.Problem = fmt.Sprintf("hour %d does not exist", e.Hour)
		}
		if e.Hour == 24 {
			e.Hour = 0
		}
	case g.has("h2"):
		e.Hour, _ = strconv.Atoi(g.get("h2"))
		e.Minute, _ = strconv.Atoi(g.get("m2"))
		if s := g.get("s2"); s != "" {
			e.Second, _ = strconv.Atoi(s)
			e.Seconds = true
		}
		if len(g.after) > 0 && (g.after[0] == ':' || isDigitByte(g.after[0])) {
			return Expr{}, false
		}
	case g.has("noon"):
		if foldString(g.get("noon")) == "midi" {
			e.Hour = 12
		}
		e.HourOnly = !g.has("half") && !g.has("past") && !g.has("less")
		switch foldString(g.get("half")) {
		case "demi", "demie":
			e.Minute = 30
		case "quart":
			e.Minute = 15
		}
		if p := g.get("past"); p != "" { // "midi quinze", "minuit trois"
			m, ok := numberValue(p)
			if !ok || m >= 60 {
				return Expr{}, false
			}
			e.Minute = int(m)
		}
		if l := foldString(g.get("less")); l != "" { // "midi moins le quart"
			m := 15.0
			if l != "le quart" && !strings.HasPrefix(l, "le ") {
				v, ok := numberValue(l)
				if !ok || v >= 60 {
					return Expr{}, false
				}
				m = v
			}
			e.Hour, e.Minute = (e.Hour+23)%24, 60-int(m)
		}
		if strings.HasSuffix(g.before, "-") || strings.HasSuffix(foldString(g.before), "apres ") {
			return Expr{}, false // après-midi
		}
		if n := g.get("noon"); n[0] == 'M' && n[1] == 'i' && endsWithWord(g.before, "du", "le", "au") {
			return Expr{}, false // "les populations du Midi", "dans le Midi": the south of France
		}
	default:
		h, ok := numberValue(g.get("hw"))
		if !ok || h > 24 {
			return Expr{}, false
		}
		if mw := foldString(g.get("mw")); !g.has("prep") && !g.has("dpart") && (mw == "" || h < 13 && !strings.Contains(mw, "quarts") && !strings.Contains(mw, "pass")) {
			return Expr{}, false // "sept heures", "deux heures et quart" are durations
		}
		e.Hour = int(h)
		e.Minute = wordMinutes(g.get("mw"))
		e.HourOnly = !g.has("mw")
		if e.Minute < 0 {
			e.Hour, e.Minute = (e.Hour+23)%24, 45
		}
	}
	ampm := lower.String(g.get("ampm"))
	if b := lower.String(g.get("ampmb")); b != "" {
		if e.HourOnly {
			return Expr{}, false // "5ha": hectares, not 5 a.m.; "5:16p" gives its minutes
		}
		ampm = b
	}
	if ampm != "" {
		if e.Hour > 12 || e.Hour == 0 {
			return Expr{}, false // "15h pm" is not a time
		}
		if ampm[0] == 'p' && e.Hour < 12 {
			e.Hour += 12
		} else if ampm[0] == 'a' && e.Hour == 12 {
			e.Hour = 0
		}
	}
	if p := g.get("dpart"); p != "" {
		if ampm != "" || g.has("noon") || e.Hour > 12 {
			return Expr{}, false // "15 h du soir", "midi du soir": no such hour
		}
		e.Hour = dayPartHour(foldString(p), e.Hour)
	}
	if f := g.get("from"); f != "" { // "13-15h", "1-3pm": the range starts at its first hour
		from, _ := strconv.Atoi(f)
		if ampm != "" && ampm[0] == 'p' && from < 12 && from+12 <= e.Hour {
			from += 12
		}
		if from >= e.Hour && !(ampm != "" && from == 12) {
			return Expr{}, false // "15-13h" is no range
		}
		e.Hour, e.Minute, e.HourOnly = from, 0, true
	}
	if m := g.s[g.idx[0]:g.idx[1]]; strings.HasSuffix(m, ")") && !strings.Contains(m, "(") {
		return Expr{}, false // "(3 h 25 UTC)": the parenthesis opened before the time
	}
	e.Zone = strings.Trim(g.get("zone"), "() ")
	if p := foldString(g.get("prep")); p == "vers" || strings.Contains(p, "alentours") || strings.Contains(p, "autour") || strings.Contains(p, "environ") {
		e.Mod = "APPROX"
	}
	return e, true
}

// wordMinutes reads minutes after "heures": "et quart" 15, "et demie" 30,
// "moins le quart" -1 (the caller takes a quarter off the hour).
func wordMinutes(s string) int {
	s = strings.Join(strings.Fields(foldString(s)), " ")
	switch s {
	case "":
		return 0
	case "et quart":
		return 15
	case "et demie", "et demi":
		return 30
	case "trois quarts":
		return 45
	case "moins le quart":
		return -1
	}
	for _, p := range []string{"et ", "passe de ", "passee de ", "passes de ", "passees de "} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, " minutes"), " minute")
	v, ok := numberValue(s)
	if !ok {
		return 0
	}
	return int(v)
}

// endsWithWord reports whether s ends on one of words (lower case), after
// spaces, with no letter just before the word.
func endsWithWord(s string, words ...string) bool {
	t := lower.String(strings.TrimRight(s, " \u00a0\u202f"))
	if len(t) == len(s) {
		return false // no space: the match starts inside a token
	}
	for _, w := range words {
		if strings.HasSuffix(t, w) && (len(t) == len(w) || !isWordRune(rune(t[len(t)-len(w)-1]))) {
			return true
		}
	}
	return false
}

// dayPartHour reads an hour of the twelve said with the part of the day
// after it: "10 heures du soir" is 22 h, "2 heures de l'après-midi" 14 h,
// "11 heures de la nuit" 23 h but "2 heures de la nuit" 2 h, "12 heures
// du matin" is noon as written.
func dayPartHour(part string, h int) int {
	switch {
	case h == 12:
		return 12
	case strings.HasSuffix(part, "soir"), strings.HasSuffix(part, "midi"), strings.HasSuffix(part, "nuit") && h >= 6:
		return (h + 12) % 24
	}
	return h
}

// outOf reports whether after, the text after an amount, opens on "sur"
// or "/" and a number: "24 heures sur 24", "7 jours sur 7", "24h/24" say
// "always", no time and no amount.
func outOf(after string) bool {
	a := strings.TrimLeft(after, " \u00a0\u202f")
	switch {
	case strings.HasPrefix(a, "/"):
		a = a[1:]
	case strings.HasPrefix(a, "sur "):
		a = strings.TrimLeft(a[len("sur "):], " ")
	default:
		return false
	}
	return a != "" && isDigitByte(a[0])
}
