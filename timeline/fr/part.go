package fr

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
)

// PartOfDay matches a part of day on its own: "ce matin", "cet après-midi",
// "cette nuit" (today), "la nuit dernière" (the night before), and "la
// soirée", "la nuit", "le matin même", "dans la journée", "en soirée" (the
// day last mentioned). "tôt" and "tard" set
// its start or end ("tôt le matin", "le soir très tard"); a clock hour may
// follow ("ce soir à 8", "l'après-midi à 5"). Meals give the middle of the
// day ("pendant le déjeuner", "à l'heure du déjeuner", "après déjeuner"),
// and "après le travail" the end of the working day.
func PartOfDay() *Rule {
	return newRule("part-of-day", TPart|TClock, // TClock: "à l'heure du déjeuner"
		`(?:(?P<this>ce|cet|cette)`+sp+partName+
			`|(?:(?P<early>(?:tr[eè]s`+sp+`)?(?:t[ôo]t|tard))`+sp+`|dans`+sp+`)?(?:la|le|l`+apos+`)`+sp0+`(?P<part2>matin[ée]e|matin|apr[èe]s-midi|aprem|soir[ée]e|soir|nuit|journ[ée]e|aube)(?P<same>`+sp+`m[eê]me)?(?:`+sp+`(?P<past>derni[eè]re|pass[ée]e))?(?:`+sp+`(?P<late>(?:tr[eè]s`+sp+`)?(?:t[ôo]t|tard)))?`+
			`|(?P<en>en`+sp+`(?:soir[ée]e|matin[ée]e)|au`+sp+`(?:soir|matin))`+
			`|(?P<bare>apr[èe]s-midi|soir|matin)`+
			`|(?P<meal>(?:pendant|durant|lors)`+sp+`(?:le|du)|(?:à|a)`+sp+`l`+apos+`heure`+sp+`du|au`+sp+`moment`+sp+`(?:du|de)|(?P<mealmod>avant|apr[èe]s)(?:`+sp+`le)?)`+sp+`(?P<mealw>d[ée]jeuner|d[îi]ner)`+
			`|(?P<work>apr[èe]s`+sp+`le`+sp+`travail))`+
			`(?:`+sp+`(?:à|a)`+sp+`(?P<at>[01]?\d|2[0-3]))?`,
		parsePart)
}

