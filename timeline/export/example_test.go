package export_test

import (
	"fmt"
	"os"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/export"
)

// A chronology of one entry, written as Markdown.
func ExampleWrite() {
	paris := time.FixedZone("CET", 3600)
	start := time.Date(2016, 3, 15, 0, 0, 0, 0, paris)
	date := timeline.Mention{Text: "mardi 15 mars", Type: timeline.TypeDate, Value: "2016-03-15",
		Start: start, End: start.AddDate(0, 0, 1), Grain: timeline.GrainDay}
	c := export.Chronology{Happenings: []timeline.Happening{{
		ID: "hmeimim", Date: date, Headline: "Les premiers avions russes quittent Hmeimim",
		Places: []string{"Hmeimim"}, Modality: timeline.ModalityHappened,
		Sources: []timeline.Entry{{
			Event: timeline.Event{ArticleID: "sputnik", Date: date,
				Sentence: "Les premiers pilotes ont quitté la base de Hmeimim mardi 15 mars."},
			Source: "Sputnik France", URL: "https://fr.sputniknews.com/international/2016/",
		}},
	}}}
	if err := export.Write(os.Stdout, export.FormatMarkdown, c, export.Options{Title: "Syrie"}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Syrie
	//
	// ## mars 2016
	//
	// ### 2016-03-15 — Les premiers avions russes quittent Hmeimim
	//
	// *happened* · places: Hmeimim
	//
	// - [Sputnik France](<https://fr.sputniknews.com/international/2016/>): « Les premiers pilotes ont quitté la base de Hmeimim mardi 15 mars. » (*mardi 15 mars*)
}
