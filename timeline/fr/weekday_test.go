package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestWeekday(t *testing.T) {
	cases := []matchCase{
		{name: "bare", text: "lundi", ok: true, match: "lundi", want: fr.Expr{Weekday: 1}, zero: "Dir Part Unit Shift"},
		{name: "capitals", text: "DIMANCHE", ok: true, match: "DIMANCHE", want: fr.Expr{Weekday: 7}},
		{name: "dernier", text: "lundi dernier", ok: true, match: "lundi dernier", want: fr.Expr{Weekday: 1, Dir: fr.DirLast}},
		{name: "prochain", text: "mardi prochain", ok: true, match: "mardi prochain", want: fr.Expr{Weekday: 2, Dir: fr.DirNext}},
		{name: "suivant", text: "le jeudi suivant", at: "jeudi", ok: true, match: "jeudi suivant",
			want: fr.Expr{Weekday: 4, Dir: fr.DirNext}},
		{name: "précédent", text: "vendredi précédent", ok: true, match: "vendredi précédent",
			want: fr.Expr{Weekday: 5, Dir: fr.DirLast}},
		{name: "passé", text: "samedi passé", ok: true, match: "samedi passé", want: fr.Expr{Weekday: 6, Dir: fr.DirLast}},
		{name: "ce", text: "ce lundi", ok: true, match: "ce lundi", want: fr.Expr{Weekday: 1, Dir: fr.DirThis}},
		{name: "part of day", text: "mercredi matin", ok: true, match: "mercredi matin", want: fr.Expr{Weekday: 3, Part: "MO"}},
		{name: "evening", text: "jeudi soir,", ok: true, match: "jeudi soir", want: fr.Expr{Weekday: 4, Part: "EV"}},
		{name: "night", text: "samedi nuit", ok: true, match: "samedi nuit", want: fr.Expr{Weekday: 6, Part: "NI"}},
		{name: "ce même après-midi", text: "ce même lundi après-midi", ok: true, match: "ce même lundi après-midi",
			want: fr.Expr{Weekday: 1, Dir: fr.DirThis, Part: "AF"}},
		{name: "direction and part", text: "mardi dernier au soir", ok: true, match: "mardi dernier",
			want: fr.Expr{Weekday: 2, Dir: fr.DirLast}},
		{name: "dernier then part", text: "dimanche prochain matin", ok: true, match: "dimanche prochain matin",
			want: fr.Expr{Weekday: 7, Dir: fr.DirNext, Part: "MO"}},
		{name: "next week", text: "samedi de la semaine prochaine", ok: true, match: "samedi de la semaine prochaine",
			want: fr.Expr{Weekday: 6, Unit: timeline.GrainWeek, Shift: 1}},
		{name: "last week", text: "mardi de la semaine dernière", ok: true, match: "mardi de la semaine dernière",
			want: fr.Expr{Weekday: 2, Unit: timeline.GrainWeek, Shift: -1}},
		{name: "this week", text: "jeudi de cette semaine", ok: true, match: "jeudi de cette semaine",
			want: fr.Expr{Weekday: 4, Unit: timeline.GrainWeek}, zero: "Shift"},
		{name: "nbsp", text: "mardi\u00a0prochain", ok: true, match: "mardi\u00a0prochain", want: fr.Expr{Weekday: 2, Dir: fr.DirNext}},
		{name: "narrow nbsp", text: "ce\u202fvendredi\u202fsoir", ok: true, match: "ce\u202fvendredi\u202fsoir",
			want: fr.Expr{Weekday: 5, Dir: fr.DirThis, Part: "EV"}},
		{name: "stops before the comma", text: "lundi, 14 mars", ok: true, match: "lundi", want: fr.Expr{Weekday: 1}},

		{name: "day without month", text: "jeudi 15.", ok: true, match: "jeudi 15", want: fr.Expr{Weekday: 4, Day: 15}, zero: "Month Dir"},
		{name: "day before a time", text: "samedi 1er à 18 h", ok: true, match: "samedi 1er", want: fr.Expr{Weekday: 6, Day: 1}},
		{name: "suivant counts from a date", text: "mercredi suivant", ok: true, match: "mercredi suivant",
			want: fr.Expr{Weekday: 3, Dir: fr.DirNext, Origin: fr.FromPrevious}},
		{name: "d'après counts from a date", text: "mardi d'après", ok: true, match: "mardi d'après",
			want: fr.Expr{Weekday: 2, Dir: fr.DirNext, Origin: fr.FromPrevious}},
		{name: "prochain counts from now", text: "mardi prochain", ok: true, match: "mardi prochain",
			want: fr.Expr{Weekday: 2, Dir: fr.DirNext}, zero: "Origin"},
		{name: "day then a preposition", text: "le lundi 6 avec Roch Voisine", at: "lundi", ok: true, match: "lundi 6",
			want: fr.Expr{Weekday: 1, Day: 6}, zero: "Month Dir"},
		{name: "day then an article", text: "samedi 11 les supporters", ok: true, match: "samedi 11",
			want: fr.Expr{Weekday: 6, Day: 11}, zero: "Month Dir"},
		{name: "count after a weekday", text: "jeudi 15 personnes", ok: true, match: "jeudi", want: fr.Expr{Weekday: 4}, zero: "Day"},
		{name: "hour after a weekday", text: "jeudi 15 heures", ok: true, match: "jeudi", want: fr.Expr{Weekday: 4}, zero: "Day"},
		{name: "day too big", text: "jeudi 35.", ok: true, match: "jeudi", want: fr.Expr{Weekday: 4}, zero: "Day"},
		{name: "plural", text: "lundis", ok: false},
		{name: "glued words", text: "mercredimatin", ok: false},
		{name: "not a weekday", text: "semaine", ok: false},
	}
	runCases(t, fr.Weekday(), cases, nil)
}

