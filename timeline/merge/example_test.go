package merge_test

import (
	"fmt"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/merge"
)

// Two outlets report Putin's withdrawal announcement on different days:
// one entry, with both sources and the reason they were joined.
func ExampleMerge() {
	cet := time.FixedZone("CET", 3600)
	day := func(text string, d int) timeline.Mention {
		start := time.Date(2016, 3, d, 0, 0, 0, 0, cet)
		return timeline.Mention{Text: text, Type: timeline.TypeDate, Value: start.Format("2006-01-02"),
			Start: start, End: start.AddDate(0, 0, 1), Grain: timeline.GrainDay}
	}
	putin := []string{"Vladimir Poutine"}
	entries := []timeline.Entry{
		{Event: timeline.Event{ArticleID: "sputnik", Date: day("le 21 mars", 21), Predicate: "a annoncé",
			Summary:  "Le président russe a annoncé le retrait",
			Sentence: "Le président russe a annoncé le 21 mars le retrait du contingent, sa mission accomplie.",
			Actors:   putin, Modality: timeline.ModalityHappened},
			Source: "Sputnik France", Published: time.Date(2016, 3, 22, 9, 0, 0, 0, cet)},
		{Event: timeline.Event{ArticleID: "echo", Date: day("lundi 14 mars", 14), Predicate: "a estimé",
			Summary:  "Vladimir Poutine a estimé la mission accomplie",
			Sentence: "Lundi 14 mars, Vladimir Poutine a estimé la mission accomplie et ordonné le retrait du contingent.",
			Actors:   putin, Modality: timeline.ModalityHappened},
			Source: "L'Écho diplomatique", Published: time.Date(2016, 3, 15, 19, 40, 0, 0, cet)},
	}
	for _, h := range merge.Merge(entries) {
		fmt.Println(timeline.DisplayDate(h.Date), h.Headline, len(h.Sources), "sources")
		for _, w := range h.Why {
			fmt.Println(w)
		}
	}
	// Output:
	// 2016-03-14 Vladimir Poutine a estimé la mission accomplie 2 sources
	// joined L'Écho diplomatique [echo] "lundi 14 mars" and Sputnik France [sputnik] "le 21 mars": same actors [Vladimir Poutine], same themes [withdrawal], shared words [accompli, contingent, mission, retrait], predicate family 'announce', dates 2016-03-14 and 2016-03-21 differ (disagreement)
}
