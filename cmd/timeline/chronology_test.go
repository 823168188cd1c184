package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

var paris = mustZone("Europe/Paris")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC
	}
	return loc
}

// day is a mention of one calendar day in Paris.
func day(value string) timeline.Mention {
	start, _ := time.ParseInLocation("2006-01-02", value, paris)
	return timeline.Mention{Text: value, Type: timeline.TypeDate, Value: value,
		Start: start, End: start.AddDate(0, 0, 1), Grain: timeline.GrainDay}
}

// morning is the mention "mercredi matin" of 23 March 2016.
func morning() timeline.Mention {
	start := time.Date(2016, 3, 23, 6, 0, 0, 0, paris)
	return timeline.Mention{Text: "mercredi matin", Type: timeline.TypeTime, Value: "2016-03-23TMO",
		Start: start, End: start.Add(6 * time.Hour), Grain: timeline.GrainPart}
}

func entry(date timeline.Mention, summary, source string) timeline.Entry {
	return timeline.Entry{
		Event: timeline.Event{ArticleID: "art-1", Date: date, Summary: summary,
			Sentence: summary + ".", Modality: timeline.ModalityPlanned},
		Source:    source,
		Published: time.Date(2016, 3, 22, 10, 0, 0, 0, paris),
	}
}

// happening is a chronology entry filed under the date of its first
// source.
func happening(id, headline string, actors, places []string, sources ...timeline.Entry) timeline.Happening {
	return timeline.Happening{ID: id, Date: sources[0].Date, Headline: headline, Actors: actors, Places: places,
		Modality: timeline.ModalityPlanned, Sources: sources}
}

// fromArticle moves an entry to another article.
func fromArticle(e timeline.Entry, id string) timeline.Entry {
	e.ArticleID = id
	return e
}

