package merge

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

var paris = time.FixedZone("CET", 3600)

// day is a mention of one calendar day.
func day(value string) timeline.Mention {
	start, _ := time.ParseInLocation("2006-01-02", value, paris)
	return timeline.Mention{Text: value, Type: timeline.TypeDate, Value: value, Start: start,
		End: start.AddDate(0, 0, 1), Grain: timeline.GrainDay}
}

// span is a mention of the interval [from, to) of two days.
func span(value, from, to string) timeline.Mention {
	m := day(from)
	m.Text, m.Value, m.End, m.Grain = value, value, day(to).Start, timeline.GrainYear
	return m
}

// at places a mention at a byte offset.
func at(m timeline.Mention, offset int) timeline.Mention {
	m.Offset, m.EndOffset = offset, offset+len(m.Text)
	return m
}

// src builds an entry of article art, published on pub, whose sentence
// starts at offset sent.
type src struct {
	art, pub               string
	sent                   int
	date                   timeline.Mention
	pred, summary, phrase  string
	actors, places         []string
	modality               timeline.Modality
	source, sentenceSuffix string
}

func (s src) entry() timeline.Entry {
	pub := day(s.pub).Start.Add(9 * time.Hour)
	mod := s.modality
	if mod == "" {
		mod = timeline.ModalityHappened
	}
	sentence := s.phrase
	if sentence == "" {
		sentence = s.summary + " " + s.date.Text + "."
	}
	date := s.date
	if date.Offset == 0 {
		date = at(date, s.sent+1)
	}
	return timeline.Entry{
		Event: timeline.Event{ArticleID: s.art, Date: date, SentenceOffset: s.sent, SentenceEnd: s.sent + len(sentence),
			Sentence: sentence, Predicate: s.pred, Summary: s.summary, Actors: s.actors, Places: s.places, Modality: mod},
		Source: s.source, Published: pub,
	}
}

func itemOf(s src) item { return newItem(s.entry()) }

var kerry = []string{"John Kerry"}

