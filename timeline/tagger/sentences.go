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
// cues of each, computed when first asked for.
type sentenceIndex struct {
	text   string
	bounds [][2]int
	cues   map[int][]cue
	// punct and ques are the sorted offsets of clause punctuation and of
	// the spaces before "que", "qu'" and "qu’" in the text: what separates
	// a tense cue from a mention.
	punct, ques []int
	words       []word // reused by cuesOf
}

// newSentenceIndex splits text into sentences.
func newSentenceIndex(text string) *sentenceIndex {
	idx := &sentenceIndex{cues: map[int][]cue{}}
	idx.split(text)
	return idx
}

// indexPool recycles sentence indexes between texts.
var indexPool = sync.Pool{New: func() any { return &sentenceIndex{cues: map[int][]cue{}} }}

// reusedSentenceIndex is newSentenceIndex with an index from the pool;
// release gives it back.
func reusedSentenceIndex(text string) *sentenceIndex {
	idx := indexPool.Get().(*sentenceIndex)
	idx.split(text)
	return idx
}

// release empties the index and gives it back to the pool.
func (x *sentenceIndex) release() {
	x.text = ""
	clear(x.cues)
	x.bounds, x.punct, x.ques, x.words = x.bounds[:0], x.punct[:0], x.ques[:0], x.words[:0]
	indexPool.Put(x)
}

// splitBytes are the bytes split looks at: clause punctuation, sentence
// ends, and the q of "que". Spaces matter only in sentences too long to
// end on their punctuation.
var splitBytes = newByteSet(',', ';', ':', '"', 0xc2, '.', '!', '?', '\n', 'q')

// split finds the sentences of text, into the index's emptied slices.
func (x *sentenceIndex) split(text string) {
	idx := x
	idx.text = text
	start := 0
	for i := 0; i < len(text); i++ {
		// Most bytes are no punctuation and no sentence end.
		i = splitBytes.next(text, i, start+maxSentence)
		if i == len(text) {
			break
		}
		c := text[i]
		switch c {
		case 'q':
			if i > 0 && text[i-1] == ' ' && isQue(text[i:]) {
				idx.ques = append(idx.ques, i-1)
			}
		case ',', ';', ':', '"':
			idx.punct = append(idx.punct, i)
		case 0xc2: // « »
			if i+1 < len(text) && (text[i+1] == 0xab || text[i+1] == 0xbb) {
				idx.punct = append(idx.punct, i)
			}
		}
		end := -1
		switch {
		case (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !abbrevBefore(text, i):
			end = i + 1
		case c == '\n' && i+1 < len(text) && text[i+1] == '\n':
			end = i
		case i-start >= maxSentence && c == ' ':
			end = i
		case i-start >= 2*maxSentence && utf8.RuneStart(c):
			end = i // no space either: cut anyway
		}
		if end >= 0 {
			idx.bounds = append(idx.bounds, [2]int{start, end})
			start = end
		}
	}
	if start < len(text) || len(idx.bounds) == 0 {
		idx.bounds = append(idx.bounds, [2]int{start, len(text)})
	}
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

// of returns the index of the sentence holding byte pos.
func (x *sentenceIndex) of(pos int) int {
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
