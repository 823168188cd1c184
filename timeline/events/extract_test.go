package events_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/events"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// published is the publication date of the test texts: Tuesday 22 March
// 2016.
var published = time.Date(2016, 3, 22, 9, 0, 0, 0, time.FixedZone("CET", 3600))

// extract runs the tagger and the extraction on one text.
func extract(text string) []timeline.Event {
	a := timeline.Article{ID: "test", Text: text, Published: published}
	return events.Extract(a, tagger.New(tagger.PolicyNews).Tag(text, published))
}

// byDate returns the event dated by the mention written mention.
func byDate(evs []timeline.Event, mention string) (timeline.Event, bool) {
	for _, ev := range evs {
		if ev.Date.Text == mention {
			return ev, true
		}
	}
	return timeline.Event{}, false
}

func TestHeadlines(t *testing.T) {
	tests := []struct {
		name, text, mention string
		summary, predicate  string
	}{
		{"subject, predicate, object", "Les premiers pilotes ont quitté mardi, 15 mars, la base aérienne de Hmeimim.",
			"mardi, 15 mars", "Les premiers pilotes ont quitté la base aérienne de Hmeimim", "ont quitté"},
		{"participle before the date", "Arrivé mercredi, John Kerry a rencontré Vladimir Poutine jeudi.",
			"mercredi", "John Kerry arrivé", "Arrivé"},
		{"participle after a noun phrase", "Les pourparlers de Genève, suspendus le 3 février par l'ONU, devraient reprendre le 25 février.",
			"le 3 février", "Les pourparlers de Genève suspendus par l'ONU", "suspendus"},
		{"verb after an incise takes the opening noun phrase", "Les pourparlers de Genève, suspendus le 3 février par l'ONU, devraient reprendre le 25 février.",
			"le 25 février", "Les pourparlers de Genève devraient reprendre", "devraient reprendre"},
		{"modal and infinitive", "La trêve doit entrer en vigueur samedi 27 février.",
			"samedi 27 février", "La trêve doit entrer en vigueur", "doit entrer en vigueur"},
		{"fronted date", "Lundi 14 mars, lors d'une réunion au Kremlin, Vladimir Poutine a annoncé le retrait des forces.",
			"Lundi 14 mars", "Vladimir Poutine a annoncé le retrait des forces", "a annoncé"},
		{"complement of a verb of saying", "Vladimir Poutine a annoncé le 14 mars que la mission était accomplie.",
			"le 14 mars", "Vladimir Poutine a annoncé que la mission était accomplie", "annoncé"},
		{"pronoun of the sentence before", "John Kerry est à Moscou. Il a rencontré jeudi Vladimir Poutine.",
			"jeudi", "John Kerry a rencontré Vladimir Poutine", "a rencontré"},
		{"relative pronoun", "Les diplomates évoquent les attentats qui ont frappé Bruxelles il y a trois jours.",
			"il y a trois jours", "Les attentats ont frappé Bruxelles", "ont frappé"},
		{"date restating the date before it", "Les deux parties se sont revues hier, le 17 mars, pour évoquer les détenus.",
			"le 17 mars", "Les deux parties se sont revues", ""},
		{"date restated after the one dating the clause", "La saison touristique a débuté hier, le 9 juin.",
			"hier", "La saison touristique a débuté", "a débuté"},
		{"date fronted with its complement", "Kerry arrive mercredi à Moscou. La veille de l'arrivée de M. Kerry, Damas a démenti toute violation de la trêve.",
			"La veille", "Damas a démenti toute violation de la trêve", "a démenti"},
		{"fronted date and a verb the finder does not know", "Il y a une semaine, Moscou annonçait le retrait de ses troupes.",
			"Il y a une semaine", "Moscou annonçait le retrait de ses troupes", ""},
		{"fronted date and a connective", "Le 1er septembre, toutefois, la frontière était très partiellement rouverte.",
			"Le 1er septembre", "La frontière était très partiellement rouverte", ""},
		{"pronominal verb after an incise", "Le groupe de travail, coprésidé par Washington et Moscou, se réunira le 18 mars à Genève.",
			"le 18 mars", "Le groupe de travail se réunira à Genève", "se réunira"},
		{"speaker named after the verb of saying", "John Kerry se rendra à Moscou la semaine prochaine, a annoncé jeudi le département d'Etat.",
			"jeudi", "Le département d'Etat a annoncé", "a annoncé"},
		{"date in apposition", "Le retrait intervient après le début de l'intervention russe, le 30 septembre dernier.",
			"le 30 septembre dernier", "Le début de l'intervention russe", ""},
		{"date in an incise", "L'annonce coïncide avec la reprise, hier à Genève, des négociations indirectes.",
			"hier", "La reprise à Genève des négociations indirectes", ""},
		{"restrictive ne ... que", "Le chef de la diplomatie américaine ne sera accueilli que mercredi matin.",
			"mercredi matin", "Le chef de la diplomatie américaine sera accueilli", "sera accueilli"},
		{"dangling preposition", "Les bombardiers avaient quitté la base dès le 15 mars.",
			"le 15 mars", "Les bombardiers avaient quitté la base", "avaient quitté"},
		{"preposition before a date that ends the clause", "Le marin a annoncé avoir entendu deux bangs vers 16h45.",
			"16h45", "Le marin a annoncé avoir entendu deux bangs", "a annoncé"},
		{"date complement of a noun", "La crise de 2009 a touché les ménages les plus modestes.",
			"2009", "La crise a touché les ménages les plus modestes", "a touché"},
		{"locution before the date", "L'alerte a été donnée aux alentours de quatre heures du matin par un voisin.",
			"quatre heures du matin", "L'alerte a été donnée par un voisin", "a été donnée"},
		{"elided preposition", "Les négociations d'hier ont échoué.",
			"hier", "Les négociations ont échoué", "ont échoué"},
		{"restrictive qu'en", "Les otages n'ont été libérés qu'en janvier 1981.",
			"janvier 1981", "Les otages ont été libérés", "ont été libérés"},
		{"a date that is what they have", "Les belligérants ont jusqu'à vendredi midi pour faire savoir qu'ils acceptent.",
			"vendredi midi", "Les belligérants ont jusqu'à vendredi midi pour faire savoir qu'ils acceptent", "savoir"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, ok := byDate(extract(tt.text), tt.mention)
			if !ok {
				t.Fatalf("Extract(%q): no event dated %q", tt.text, tt.mention)
			}
			if ev.Summary != tt.summary || ev.Predicate != tt.predicate {
				t.Errorf("Extract(%q) at %q = summary %q, predicate %q; want %q, %q",
					tt.text, tt.mention, ev.Summary, ev.Predicate, tt.summary, tt.predicate)
			}
		})
	}
}

