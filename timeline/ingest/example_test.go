package ingest_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/ingest"
)

func ExampleParseText() {
	data := []byte("source: Sputnik France\n" +
		"url: https://fr.sputniknews.com/international/201603221023572362-kerry-poutine/\n" +
		"\n" +
		"Le chef de la diplomatie américaine ne sera accueilli que mercredi matin.\n")
	a, err := ingest.ParseText("kerry.txt", data, ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.ID, "|", a.Source, "|", a.Published.Format(time.RFC3339))
	fmt.Println(a.Text)
	// Output:
	// kerry | Sputnik France | 2016-03-22T00:00:00+01:00
	// Le chef de la diplomatie américaine ne sera accueilli que mercredi matin.
}

func ExampleParseJSONL() {
	input := `{"id": "a1", "published": "2016-03-14", "text": "Vladimir Poutine a annoncé le retrait."}
{"id": "a2", "published": null, "url": null, "text": "Article sans date."}
`
	errs, err := ingest.ParseJSONL("corpus.jsonl", strings.NewReader(input), ingest.Options{}, func(a timeline.Article) error {
		fmt.Println(a.ID, a.Published.Format("2006-01-02"))
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range errs {
		fmt.Println(e)
	}
	// Output:
	// a1 2016-03-14
	// corpus.jsonl:2: no publication date
}

func ExamplePublishedFromURL() {
	t, ok := ingest.PublishedFromURL("https://www.lemonde.fr/international/article/2016/03/14/syrie_4882.html", nil)
	fmt.Println(t.Format(time.RFC3339), ok)
	// Output: 2016-03-14T00:00:00+01:00 true
}
