package fr

import (
	"strings"
)

// Set matches recurrences: "chaque année", "tous les jours", "tous les
// jeudis", "chaque lundi", "quotidiennement", "annuel".
func Set() *Rule {
	return newRule("set", TSet|TWeekday,
		`(?:(?P<each>chaque|tous`+sp+`les|toutes`+sp+`les|par)`+sp+`(?P<what>jours?|semaines?|mois|ans?|ann[ée]es?|matins?|soirs?|nuits?|week-?ends?|semestres?|trimestres?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|heures?)`+
			`|(?P<adj>quotidiennement|quotidienne|quotidien|hebdomadaire|mensuelle|mensuel|annuellement|annuelle|annuel)`+
			`|(?P<plural>les`+sp+`(?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)))`,
		parseSet)
}

// adjectiveAsNoun reports whether a determiner or "presse" just before an
// adjective makes it a noun: "le quotidien", "un mensuel".
func adjectiveAsNoun(before string) bool {
	switch foldString(lastWord(before)) {
	case "le", "un", "du", "l", "au", "ce", "des", "les", "presse", "notre", "votre", "leur", "son":
		return true
	}
	return false
}

func parseSet(g groups) (Expr, bool) {
	if p := g.get("plural"); p != "" {
		return Expr{Kind: KindSet, Value: "XXXX-WXX-" + string(rune('0'+weekdayNumber(lastWord(p))))}, true
	}
	w := foldString(g.get("what"))
	if a := foldString(g.get("adj")); a != "" {
		if !strings.HasSuffix(a, "ment") && (adjectiveAsNoun(g.before) || strings.HasPrefix(a, "quotidien")) {
			return Expr{}, false // "le quotidien", "un hebdomadaire": newspapers
		}
		w = a
	}
	if wd := weekdayNumber(w); wd != 0 {
		return Expr{Kind: KindSet, Value: "XXXX-WXX-" + string(rune('0'+wd))}, true
	}
	var v string
	switch {
	case strings.HasPrefix(w, "jour"), strings.HasPrefix(w, "quotidien"):
		v = "P1D"
	case strings.HasPrefix(w, "semaine"), strings.HasPrefix(w, "hebdo"):
		v = "P1W"
	case w == "mois", strings.HasPrefix(w, "mensuel"):
		v = "P1M"
	case strings.HasPrefix(w, "semestre"):
		v = "P6M"
	case strings.HasPrefix(w, "trimestre"):
		v = "P3M"
	case strings.HasPrefix(w, "an"):
		v = "P1Y"
	case strings.HasPrefix(w, "matin"):
		v = "TMO"
	case strings.HasPrefix(w, "soir"):
		v = "TEV"
	case strings.HasPrefix(w, "nuit"):
		v = "TNI"
	case strings.HasPrefix(w, "week"):
		v = "XXXX-WXX-WE"
	case strings.HasPrefix(w, "heure"):
		v = "PT1H"
	default:
		return Expr{}, false
	}
	return Expr{Kind: KindSet, Value: v}, true
}
