package fr

import "github.com/timeline-fr/timeline/timeline"

// PartOfDay matches a part of day on its own: "ce matin", "cet après-midi",
// "cette nuit" (today), and "la soirée", "la nuit", "le matin même", "dans
// la journée" (the day last mentioned).
func PartOfDay() *Rule {
	return newRule("part-of-day", TPart,
		`(?:(?P<this>ce|cet|cette)`+sp+partName+
			`|(?:dans`+sp+`)?(?:la|le|l`+apos+`)`+sp0+`(?P<part2>matin[ée]e|matin|apr[èe]s-midi|soir[ée]e|soir|nuit|journ[ée]e)(?P<same>`+sp+`m[eê]me)?)`,
		func(g groups) (Expr, bool) {
			if g.has("this") {
				if p := foldString(g.get("part")); p == "soiree" || p == "matinee" || p == "journee" {
					return Expr{}, false // "cette soirée" names an event, not a time
				}
				return Expr{Kind: KindDate, Part: partCode(g.get("part")), Unit: timeline.GrainDay, Dir: DirThis}, true
			}
			part := partCode(g.get("part2"))
			if part == "DT" && !g.has("same") && !startsWith(g.s, "dans") {
				return Expr{}, false // "la journée" alone is rarely a date
			}
			return Expr{Kind: KindDate, Part: part, Unit: timeline.GrainDay, Origin: FromPrevious}, true
		})
}
