package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestPartOfDay(t *testing.T) {
	day := timeline.GrainDay
	cases := []matchCase{
		{name: "ce matin", text: "ce matin", ok: true, match: "ce matin",
			want: fr.Expr{Part: "MO", Unit: day, Dir: fr.DirThis}, zero: "Origin"},
		{name: "cet après-midi", text: "cet après-midi", ok: true, match: "cet après-midi",
			want: fr.Expr{Part: "AF", Unit: day, Dir: fr.DirThis}},
		{name: "cet apres-midi", text: "cet apres-midi", ok: true, match: "cet apres-midi",
			want: fr.Expr{Part: "AF", Unit: day, Dir: fr.DirThis}},
		{name: "cette nuit", text: "cette nuit", ok: true, match: "cette nuit",
			want: fr.Expr{Part: "NI", Unit: day, Dir: fr.DirThis}},
		{name: "ce soir", text: "Ce Soir", ok: true, match: "Ce Soir", want: fr.Expr{Part: "EV", Unit: day, Dir: fr.DirThis}},
		{name: "nbsp", text: "ce\u00a0matin", ok: true, match: "ce\u00a0matin", want: fr.Expr{Part: "MO", Unit: day, Dir: fr.DirThis}},
		{name: "la soirée", text: "la soirée", ok: true, match: "la soirée",
			want: fr.Expr{Part: "EV", Unit: day, Origin: fr.FromPrevious}, zero: "Dir"},
		{name: "la nuit", text: "la nuit", ok: true, match: "la nuit",
			want: fr.Expr{Part: "NI", Unit: day, Origin: fr.FromPrevious}},
		{name: "la matinée", text: "la matinee", ok: true, match: "la matinee",
			want: fr.Expr{Part: "MO", Unit: day, Origin: fr.FromPrevious}},
		{name: "le matin même", text: "le matin même", ok: true, match: "le matin même",
			want: fr.Expr{Part: "MO", Unit: day, Origin: fr.FromPrevious}},
		{name: "dans la journée", text: "dans la journée", ok: true, match: "dans la journée",
			want: fr.Expr{Part: "DT", Unit: day, Origin: fr.FromPrevious}},
		{name: "la journée même", text: "la journée même", ok: true, match: "la journée même",
			want: fr.Expr{Part: "DT", Unit: day, Origin: fr.FromPrevious}},
		{name: "l'après-midi", text: "l'après-midi", ok: true, match: "l'après-midi",
			want: fr.Expr{Part: "AF", Unit: day, Origin: fr.FromPrevious}},
		{name: "typographic apostrophe", text: "l’après-midi", ok: true, match: "l’après-midi",
			want: fr.Expr{Part: "AF", Unit: day, Origin: fr.FromPrevious}},

		{name: "la nuit dernière", text: "la nuit dernière", ok: true, match: "la nuit dernière",
			want: fr.Expr{Part: "NI", Unit: day, Shift: -1, Origin: fr.FromAnchor}},
		{name: "la nuit passée", text: "la nuit passée", ok: true, match: "la nuit passée",
			want: fr.Expr{Part: "NI", Unit: day, Shift: -1, Origin: fr.FromAnchor}},
		{name: "dernière reads with the night alone", text: "la soirée dernière", ok: true, match: "la soirée",
			want: fr.Expr{Part: "EV", Unit: day, Origin: fr.FromPrevious}},

		{name: "à l'aube", text: "à l’aube", at: "l’aube", ok: true, match: "l’aube",
			want: fr.Expr{Part: "MO", Mod: "START", Unit: day, Origin: fr.FromPrevious}},
		{name: "dawn of a date", text: "à l'aube du 27 février", at: "l'aube", ok: true, match: "l'aube",
			want: fr.Expr{Part: "MO", Mod: "START", Unit: day, Origin: fr.FromPrevious}},
		{name: "dawn of a weekday", text: "à l'aube de samedi", at: "l'aube", ok: true, match: "l'aube",
			want: fr.Expr{Part: "MO", Mod: "START", Unit: day, Origin: fr.FromPrevious}},
		{name: "dawn of an era", text: "à l'aube d'une ère nouvelle", at: "l'aube", ok: false},
		{name: "dawn of the revolution", text: "à l'aube de la révolution", at: "l'aube", ok: false},

		{name: "cette soirée", text: "cette soirée", ok: false},
		{name: "cette matinée", text: "cette matinée", ok: false},
		{name: "la journée alone", text: "la journée", ok: false},
		{name: "no determiner", text: "matin", ok: false},
		{name: "word continues", text: "le matinal", ok: false},
		{name: "plural", text: "les nuits", ok: false},
		{name: "capitalised event", text: "la Nuit des musées", ok: false},
		{name: "night named after a place", text: "la nuit du Port le samedi 11", ok: false},
		{name: "night of a holiday", text: "la nuit du Nouvel An", ok: true, match: "la nuit",
			want: fr.Expr{Kind: fr.KindDate, Part: "NI", Unit: timeline.GrainDay, Origin: fr.FromPrevious}},
	}
	runCases(t, fr.PartOfDay(), cases, nil)
}

