package check_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/check"
)

// A weekday that does not match its date, as the tagger hands it over.
func ExampleRun() {
	paris, _ := time.LoadLocation("Europe/Paris")
	text := "Les premiers bombardiers avaient quitté la base de Hmeimim dès le lundi 15 mars."
	start := time.Date(2016, time.March, 15, 0, 0, 0, 0, paris)
	at := strings.Index(text, "le lundi 15 mars")
	in := check.Input{
		Articles: []timeline.Article{{ID: "gazette", Text: text,
			Published: time.Date(2016, time.March, 25, 7, 30, 0, 0, paris)}},
		Mentions: map[string][]timeline.Mention{"gazette": {{
			Offset: at, EndOffset: at + len("le lundi 15 mars"), Text: "le lundi 15 mars", Type: timeline.TypeDate,
			Value: "2016-03-15", Start: start, End: start.AddDate(0, 0, 1), Grain: timeline.GrainDay,
			Tense: timeline.TensePast, Weekday: 1,
		}}},
		Lang: "fr",
	}
	for _, c := range check.Run(in) {
		fmt.Println(c.Kind, c.Severity)
		fmt.Println(c.Message)
	}
	// Output:
	// weekday-mismatch warning
	// « le lundi 15 mars » : le 15 mars 2016 est un mardi, pas un lundi ; les lundis les plus proches sont le 14 mars 2016 et le 21 mars 2016.
}
