package fr_test

import (
	"reflect"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/olebedev/when/rules"
	"github.com/timeline-fr/timeline/timeline/fr"
)

// FuzzRules runs every rule at every rune boundary of the input and checks
// that matching never panics, stays within the text, ends on a rune
// boundary and gives the same answer twice.
//
// Rune boundaries are where ranging over the string starts a rune: for
// valid UTF-8 the offsets where utf8.RuneStart holds, and in invalid UTF-8
// every byte that decodes as utf8.RuneError is a rune of its own, so a stray
// continuation byte after a match does not put the match inside a rune.
func FuzzRules(f *testing.F) {
	for _, s := range []string{
		"Kerry est arrivé à Moscou le mardi 22 mars 2016 pour deux jours.",
		"Publié le 22/03/2016 à 15h30, mis à jour le 2016-03-23.",
		"Dans la nuit de vendredi à samedi, vers 3 h, heure de Damas.",
		"Hier soir, la veille du sommet, il y a trois jours.",
		"Aujourd’hui, la semaine prochaine et le mois dernier.",
		"L’an prochain, cette année, ce week-end : en 2015 comme en l'an 2000.",
		"Du 15 au 22 mars, puis entre le 20 et le 30 juin, de 1999 à 2012.",
		"Début mars, mi-mars, fin 2015 et au début du mois de mars.",
		"Il a purgé sept heures de garde à vue, six mois de prison, deux ans ferme.",
		"Chaque année, tous les jeudis, le quotidien Le Monde paraît.",
		"Cet été, il a été élu ; les Jeux d'hiver ont eu lieu l'hiver dernier.",
		"Partager\n4222\nTweeter\n27 morts, 2000 blessés, l'article 1998.",
		"Âgé de 54 ans, une fillette de 6 ans, Alain Parmentier, 53 ans,",
		"La planète Mars ; Mai a déclaré ; en octobre 98 ; le 1er mars.",
		"Trois jours plus tard, deux semaines auparavant, dans deux semaines.",
		"L'après-midi, à midi, à minuit et quart, à neuf heures moins le quart.",
		"Le 15\u00a0FÉVRIER\u202f2016, févr. 2016, sept. 2014, 14 - 20 sept. 2014.",
		"Actuellement, désormais, autrefois ; ces derniers jours ; lundi dernier matin.",
		"Au premier trimestre 2016, au 2e semestre de l'année dernière, au début du XXe siècle, le 19e siècle.",
		"Les dix derniers jours de février, les 3 premiers mois de l'année dernière, la seconde moitié de 2015.",
		"Pendant le ramadan 2015 et l’Aïd el-Kébir, le 11-Septembre, le 1er-Mai, Noël 2015.",
		"L'an dernier à la même époque, chaque 15 mars, fermé le lundi, le 24-03-2016, le 2016/03/24.",
		"L'an dernier à la même période, à pareille époque, en 2015 à la même date ; durant la même période.",
		"le 7 courant, du 16 courant, le 15 de ce mois-ci, le 6 du mois prochain, le 31 du mois passé.",
		"au commencement de juin ; les dix premiers jours du mois prochain ; les 3 derniers jours du mois dernier.",
		"mardi, 15 mars ; mercredi matin ; ce même lundi après-midi ; 30 février.",
		"le 15 mars 44 av. J.-C. ; une vingtaine d'années ; quatre-vingt-dix jours.",
		"\xff\xfe le 2\xe2\x80 mars \xc3",
	} {
		f.Add(s)
	}
	ref := time.Date(2016, 3, 24, 12, 0, 0, 0, time.UTC)
	rs := fr.Rules()
	f.Fuzz(func(t *testing.T, text string) {
		// A rule reads at most a few hundred bytes around its start, so
		// longer inputs add no new behaviour, only time.
		if len(text) > 1024 {
			t.Skip()
		}
		boundary := make([]bool, len(text)+1)
		boundary[len(text)] = true
		for i := range text {
			boundary[i] = true
		}
		for _, r := range rs {
			for start := range text {
				end, e, ok := r.MatchAt(text, start)
				end2, e2, ok2 := r.MatchAt(text, start)
				if end != end2 || ok != ok2 || !reflect.DeepEqual(e, e2) {
					t.Fatalf("%s: MatchAt(%q, %d) not deterministic: %d %+v %t then %d %+v %t",
						r.Name, text, start, end, view(e), ok, end2, view(e2), ok2)
				}
				if !ok {
					continue
				}
				if end <= start || end > len(text) {
					t.Fatalf("%s: MatchAt(%q, %d) = end %d, out of (%d, %d]", r.Name, text, start, end, start, len(text))
				}
				if !boundary[end] || utf8.ValidString(text) && end < len(text) && !utf8.RuneStart(text[end]) {
					t.Fatalf("%s: MatchAt(%q, %d) = end %d, inside a rune", r.Name, text, start, end)
				}
			}
			if m := r.Find(text); m != nil {
				if m.Left < 0 || m.Right <= m.Left || m.Right > len(text) || text[m.Left:m.Right] != m.Text {
					t.Fatalf("%s: Find(%q) = %q [%d:%d]", r.Name, text, m.Text, m.Left, m.Right)
				}
				if _, err := m.Apply(&rules.Context{}, &rules.Options{}, ref); err != nil {
					t.Fatalf("%s: Find(%q).Apply: %v", r.Name, text, err)
				}
			}
		}
	})
}