func TestPartOfDayEarlyLateMealsAndHour(t *testing.T) {
	day := timeline.GrainDay
	cases := []matchCase{
		{name: "tôt le matin", text: "tôt le matin", ok: true, match: "tôt le matin",
			want: fr.Expr{Part: "MO", Unit: day, Mod: "START", Origin: fr.FromPrevious}},
		{name: "très tôt le matin", text: "très tôt le matin", ok: true, match: "très tôt le matin",
			want: fr.Expr{Part: "MO", Unit: day, Mod: "START"}},
		{name: "le matin très tôt", text: "le matin très tôt", ok: true, match: "le matin très tôt",
			want: fr.Expr{Part: "MO", Unit: day, Mod: "START"}},
		{name: "tard le soir", text: "tard le soir", ok: true, match: "tard le soir",
			want: fr.Expr{Part: "EV", Unit: day, Mod: "END"}},
		{name: "en soirée", text: "en soirée", ok: true, match: "en soirée", want: fr.Expr{Part: "EV", Unit: day}},
		{name: "au soir", text: "au soir", ok: true, match: "au soir", want: fr.Expr{Part: "EV", Unit: day}},
		{name: "cet aprem", text: "cet aprem", ok: true, match: "cet aprem", want: fr.Expr{Part: "AF", Unit: day, Dir: fr.DirThis}},
		{name: "pendant le déjeuner", text: "pendant le déjeuner", ok: true, match: "pendant le déjeuner",
			want: fr.Expr{Part: "MI", Unit: day}, zero: "Mod"},
		{name: "à l'heure du déjeuner", text: "à l'heure du déjeuner", ok: true, match: "à l'heure du déjeuner",
			want: fr.Expr{Part: "MI", Unit: day}},
		{name: "après déjeuner", text: "après déjeuner", ok: true, match: "après déjeuner",
			want: fr.Expr{Part: "MI", Unit: day, Mod: "AFTER"}},
		{name: "avant le dîner", text: "avant le dîner", ok: true, match: "avant le dîner",
			want: fr.Expr{Part: "EV", Unit: day, Mod: "BEFORE"}},
		{name: "après le travail", text: "après le travail,", ok: true, match: "après le travail",
			want: fr.Expr{Part: "DT", Unit: day, Mod: "END"}},
		{name: "ce soir à 8", text: "ce soir à 8", ok: true, match: "ce soir à 8",
			want: fr.Expr{Kind: fr.KindTime, Part: "EV", HasTime: true, HourOnly: true, Hour: 20}},
		{name: "bare part with hour", text: "après-midi à 5", ok: true, match: "après-midi à 5",
			want: fr.Expr{Kind: fr.KindTime, Part: "AF", HasTime: true, Hour: 17}},

		{name: "tard dans la nuit keeps la nuit", text: "tard dans la nuit", ok: false},
		{name: "bare part without hour", text: "matin", ok: false},
		{name: "hour with its unit", text: "ce soir à 8 heures", ok: true, match: "ce soir",
			want: fr.Expr{Part: "EV", Unit: day, Dir: fr.DirThis}, zero: "HasTime"},
		{name: "meal as an event", text: "pendant le déjeuner des ministres", ok: false},
		{name: "work of someone", text: "après le travail des enquêteurs", ok: false},
	}
	runCases(t, fr.PartOfDay(), cases, nil)
}
