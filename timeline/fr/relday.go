package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// RelativeDay matches days named relative to the anchor or to the previous
// date: "aujourd'hui", "hier", "avant-hier", "demain", "après-demain",
// "la veille", "le lendemain", "le jour d'avant", "le jour suivant", "ce
// jour", with a part of day ("hier soir"), a week or two later
// ("d'aujourd'hui en huit", "demain en quinze").
func RelativeDay() *Rule {
	return newRule("relative-day", TRelDay|TPeriod, // TPeriod: "le jour suivant"
		`(?P<rel>aujourd`+apos+`hui|avant-hier|avant`+sp+`hier|hier|apr[eè]s-demain|apr[eè]s`+sp+`demain|demain`+
			`|(?:le`+sp+`)?jour`+sp+`(?:d`+apos+`avant|d`+apos+`apr[eè]s|pr[ée]c[ée]dent|suivant)|ce`+sp+`jour`+
			`|(?:la`+sp+`)?veille|l`+apos+sp0+`avant-veille|(?:le`+sp+`|au`+sp+`)?lendemain|(?:le`+sp+`)?surlendemain)`+
			`(?:`+sp+`(?:`+partName+`(?:`+sp+`m[eê]me)?|(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`+
			`|en`+sp+`(?P<weeks>huit|quinze)))?`,
		parseRelativeDay)
}

// relativeDays maps folded words to their shift in days and origin.
var relativeDays = map[string]struct {
	shift  int
	origin Origin
}{
	"aujourd'hui": {0, FromAnchor}, "hier": {-1, FromAnchor}, "avant-hier": {-2, FromAnchor},
	"demain": {1, FromAnchor}, "apres-demain": {2, FromAnchor}, "veille": {-1, FromPrevious},
	"avant-veille": {-2, FromPrevious}, "lendemain": {1, FromPrevious}, "surlendemain": {2, FromPrevious},
}

// relDaySpacing writes the apostrophes and spaces of a relative day as
// relativeDays spells them; relDayArticles drops its article.
var (
	relDaySpacing  = strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ")
	relDayArticles = strings.NewReplacer("la ", "", "le ", "", "au ", "", "l'", "")
)

func parseRelativeDay(g groups) (Expr, bool) {
	w := relDaySpacing.Replace(foldString(g.get("rel")))
	w = relDayArticles.Replace(w)
	w = strings.Join(strings.Fields(w), "-")
	if w == "aujourd'hui" || strings.HasPrefix(w, "aujourd") || w == "ce-jour" {
		if w == "ce-jour" && (strings.HasPrefix(g.after, "-") || startsWithWord(strings.TrimLeft(g.after, " "), "de", "du", "des", "d", "où", "ou", "là", "la", "même", "meme")) {
			return Expr{}, false // "ce jour-là", "ce jour de fête": a day already named
		}
		w = "aujourd'hui"
	}
	switch w {
	case "jour-d'avant", "jour-precedent", "jour-d'apres", "jour-suivant":
		if strings.HasSuffix(foldString(strings.TrimRight(g.before, " \u00a0\u202f")), "ordre du") {
			return Expr{}, false // "l'ordre du jour suivant": an agenda
		}
		if w == "jour-d'avant" || w == "jour-precedent" {
			w = "veille"
		} else {
			w = "lendemain"
		}
	}
	rd, ok := relativeDays[w]
	if !ok {
		return Expr{}, false
	}
	e := Expr{Kind: KindDate, Unit: timeline.GrainDay, Shift: rd.shift, Origin: rd.origin}
	switch foldString(g.get("weeks")) {
	case "huit": // "d'aujourd'hui en huit", "demain en huit": a week later
		e.Shift += 7
	case "quinze":
		e.Shift += 14
	}
	e.Part = partCode(g.get("part"))
	if wd := g.get("weekday"); wd != "" {
		e.Weekday = weekdayNumber(wd)
	}
	return e, true
}
