package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestRelativeDay(t *testing.T) {
	day := timeline.GrainDay
	cases := []matchCase{
		{name: "a week from today", text: "d'aujourd'hui en huit", at: "aujourd", ok: true, match: "aujourd'hui en huit",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainDay, Shift: 7}},
		{name: "two weeks from tomorrow", text: "demain en quinze", ok: true, match: "demain en quinze",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainDay, Shift: 15}},
		{name: "today in France", text: "aujourd'hui en France", ok: true, match: "aujourd'hui",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainDay}},
		{name: "an agenda", text: "avec l'ordre du jour suivant : 1.", at: "jour", ok: false},
		{name: "aujourd'hui", text: "aujourd'hui", ok: true, match: "aujourd'hui",
			want: fr.Expr{Unit: day}, zero: "Shift Origin Part"},
		{name: "typographic apostrophe", text: "aujourd’hui,", ok: true, match: "aujourd’hui",
			want: fr.Expr{Unit: day}, zero: "Shift Origin"},
		{name: "capital", text: "Aujourd'hui encore", ok: true, match: "Aujourd'hui", want: fr.Expr{Unit: day}, zero: "Shift"},
		{name: "hier", text: "hier", ok: true, match: "hier", want: fr.Expr{Unit: day, Shift: -1}, zero: "Origin Part"},
		{name: "hier soir", text: "hier soir", ok: true, match: "hier soir",
			want: fr.Expr{Unit: day, Shift: -1, Part: "EV"}, zero: "Origin"},
		{name: "hier matin", text: "HIER MATIN", ok: true, match: "HIER MATIN", want: fr.Expr{Unit: day, Shift: -1, Part: "MO"}},
		{name: "avant-hier", text: "avant-hier", ok: true, match: "avant-hier", want: fr.Expr{Unit: day, Shift: -2}, zero: "Origin"},
		{name: "avant hier", text: "avant hier", ok: true, match: "avant hier", want: fr.Expr{Unit: day, Shift: -2}},
		{name: "demain", text: "demain", ok: true, match: "demain", want: fr.Expr{Unit: day, Shift: 1}, zero: "Origin"},
		{name: "après-demain", text: "après-demain", ok: true, match: "après-demain", want: fr.Expr{Unit: day, Shift: 2}},
		{name: "apres demain", text: "apres demain", ok: true, match: "apres demain", want: fr.Expr{Unit: day, Shift: 2}},
		{name: "demain with weekday", text: "demain lundi", ok: true, match: "demain lundi",
			want: fr.Expr{Unit: day, Shift: 1, Weekday: 1}},
		{name: "le jour d'avant", text: "le jour d'avant", ok: true, match: "le jour d'avant",
			want: fr.Expr{Unit: day, Shift: -1, Origin: fr.FromPrevious}},
		{name: "le jour précédent", text: "le jour précédent", ok: true, match: "le jour précédent",
			want: fr.Expr{Unit: day, Shift: -1, Origin: fr.FromPrevious}},
		{name: "jour suivant", text: "jour suivant", ok: true, match: "jour suivant",
			want: fr.Expr{Unit: day, Shift: 1, Origin: fr.FromPrevious}},
		{name: "le jour d’après", text: "le jour d’après", ok: true, match: "le jour d’après",
			want: fr.Expr{Unit: day, Shift: 1, Origin: fr.FromPrevious}},
		{name: "ce jour", text: "signé ce jour.", at: "ce", ok: true, match: "ce jour", want: fr.Expr{Unit: day}, zero: "Shift Origin"},
		{name: "ce jour-là", text: "ce jour-là", ok: false},
		{name: "ce jour de fête", text: "ce jour de fête", ok: false},
		{name: "le jour de", text: "le jour de l'élection", ok: false},
		{name: "la veille", text: "la veille", ok: true, match: "la veille",
			want: fr.Expr{Unit: day, Shift: -1, Origin: fr.FromPrevious}},
		{name: "veille au soir", text: "la veille au soir", ok: true, match: "la veille",
			want: fr.Expr{Unit: day, Shift: -1, Origin: fr.FromPrevious}},
		{name: "le lendemain", text: "le lendemain", ok: true, match: "le lendemain",
			want: fr.Expr{Unit: day, Shift: 1, Origin: fr.FromPrevious}},
		{name: "au lendemain", text: "au lendemain de l'attentat", ok: true, match: "au lendemain",
			want: fr.Expr{Unit: day, Shift: 1, Origin: fr.FromPrevious}},
		{name: "lendemain matin", text: "le lendemain matin", ok: true, match: "le lendemain matin",
			want: fr.Expr{Unit: day, Shift: 1, Origin: fr.FromPrevious, Part: "MO"}},
		{name: "surlendemain", text: "le surlendemain", ok: true, match: "le surlendemain",
			want: fr.Expr{Unit: day, Shift: 2, Origin: fr.FromPrevious}},
		{name: "avant-veille", text: "l'avant-veille", ok: true, match: "l'avant-veille",
			want: fr.Expr{Unit: day, Shift: -2, Origin: fr.FromPrevious}},
		{name: "soir même", text: "hier soir même", ok: true, match: "hier soir même", want: fr.Expr{Unit: day, Shift: -1, Part: "EV"}},
		{name: "nbsp before part", text: "hier\u00a0soir", ok: true, match: "hier\u00a0soir", want: fr.Expr{Unit: day, Shift: -1, Part: "EV"}},
		{name: "nbsp inside avant hier", text: "avant\u00a0hier", ok: true, match: "avant\u00a0hier", want: fr.Expr{Unit: day, Shift: -2}},

		{name: "hierarchy", text: "hiérarchie", ok: false},
		{name: "word continues", text: "la veilleuse", ok: false},
		{name: "plural", text: "les lendemains", at: "lendemains", ok: false},
		{name: "nothing relative", text: "le jour", ok: false},
		// Fixed bugs
		{name: "nbsp after la", text: "la\u00a0veille", ok: true, match: "la\u00a0veille",
			want: fr.Expr{Unit: day, Shift: -1, Origin: fr.FromPrevious}},
		{name: "narrow nbsp after le", text: "le\u202flendemain", ok: true, match: "le\u202flendemain",
			want: fr.Expr{Unit: day, Shift: 1, Origin: fr.FromPrevious}},
		{name: "avant-veille typographic", text: "l’avant-veille", ok: true, match: "l’avant-veille",
			want: fr.Expr{Unit: day, Shift: -2, Origin: fr.FromPrevious}},
	}
	var knownFailures []matchCase
	runCases(t, fr.RelativeDay(), cases, knownFailures)
}
