package eval_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/timeline-fr/timeline/timeline/eval"
)

func ExampleScore() {
	gold, err := eval.ReadGold(strings.NewReader(
		`{"id": "1", "text": "Kerry sera à Moscou le 22 mars.", "ref": "2016-03-15T00:00:00+03:00",` +
			` "expect": [{"text": "le 22 mars", "timex": "2016-03-22"}]}` + "\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	preds := map[string][]eval.Found{"1": {
		{Text: "22 mars", Offset: 24, Type: "DATE", Start: "2016-03-22T00:00:00", Grain: "day"},
	}}
	r := eval.Score("example", gold, preds)
	if err := r.WriteText(os.Stdout, 1); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ## example (1 cases, 1 gold mentions, 1 with a plain value)
	//
	// | peer | pred | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type acc (n) | value P | value R | value F1 | val acc | val R plain | timex |
	// |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
	// | example | 1 | 0.0 | 0.0 | 0.0 | 100.0 | 100.0 | 100.0 | 100.0 (1) | 100.0 | 100.0 | 100.0 | 100.0 | 100.0 | derived 100% |
	//
	// ### errors: example
	// - missed gold (id: gold text = gold value | context): 0
	// - spurious prediction (id: pred text = pred value, given|derived|none | context): 0
	// - relaxed but not strict (id: gold text ~ pred text | gold context): 1
	//     1: "le 22 mars" ~ "22 mars" | Kerry sera à Moscou [le 22 mars].
	// - wrong value (id: gold text = gold value ~ pred text = pred value, given|derived|none | gold context): 0
	// - wrong type (id: gold text = gold type ~ pred text = pred type | gold context): 0
}
