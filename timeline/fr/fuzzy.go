package fr

import (
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// FuzzyPeriod matches the start, middle or end of a month, year or period:
// "début mars", "mi-mars", "fin 2015", "au début du mois de mars", "à la
// fin de l'année dernière", "au début de l'année 2013", "en fin de
// semaine", "au début des années 2000", "au début du XXe siècle", "au
// commencement du mois".
func FuzzyPeriod() *Rule {
	return newRule("fuzzy-period", TFuzzy,
		`(?:(?:au|en|à`+sp+`la|la|le|dès`+sp+`le|dès|jusqu`+apos+`(?:à`+sp+`la|au|en))`+sp+`)?`+
			`(?P<fz>d[ée]but|commencement|mi|fin|milieu)(?:-|`+sp+`)(?:(?:du|de|d`+apos+`)`+sp0+`)?(?:`+
			`(?:mois`+sp+`(?:de`+sp+`|d`+apos+`))?`+monthName+`(?:`+sp+year4+`|`+sp+`(?P<mdir>derni[eè]r|prochain))?`+
			`|(?P<y>1[5-9]\d\d|20\d\d)`+
			`|des`+sp+`ann[ée]es`+sp+`(?P<dyear>(?:1[5-9]|20)\d0|\d0)`+
			`|(?P<cent>[ivx]{1,6}|\d{1,2})(?:e|[eè]me|ᵉ)`+sp+`si[eè]cle`+
			`|(?:l`+apos+`ann[ée]e|l`+apos+`an)(?:`+sp+`(?:(?P<dir>derni[eè]re?|prochaine?|pass[ée]e?)|(?P<ly>1[5-9]\d\d|20\d\d)))?`+
			`|(?P<this>cette`+sp+`ann[ée]e|ce`+sp+`mois|cette`+sp+`semaine|la`+sp+`semaine|semaine|mois|ann[ée]e|la`+sp+`journ[ée]e|journ[ée]e|matin[ée]e|soir[ée]e|apr[eè]s-midi|l`+apos+`apr[eè]s-midi|la`+sp+`soir[ée]e|la`+sp+`matin[ée]e)`+
			`(?:`+sp+`(?P<pdir>derni[eè]re?|prochaine?|pass[ée]e?))?)`,
		parseFuzzy)
}

// fuzzyMods maps the fuzzy words to TIMEX3 mods.
var fuzzyMods = map[string]string{"debut": "START", "commencement": "START", "mi": "MID", "milieu": "MID", "fin": "END"}

func parseFuzzy(g groups) (Expr, bool) {
	e := Expr{Kind: KindDate, Mod: fuzzyMods[foldString(g.get("fz"))]}
	switch {
	case g.has("month"):
		e.Month = monthNumber(g.get("month"))
		if y := g.get("year"); y != "" {
			e.Year, _, _ = readYear(y, "")
		}
		e.Unit = timeline.GrainMonth
		e.Dir = readDir(g.get("mdir")) // "fin mars prochain"
	case g.has("y") || g.has("ly"): // "fin 2015", "au début de l'année 2013"
		e.Year, _, _ = readYear(g.get("y")+g.get("ly"), "")
		e.Unit = timeline.GrainYear
	case g.has("cent"): // "au début du XXe siècle"
		c, ok := parseCentury(g)
		if !ok {
			return Expr{}, false
		}
		e.Year, e.Unit = c.Year, c.Unit
	case g.has("dyear"): // "au début des années 2000", "à la fin des années 80"
		n, _ := strconv.Atoi(g.get("dyear"))
		if n < 100 {
			n += 1900
		}
		e.Year, e.Unit = n, timeline.GrainDecade
	case g.has("this"):
		t := foldString(g.get("this"))
		switch {
		case strings.Contains(t, "semaine"):
			e.Unit = timeline.GrainWeek
		case strings.Contains(t, "mois"):
			e.Unit = timeline.GrainMonth
		case strings.Contains(t, "annee"):
			e.Unit = timeline.GrainYear
		default:
			// "en fin d'après-midi", "en début de journée": of the day
			// just named, as "dans la soirée" is.
			e.Unit, e.Origin = timeline.GrainDay, FromPrevious
			t = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(t, "la "), "l'"), "l’")
			e.Part = partCode(strings.TrimSpace(t))
			if e.Part == "DT" {
				e.Part = ""
			}
		}
		e.Dir = DirThis
		if d := g.get("pdir"); d != "" {
			// "le début de la semaine prochaine", "la fin du mois dernier"
			if e.Unit == timeline.GrainDay || strings.HasPrefix(t, "ce") {
				return Expr{}, false // "en fin de journée prochaine", "fin cette semaine dernière"
			}
			e.Dir, e.Shift = readDir(d), 1
			if e.Dir == DirLast {
				e.Shift = -1
			}
		}
	default:
		e.Unit = timeline.GrainYear
		e.Dir = readDir(g.get("dir"))
		switch e.Dir {
		case DirLast:
			e.Shift = -1
		case DirNext:
			e.Shift = 1
		default:
			e.Dir = DirThis
		}
	}
	return e, true
}