func TestDatelines(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // events
	}{
		{"place and date", "Paris, 22 mars 2016. Le ministre a parlé devant la presse.", 0},
		{"capitals and agency", "BERNE, 16 mars. — Le Conseil fédéral a siégé.", 0},
		{"date and a dash", "22 mars 2016. - Un reportage a été diffusé.", 0},
		{"a short lead with no verb is news", "Hier soir, explosion à Damas.", 1},
		{"a dateline with its verb is an event", "Paris, 22 mars 2016. Le ministre a parlé le 21 mars.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extract(tt.text); len(got) != tt.want {
				t.Errorf("Extract(%q) = %d events %+v, want %d", tt.text, len(got), got, tt.want)
			}
		})
	}
}

func TestModalities(t *testing.T) {
	tests := []struct {
		name, text, mention string
		want                timeline.Modality
	}{
		{"past", "John Kerry a quitté Moscou hier soir.", "hier soir", timeline.ModalityHappened},
		{"future", "John Kerry quittera Moscou jeudi.", "jeudi", timeline.ModalityPlanned},
		{"planned", "La visite est prévue pour le 24 mars.", "le 24 mars", timeline.ModalityPlanned},
		{"conditional", "John Kerry rencontrerait Vladimir Poutine jeudi.", "jeudi", timeline.ModalityConditional},
		{"present of schedule to come", "Le président reçoit vendredi son homologue.", "vendredi", timeline.ModalityPlanned},
		{"present of schedule today", "Deux conférences ont lieu aujourd'hui à Genève.", "aujourd'hui", timeline.ModalityOngoing},
		{"a lieu to come", "Les obsèques ont lieu demain à Notre-Dame.", "demain", timeline.ModalityPlanned},
		{"negated", "Damas ne s'était pas encore prononcé lundi matin.", "lundi matin", timeline.ModalityNegated},
		{"restrictive is not negated", "Kerry ne sera accueilli que mercredi matin.", "mercredi matin", timeline.ModalityPlanned},
		{"bare participle", "Les pourparlers, suspendus le 3 février, devraient reprendre.", "le 3 février", timeline.ModalityHappened},
		{"deadline", "Ils se sont fixé un objectif : parvenir à un accord d'ici le mois d'août.", "le mois d'août", timeline.ModalityPlanned},
		{"no verb, before publication", "Le début de l'intervention, le 30 septembre dernier, a surpris.", "le 30 septembre dernier", timeline.ModalityHappened},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := extract(tt.text)
			ev, ok := byDate(evs, tt.mention)
			if !ok {
				ev, ok = byDate(evs, "d'ici "+tt.mention)
			}
			if !ok {
				t.Fatalf("Extract(%q): no event dated %q", tt.text, tt.mention)
			}
			if ev.Modality != tt.want {
				t.Errorf("Extract(%q) at %q: modality %s, want %s", tt.text, tt.mention, ev.Modality, tt.want)
			}
		})
	}
}

func TestActorsAndPlaces(t *testing.T) {
	tests := []struct {
		name, text, mention string
		actors, places      string
	}{
		{"apposition ties a title", "Le président russe Vladimir Poutine a parlé hier. Le président russe a annoncé jeudi un retrait.",
			"jeudi", "Vladimir Poutine", ""},
		{"alias of a place", "La visite de John Kerry dans la capitale russe est prévue pour le 24 mars.",
			"le 24 mars", "John Kerry", "Moscou"},
		{"compound adjective names two states", "L'accord russo-américain annoncé le 22 février tient.",
			"le 22 février", "la Russie;les Etats-Unis", ""},
		{"other clauses do not count", "Le porte-parole du Kremlin a confirmé que John Kerry serait reçu le 24 mars.",
			"le 24 mars", "John Kerry", ""},
		{"speaker after the verb, not the actor before", "John Kerry se rendra à Moscou la semaine prochaine, a annoncé jeudi le département d'Etat.",
			"jeudi", "le département d'Etat", ""},
		{"seat of a state speaking", "De son côté, Moscou a annoncé le 14 mars le retrait de la majeure partie de son contingent.",
			"le 14 mars", "la Russie", "Moscou"},
		{"seat taking a stance", "Washington dénonce lundi des violations de la trêve.", "lundi", "les Etats-Unis", "Washington"},
		{"city undergoing", "Damas a été bombardée le 14 mars.", "le 14 mars", "", "Damas"},
		{"place before the comma", "À Genève, la session s'est achevée hier.", "hier", "", "Genève"},
		{"place after the comma", "Les avions ont quitté hier la base de Hmeimim, près de Lattaquié.", "hier", "", "Hmeimim;Lattaquié"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, ok := byDate(extract(tt.text), tt.mention)
			if !ok {
				t.Fatalf("Extract(%q): no event dated %q", tt.text, tt.mention)
			}
			if got := strings.Join(ev.Actors, ";"); got != tt.actors {
				t.Errorf("Extract(%q) at %q: actors %q, want %q", tt.text, tt.mention, got, tt.actors)
			}
			if got := strings.Join(ev.Places, ";"); got != tt.places {
				t.Errorf("Extract(%q) at %q: places %q, want %q", tt.text, tt.mention, got, tt.places)
			}
		})
	}
}

