package fr

import (
	"strconv"
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// Season matches seasons: "cet été", "au printemps 2016", "l'hiver
// dernier", "en automne". A bare "été" is the past participle of être and
// needs a determiner or a year.
func Season() *Rule {
	return newRule("season", TSeason,
		`(?:(?P<det>au|en|cet|cette|ce|l`+apos+`|le|à`+sp+`l`+apos+`|durant`+sp+`l`+apos+`|pendant`+sp+`l`+apos+`)`+sp0+`)?`+
			`(?P<season>printemps|[ée]t[ée]|automne|hiver)`+
			`(?:`+sp+`(?:`+year4+`(?:[-/](?P<year2>\d{4}))?|(?P<dir>derni[eè]r|prochain)))?`,
		parseSeason)
}

var seasonCodes = map[string]string{"printemps": "SP", "ete": "SU", "automne": "FA", "hiver": "WI"}

func parseSeason(g groups) (Expr, bool) {
	s := foldString(g.get("season"))
	e := Expr{Kind: KindDate, Season: seasonCodes[s], Unit: timeline.GrainSeason}
	if y := g.get("year"); y != "" {
		e.Year, _, _ = readYear(y, "")
		if y2 := g.get("year2"); y2 != "" {
			// "l'hiver 2015-2016": a winter of two years, named by the
			// first; other seasons lie within one year
			if n, err := strconv.Atoi(y2); err != nil || n != e.Year+1 || e.Season != "WI" {
				return Expr{}, false
			}
		}
	}
	e.Dir = readDir(g.get("dir"))
	det := foldString(g.get("det"))
	if det == "cet" || det == "cette" || det == "ce" {
		e.Dir = DirThis
	}
	if det == "" && e.Year == 0 && e.Dir == DirNone {
		switch foldString(lastWord(g.before)) {
		case "d'", "de", "d’", "d":
			return Expr{}, false // "Jeux d'hiver", "sports d'hiver"
		}
		if b := g.before; len(b) > 0 && (b[len(b)-1] == '\'' || strings.HasSuffix(b, "’")) {
			return Expr{}, false
		}
	}
	if s == "ete" && det == "" && e.Year == 0 {
		return Expr{}, false
	}
	if e.Year == 0 && e.Dir == DirNone && namesEvent(g.after) {
		return Expr{}, false // "le Printemps arabe", "le printemps de Prague"
	}
	switch e.Dir {
	case DirLast:
		e.Shift = -1
	case DirNext:
		e.Shift = 1
	}
	return e, true
}

// seasonEvents are the words after a season that make it the name of an
// event, not a time of year: "le Printemps arabe", "le printemps de
// Prague", "le printemps des peuples", "le printemps érable".
var seasonEvents = []string{"arabe", "arabes", "de prague", "des peuples", "de bourges", "erable", "republicain"}

// namesEvent reports whether the text after a season names an event.
func namesEvent(after string) bool {
	a := foldString(strings.TrimLeft(after, " \u00a0\u202f"))
	for _, w := range seasonEvents {
		if strings.HasPrefix(a, w) && (len(a) == len(w) || !isWordRune(rune(a[len(w)]))) {
			return true
		}
	}
	return false
}
