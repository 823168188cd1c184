package fr

// TemporalRef matches words that point at the present, past or future
// without a date: "actuellement", "désormais", "autrefois", "à l'avenir".
func TemporalRef() *Rule {
	return newRule("temporal-ref", TRef,
		`(?P<w>actuellement|maintenant|à`+sp+`pr[ée]sent|d[ée]sormais|dor[ée]navant|en`+sp+`ce`+sp+`moment|autrefois|jadis|nagu[eè]re|r[ée]cemment|auparavant|actuel|actuelle|actuels|actuelles)`,
		func(g groups) (Expr, bool) {
			v := "PRESENT_REF"
			switch foldString(g.get("w")) {
			case "autrefois", "jadis", "naguere", "recemment", "auparavant":
				v = "PAST_REF"
			}
			return Expr{Kind: KindRef, Value: v}, true
		})
}