func TestAnaphora(t *testing.T) {
	tests := []struct {
		name, text string
		sentence   string // part of the sentence of the event wanted, "" for none
		value      string // its date, "" when it must be left undated
	}{
		{"linked to the one event of its family",
			"La trêve est entrée en vigueur le 27 février. Depuis la mise en œuvre du cessez-le-feu, la violence a diminué.",
			"Depuis la mise en œuvre", "2016-02-27"},
		{"cataphora: the antecedent comes later",
			"La violence a diminué depuis la mise en œuvre du cessez-le-feu. Le cessez-le-feu est entré en vigueur le 27 février.",
			"La violence a diminué", "2016-02-27"},
		{"two dates for the family: left undated",
			"La trêve est entrée en vigueur le 27 février. Une autre trêve est entrée en vigueur le 12 mars. Depuis l'entrée en vigueur de la trêve, la violence a diminué.",
			"Depuis l'entrée", ""},
		{"indefinite noun phrase: a new happening, not an anaphor",
			"John Kerry rencontrera Vladimir Poutine le 24 mars. La photo le montre lors d'une rencontre avec Vladimir Poutine.",
			"lors d'une rencontre", ""},
		{"the day before the visit",
			"La visite de John Kerry à Moscou est prévue le 23 mars. La veille de sa visite, les diplomates préparaient les entretiens.",
			"La veille de sa visite", "2016-03-22"},
		{"counted from a happening the article does not date: undated",
			"Au lendemain de cette première journée, le calme relatif tranche avec les années de guerre.",
			"Au lendemain", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found []timeline.Event
			for _, ev := range extract(tt.text) {
				if strings.Contains(ev.Sentence, tt.sentence) && !strings.Contains(ev.Sentence, "entré") && !strings.Contains(ev.Sentence, "prévue") &&
					!strings.Contains(ev.Sentence, "a annoncé") && !strings.Contains(ev.Sentence, "rencontrera") {
					found = append(found, ev)
				}
			}
			if tt.value == "" {
				if len(found) > 0 {
					t.Errorf("Extract(%q): event %q dated %s, want it undated", tt.text, found[0].Summary, found[0].Date.Value)
				}
				return
			}
			if len(found) != 1 || found[0].Date.Value != tt.value {
				t.Fatalf("Extract(%q): events %+v in the sentence %q, want one dated %s", tt.text, found, tt.sentence, tt.value)
			}
		})
	}
}

// A derived date keeps the rule and the antecedent it was counted from.
func TestAnaphoraRecordsTheLink(t *testing.T) {
	text := "Vladimir Poutine a annoncé le retrait le 14 mars. Au lendemain de l'annonce, les avions sont rentrés."
	for _, ev := range extract(text) {
		if !strings.HasPrefix(ev.Sentence, "Au lendemain") {
			continue
		}
		if ev.Date.Rule != events.RuleAnaphora || !strings.Contains(ev.Date.Anchor, `"le 14 mars"`) || ev.Date.Value != "2016-03-15" {
			t.Errorf("event %q: date %s, rule %q, anchor %q; want 2016-03-15 counted from \"le 14 mars\"",
				ev.Summary, ev.Date.Value, ev.Date.Rule, ev.Date.Anchor)
		}
		return
	}
	t.Errorf("Extract(%q): no event for the sentence of the anaphor", text)
}

func TestFamily(t *testing.T) {
	tests := []struct {
		name               string
		predicate, summary string
		sentence           string
		want               string
	}{
		{"compound past", "a annoncé", "Le Kremlin a annoncé le retrait", "", events.FamilyAnnounce},
		{"conjugated", "quittent", "Les pilotes quittent Hmeimim", "", events.FamilyLeave},
		{"conditional", "rencontrerait", "Kerry rencontrerait Poutine", "", events.FamilyMeet},
		{"irregular participle", "s'est entretenu", "Kerry s'est entretenu avec Poutine", "", events.FamilyMeet},
		{"by telephone", "s'est entretenu", "Obama s'est entretenu avec Poutine", "Obama s'est entretenu au téléphone avec Poutine.", events.FamilyCall},
		{"entry into force", "entré en vigueur", "Cessez-le-feu entré en vigueur", "", events.FamilyStart},
		{"reflexive visit", "s'est rendu", "Kerry s'est rendu à Moscou", "", events.FamilyVisit},
		{"light verb takes its noun", "est prévue", "La visite de John Kerry est prévue", "", events.FamilyVisit},
		{"modal and infinitive", "compte rouvrir", "De Mistura compte rouvrir les négociations", "", events.FamilyResume},
		{"noun without verb", "", "La reprise à Genève des négociations", "", events.FamilyResume},
		{"unknown", "a diminué", "La violence a diminué", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := timeline.Event{Predicate: tt.predicate, Summary: tt.summary, Sentence: tt.sentence}
			if got := events.Family(ev); got != tt.want {
				t.Errorf("Family(%q, %q) = %q, want %q", tt.predicate, tt.summary, got, tt.want)
			}
		})
	}
}

