package fr

import "github.com/timeline-fr/timeline/timeline"

// Weekday matches a day of the week, with its direction and part of day:
// "lundi", "lundi dernier", "mardi prochain", "ce lundi", "mercredi matin",
// "ce même lundi après-midi".
func Weekday() *Rule {
	return newRule("weekday", TWeekday,
		`(?:(?P<this>ce|cet)`+sp+`(?:m[eê]me`+sp+`)?)?`+weekdayName+
			`(?:`+sp+`(?P<dir>derni[eè]r|prochain|suivant|pr[ée]c[ée]dent|pass[ée]))?`+
			`(?:`+sp+partName+`)?`+
			`(?:`+sp+`(?P<week>de`+sp+`la`+sp+`semaine`+sp+`(?:prochaine|derni[eè]re|pass[ée]e)|de`+sp+`cette`+sp+`semaine))?`,
		parseWeekday)
}

func parseWeekday(g groups) (Expr, bool) {
	e := Expr{Kind: KindDate, Weekday: weekdayNumber(g.get("weekday"))}
	if e.Weekday == 0 {
		return Expr{}, false
	}
	switch {
	case g.has("dir"):
		e.Dir = readDir(g.get("dir"))
	case g.has("this"):
		e.Dir = DirThis
	}
	if w := g.get("week"); w != "" {
		e.Unit = timeline.GrainWeek
		switch readDir(lastWord(w)) {
		case DirLast:
			e.Shift = -1
		case DirNext:
			e.Shift = 1
		default:
			e.Shift = 0
		}
	}
	e.Part = partCode(g.get("part"))
	return e, true
}

// NightOf matches "dans la nuit de vendredi à samedi": the night that
// starts on the first day.
func NightOf() *Rule {
	return newRule("night-of", TPart,
		`(?:dans`+sp+`)?la`+sp+`nuit`+sp+`(?:de|du)`+sp+weekdayName+sp+`(?:à|a|au)`+sp+
			`(?P<weekday2>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`,
		func(g groups) (Expr, bool) {
			a, b := weekdayNumber(g.get("weekday")), weekdayNumber(g.get("weekday2"))
			if a == 0 || b != a%7+1 {
				return Expr{}, false
			}
			return Expr{Kind: KindDate, Weekday: a, Part: "NI"}, true
		})
}
