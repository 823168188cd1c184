package fr

import (
	"fmt"
	"strconv"
	"strings"
)

// ClockTime matches times of day: "à 15h30", "15 h 30", "vers 18 h",
// "18:45", "midi", "minuit", "à sept heures", with a zone when given
// ("heure de Damas", "heure de Paris", "GMT"). "sept heures" without a
// preposition is a duration, not a time (see Duration).
func ClockTime() *Rule {
	return newRule("clock-time", TDigit|TClock|TNumWord|TPart,
		`(?:(?P<prep>à|a|vers|dès|des|avant|après|jusqu`+apos+`à|aux`+sp+`alentours`+sp+`de|autour`+sp+`de|(?:à|a)`+sp+`environ|peu`+sp+`avant|peu`+sp+`après)`+sp+`)?(?:`+
			`(?P<h>[01]?\d|2\d)`+sp0+`(?:h|heures?)(?:`+sp0+`(?P<m>[0-5]\d)(?:`+sp0+`(?:min|mn|m)(?:(?P<s>[0-5]\d)s?)?)?)?`+
			`|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?::(?P<s2>[0-5]\d))?`+
			`|(?P<noon>midi|minuit)(?:`+sp+`(?:et`+sp+`(?P<half>demie?|quart)|moins`+sp+`(?P<less>le`+sp+`quart|`+number+`)|(?P<past>`+number+`)))?`+
			`|(?P<hw>une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|vingt-(?:et-)?une|vingt`+sp+`et`+sp+`une|vingt-deux|vingt-trois)`+sp+`heures?(?:`+sp+`(?P<mw>et`+sp+`quart|et`+sp+`demie|moins`+sp+`le`+sp+`quart|trente|quinze|dix|vingt|quarante-cinq|quarante|cinq))?`+
			`)(?:`+sp0+`(?P<ampm>[ap]\.m\.|[ap]m))?(?:`+sp0+`,?`+sp0+`\(?(?P<zone>heure`+sp+`(?:de`+sp+`\p{Lu}[\p{L}-]+|locale|fran[çc]aise|de`+sp+`Paris)|heures`+sp+`locales|GMT|UTC|locales?|en`+sp+`France|HNEC|HAEC)\)?)?`,
		parseClock)
}

func parseClock(g groups) (Expr, bool) {
	e := Expr{Kind: KindTime, HasTime: true}
	switch {
	case g.has("h"):
		e.Hour, _ = strconv.Atoi(g.get("h"))
		e.Minute, _ = strconv.Atoi(g.get("m"))
		e.HourOnly = !g.has("m")
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
		if strings.HasPrefix(foldString(g.after), " du matin") || strings.HasPrefix(foldString(g.after), " du soir") {
			if strings.HasPrefix(foldString(g.after), " du soir") && e.Hour < 12 {
				e.Hour += 12
			}
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
	default:
		if !g.has("prep") {
			return Expr{}, false // "sept heures" is a duration
		}
		h, ok := numberValue(g.get("hw"))
		if !ok || h > 24 {
			return Expr{}, false
		}
		e.Hour = int(h)
		e.Minute = wordMinutes(g.get("mw"))
		e.HourOnly = !g.has("mw")
		if e.Minute < 0 {
			e.Hour, e.Minute = (e.Hour+23)%24, 45
		}
	}
	if ampm := strings.ToLower(g.get("ampm")); ampm != "" {
		if e.Hour > 12 || e.Hour == 0 {
			return Expr{}, false // "15h pm" is not a time
		}
		if ampm[0] == 'p' && e.Hour < 12 {
			e.Hour += 12
		} else if ampm[0] == 'a' && e.Hour == 12 {
			e.Hour = 0
		}
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
	case "et demie":
		return 30
	case "moins le quart":
		return -1
	}
	v, ok := numberValue(s)
	if !ok {
		return 0
	}
	return int(v)
}
