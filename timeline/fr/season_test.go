package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestSeason(t *testing.T) {
	season := timeline.GrainSeason
	cases := []matchCase{
		{name: "cet été", text: "cet été", ok: true, match: "cet été", want: fr.Expr{Season: "SU", Dir: fr.DirThis, Unit: season}, zero: "Year Shift"},
		{name: "capitals", text: "CET ÉTÉ", ok: true, match: "CET ÉTÉ", want: fr.Expr{Season: "SU", Dir: fr.DirThis, Unit: season}},
		{name: "no accents", text: "cet ete", ok: true, match: "cet ete", want: fr.Expr{Season: "SU", Dir: fr.DirThis, Unit: season}},
		{name: "winter of two years", text: "l'hiver 2015-2016 a été doux", ok: true, match: "l'hiver 2015-2016",
			want: fr.Expr{Season: "WI", Year: 2015, Unit: season}},
		{name: "winter of two years with a slash", text: "l'hiver 2015/2016", ok: true, match: "l'hiver 2015/2016",
			want: fr.Expr{Season: "WI", Year: 2015, Unit: season}},
		{name: "summer of two years keeps one", text: "l'été 2015-2016", ok: true, match: "l'été 2015",
			want: fr.Expr{Season: "SU", Year: 2015, Unit: season}},
		{name: "winter of years apart keeps one", text: "l'hiver 2014-2016", ok: true, match: "l'hiver 2014",
			want: fr.Expr{Season: "WI", Year: 2014, Unit: season}},
		{name: "au printemps 2016", text: "au printemps 2016", ok: true, match: "au printemps 2016",
			want: fr.Expr{Season: "SP", Year: 2016, Unit: season}, zero: "Dir"},
		{name: "l'hiver dernier", text: "l'hiver dernier", ok: true, match: "l'hiver dernier",
			want: fr.Expr{Season: "WI", Dir: fr.DirLast, Shift: -1, Unit: season}},
		{name: "l’été prochain", text: "l’été prochain", ok: true, match: "l’été prochain",
			want: fr.Expr{Season: "SU", Dir: fr.DirNext, Shift: 1, Unit: season}},
		{name: "en automne", text: "en automne", ok: true, match: "en automne", want: fr.Expr{Season: "FA", Unit: season}},
		{name: "été with a year", text: "été 2015", ok: true, match: "été 2015", want: fr.Expr{Season: "SU", Year: 2015, Unit: season}},
		{name: "cet hiver", text: "cet hiver", ok: true, match: "cet hiver", want: fr.Expr{Season: "WI", Dir: fr.DirThis, Unit: season}},
		{name: "ce printemps", text: "ce printemps", ok: true, match: "ce printemps", want: fr.Expr{Season: "SP", Dir: fr.DirThis, Unit: season}},
		{name: "pendant l'été", text: "pendant l'été", ok: true, match: "pendant l'été", want: fr.Expr{Season: "SU", Unit: season}},
		{name: "durant l’hiver", text: "durant l’hiver", ok: true, match: "durant l’hiver", want: fr.Expr{Season: "WI", Unit: season}},
		{name: "bare hiver", text: "un hiver rigoureux", at: "hiver", ok: true, match: "hiver", want: fr.Expr{Season: "WI", Unit: season}},
		{name: "nbsp", text: "l'hiver\u00a02015", ok: true, match: "l'hiver\u00a02015", want: fr.Expr{Season: "WI", Year: 2015, Unit: season}},

		{name: "a été", text: "il a été", at: "été", ok: false},
		{name: "avait été", text: "avait été élu", at: "été", ok: false},
		{name: "été alone", text: "été", ok: false},
		{name: "Printemps arabe", text: "depuis le Printemps arabe et la chute", at: "le", ok: false},
		{name: "printemps de Prague", text: "le printemps de Prague", ok: false},
		{name: "printemps érable", text: "le printemps érable", ok: false},
		{name: "printemps before a place", text: "au printemps de Paris", ok: true, match: "au printemps",
			want: fr.Expr{Kind: fr.KindDate, Season: "SP", Unit: timeline.GrainSeason}},
		{name: "Jeux d'hiver", text: "Jeux d'hiver", at: "hiver", ok: false},
		{name: "sports d’hiver", text: "sports d’hiver", at: "hiver", ok: false},
		{name: "de printemps", text: "une fête de printemps", at: "printemps", ok: false},
		{name: "word continues", text: "hivernal", ok: false},
	}
	runCases(t, fr.Season(), cases, nil)
}