func TestSame(t *testing.T) {
	visit := src{art: "a", pub: "2016-03-22", date: day("2016-03-22"), pred: "est prévue",
		summary: "La visite de John Kerry à Moscou est prévue", actors: kerry, places: []string{"Moscou"}}
	tests := []struct {
		name   string
		a, b   src
		want   bool
		phrase string // part of the explanation when joined
	}{
		{"same visit, two outlets", visit,
			src{art: "b", pub: "2016-03-25", date: day("2016-03-22"), pred: "s'est rendu",
				summary: "John Kerry s'est rendu à Moscou", actors: kerry, places: []string{"Moscou"}},
			true, "same actors [John Kerry], same places [Moscou], predicate family 'visit', same date 2016-03-22"},
		{"another family", visit,
			src{art: "b", pub: "2016-03-25", date: day("2016-03-22"), pred: "a quitté",
				summary: "John Kerry a quitté Moscou", actors: kerry}, false, ""},
		{"unknown family", src{art: "a", pub: "2016-03-22", date: day("2016-03-22"), summary: "Le calme règne", actors: kerry},
			src{art: "b", pub: "2016-03-22", date: day("2016-03-22"), summary: "Le calme règne", actors: kerry}, false, ""},
		{"negated against affirmed", visit,
			src{art: "b", pub: "2016-03-25", date: day("2016-03-22"), pred: "ne s'est pas rendu",
				summary: "John Kerry ne s'est pas rendu à Moscou", actors: kerry, modality: timeline.ModalityNegated}, false, ""},
		{"headlines in different places", visit,
			src{art: "b", pub: "2016-03-25", date: day("2016-03-22"), pred: "s'est rendu",
				summary: "John Kerry s'est rendu à Genève", actors: kerry, places: []string{"Genève"}}, false, ""},
		{"same date, nothing in common", src{art: "a", pub: "2016-03-22", date: day("2016-03-15"), pred: "a annoncé",
			summary: "Le Kremlin a annoncé un retrait", actors: []string{"le Kremlin"}},
			src{art: "b", pub: "2016-03-22", date: day("2016-03-15"), pred: "a déclaré",
				summary: "Le porte-parole a déclaré", actors: []string{"Dmitri Peskov"}}, false, ""},
		{"two dates of one sentence", src{art: "a", pub: "2016-02-28", sent: 10, date: at(day("2016-02-26"), 20),
			pred: "est entrée", summary: "La trêve est entrée en vigueur"},
			src{art: "a", pub: "2016-02-28", sent: 10, date: at(day("2016-02-27"), 40), pred: "est entrée",
				summary: "La trêve est entrée en vigueur"},
			true, "two dates of one sentence (2016-02-26, 2016-02-27)"},
		{"a day apart in one article", visit,
			src{art: "a", pub: "2016-03-22", sent: 200, date: day("2016-03-23"), pred: "sera accueilli",
				summary: "Le chef de la diplomatie américaine sera accueilli", actors: kerry},
			true, "dates 2016-03-22 and 2016-03-23 a day apart in one article (disagreement)"},
		{"a day apart in two articles, nothing more in common", visit,
			src{art: "b", pub: "2016-03-25", date: day("2016-03-23"), pred: "arrivé", summary: "John Kerry arrivé", actors: kerry},
			false, ""},
		{"a week apart, same actor and object", src{art: "a", pub: "2016-03-15", date: day("2016-03-14"), pred: "a estimé",
			summary: "Vladimir Poutine a estimé que la mission était globalement accomplie", actors: []string{"Vladimir Poutine"},
			phrase: "Vladimir Poutine a estimé que la mission de l'armée était globalement accomplie."},
			src{art: "b", pub: "2016-03-22", date: day("2016-03-21"), pred: "a annoncé",
				summary: "Le président russe a annoncé que la tâche était accomplie", actors: []string{"Vladimir Poutine"},
				phrase: "Le président russe a annoncé le 21 mars que la tâche des armées avait été globalement accomplie."},
			true, "shared words [accompli, armé, globalement], predicate family 'announce', dates 2016-03-14 and 2016-03-21 differ (disagreement)"},
		{"a week apart, no actor on either side, same theme and words", src{art: "a", pub: "2016-02-13", date: day("2016-02-19"),
			pred: "devrait s'appliquer", summary: "Une cessation des hostilités devrait s'appliquer"},
			src{art: "b", pub: "2016-03-15", date: day("2016-02-27"), pred: "entrée en vigueur",
				summary: "La cessation des hostilités entrée en vigueur"},
			true, "same themes [ceasefire], shared words [cessation, hostilit], predicate family 'start'"},
		{"a week apart, actors on one side only", src{art: "a", pub: "2016-02-13", date: day("2016-02-19"),
			pred: "devrait s'appliquer", summary: "Une cessation des hostilités devrait s'appliquer", actors: []string{"le GISS"}},
			src{art: "b", pub: "2016-03-15", date: day("2016-02-27"), pred: "entrée en vigueur",
				summary: "La cessation des hostilités entrée en vigueur"}, false, ""},
		{"a year and a day of it", src{art: "a", pub: "2013-01-15", date: span("2012", "2012-01-01", "2013-01-01"), pred: "a annoncé",
			summary: "Barack Obama a annoncé sa candidature", actors: []string{"Barack Obama"}},
			src{art: "b", pub: "2012-11-08", date: day("2012-04-04"), pred: "a annoncé",
				summary: "Barack Obama a annoncé sa candidature", actors: []string{"Barack Obama"}},
			true, "same actors [Barack Obama]"},
		{"a century and a day of it", src{art: "a", pub: "2013-01-15", date: span("19", "1900-01-01", "2000-01-01"), pred: "a annoncé",
			summary: "Le président a annoncé sa candidature", actors: []string{"le président"}},
			src{art: "b", pub: "1995-05-08", date: day("1995-04-07"), pred: "a annoncé",
				summary: "Le président a annoncé sa candidature", actors: []string{"le président"}}, false, ""},
		{"a century, two dates of one sentence", src{art: "a", pub: "2016-02-28", sent: 10, date: at(span("19", "1900-01-01", "2000-01-01"), 20),
			pred: "est entrée", summary: "La trêve est entrée en vigueur"},
			src{art: "a", pub: "2016-02-28", sent: 10, date: at(day("1995-02-27"), 40), pred: "est entrée",
				summary: "La trêve est entrée en vigueur"}, false, ""},
		{"three weeks apart", src{art: "a", pub: "2016-03-15", date: day("2016-03-01"), pred: "a annoncé",
			summary: "Vladimir Poutine a annoncé le retrait des forces", actors: []string{"Vladimir Poutine"}},
			src{art: "b", pub: "2016-03-25", date: day("2016-03-22"), pred: "a annoncé",
				summary: "Vladimir Poutine a annoncé le retrait des forces", actors: []string{"Vladimir Poutine"}}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ia, ib := itemOf(tt.a), itemOf(tt.b)
			a, b := &ia, &ib
			r, got := same(a, b)
			if got != tt.want {
				t.Fatalf("same(%q, %q) = %v (family %q, %q), want %v", a.Summary, b.Summary, got,
					a.traits.Family, b.traits.Family, tt.want)
			}
			if _, back := same(b, a); back != got {
				t.Errorf("same(%q, %q) = %v but the other way round %v", a.Summary, b.Summary, got, back)
			}
			if got && !strings.Contains(r.explain(a, b), tt.phrase) {
				t.Errorf("same(%q, %q) explained %q, want it to hold %q", a.Summary, b.Summary, r.explain(a, b), tt.phrase)
			}
		})
	}
}

