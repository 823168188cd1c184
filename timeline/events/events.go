// Package events turns the dated mentions of an article into events: the
// clause each mention dates, who acts in it, where, and with what modality.
package events

import "github.com/timeline-fr/timeline/timeline"

// Extract returns the events that the mentions of a date in a date.
func Extract(a timeline.Article, ms []timeline.Mention) []timeline.Event {
	return nil // TODO
}