func TestNightOf(t *testing.T) {
	cases := []matchCase{
		{name: "dans la nuit", text: "dans la nuit de vendredi à samedi", ok: true, match: "dans la nuit de vendredi à samedi",
			want: fr.Expr{Weekday: 5, Part: "NI"}},
		{name: "la nuit", text: "la nuit de dimanche à lundi,", ok: true, match: "la nuit de dimanche à lundi",
			want: fr.Expr{Weekday: 7, Part: "NI"}},
		{name: "du au", text: "la nuit du samedi au dimanche", ok: true, match: "la nuit du samedi au dimanche",
			want: fr.Expr{Weekday: 6, Part: "NI"}},
		{name: "capitals", text: "Dans la nuit de Mardi à MERCREDI", ok: true, match: "Dans la nuit de Mardi à MERCREDI",
			want: fr.Expr{Weekday: 2, Part: "NI"}},
		{name: "nbsp", text: "dans\u00a0la\u00a0nuit de jeudi à\u202fvendredi", ok: true, match: "dans\u00a0la\u00a0nuit de jeudi à\u202fvendredi",
			want: fr.Expr{Weekday: 4, Part: "NI"}},

		{name: "one day only", text: "dans la nuit de vendredi", ok: true, match: "dans la nuit de vendredi",
			want: fr.Expr{Weekday: 5, Part: "NI"}},
		// Two days that do not follow each other: only the first is read.
		{name: "days not consecutive", text: "la nuit de vendredi à dimanche", ok: true, match: "la nuit de vendredi",
			want: fr.Expr{Weekday: 5, Part: "NI"}},
		{name: "backwards", text: "la nuit de samedi à vendredi", ok: true, match: "la nuit de samedi",
			want: fr.Expr{Weekday: 6, Part: "NI"}},
		{name: "no weekday", text: "la nuit de Noël", ok: false},
		{name: "last", text: "dans la nuit de vendredi dernier", ok: true, match: "dans la nuit de vendredi dernier",
			want: fr.Expr{Weekday: 5, Part: "NI", Dir: fr.DirLast}},
		{name: "no night", text: "de vendredi à samedi", ok: false},
		{name: "day numbers without a month", text: "dans la nuit du 14 au 15", ok: false},
		{name: "day numbers", text: "dans la nuit du 14 au 15 mars", ok: true, match: "dans la nuit du 14 au 15 mars",
			want: fr.Expr{Day: 14, Month: 3, Part: "NI"}},
		{name: "day numbers and year", text: "la nuit du 14 au 15 mars 2016,", ok: true, match: "la nuit du 14 au 15 mars 2016",
			want: fr.Expr{Day: 14, Month: 3, Year: 2016, Part: "NI"}},
		{name: "across months", text: "la nuit du 31 mars au 1er avril", ok: true, match: "la nuit du 31 mars au 1er avril",
			want: fr.Expr{Day: 31, Month: 3, Part: "NI"}},
		{name: "days not following", text: "la nuit du 14 au 18 mars", ok: false},
		// Fixed bugs
		{name: "a without accent", text: "dans la nuit de vendredi a samedi", ok: true, match: "dans la nuit de vendredi a samedi",
			want: fr.Expr{Weekday: 5, Part: "NI"}},
	}
	var knownFailures []matchCase
	runCases(t, fr.NightOf(), cases, knownFailures)
}
