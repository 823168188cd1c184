package check_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
)

// source is an entry of a happening, dated by value as on reads it.
func source(articleID, outlet, sentence, value string, mod timeline.Modality) timeline.Entry {
	d := on(sentence, sentence, value)
	return timeline.Entry{
		Event:  timeline.Event{ArticleID: articleID, Date: d, Sentence: sentence, Summary: sentence, Modality: mod},
		Source: outlet,
	}
}

// reprints returns n copies of e, each as another article of its outlet.
func reprints(e timeline.Entry, n int) []timeline.Entry {
	out := make([]timeline.Entry, n)
	for i := range out {
		out[i] = e
		out[i].ArticleID = fmt.Sprintf("%s-%d", e.ArticleID, i)
	}
	return out
}

// publishedOn sets the publication of an entry ("2016-03-22T09:00").
func publishedOn(e timeline.Entry, when string) timeline.Entry {
	e.Published, _ = time.ParseInLocation("2006-01-02T15:04", when, paris)
	return e
}

func TestCrossSourceDate(t *testing.T) {
	const (
		happened = timeline.ModalityHappened
		planned  = timeline.ModalityPlanned
	)
	sputnik := source("sputnik", "Sputnik France", "Le président russe a annoncé le 21 mars le retrait.", "2016-03-21", happened)
	echo := source("echo", "L'Écho diplomatique", "Lundi 14 mars, Vladimir Poutine a annoncé le retrait.", "2016-03-14", happened)
	messager := source("messager", "Le Messager", "Vladimir Poutine a annoncé le 14 mars le retrait.", "2016-03-14", happened)
	march := source("gazette", "La Gazette", "Poutine a annoncé en mars le retrait.", "2016-03", happened)
	nextDay := source("gazette", "La Gazette", "Poutine a annoncé le 15 mars le retrait.", "2016-03-15", happened)
	evening := source("gazette", "La Gazette", "Poutine a annoncé lundi soir le retrait.", "2016-03-14TEV", happened)
	morning := source("echo", "L'Écho diplomatique", "Poutine a annoncé lundi matin le retrait.", "2016-03-14TMO", happened)
	visit := source("sputnik", "Sputnik France", "La visite est prévue pour le 22 mars.", "2016-03-22", planned)
	arrival := source("gazette", "La Gazette", "Arrivé mercredi, il a rencontré Poutine.", "2016-03-23", happened)
	sameOutlet := source("sputnik-2", "Sputnik France", "Le président russe a annoncé le 14 mars le retrait.", "2016-03-14", happened)
	negated := source("echo", "L'Écho diplomatique", "Poutine n'a rien annoncé le 14 mars.", "2016-03-14", timeline.ModalityNegated)
	sameArticle := source("sputnik", "Sputnik France", "Le 14 mars, Poutine a réuni ses ministres.", "2016-03-14", happened)
	lendemain := source("echo", "L'Écho diplomatique", "Poutine l'a annoncé au lendemain de la réunion.", "2016-03-15", happened)
	lendemain.Date.Anchor = "previous date 2016-03-14"
	intends := publishedOn(source("meridien", "Agence Méridien", "De Mistura compte rouvrir les négociations le 7 mars.",
		"2016-03-07", timeline.ModalityOngoing), "2016-02-28T09:15")
	resumed := publishedOn(source("echo", "L'Écho diplomatique", "Les négociations ont repris hier.", "2016-03-14", happened), "2016-03-15T19:40")
	withinWeek := publishedOn(source("courrier", "Le Courrier", "La trêve devrait s'appliquer d'ici une semaine.", "2016-W07", planned), "2016-02-13T09:00")
	saturday := publishedOn(source("meridien", "Agence Méridien", "La trêve doit entrer en vigueur samedi 27 février.", "2016-02-27", planned), "2016-02-23T09:00")
	friday := publishedOn(source("gazette", "La Gazette", "La trêve doit entrer en vigueur vendredi 26 février.", "2016-02-26", planned), "2016-02-22T09:00")

	tests := []struct {
		name     string
		sources  []timeline.Entry
		want     []string // dates of each conflict
		severity timeline.Severity
		gap      string // in the message of the first conflict
	}{
		{"a week apart", []timeline.Entry{sputnik, echo}, []string{"2016-03-21 2016-03-14"}, timeline.SeverityError, "(7 days apart)"},
		{"one conflict per pair of dates", []timeline.Entry{sputnik, echo, messager},
			[]string{"2016-03-21 2016-03-14 2016-03-14"}, timeline.SeverityError,
			"Sputnik France, L'Écho diplomatique and Le Messager date «Annonce du retrait russe» differently: " +
				"Monday 21 March 2016 according to Sputnik France, Monday 14 March 2016 according to L'Écho diplomatique and Le Messager (7 days apart)."},
		{"reprints counted", append([]timeline.Entry{sputnik}, reprints(echo, 6)...),
			[]string{"2016-03-21 2016-03-14 2016-03-14 2016-03-14 2016-03-14 2016-03-14 2016-03-14"}, timeline.SeverityError,
			"according to L'Écho diplomatique (echo-0), L'Écho diplomatique (echo-1), L'Écho diplomatique (echo-2) and 3 others"},
		{"a day apart", []timeline.Entry{echo, nextDay}, []string{"2016-03-14 2016-03-15"}, timeline.SeverityWarning, "(1 day apart)"},
		{"hours apart", []timeline.Entry{morning, evening}, []string{"2016-03-14TMO 2016-03-14TEV"}, timeline.SeverityWarning, "(12 hours apart)"},
		{"same outlet, two articles", []timeline.Entry{sputnik, sameOutlet}, []string{"2016-03-21 2016-03-14"},
			timeline.SeverityError, "Sputnik France (sputnik) and Sputnik France (sputnik-2)"},
		{"agreeing", []timeline.Entry{echo, messager}, nil, 0, ""},
		{"month holding the day", []timeline.Entry{sputnik, march, echo}, []string{"2016-03-21 2016-03-14"}, timeline.SeverityError, ""},
		{"plan and fact", []timeline.Entry{visit, arrival}, nil, 0, ""},
		{"negated", []timeline.Entry{sputnik, negated}, nil, 0, ""},
		{"same article", []timeline.Entry{sputnik, sameArticle}, nil, 0, ""},
		{"counted from an earlier date", []timeline.Entry{echo, lendemain}, nil, 0, ""},
		{"a date after publication is announced", []timeline.Entry{intends, resumed}, nil, 0, ""},
		{"two plans at once", []timeline.Entry{saturday, friday}, []string{"2016-02-27 2016-02-26"}, timeline.SeverityWarning, "(1 day apart)"},
		{"a plan updated once the other's date came", []timeline.Entry{withinWeek, saturday}, nil, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := timeline.Happening{ID: "h1", Headline: "Annonce du retrait russe", Sources: tt.sources}
			cs := ofKind(check.Input{Happenings: []timeline.Happening{h}}, check.KindCrossSourceDate)
			if got := datesOf(cs); !slices.Equal(got, nonNil(tt.want)) {
				t.Fatalf("cross-source-date = %q, want %q", got, tt.want)
			}
			if len(cs) == 0 {
				return
			}
			c := cs[0]
			n := len(strings.Fields(tt.want[0]))
			if c.Severity != tt.severity || c.Happening != "h1" || len(c.Articles) != n || len(c.Sentences) != n {
				t.Errorf("conflict = %+v, want severity %s, happening h1, %d articles and %d sentences", c, tt.severity, n, n)
			}
			if !contains(c.Message, tt.gap) {
				t.Errorf("message = %q, want it to say %q", c.Message, tt.gap)
			}
		})
	}
}
