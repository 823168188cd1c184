package check

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// checkImpossible reports the written dates and times that cannot exist
// ("30 février", "31 avril", "25 h"): the tagger keeps them as mentions
// without a value, with the reason in Mention.Problem.
func checkImpossible(d doc, p printer) []finding {
	var out []finding
	for _, m := range d.ms {
		if m.Problem == "" {
			continue
		}
		out = append(out, finding{Conflict: timeline.Conflict{
			Kind:      KindImpossibleDate,
			Severity:  timeline.SeverityError,
			Message:   p.say("impossible", p.quote(m.Text), p.problem(m)),
			Articles:  []string{d.art.ID},
			Dates:     []string{m.Text},
			Sentences: sentences(d.art.Text, m),
		}, rank: d.rank, offset: m.Offset})
	}
	return out
}

// problem explains why a mention cannot exist. Mention.Problem is written
// in English; in French the reason is read again from the expression.
func (p printer) problem(m timeline.Mention) string {
	if !p.fr {
		return m.Problem
	}
	if month, ok := monthIn(m.Text); ok {
		days := time.Date(2016, month+1, 0, 0, 0, 0, 0, time.UTC).Day() // a leap year: the most days
		return fmt.Sprintf("%s ne compte que %d jours", monthsFR[month-1], days)
	}
	if hm := clockPattern.FindStringSubmatch(m.Text); hm != nil {
		if h, _ := strconv.Atoi(hm[1]); h > 23 {
			return "une journée ne compte que 24 heures"
		}
		return "une heure ne compte que 60 minutes"
	}
	return "cette date n'existe pas"
}

// clockPattern reads a clock time: "25 h", "10h75", "25 heures".
var clockPattern = regexp.MustCompile(`(\d{1,2})[\s\x{a0}\x{202f}]*(?:h|heures?)`)

// unaccent drops the accents of month names, which writers sometimes omit.
var unaccent = strings.NewReplacer("é", "e", "û", "u")

// monthIn returns the month a French expression names.
func monthIn(s string) (time.Month, bool) {
	for _, w := range wordsOf(unaccent.Replace(lower.String(s))) {
		for i, name := range monthsFR {
			if w == unaccent.Replace(name) {
				return time.Month(i + 1), true
			}
		}
	}
	return 0, false
}
