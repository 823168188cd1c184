package tagger

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// maxSentence bounds a sentence: text without punctuation (OCR, tables,
// lists) is cut at a space past this many bytes, so that tagging stays
// linear in the size of the text.
const maxSentence = 600

// sentenceIndex holds the sentences of a text, found once, with the tense
// cues of each, computed when first asked for. The text is split from its
// start as far as the positions asked about (of): the sentences after the
// last mention of a text are never split.
type sentenceIndex struct {
	text   string
	bounds [][2]int
	cues   map[int][]cue
	// punct and ques are the sorted offsets of clause punctuation and of
	// the spaces before "que", "qu'" and "qu’" in the text split so far:
	// what separates a tense cue from a mention.
	punct, ques []int
	words       []word // reused by cuesOf
	// next is where splitting resumes, start the start of the sentence
	// it is in; done is set once the whole text is split.
	next, start int
	done        bool
}

// newSentenceIndex returns the index of the sentences of text.
func newSentenceIndex(text string) *sentenceIndex {
	return &sentenceIndex{text: text, cues: map[int][]cue{}}
}

// indexPool recycles sentence indexes between texts.
var indexPool = sync.Pool{New: func() any { return &sentenceIndex{cues: map[int][]cue{}} }}

// reusedSentenceIndex is newSentenceIndex with an index from the pool;
// release gives it back.
func reusedSentenceIndex(text string) *sentenceIndex {
	idx := indexPool.Get().(*sentenceIndex)
	idx.text = text
	return idx
}

// release empties the index and gives it back to the pool.
func (x *sentenceIndex) release() {
	x.text = ""
	clear(x.cues)
	x.bounds, x.punct, x.ques, x.words = x.bounds[:0], x.punct[:0], x.ques[:0], x.words[:0]
	x.next, x.start, x.done = 0, 0, false
	indexPool.Put(x)
}

// splitBytes are the bytes split looks at: clause punctuation, sentence
// ends, and the q of "que". Spaces matter only in sentences too long to
// end on their punctuation.
var splitBytes = newByteSet(',', ';', ':', '"', 0xc2, '.', '!', '?', '\n', 'q')

// more splits the next sentence of the text into the index, with the
// punctuation before its end; it reports false once the whole text is
// split. Splitting the text sentence by sentence gives the sentences one
// pass over the whole text gives.
func (x *sentenceIndex) more() bool {
	if x.done {
		return false
	}
	text := x.text
	for i := x.next; i < len(text); i++ {
		// Most bytes are no punctuation and no sentence end.
		i = splitBytes.next(text, i, x.start+maxSentence)
		if i == len(text) {
			break
		}
		c := text[i]
		switch c {
		case 'q':
			if i > 0 && text[i-1] == ' ' && isQue(text[i:]) {
				x.ques = append(x.ques, i-1)
			}
		case ',', ';', ':', '"':
			x.punct = append(x.punct, i)
		case 0xc2: // « »
			if i+1 < len(text) && (text[i+1] == 0xab || text[i+1] == 0xbb) {
				x.punct = append(x.punct, i)
			}
		}
		end := -1
		switch {
		case (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !abbrevBefore(text, i):
			end = i + 1
		case c == '\n' && i+1 < len(text) && text[i+1] == '\n':
			end = i
		case i-x.start >= maxSentence && c == ' ':
			end = i
		case i-x.start >= 2*maxSentence && utf8.RuneStart(c):
			end = i // no space either: cut anyway
		}
		if end >= 0 {
			x.bounds = append(x.bounds, [2]int{x.start, end})
			x.start, x.next = end, i+1
			return true
		}
	}
	x.done, x.next = true, len(text)
	if x.start < len(text) || len(x.bounds) == 0 {
		x.bounds = append(x.bounds, [2]int{x.start, len(text)})
	}
	return true
}

// isQue reports whether s opens on "que" as a word, "qu'" or "qu’": with
// a space before it, what separates a tense cue from a mention.
func isQue(s string) bool {
	if !strings.HasPrefix(s, "qu") {
		return false
	}
	rest := s[2:]
	return strings.HasPrefix(rest, "e") && (len(rest) == 1 || rest[1] == ' ') ||
		strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
}

// anyIn reports whether a sorted offset list has an entry in [lo, hi).
func anyIn(offsets []int, lo, hi int) bool {
	i := sort.SearchInts(offsets, lo)
	return i < len(offsets) && offsets[i] < hi
}

// of returns the index of the sentence holding byte pos, splitting the
// text as far as that sentence.
func (x *sentenceIndex) of(pos int) int {
	for (len(x.bounds) == 0 || x.bounds[len(x.bounds)-1][1] <= pos) && x.more() {
	}
	i := sort.Search(len(x.bounds), func(i int) bool { return x.bounds[i][1] > pos })
	return min(i, len(x.bounds)-1)
}

// sentence returns the bounds of the sentence holding pos.
func (x *sentenceIndex) sentence(pos int) (int, int) {
	b := x.bounds[x.of(pos)]
	return b[0], b[1]
}

// cuesOf returns the tense cues of the sentence holding pos.
func (x *sentenceIndex) cuesOf(pos int) []cue {
	i := x.of(pos)
	if c, ok := x.cues[i]; ok {
		return c
	}
	b := x.bounds[i]
	x.words = words(x.text, b[0], b[1], x.words[:0])
	c := cues(x.text, x.words)
	x.cues[i] = c
	return c
}