func parsePart(g groups) (Expr, bool) {
	var e Expr
	switch {
	case g.has("this"):
		if p := foldString(g.get("part")); p == "soiree" || p == "matinee" || p == "journee" {
			return Expr{}, false // "cette soirée" names an event, not a time
		}
		e = Expr{Kind: KindDate, Part: partCode(g.get("part")), Unit: timeline.GrainDay, Dir: DirThis}
	case g.has("part2") && foldString(g.get("part2")) == "aube":
		// "à l'aube", "l'aube du 27 février": the start of the morning;
		// not "à l'aube d'une ère nouvelle"
		if g.has("same") || g.has("past") || g.has("early") || g.has("late") || figurativeDawn(g.after) {
			return Expr{}, false
		}
		e = Expr{Kind: KindDate, Part: "MO", Mod: "START", Unit: timeline.GrainDay, Origin: FromPrevious}
	case g.has("part2"):
		part := partCode(g.get("part2"))
		if part == "DT" && !g.has("same") && !startsWith(g.s, "dans") {
			return Expr{}, false // "la journée" alone is rarely a date
		}
		if namedNight(g.get("part2"), g.after) {
			return Expr{}, false // "la Nuit des musées", "la nuit du Port": an event
		}
		e = Expr{Kind: KindDate, Part: part, Unit: timeline.GrainDay, Origin: FromPrevious}
		if g.has("past") {
			if part != "NI" || g.has("same") {
				return Expr{}, false
			}
			// "la nuit dernière": the night that ended on the anchor's day
			e.Shift, e.Origin = -1, FromAnchor
		}
		switch t := foldString(g.get("early") + g.get("late")); {
		case strings.HasSuffix(t, "tot"):
			e.Mod = "START"
		case strings.HasSuffix(t, "tard"):
			e.Mod = "END"
		}
	case g.has("en"):
		w := strings.Fields(foldString(g.get("en")))
		e = Expr{Kind: KindDate, Part: partCode(w[len(w)-1]), Unit: timeline.GrainDay, Origin: FromPrevious}
	case g.has("bare"):
		if !g.has("at") {
			return Expr{}, false // "matin" alone: a noun
		}
		e = Expr{Kind: KindDate, Part: partCode(g.get("bare")), Unit: timeline.GrainDay, Origin: FromPrevious}
	case g.has("meal"):
		e = Expr{Kind: KindDate, Part: "MI", Unit: timeline.GrainDay, Origin: FromPrevious}
		if strings.HasPrefix(foldString(g.get("mealw")), "d") && strings.Contains(foldString(g.get("mealw")), "din") {
			e.Part = "EV"
		}
		switch m := foldString(g.get("mealmod")); m {
		case "avant":
			e.Mod = "BEFORE"
		case "apres":
			e.Mod = "AFTER"
		}
		if e.Mod == "" && startsNounPhrase(g.after) {
			return Expr{}, false // "pendant le déjeuner des ministres": an event
		}
	default:
		if w := foldString(firstLetters(g.after)); w == "de" || w == "du" || w == "des" || w == "d" {
			return Expr{}, false // "après le travail des enquêteurs"
		}
		e = Expr{Kind: KindDate, Part: "DT", Mod: "END", Unit: timeline.GrainDay, Origin: FromPrevious}
	}
	if at := g.get("at"); at != "" {
		if w := foldString(firstLetters(g.after)); w == "h" || strings.HasPrefix(w, "heure") || startsWithDigit(g.after) {
			return Expr{}, false // "ce soir à 8 heures": the clock time is a match of its own
		}
		h, _ := strconv.Atoi(at)
		if (e.Part == "AF" || e.Part == "EV" || e.Part == "NI" && h >= 6) && h < 12 {
			h += 12
		}
		e.Kind, e.HasTime, e.HourOnly, e.Hour = KindTime, true, true, h
	}
	return e, true
}

// namedNight reports whether a part of day names an event: written with a
// capital in lower-case text ("la Nuit blanche"), or followed by "de", "du" or "des" and a
// capitalised name that is no holiday ("la nuit du Port", but "la nuit du
// Nouvel An").
func namedNight(part, after string) bool {
	if len(part) > 1 && part[0] >= 'A' && part[0] <= 'Z' && part[1] >= 'a' && part[1] <= 'z' {
		return true // "Nuit" in lower-case text; "LA NUIT" in capitals is a time
	}
	w := foldString(firstLetters(after))
	if w != "de" && w != "du" && w != "des" {
		return false
	}
	rest := strings.TrimLeft(after, " \u00a0\u202f")[len(w):]
	name := firstLetters(rest)
	if name == "" || len(rest) == len(strings.TrimLeft(rest, " \u00a0\u202f")) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) && !holidayOpeners[foldString(name)] && weekdayNumber(name) == 0 && monthNumber(name) == 0
}

// apostropheBreak splits an elided word from the next: "d'une" reads
// "d'" then "une".
var apostropheBreak = strings.NewReplacer("’", "' ", "'", "' ")

// figurativeDawn reports whether the text after "l'aube" makes it the
// start of something other than a day: "à l'aube d'une ère nouvelle",
// not "à l'aube du 27 février" nor "à l'aube de samedi".
func figurativeDawn(after string) bool {
	f := strings.Fields(apostropheBreak.Replace(after))
	if len(f) == 0 {
		return false
	}
	switch foldString(f[0]) {
	case "de", "d'", "du", "des":
	default:
		return false
	}
	if len(f) < 2 {
		return true
	}
	w := strings.Trim(f[1], ",.;:")
	return !(w != "" && isDigitByte(w[0]) || weekdayNumber(w) != 0 || monthNumber(w) != 0 || foldString(w) == "ce" || foldString(w) == "cette")
}
