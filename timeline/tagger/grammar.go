package tagger

import (
	"sync"

	"github.com/timeline-fr/timeline/timeline"
)

// Sentence returns the bounds of the sentence that holds [start, end) in
// text, as the tagger splits sentences.
func Sentence(text string, start, end int) (int, int) { return sentenceBounds(text, start, end) }

// ClauseTense returns the tense of the clause that governs [start, end).
func ClauseTense(text string, start, end int) timeline.Tense { return clauseTense(text, start, end) }

// wordsPool recycles the words of sentences between calls of Predicate,
// which the events extractor makes for every date it reads.
var wordsPool = sync.Pool{New: func() any { ws := make([]word, 0, 128); return &ws }}

// Predicate returns the verb group nearest to [start, end) in its
// sentence: an auxiliary with its participle ("ont quitté"), a future or
// conditional form with its participle ("sera accueilli"), a participle
// ("entré") or a present participle ("se prononçant"). ok=false when the
// sentence shows none.
func Predicate(text string, start, end int) (from, to int, ok bool) {
	s, e := sentenceBounds(text, start, end)
	buf := wordsPool.Get().(*[]word)
	ws := words(text, s, e, (*buf)[:0])
	defer func() { clear(ws); *buf = ws[:0]; wordsPool.Put(buf) }()
	best := -1
	bestDist := 1 << 30
	for i, w := range ws {
		if w.start >= start && w.start < end {
			continue
		}
		if !isVerbHead(text, ws, i) {
			continue
		}
		d := start - w.end
		if w.start > end {
			d = w.start - end + 40 // the verb before a date usually governs it
		}
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	from, to = ws[best].start, ws[best].end
	for j := best + 1; j < len(ws) && j <= best+4; j++ {
		w := ws[j].text
		if ws[j].end > start && ws[j].start < end {
			break // the date itself
		}
		if tenseClasses(w)&kAdverb != 0 {
			continue
		}
		if w == "été" || isParticiple(w) && len(w) > 3 && !isVerbHead(text, ws, j) {
			to = ws[j].end
			if w != "été" {
				break
			}
			continue
		}
		break
	}
	if best > 0 && (ws[best-1].text == "se" || ws[best-1].text == "s") && ws[best-1].end >= from-2 {
		from = ws[best-1].start
	}
	return from, to, true
}

// marksFuture reports whether a verb in tense t is still to come: a future
// or a conditional.
func marksFuture(t timeline.Tense) bool {
	return t == timeline.TenseFuture || t == timeline.TenseConditional
}

// isVerbHead reports whether word i opens a verb group.
func isVerbHead(text string, ws []word, i int) bool {
	w := ws[i].text
	k := tenseClasses(w)
	switch {
	case k&kAux != 0 && participleFollows(ws, i):
		return true
	case marksFuture(wordTenseOf(w, k, false)):
		return true
	case len(w) > 5 && (hasSuffix(w, "ant") && !hasSuffix(w, "ement")) && i > 0 && (ws[i-1].text == "se" || ws[i-1].text == "en"):
		return true
	case (hasSuffix(w, "é") || hasSuffix(w, "ée") || hasSuffix(w, "és") || hasSuffix(w, "ées")) && len(w) > 4 && i+1 < len(ws) && participleContext(ws[i+1].text):
		return true
	}
	return false
}

// participleContext reports whether the word after a bare participle marks
// it as a verb ("entré en vigueur", "annoncé par", "prévue pour").
func participleContext(next string) bool {
	switch next {
	case "en", "par", "pour", "le", "dans", "à", "au", "depuis", "lors":
		return true
	}
	return false
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }
