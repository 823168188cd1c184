package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestFuzzyPeriod(t *testing.T) {
	month, year := timeline.GrainMonth, timeline.GrainYear
	cases := []matchCase{
		{name: "début mars", text: "début mars", ok: true, match: "début mars",
			want: fr.Expr{Mod: "START", Month: 3, Unit: month}, zero: "Year Dir"},
		{name: "mi-mars", text: "mi-mars", ok: true, match: "mi-mars", want: fr.Expr{Mod: "MID", Month: 3, Unit: month}},
		{name: "au début de l'après-midi", text: "au début de l'après-midi", ok: true, match: "au début de l'après-midi",
			want: fr.Expr{Mod: "START", Part: "AF", Unit: timeline.GrainDay}},
		{name: "à la fin de la soirée", text: "à la fin de la soirée", ok: true, match: "à la fin de la soirée",
			want: fr.Expr{Mod: "END", Part: "EV", Unit: timeline.GrainDay}},
		{name: "mi juin", text: "mi juin", ok: true, match: "mi juin", want: fr.Expr{Mod: "MID", Month: 6, Unit: month}},
		{name: "start of a century", text: "Au début du XXe siècle, la Syrie", ok: true, match: "Au début du XXe siècle",
			want: fr.Expr{Mod: "START", Year: 1900, Unit: timeline.GrainCentury}},
		{name: "end of a century in digits", text: "à la fin du 19e siècle", ok: true, match: "à la fin du 19e siècle",
			want: fr.Expr{Mod: "END", Year: 1800, Unit: timeline.GrainCentury}},
		{name: "start of a decade", text: "Au début des années 2000, la Syrie", ok: true, match: "Au début des années 2000",
			want: fr.Expr{Mod: "START", Year: 2000, Unit: timeline.GrainDecade}},
		{name: "end of a decade in two digits", text: "à la fin des années 80", ok: true, match: "à la fin des années 80",
			want: fr.Expr{Mod: "END", Year: 1980, Unit: timeline.GrainDecade}},
		{name: "fin 2015", text: "fin 2015", ok: true, match: "fin 2015", want: fr.Expr{Mod: "END", Year: 2015, Unit: year}, zero: "Month"},
		{name: "début 1999", text: "Début 1999", ok: true, match: "Début 1999", want: fr.Expr{Mod: "START", Year: 1999, Unit: year}},
		{name: "month and year", text: "fin février 2016", ok: true, match: "fin février 2016",
			want: fr.Expr{Mod: "END", Month: 2, Year: 2016, Unit: month}},
		{name: "capitals", text: "DÉBUT FÉVRIER", ok: true, match: "DÉBUT FÉVRIER", want: fr.Expr{Mod: "START", Month: 2, Unit: month}},
		{name: "abbreviation", text: "fin sept. 2014", ok: true, match: "fin sept. 2014",
			want: fr.Expr{Mod: "END", Month: 9, Year: 2014, Unit: month}},
		{name: "à la mi-août", text: "à la mi-août", ok: true, match: "à la mi-août", want: fr.Expr{Mod: "MID", Month: 8, Unit: month}},
		{name: "fin mai", text: "fin mai", ok: true, match: "fin mai", want: fr.Expr{Mod: "END", Month: 5, Unit: month}},
		{name: "au début du mois de mars", text: "au début du mois de mars", ok: true, match: "au début du mois de mars",
			want: fr.Expr{Mod: "START", Month: 3, Unit: month}},
		{name: "mois d'avril", text: "à la fin du mois d'avril", ok: true, match: "à la fin du mois d'avril",
			want: fr.Expr{Mod: "END", Month: 4, Unit: month}},
		{name: "start of next week", text: "le début de la semaine prochaine", ok: true, match: "le début de la semaine prochaine",
			want: fr.Expr{Mod: "START", Unit: timeline.GrainWeek, Dir: fr.DirNext, Shift: 1}},
		{name: "end of last month", text: "la fin du mois dernier", ok: true, match: "la fin du mois dernier",
			want: fr.Expr{Mod: "END", Unit: month, Dir: fr.DirLast, Shift: -1}},
		{name: "end of a month to come", text: "fin mars prochain", ok: true, match: "fin mars prochain",
			want: fr.Expr{Mod: "END", Month: 3, Unit: month, Dir: fr.DirNext}},
		{name: "no next this week", text: "la fin de cette semaine prochaine", ok: true, match: "la fin de cette semaine",
			want: fr.Expr{Mod: "END", Unit: timeline.GrainWeek, Dir: fr.DirThis}},
		{name: "fin de l'année dernière", text: "à la fin de l'année dernière", ok: true, match: "à la fin de l'année dernière",
			want: fr.Expr{Mod: "END", Unit: year, Dir: fr.DirLast, Shift: -1}},
		{name: "milieu de l'année", text: "au milieu de l'année", ok: true, match: "au milieu de l'année",
			want: fr.Expr{Mod: "MID", Unit: year, Dir: fr.DirThis}, zero: "Shift"},
		{name: "en fin de semaine", text: "en fin de semaine", ok: true, match: "en fin de semaine",
			want: fr.Expr{Mod: "END", Unit: timeline.GrainWeek, Dir: fr.DirThis}},
		{name: "fin de cette année", text: "d'ici la fin de cette année", at: "la fin", ok: true, match: "la fin de cette année",
			want: fr.Expr{Mod: "END", Unit: year, Dir: fr.DirThis}},
		{name: "jusqu'à la fin du mois", text: "jusqu'à la fin du mois", ok: true, match: "jusqu'à la fin du mois",
			want: fr.Expr{Mod: "END", Unit: month, Dir: fr.DirThis}},
		{name: "dès le début de la semaine", text: "dès le début de la semaine", ok: true, match: "dès le début de la semaine",
			want: fr.Expr{Mod: "START", Unit: timeline.GrainWeek, Dir: fr.DirThis}},
		{name: "fin de la journée", text: "en fin de journée", ok: true, match: "en fin de journée",
			want: fr.Expr{Mod: "END", Unit: timeline.GrainDay, Dir: fr.DirThis}, zero: "Part"},
		{name: "fin de matinée", text: "en fin de matinée", ok: true, match: "en fin de matinée",
			want: fr.Expr{Mod: "END", Unit: timeline.GrainDay, Part: "MO", Dir: fr.DirThis}},
		{name: "début d'après-midi", text: "en début d'après-midi", ok: true, match: "en début d'après-midi",
			want: fr.Expr{Mod: "START", Unit: timeline.GrainDay, Part: "AF", Dir: fr.DirThis}},
		{name: "nbsp", text: "début\u00a0mars", ok: true, match: "début\u00a0mars", want: fr.Expr{Mod: "START", Month: 3, Unit: month}},
		{name: "narrow nbsp", text: "fin\u202f2015", ok: true, match: "fin\u202f2015", want: fr.Expr{Mod: "END", Year: 2015, Unit: year}},

		{name: "fin alone", text: "fin", ok: false},
		{name: "fin of something else", text: "la fin des haricots", ok: false},
		{name: "début de match", text: "début de match", ok: false},
		{name: "fin and a small number", text: "fin 27", ok: false},
		{name: "mi-temps", text: "mi-temps", ok: false},
		{name: "fin de la saison", text: "la fin de la saison", ok: false},
		{name: "début de l'année and its year", text: "au début de l’année 2013", ok: true, match: "au début de l’année 2013",
			want: fr.Expr{Mod: "START", Year: 2013, Unit: year}, zero: "Dir"},
		{name: "fin de l'année and its year", text: "à la fin de l'année 2012,", ok: true, match: "à la fin de l'année 2012",
			want: fr.Expr{Mod: "END", Year: 2012, Unit: year}},
		{name: "year inside a number", text: "fin 20155", ok: false},
		{name: "year of l'année inside a number", text: "fin de l'année 20155", ok: true, match: "fin de l'année",
			want: fr.Expr{Mod: "END", Unit: year, Dir: fr.DirThis}},
		// Fixed bugs
		{name: "no accents", text: "debut fevrier", ok: true, match: "debut fevrier", want: fr.Expr{Mod: "START", Month: 2, Unit: month}},
		{name: "début de l’an prochain", text: "début de l’an prochain", ok: true, match: "début de l’an prochain",
			want: fr.Expr{Mod: "START", Unit: year, Dir: fr.DirNext, Shift: 1}},
		{name: "fin de l'an dernier", text: "à la fin de l'an dernier", ok: true, match: "à la fin de l'an dernier",
			want: fr.Expr{Mod: "END", Unit: year, Dir: fr.DirLast, Shift: -1}},
	}
	var knownFailures []matchCase
	runCases(t, fr.FuzzyPeriod(), cases, knownFailures)
}
