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

func TestWriteTextChronology(t *testing.T) {
	tests := []struct {
		name    string
		entries []timeline.Entry
		want    string
	}{
		{"empty", nil, ""},
		{"aligned columns", []timeline.Entry{
			entry(day("2016-03-15"), "Kerry annonce sa visite", "Sputnik France"),
			entry(morning(), "Kerry accueilli à Moscou", "La Gazette du Levant"),
		}, "2016-03-15        Kerry annonce sa visite   Sputnik France\n" +
			"2016-03-23 matin  Kerry accueilli à Moscou  La Gazette du Levant\n"},
		{"white space kept in its column", []timeline.Entry{
			entry(day("2016-03-22"), "Visite\tde Kerry\n à Moscou", ""),
		}, "2016-03-22  Visite de Kerry à Moscou  art-1\n"},
		{"sentence when no summary", []timeline.Entry{
			entry(day("2016-02-27"), "", "Agence Méridien"),
		}, "2016-02-27  .  Agence Méridien\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := writeChronology(&b, tt.entries, formatText); err != nil {
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
		name    string
		entries []timeline.Entry
		want    string
	}{
		{"empty is an empty array", nil, "[]\n"},
		{"day as a date, not midnight UTC", []timeline.Entry{entry(day("2016-03-22"), "Visite de Kerry", "Sputnik France")}, `[
  {
    "date": {
      "start": "2016-03-22",
      "end": "2016-03-23",
      "grain": "day",
      "value": "2016-03-22",
      "display": "2016-03-22"
    },
    "summary": "Visite de Kerry",
    "sentence": "Visite de Kerry.",
    "actors": [],
    "places": [],
    "modality": "planned",
    "article_id": "art-1",
    "source": "Sputnik France",
    "url": "",
    "published": "2016-03-22T10:00:00+01:00"
  }
]
`},
		{"part of day as wall clock", []timeline.Entry{func() timeline.Entry {
			e := entry(morning(), "Kerry accueilli", "Gazette")
			e.Actors, e.Places, e.URL = []string{"John Kerry"}, []string{"Moscou"}, "https://example.org/a"
			return e
		}()}, `[
  {
    "date": {
      "start": "2016-03-23T06:00:00",
      "end": "2016-03-23T12:00:00",
      "grain": "partofday",
      "value": "2016-03-23TMO",
      "display": "2016-03-23 matin"
    },
    "summary": "Kerry accueilli",
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
    "url": "https://example.org/a",
    "published": "2016-03-22T10:00:00+01:00"
  }
]
`},
		{"duration without interval", []timeline.Entry{func() timeline.Entry {
			e := entry(timeline.Mention{Text: "sept heures", Type: timeline.TypeDuration, Value: "PT7H"}, "Décalage", "Sputnik")
			e.Published = time.Time{}
			return e
		}()}, `[
  {
    "date": {
      "value": "PT7H",
      "display": "PT7H"
    },
    "summary": "Décalage",
    "sentence": "Décalage.",
    "actors": [],
    "places": [],
    "modality": "planned",
    "article_id": "art-1",
    "source": "Sputnik",
    "url": ""
  }
]
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := writeChronology(&b, tt.entries, formatJSON); err != nil {
				t.Fatalf("writeChronology: %v", err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("writeChronology(json) =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
