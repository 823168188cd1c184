package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestSamePeriod(t *testing.T) {
	day := fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainDay, Origin: fr.FromPrevious}
	cases := []matchCase{
		{name: "the same time of year", text: "à la même époque", at: "la", ok: true, match: "la même époque",
			want: fr.Expr{Origin: fr.FromPrevious, Epoch: true, Unit: timeline.GrainMonth}},
		{name: "the same period", text: "l'an dernier à la même période", at: "la", ok: true, match: "la même période",
			want: fr.Expr{Origin: fr.FromPrevious, Epoch: true, Unit: timeline.GrainMonth}},
		{name: "pareille époque", text: "l'an dernier à pareille époque", at: "pareille", ok: true, match: "pareille époque",
			want: fr.Expr{Origin: fr.FromPrevious, Epoch: true, Unit: timeline.GrainMonth}},
		{name: "the same date", text: "en 2015 à la même date", at: "la", ok: true, match: "la même date",
			want: fr.Expr{Origin: fr.FromPrevious, Epoch: true, Unit: timeline.GrainDay}},
		{name: "a date", text: "il a fixé une date", at: "date", ok: false},
		{name: "during the same period", text: "durant la même période", at: "la", ok: true, match: "la même période",
			want: fr.Expr{Kind: fr.KindDate, Origin: fr.FromPrevious, Again: true}},
		{name: "the period of", text: "pendant la période de transition", at: "la", ok: false},
		{name: "le même jour", text: "Le même jour, il a parlé.", ok: true, match: "Le même jour", want: day},
		{name: "le jour même", text: "le jour même", ok: true, match: "le jour même", want: day},
		{name: "ce jour-là", text: "ce jour-là", ok: true, match: "ce jour-là", want: day},
		{name: "ce jour là without hyphen", text: "ce jour là", ok: true, match: "ce jour là", want: day},
		{name: "ce soir-là", text: "ce soir-là", ok: true, match: "ce soir-là",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainDay, Origin: fr.FromPrevious, Part: "EV"}},
		{name: "la même semaine", text: "la même semaine", ok: true, match: "la même semaine",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainWeek, Origin: fr.FromPrevious, Dir: fr.DirThis}},
		{name: "cette année-là", text: "cette année-là", ok: true, match: "cette année-là",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainYear, Origin: fr.FromPrevious, Dir: fr.DirThis}},
		{name: "ce mois-là", text: "ce mois-là", ok: true, match: "ce mois-là",
			want: fr.Expr{Kind: fr.KindDate, Unit: timeline.GrainMonth, Origin: fr.FromPrevious, Dir: fr.DirThis}},

		{name: "ce moment-là", text: "à ce moment-là", at: "ce", ok: true, match: "ce moment-là",
			want: fr.Expr{Kind: fr.KindDate, Origin: fr.FromPrevious, Again: true}},
		{name: "ce moment là", text: "ce moment là", ok: true, match: "ce moment là",
			want: fr.Expr{Kind: fr.KindDate, Origin: fr.FromPrevious, Again: true}},
		{name: "au même moment", text: "au même moment", ok: true, match: "au même moment",
			want: fr.Expr{Kind: fr.KindDate, Origin: fr.FromPrevious, Again: true}},
		{name: "ce moment alone", text: "en ce moment", at: "ce", ok: false},
		{name: "ce jour alone is today's", text: "ce jour", ok: false},
		{name: "même alone", text: "le même", ok: false},
		{name: "the same man", text: "le même homme", ok: false},
		{name: "cette année alone", text: "cette année", ok: false},
		{name: "ce soir and an article", text: "où s'ouvre ce soir la convention", at: "ce", ok: false},
	}
	runCases(t, fr.SamePeriod(), cases, nil)
}
