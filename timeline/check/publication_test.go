package check_test

import (
	"slices"
	"testing"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
)

func TestPublication(t *testing.T) {
	const (
		convoy    = "Un convoi de l'ONU a atteint le 23 mars la ville de Madaya."
		meeting   = "Le groupe de travail se réunira le 18 mars à Genève."
		today     = "La visite est prévue pour aujourd'hui."
		tonight   = "Le convoi est arrivé ce soir à Madaya."
		target    = "Washington et Moscou s'étaient fixé un objectif commun : parvenir d'ici le mois d'août à un cadre."
		until     = "Les ministres avaient promis une trêve jusqu'au 30 mars."
		truce     = "Moscou conservera une présence chargée de surveiller la cessation des hostilités entrée en vigueur le 27 février."
		since     = "La trêve restera en vigueur depuis le 27 février."
		reported  = "Le président aurait quitté Moscou le 23 mars."
		lendemain = "Le convoi a atteint Madaya le lendemain."
	)
	tests := []struct {
		name, published string
		a               article
		kind            string
		want            []string
	}{
		{"past after publication", "2016-03-21T08:30", article{text: convoy,
			ms: ms(on(convoy, "le 23 mars", "2016-03-23", past))},
			check.KindPastAfterPublication, []string{"2016-03-23 2016-03-21"}},
		{"future before publication", "2016-03-21T08:30", article{text: meeting,
			ms: ms(on(meeting, "le 18 mars", "2016-03-18", future))},
			check.KindFutureBeforePublication, []string{"2016-03-18 2016-03-21"}},
		{"future on the day of publication", "2016-03-22T18:00", article{text: today,
			ms: ms(on(today, "aujourd'hui", "2016-03-22", future))},
			check.KindFutureBeforePublication, nil},
		{"past later on the day of publication", "2016-03-22T07:00", article{text: tonight,
			ms: ms(on(tonight, "ce soir", "2016-03-22TEV", past))},
			check.KindPastAfterPublication, nil},
		{"past before publication", "2016-03-25T07:30", article{text: convoy,
			ms: ms(on(convoy, "le 23 mars", "2016-03-23", past))},
			check.KindPastAfterPublication, nil},
		{"future after publication", "2016-03-15T07:30", article{text: meeting,
			ms: ms(on(meeting, "le 18 mars", "2016-03-18", future))},
			check.KindFutureBeforePublication, nil},
		{"deadline in a past clause", "2016-03-25T07:30", article{text: target,
			ms: ms(on(target, "le mois d'août", "2016-08", past))},
			check.KindPastAfterPublication, nil},
		{"deadline opening the mention", "2016-03-25T07:30", article{text: until,
			ms: ms(on(until, "jusqu'au 30 mars", "2016-03-30", past))},
			check.KindPastAfterPublication, nil},
		{"deadline before the mention", "2016-03-25T07:30", article{text: until,
			ms: ms(on(until, "30 mars", "2016-03-30", past))},
			check.KindPastAfterPublication, nil},
		{"participle in a future sentence", "2016-03-15T19:40", article{text: truce,
			ms: ms(on(truce, "le 27 février", "2016-02-27", future))},
			check.KindFutureBeforePublication, nil},
		{"since, in a future sentence", "2016-03-15T19:40", article{text: since,
			ms: ms(on(since, "le 27 février", "2016-02-27", future))},
			check.KindFutureBeforePublication, nil},
		{"conditional is not told as past", "2016-03-21T08:30", article{text: reported,
			ms: ms(on(reported, "le 23 mars", "2016-03-23", tense(timeline.TenseConditional)))},
			check.KindPastAfterPublication, nil},
		{"counted from an earlier date", "2016-03-21T08:30", article{text: lendemain,
			ms: ms(on(lendemain, "le lendemain", "2016-03-23", past, anchor("previous date 2016-03-22")))},
			check.KindPastAfterPublication, nil},
		{"no publication date", "", article{text: convoy,
			ms: ms(on(convoy, "le 23 mars", "2016-03-23", past))},
			check.KindPastAfterPublication, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.id, tt.a.published = "a", tt.published
			got := datesOf(ofKind(input(t, tt.a), tt.kind))
			if !slices.Equal(got, nonNil(tt.want)) {
				t.Errorf("%s on %q published %s = %q, want %q", tt.kind, tt.a.text, tt.published, got, tt.want)
			}
		})
	}
}