func TestWriteTextChronology(t *testing.T) {
	kerry := []string{"John Kerry", "Vladimir Poutine", "Sergueï Lavrov", "Dmitri Peskov"}
	tests := []struct {
		name string
		hs   []timeline.Happening
		want string
	}{
		{"empty", nil, ""},
		{"aligned columns", []timeline.Happening{
			happening("a1b2c3d4", "Kerry annonce sa visite", []string{"John Kerry"}, nil,
				entry(day("2016-03-15"), "Kerry annonce sa visite", "Sputnik France")),
			happening("e5f6a7b8", "Kerry accueilli à Moscou", kerry, []string{"Moscou", "Syrie", "Genève"},
				entry(morning(), "Kerry accueilli", "Sputnik France"),
				fromArticle(entry(day("2016-03-23"), "Kerry arrivé", "La Gazette du Levant"), "art-2")),
		}, "a1b2c3d4  2016-03-15        Kerry annonce sa visite   John Kerry                                       -                 1 article: Sputnik France\n" +
			"e5f6a7b8  2016-03-23 matin  Kerry accueilli à Moscou  John Kerry, Vladimir Poutine, Sergueï Lavrov +1  Moscou, Syrie +1  2 articles: Sputnik France, La Gazette du Levant\n"},
		{"one outlet, two articles, one counted once", []timeline.Happening{
			happening("00000001", "Trêve", nil, nil,
				entry(day("2016-02-27"), "Trêve", "Agence Méridien"),
				entry(day("2016-02-27"), "Trêve en vigueur", "Agence Méridien"),
				fromArticle(entry(day("2016-02-27"), "Trêve", "Agence Méridien"), "art-2")),
		}, "00000001  2016-02-27  Trêve  -  -  2 articles: Agence Méridien (2)\n"},
		{"white space kept in its column", []timeline.Happening{
			happening("00000002", "Visite\tde Kerry\n à Moscou", nil, nil, entry(day("2016-03-22"), "", "")),
		}, "00000002  2016-03-22  Visite de Kerry à Moscou  -  -  1 article: art-1\n"},
		{"sentence when no headline", []timeline.Happening{
			happening("00000003", "", nil, nil, entry(day("2016-02-27"), "Trêve", "Agence Méridien")),
		}, "00000003  2016-02-27  Trêve.  -  -  1 article: Agence Méridien\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := writeChronology(&b, tt.hs, formatText); err != nil {
				t.Fatalf("writeChronology: %v", err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("writeChronology(text) =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestWriteJSONChronology(t *testing.T) {
	tests := []struct {
		name string
		hs   []timeline.Happening
		want string
	}{
		{"empty is an empty array", nil, "[]\n"},
		{"day as a date, not midnight UTC", []timeline.Happening{
			happening("a1b2c3d4", "Visite de Kerry", nil, nil, entry(day("2016-03-22"), "Visite de Kerry", "Sputnik France")),
		}, `[
  {
    "id": "a1b2c3d4",
    "date": {
      "start": "2016-03-22",
      "end": "2016-03-23",
      "grain": "day",
      "value": "2016-03-22",
      "display": "2016-03-22"
    },
    "headline": "Visite de Kerry",
    "actors": [],
    "places": [],
    "modality": "planned",
    "sources": [
      {
        "date": {
          "start": "2016-03-22",
          "end": "2016-03-23",
          "grain": "day",
          "value": "2016-03-22",
          "display": "2016-03-22"
        },
        "mention": "2016-03-22",
        "summary": "Visite de Kerry",
        "predicate": "",
        "sentence": "Visite de Kerry.",
        "actors": [],
        "places": [],
        "modality": "planned",
        "article_id": "art-1",
        "source": "Sputnik France",
        "url": "",
        "published": "2016-03-22T10:00:00+01:00"
      }
    ],
    "why": [],
    "conflicts": []
  }
]
`},
		{"part of day as wall clock, why and conflicts kept", []timeline.Happening{func() timeline.Happening {
			e := entry(morning(), "Kerry accueilli", "Gazette")
			e.Actors, e.Places, e.URL, e.Published = []string{"John Kerry"}, []string{"Moscou"}, "https://example.org/a", time.Time{}
			h := happening("e5f6a7b8", "Kerry accueilli", []string{"John Kerry"}, []string{"Moscou"}, e)
			h.Why, h.Conflicts = []string{"joined A and B"}, []string{"cross-source-date"}
			return h
		}()}, `[
  {
    "id": "e5f6a7b8",
    "date": {
      "start": "2016-03-23T06:00:00",
      "end": "2016-03-23T12:00:00",
      "grain": "partofday",
      "value": "2016-03-23TMO",
      "display": "2016-03-23 matin"
    },
    "headline": "Kerry accueilli",
    "actors": [
      "John Kerry"
    ],
    "places": [
      "Moscou"
    ],
    "modality": "planned",
    "sources": [
      {
        "date": {
          "start": "2016-03-23T06:00:00",
          "end": "2016-03-23T12:00:00",
          "grain": "partofday",
          "value": "2016-03-23TMO",
          "display": "2016-03-23 matin"
        },
        "mention": "mercredi matin",
        "summary": "Kerry accueilli",
        "predicate": "",
        "sentence": "Kerry accueilli.",
        "actors": [
          "John Kerry"
        ],
        "places": [
          "Moscou"
        ],
        "modality": "planned",
        "article_id": "art-1",
        "source": "Gazette",
        "url": "https://example.org/a"
      }
    ],
    "why": [
      "joined A and B"
    ],
    "conflicts": [
      "cross-source-date"
    ]
  }
]
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := writeChronology(&b, tt.hs, formatJSON); err != nil {
				t.Fatalf("writeChronology: %v", err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("writeChronology(json) =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestNewJSONDateWithoutInterval(t *testing.T) {
	m := timeline.Mention{Text: "sept heures", Type: timeline.TypeDuration, Value: "PT7H"}
	got := newJSONDate(m)
	if want := (jsonDate{Value: "PT7H", Display: "PT7H"}); got != want {
		t.Errorf("newJSONDate(%q) = %+v, want %+v", m.Text, got, want)
	}
}

func TestOneLineDropsControls(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kerry\x1b[31m à Moscou", "Kerry[31m à Moscou"},
		{"ligne\r\nsuivante\ttab", "ligne suivante tab"},
		{"cloche\a et \u009b C1", "cloche et C1"},
	}
	for _, tt := range tests {
		if got := oneLine(tt.in); got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTerminalSafe(t *testing.T) {
	if got, want := terminalSafe("a\x1b[31mb\nc\td\u009be\r"), "a[31mb\nc\tde"; got != want {
		t.Errorf("terminalSafe = %q, want %q", got, want)
	}
}
