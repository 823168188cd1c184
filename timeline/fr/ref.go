package fr

import "strings"

// TemporalRef matches words that point at the present, past or future
// without a date: "actuellement", "désormais", "autrefois", "prochainement",
// "tout de suite".
// "à l'avenir" stays out: news annotators leave it unmarked.
func TemporalRef() *Rule {
	return newRule("temporal-ref", TRef,
		`(?P<w>actuellement|maintenant|tout`+sp+`de`+sp+`suite|à`+sp+`pr[ée]sent|d[ée]sormais|dor[ée]navant|en`+sp+`ce`+sp+`moment|autrefois|jadis|nagu[eè]re|r[ée]cemment|auparavant|actuel|actuelle|actuels|actuelles|prochainement)`,
		func(g groups) (Expr, bool) {
			v := "PRESENT_REF"
			w := foldString(g.get("w"))
			if strings.HasPrefix(w, "tout") && startsWithWord(strings.TrimLeft(g.after, " \u00a0\u202f"), "que", "qu") {
				return Expr{}, false // "disons tout de suite que": the order of the talk
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