func TestCompareDates(t *testing.T) {
	night := timeline.Mention{Text: "la nuit de vendredi à samedi", Value: "2016-02-26TNI", Grain: timeline.GrainPart,
		Start: time.Date(2016, 2, 26, 21, 0, 0, 0, paris), End: time.Date(2016, 2, 27, 6, 0, 0, 0, paris)}
	tests := []struct {
		name    string
		a, b    timeline.Mention
		overlap bool
		gap     time.Duration
	}{
		{"same day", day("2016-03-22"), day("2016-03-22"), true, 0},
		{"next day touches but does not overlap", day("2016-03-22"), day("2016-03-23"), false, 0},
		{"night over midnight", night, day("2016-02-27"), true, 0},
		{"a week apart", day("2016-03-14"), day("2016-03-21"), false, 6 * 24 * time.Hour},
		{"later first", day("2016-03-21"), day("2016-03-14"), false, 6 * 24 * time.Hour},
		{"zones compare as written", day("2016-03-22"), func() timeline.Mention {
			tokyo := time.FixedZone("UTC+9", 9*3600)
			m := day("2016-03-23")
			m.Start, m.End = time.Date(2016, 3, 23, 0, 0, 0, 0, tokyo), time.Date(2016, 3, 24, 0, 0, 0, 0, tokyo)
			return m
		}(), false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			overlap, gap := compareDates(tt.a, tt.b)
			if overlap != tt.overlap || gap != tt.gap {
				t.Errorf("compareDates(%s, %s) = %v, %v; want %v, %v", tt.a.Value, tt.b.Value, overlap, gap, tt.overlap, tt.gap)
			}
		})
	}
}

// common and commonSorted count what intersect lists.
func TestCommon(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
	}{
		{"none", []string{"a", "b"}, []string{"c"}},
		{"some", []string{"accord", "paix", "syrie"}, []string{"paix", "syrie", "trêve"}},
		{"all", []string{"a", "b"}, []string{"a", "b"}},
		{"empty", nil, []string{"a"}},
		{"repeats in a", []string{"Kerry", "Lavrov", "Kerry"}, []string{"Kerry"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := len(intersect(tt.a, tt.b))
			if got := common(tt.a, tt.b); got != want {
				t.Errorf("common(%q, %q) = %d, want %d", tt.a, tt.b, got, want)
			}
			if !slices.IsSorted(tt.a) || !slices.IsSorted(tt.b) || len(slices.Compact(slices.Clone(tt.a))) != len(tt.a) {
				return // commonSorted takes sorted lists without repeats
			}
			if got := commonSorted(tt.a, tt.b); got != want {
				t.Errorf("commonSorted(%q, %q) = %d, want %d", tt.a, tt.b, got, want)
			}
		})
	}
}

// IDs given list after list are those assignIDs gives the lists joined:
// a happening whose first source makes the same hash as an earlier one's
// takes a numbered hash, whichever list it came in.
func TestIDsAcrossLists(t *testing.T) {
	h := func(article string) timeline.Happening {
		var e timeline.Entry
		e.ArticleID, e.SentenceOffset, e.Date.Offset = article, 10, 20
		return timeline.Happening{Sources: []timeline.Entry{e}}
	}
	joined := []timeline.Happening{h("a"), h("b"), h("a"), h("a")}
	assignIDs(joined)
	parts := [][]timeline.Happening{{h("a")}, {h("b"), h("a")}, {h("a")}}
	var ids IDs
	var got []string
	for _, p := range parts {
		ids.Assign(p)
		for _, x := range p {
			got = append(got, x.ID)
		}
	}
	var want []string
	seen := map[string]bool{}
	for _, x := range joined {
		want = append(want, x.ID)
		if seen[x.ID] {
			t.Fatalf("assignIDs gave %s twice", x.ID)
		}
		seen[x.ID] = true
	}
	if !slices.Equal(got, want) {
		t.Errorf("IDs.Assign over the parts = %q, assignIDs over the whole = %q", got, want)
	}
}
