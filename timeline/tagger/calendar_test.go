package tagger_test

import (
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline/tagger"
)

// TestCalendarValues checks the calendar value style: a start and a grain
// per mention, no TIMEX3 value.
func TestCalendarValues(t *testing.T) {
	ref := time.Date(2016, 3, 22, 10, 20, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		name, text, want, start, grain string
		policy                         tagger.Policy
	}{
		{"hour only", "Rendez-vous à 15h.", "15h", "2016-03-22T15:00", "hour", ""},
		{"minutes written", "Rendez-vous à 15h00.", "15h00", "2016-03-22T15:00", "minute", ""},
		{"midi", "On déjeune à midi.", "midi", "2016-03-22T12:00", "hour", ""},
		{"date and hour", "Il arrivera le 12 juillet à 19h.", "le 12 juillet à 19h", "2016-07-12T19:00", "hour", ""},
		{"evening", "On se voit ce soir.", "ce soir", "2016-03-22T18:00", "hour", ""},
		{"afternoon", "On se voit cet après-midi.", "cet après-midi", "2016-03-22T14:00", "hour", ""},
		{"end of the afternoon", "On se voit demain en fin d'après-midi.", "demain en fin d'après-midi", "2016-03-23T17:00", "hour", ""},
		{"hours ahead", "Il part dans une heure.", "dans une heure", "2016-03-22T11:20", "minute", ""},
		{"days ahead", "Il part dans trois jours.", "dans trois jours", "2016-03-25T00:00", "day", ""},
		{"years ago", "Il est parti il y a deux ans.", "il y a deux ans", "2014-03-22T00:00", "day", ""},
		{"now", "Il part maintenant.", "maintenant", "2016-03-22T10:20", "second", ""},
		{"named week keeps its grain", "Il viendra la semaine prochaine.", "la semaine prochaine", "2016-03-28T00:00", "week", ""},
		{"season", "Il viendra cet été.", "cet été", "2016-06-21T00:00", "day", ""},
		{"end of a month", "Il viendra fin avril.", "fin avril", "2016-04-21T00:00", "day", ""},
		{"week-end", "Il viendra ce week-end.", "ce week-end", "2016-03-25T18:00", "hour", tagger.PolicyFuture},
		{"range is its start", "Il sera absent du 3 au 9 mai.", "du 3 au 9 mai", "2016-05-03T00:00", "day", ""},
		{"clock range is its first time", "Permanence de 9h à 11h.", "9h à 11h", "2016-03-22T09:00", "hour", ""},
		{"day and approximate time", "Il arrive le 2 avril vers 5h.", "le 2 avril vers 5h", "2016-04-02T05:00", "hour", ""},
		{"bare day and time", "Rendez-vous le 2 à 5h.", "le 2 à 5h", "2016-04-02T05:00", "hour", tagger.PolicyFuture},
		{"weekday, day and time", "Rendez-vous samedi 26 à 18h.", "samedi 26 à 18h", "2016-03-26T18:00", "hour", tagger.PolicyFuture},
		{"time then day", "Départ 13h30 samedi 26 mars.", "13h30 samedi 26 mars", "2016-03-26T13:30", "minute", ""},
		{"day and part of day", "Rendez-vous lundi dans la soirée.", "lundi dans la soirée", "2016-03-28T18:00", "hour", tagger.PolicyFuture},
		{"midnight to come", "Le service ferme à minuit.", "minuit", "2016-03-23T00:00", "hour", tagger.PolicyFuture},
		{"day, part of day and hour", "Le train part demain matin 11h.", "demain matin 11h", "2016-03-23T11:00", "hour", ""},
		{"weekday evening at an hour", "Le dîner aura lieu lundi soir à 8h.", "lundi soir à 8h", "2016-03-28T20:00", "hour", tagger.PolicyFuture},
		{"hour of the evening", "Rendez-vous le 26 vers 6h dans la soirée.", "le 26 vers 6h dans la soirée", "2016-03-26T18:00", "hour", tagger.PolicyFuture},
		{"until an hour starts the day", "Le bureau reste ouvert demain jusqu'à 16h.", "demain jusqu'à 16h", "2016-03-23T00:00", "hour", ""},
		{"from an hour", "Le musée sera ouvert samedi à partir de 10h.", "samedi à partir de 10h", "2016-03-26T10:00", "hour", tagger.PolicyFuture},
		{"day after a named date", "Il est parti le lendemain du 13 février.", "le lendemain du 13 février", "2016-02-14T00:00", "day", ""},
		{"eve of a feast", "On se verra la veille de Noël.", "la veille de Noël", "2016-12-24T00:00", "day", tagger.PolicyFuture},
		{"day and its start", "Il passera aujourd'hui en début de journée.", "aujourd'hui en début de journée", "2016-03-22T06:00", "hour", ""},
		{"within the day is the day", "Il passera dans la journée.", "la journée", "2016-03-22T00:00", "day", ""},
		{"start of the month past is next month's", "On se voit au début du mois.", "début du mois", "2016-04-01T00:00", "day", tagger.PolicyFuture},
		{"end of the month to come is this month's", "On se voit en fin de mois.", "fin de mois", "2016-03-21T00:00", "day", tagger.PolicyFuture},
		{"weekday suivant is next week's", "On se voit mercredi suivant.", "mercredi suivant", "2016-03-30T00:00", "day", tagger.PolicyFuture},
		{"weekday suivant after a date", "Il arrive le 2 avril et repart le mercredi suivant.", "mercredi suivant", "2016-04-06T00:00", "day", tagger.PolicyFuture},
		{"weekday and day without month", "On se voit jeudi 15.", "jeudi 15", "2016-09-15T00:00", "day", tagger.PolicyFuture},
		{"ordinal weekday of next month", "Réunion le premier mercredi du mois prochain.", "le premier mercredi du mois prochain", "2016-04-06T00:00", "day", ""},
		{"last weekday of a month", "Il viendra le dernier lundi de mars.", "le dernier lundi de mars", "2016-03-28T00:00", "day", ""},
		{"first fortnight", "Congés la première quinzaine d'avril.", "la première quinzaine d'avril", "2016-04-01T00:00", "day", tagger.PolicyFuture},
		{"second fortnight", "Congés la deuxième quinzaine d'avril.", "la deuxième quinzaine d'avril", "2016-04-16T00:00", "day", tagger.PolicyFuture},
		{"minutes mark", "Il part dans 2'.", "dans 2'", "2016-03-22T10:22", "second", ""},

		// Fixed bugs
		{"approximate time is no duration", "Il arrive à environ 15 heures.", "environ 15 heures", "2016-03-22T15:00", "hour", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.policy
			if p == "" {
				p = tagger.PolicyNews
			}
			ms := tagger.New(p, tagger.WithValues(tagger.ValuesCalendar)).Tag(tt.text, ref)
			m := find(ms, tt.want)
			if m == nil {
				t.Fatalf("Tag(%q) = %v, want a mention %q", tt.text, texts(ms), tt.want)
			}
			if got := m.Start.Format("2006-01-02T15:04"); got != tt.start || string(m.Grain) != tt.grain || m.Value != "" {
				t.Errorf("Tag(%q) %q = %s %s value %q, want %s %s no value", tt.text, m.Text, got, m.Grain, m.Value, tt.start, tt.grain)
			}
		})
	}
}

