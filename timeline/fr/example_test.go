package fr_test

import (
	"fmt"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/timeline-fr/timeline/timeline/fr"
)

// A rule runs through the rules.Rule contract of github.com/olebedev/when:
// Find returns the first match, whose applier fills when's context with the
// fields the text gave.
func ExampleRule_Find() {
	r := fr.AbsoluteDate()
	m := r.Find("Kerry est arrivé à Moscou le mardi 22 mars, selon le Kremlin.")
	if m == nil {
		fmt.Println("no match")
		return
	}
	ref := time.Date(2016, 3, 24, 12, 0, 0, 0, time.UTC)
	c := &rules.Context{}
	applied, err := m.Apply(c, &rules.Options{}, ref)
	fmt.Printf("%q applied=%t err=%v\n", m.Text, applied, err)
	fmt.Printf("day=%d month=%d weekday=%s year set=%t\n", *c.Day, *c.Month, time.Weekday(*c.Weekday), c.Year != nil)
	// Output:
	// "le mardi 22 mars" applied=true err=<nil>
	// day=22 month=3 weekday=Tuesday year set=false
}
