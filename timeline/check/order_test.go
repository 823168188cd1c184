package check_test

import (
	"slices"
	"testing"

	"github.com/timeline-fr/timeline/timeline/check"
)

func TestOrderViolation(t *testing.T) {
	const (
		threeDays   = "La délégation a remis sa réponse le 16 mars, trois jours après l'ouverture de la session, le 14 mars."
		cueFirst    = "Trois jours après l'ouverture de la session, le 14 mars, la délégation a remis sa réponse le 16 mars."
		after       = "La délégation a remis sa réponse le 12 mars, après l'ouverture de la session le 14 mars."
		before      = "La délégation est arrivée le 20 mars, avant l'ouverture de la session le 14 mars."
		lendemain   = "Les combats ont repris le 29 février, au lendemain de l'entrée en vigueur de la trêve le 27 février."
		veille      = "Le 10 mars, à la veille de l'ouverture le 14 mars, les délégués sont arrivés."
		twoWeeks    = "Les pourparlers ont repris le 14 mars, deux semaines après la trêve du 27 février."
		sameDay     = "Les délégués se sont réunis le 14 mars au soir, après l'ouverture de la session le matin du 14 mars."
		dapres      = "Les avions sont partis le 12 mars, d'après le ministère, qui l'a annoncé le 14 mars."
		afternoon   = "Le 14 mars après-midi, il a reçu les délégués le 12 mars."
		otherClause = "Les avions ont décollé le 15 mars après l'annonce, et Kerry est arrivé à Moscou le 23 mars."
		alone       = "Le lendemain, le 16 mars, les délégués sont arrivés."
		tagged      = "La délégation a remis sa réponse le 17 mars, trois jours après l'ouverture, le 14 mars."
	)
	tests := []struct {
		name string
		a    article
		want []string // main event, the event the cue introduces, the day expected
	}{
		{"three days after, wrong count", article{text: threeDays, ms: ms(
			on(threeDays, "le 16 mars", "2016-03-16", past),
			on(threeDays, "le 14 mars", "2016-03-14", past))},
			[]string{"2016-03-16 2016-03-14 2016-03-17"}},
		{"cue opening the sentence", article{text: cueFirst, ms: ms(
			on(cueFirst, "le 14 mars", "2016-03-14", past),
			on(cueFirst, "le 16 mars", "2016-03-16", past))},
			[]string{"2016-03-16 2016-03-14 2016-03-17"}},
		{"after, but earlier", article{text: after, ms: ms(
			on(after, "le 12 mars", "2016-03-12", past),
			on(after, "le 14 mars", "2016-03-14", past))},
			[]string{"2016-03-12 2016-03-14"}},
		{"before, but later", article{text: before, ms: ms(
			on(before, "le 20 mars", "2016-03-20", past),
			on(before, "le 14 mars", "2016-03-14", past))},
			[]string{"2016-03-20 2016-03-14"}},
		{"the day after, two days later", article{text: lendemain, ms: ms(
			on(lendemain, "le 29 février", "2016-02-29", past),
			on(lendemain, "le 27 février", "2016-02-27", past))},
			[]string{"2016-02-29 2016-02-27 2016-02-28"}},
		{"the eve, four days before", article{text: veille, ms: ms(
			on(veille, "Le 10 mars", "2016-03-10", past),
			on(veille, "le 14 mars", "2016-03-14", past))},
			[]string{"2016-03-10 2016-03-14 2016-03-13"}},
		{"two weeks, loosely", article{text: twoWeeks, ms: ms(
			on(twoWeeks, "le 14 mars", "2016-03-14", past),
			on(twoWeeks, "27 février", "2016-02-27", past))}, nil},
		{"three days after, right", article{text: tagged, ms: ms(
			on(tagged, "le 17 mars", "2016-03-17", past),
			on(tagged, "trois jours après", "2016-03-20", past, anchor("previous date 2016-03-17")),
			on(tagged, "le 14 mars", "2016-03-14", past))}, nil},
		{"after, same day", article{text: sameDay, ms: ms(
			on(sameDay, "le 14 mars au soir", "2016-03-14TEV", past),
			on(sameDay, "le matin du 14 mars", "2016-03-14TMO", past))}, nil},
		{"d'après is no cue", article{text: dapres, ms: ms(
			on(dapres, "le 12 mars", "2016-03-12", past),
			on(dapres, "le 14 mars", "2016-03-14", past))}, nil},
		{"après-midi is no cue", article{text: afternoon, ms: ms(
			on(afternoon, "Le 14 mars après-midi", "2016-03-14", past),
			on(afternoon, "le 12 mars", "2016-03-12", past))}, nil},
		{"date of another clause", article{text: otherClause, ms: ms(
			on(otherClause, "le 15 mars", "2016-03-15", past),
			on(otherClause, "le 23 mars", "2016-03-23", past))}, nil},
		{"le lendemain alone", article{text: alone, ms: ms(
			on(alone, "Le lendemain", "2016-03-15", past, anchor("previous date 2016-03-14")),
			on(alone, "le 16 mars", "2016-03-16", past))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.id, tt.a.published = "a", "2016-03-25T07:30"
			got := datesOf(ofKind(input(t, tt.a), check.KindOrderViolation))
			if !slices.Equal(got, nonNil(tt.want)) {
				t.Errorf("order-violation on %q = %q, want %q", tt.a.text, got, tt.want)
			}
		})
	}
}