func TestTraitsOf(t *testing.T) {
	ev := timeline.Event{
		Date:      timeline.Mention{Text: "le 21 mars"},
		Predicate: "a annoncé", Summary: "Le président russe a annoncé que la tâche était accomplie",
		Sentence: "Le président russe a annoncé le 21 mars que la tâche des armées en Syrie avait été globalement accomplie et le retrait ordonné.",
		Actors:   []string{"Vladimir Poutine"}, Places: []string{"Syrie"}, Modality: timeline.ModalityNegated,
	}
	got := events.TraitsOf(ev)
	if got.Family != events.FamilyAnnounce || !got.Negated {
		t.Errorf("TraitsOf: family %q, negated %v; want announce, true", got.Family, got.Negated)
	}
	if want := "withdrawal"; strings.Join(got.Themes, ";") != want {
		t.Errorf("TraitsOf: themes %q, want %q", got.Themes, want)
	}
	if want := "accompli;armé;globalement;ordonn;retrait;tâch"; strings.Join(got.Words, ";") != want {
		t.Errorf("TraitsOf: stemmed words %q, want %q (no date, predicate, name or function word)", strings.Join(got.Words, ";"), want)
	}
}

func TestGazetteerExtend(t *testing.T) {
	tests := []struct {
		name    string
		names   events.Names
		actor   string
		want    string
		wantErr error
	}{
		{"new actor", events.Names{Actors: []events.Name{{Name: "Ban Ki-moon", Aliases: []string{"Ban"}}}}, "ban", "Ban Ki-moon", nil},
		{"alias taken over", events.Names{Actors: []events.Name{{Name: "V. Poutine", Aliases: []string{"Poutine"}}}}, "Poutine", "V. Poutine", nil},
		{"unknown name kept", events.Names{}, "Angela Merkel", "Angela Merkel", nil},
		{"empty name", events.Names{Actors: []events.Name{{Aliases: []string{"Ban"}}}}, "Ban", "Ban", events.ErrEmptyName},
		{"empty alias", events.Names{Places: []events.Name{{Name: "Bruxelles", Aliases: []string{" "}}}}, "", "", events.ErrEmptyName},
		{"empty title", events.Names{Titles: []events.Title{{Holder: "Ban Ki-moon"}}}, "", "", events.ErrEmptyName},
		{"empty seat", events.Names{Seats: []events.Seat{{Place: "Ankara"}}}, "", "", events.ErrEmptyName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := events.DefaultGazetteer()
			err := g.Extend(tt.names)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Extend(%+v) = %v, want %v", tt.names, err, tt.wantErr)
			}
			if got := g.Actor(tt.actor); got != tt.want {
				t.Errorf("Actor(%q) = %q, want %q", tt.actor, got, tt.want)
			}
		})
	}
}

// A seat added by the configuration makes its place speak for its actor.
func TestExtendedSeat(t *testing.T) {
	g := events.DefaultGazetteer()
	err := g.Extend(events.Names{Actors: []events.Name{{Name: "la Turquie", Aliases: []string{"Turquie"}}},
		Seats: []events.Seat{{Place: "Ankara", Actor: "Turquie"}}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Ankara a démenti mardi toute incursion en Syrie."
	a := timeline.Article{ID: "t", Text: text, Published: published}
	evs := events.New(g).Extract(a, tagger.New(tagger.PolicyNews).Tag(text, published))
	if len(evs) != 1 || strings.Join(evs[0].Actors, ";") != "la Turquie" || !slices.Contains(evs[0].Places, "Ankara") {
		t.Errorf("Extract(%q) = %+v, want one event with the actor la Turquie at Ankara", text, evs)
	}
}

// A title added by the configuration names its holder in events.
func TestExtendedTitle(t *testing.T) {
	g := events.DefaultGazetteer()
	err := g.Extend(events.Names{Actors: []events.Name{{Name: "Ban Ki-moon"}},
		Titles: []events.Title{{Title: "le secrétaire général de l'ONU", Holder: "Ban Ki-moon"}}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Le secrétaire général de l'ONU a salué mardi la trêve."
	a := timeline.Article{ID: "t", Text: text, Published: published}
	evs := events.New(g).Extract(a, tagger.New(tagger.PolicyNews).Tag(text, published))
	if len(evs) != 1 || strings.Join(evs[0].Actors, ";") != "Ban Ki-moon" {
		t.Errorf("Extract(%q) = %+v, want one event with the actor Ban Ki-moon", text, evs)
	}
}