// TestCalendarWinter checks that "cet hiver" said in February is the winter
// begun the December before.
func TestCalendarWinter(t *testing.T) {
	ref := time.Date(2016, 2, 10, 9, 0, 0, 0, time.UTC)
	text := "Il a beaucoup neigé cet hiver."
	ms := tagger.New(tagger.PolicyNews, tagger.WithValues(tagger.ValuesCalendar)).Tag(text, ref)
	if len(ms) != 1 || ms[0].Start.Format(time.DateOnly) != "2015-12-21" {
		t.Errorf("Tag(%q) = %v, want cet hiver from 2015-12-21", text, ms)
	}
}

// TestTimexStyleKeepsMentionsApart checks that the joins of the calendar
// style leave the default style alone.
func TestTimexStyleKeepsMentionsApart(t *testing.T) {
	ref := time.Date(2016, 3, 22, 10, 20, 0, 0, time.UTC)
	text := "Il arrive le 2 avril vers 5h."
	ms := tagger.New(tagger.PolicyNews).Tag(text, ref)
	if len(ms) != 2 || ms[0].Value != "2016-04-02" || ms[1].Value != "2016-04-02T05:00" {
		t.Errorf("Tag(%q) = %v, want le 2 avril and vers 5h apart", text, texts(ms))
	}
}

// TestParseValues checks the names of the value styles.
func TestParseValues(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{{"timex", true}, {"calendar", true}, {"instant", true}, {"", false}, {"iso", false}} {
		if _, ok := tagger.ParseValues(tt.in); ok != tt.ok {
			t.Errorf("ParseValues(%q) ok = %v, want %v", tt.in, ok, tt.ok)
		}
	}
}

