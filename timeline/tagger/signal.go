package tagger

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline/internal/lower"
)

// signals are prepositions that introduce a date without being part of it
// ("en 1975", "depuis 1998", "vers 18 h", "à la fin de l'année"). As in
// TimeML, they stay out of the mention's extent. Prepositions that carry
// the meaning ("il y a", "dans deux semaines") are kept.
var signals = []string{"jusqu'à ", "jusqu’à ", "jusqu'en ", "jusqu’en ", "jusqu'au ", "jusqu’au ",
	"aux alentours de ", "peu avant ", "peu après ", "depuis ", "pendant ", "durant ", "courant ",
	"vers ", "dès ", "pour ", "en ", "à ", "avant ", "après "}

// signalsBefore are trimmed only before the given continuations.
var signalsBefore = map[string][]string{
	"du ":   {"mois "},
	"au ":   {"début ", "milieu ", "mois ", "cours "},
	"dans ": {"la ", "le ", "les ", "l'", "l’"},
}

// trimSignal returns the start of the mention at [start, end) once leading
// signals are removed.
func trimSignal(text string, start, end int) int {
	for {
		s := text[start:end]
		n := signalLen(s)
		if n == 0 || n >= len(s) {
			return start
		}
		start += n
	}
}

// signalLen returns the length of the signal that s starts with, 0 if none.
func signalLen(s string) int {
	l := lower.String(s)
	if strings.HasPrefix(l, "à ") && len(l) > 3 {
		rest := l[len("à "):]
		if strings.HasPrefix(rest, "la ") || strings.HasPrefix(rest, "l'") || strings.HasPrefix(rest, "l’") {
			return len("à ")
		}
	}
	if strings.HasPrefix(l, "a ") && len(l) > 2 && '0' <= l[2] && l[2] <= '9' {
		return len("a ") // "A 20 h" at a sentence start, accent dropped
	}
	for _, p := range signals {
		if strings.HasPrefix(l, p) {
			return len(p)
		}
	}
	for p, nexts := range signalsBefore {
		if strings.HasPrefix(l, p) {
			for _, n := range nexts {
				if strings.HasPrefix(l[len(p):], n) {
					return len(p)
				}
			}
		}
	}
	return 0
}
