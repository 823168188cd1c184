package fr

// TemporalRef matches words that point at the present, past or future
// without a date: "actuellement", "désormais", "autrefois", "prochainement".
// "à l'avenir" stays out: news annotators leave it unmarked; so does "tout
// de suite", which in news says how soon one thing followed another ("il a
// été tout de suite arrêté"), not when, and "en maintenant", a gerund.
func TemporalRef() *Rule {
	return newRule("temporal-ref", TRef,
		`(?P<w>actuellement|maintenant|à`+sp+`pr[ée]sent|d[ée]sormais|dor[ée]navant|en`+sp+`ce`+sp+`moment|autrefois|jadis|nagu[eè]re|r[ée]cemment|auparavant|actuel|actuelle|actuels|actuelles|prochainement)`,
		func(g groups) (Expr, bool) {
			v := "PRESENT_REF"
			w := foldString(g.get("w"))
			if w == "maintenant" && endsWithWord(g.before, "en") {
				return Expr{}, false // "en maintenant son parc": the verb maintenir
			}
			if w == "prochainement" {
				v = "FUTURE_REF"
			}
			switch w {
			case "autrefois", "jadis", "naguere", "recemment", "auparavant":
				v = "PAST_REF"
			}
			return Expr{Kind: KindRef, Value: v}, true
		})
}