// TestInstantValues checks the instant value style: amounts counted from
// the reference instant, as chrono reads them.
func TestInstantValues(t *testing.T) {
	ref := time.Date(2016, 3, 24, 10, 20, 30, 0, time.UTC) // a Thursday
	tests := []struct {
		name, text, want, typ, start, grain string
		policy                              tagger.Policy
	}{
		{"next week is seven days on", "Il viendra la semaine prochaine.", "la semaine prochaine", "DATE", "2016-03-31T00:00:00", "day", ""},
		{"last month is a month back", "Il est venu le mois dernier.", "le mois dernier", "DATE", "2016-02-24T00:00:00", "day", ""},
		{"next year", "Il viendra l'année prochaine.", "l'année prochaine", "DATE", "2017-03-24T00:00:00", "day", ""},
		{"last quarter", "Les ventes ont baissé le trimestre dernier.", "le trimestre dernier", "DATE", "2015-12-24T00:00:00", "day", ""},
		{"counted weeks to come end the span", "Il sera absent les trois prochaines semaines.", "les trois prochaines semaines", "DATE", "2016-04-14T00:00:00", "day", ""},
		{"counted days past start it", "Il a plu les 30 derniers jours.", "les 30 derniers jours", "DATE", "2016-02-23T00:00:00", "day", ""},
		{"counted seconds keep the time", "Tout se joue dans les 90 secondes suivantes.", "les 90 secondes suivantes", "TIME", "2016-03-24T10:22:00", "second", ""},
		{"duration in hours is an instant to the minute", "Le train part en 1 heure.", "1 heure", "TIME", "2016-03-24T11:20:00", "minute", ""},
		{"duration in minutes", "Réglez une minuterie de 5 minutes.", "5 minutes", "TIME", "2016-03-24T10:25:00", "minute", ""},
		{"duration and a half", "Le trajet dure deux heures et demie.", "deux heures et demie", "TIME", "2016-03-24T12:50:00", "minute", ""},
		{"duration of a year lands on a day", "C'est fait en une année.", "une année", "DATE", "2017-03-24T00:00:00", "day", ""},
		{"duration told in the past counts back", "Il a parlé pendant 5 minutes.", "5 minutes", "TIME", "2016-03-24T10:15:00", "minute", tagger.PolicyNews},
		{"offset as in the calendar style", "Il part dans trois jours.", "dans trois jours", "DATE", "2016-03-27T00:00:00", "day", ""},
		{"named day keeps its time", "La réunion est demain à 17h.", "demain à 17h", "TIME", "2016-03-25T17:00:00", "hour", ""},
		{"this week keeps its grain", "Il viendra cette semaine.", "cette semaine", "DATE", "2016-03-21T00:00:00", "week", ""},
		{"nearest Sunday ahead", "Rendez-vous dimanche.", "dimanche", "DATE", "2016-03-27T00:00:00", "day", ""},
		{"nearest Monday back", "Rendez-vous lundi.", "lundi", "DATE", "2016-03-21T00:00:00", "day", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.policy
			if p == "" {
				p = tagger.PolicyNearest
			}
			ms := tagger.New(p, tagger.WithValues(tagger.ValuesInstant)).Tag(tt.text, ref)
			m := find(ms, tt.want)
			if m == nil {
				t.Fatalf("Tag(%q) = %v, want a mention %q", tt.text, texts(ms), tt.want)
			}
			got := m.Start.Format("2006-01-02T15:04:05")
			if got != tt.start || string(m.Grain) != tt.grain || string(m.Type) != tt.typ || m.Value != "" {
				t.Errorf("Tag(%q) %q = %s %s %s value %q, want %s %s %s no value",
					tt.text, m.Text, m.Type, got, m.Grain, m.Value, tt.typ, tt.start, tt.grain)
			}
		})
	}
}

// TestInstantVagueDuration checks that a duration without a count keeps
// no instant.
func TestInstantVagueDuration(t *testing.T) {
	ref := time.Date(2016, 3, 24, 10, 20, 30, 0, time.UTC)
	text := "Il reviendra dans quelques mois."
	ms := tagger.New(tagger.PolicyNearest, tagger.WithValues(tagger.ValuesInstant)).Tag(text, ref)
	for _, m := range ms {
		if m.HasInterval() {
			t.Errorf("Tag(%q) %q = %s %s, want no instant", text, m.Text, m.Start, m.Grain)
		}
	}
}
