package tagger

// byteSet marks bytes: 1 for those in the set, 0 for the others, so that
// eight lookups can be told apart with one test.
type byteSet [256]uint8

// newByteSet returns the set of the bytes given.
func newByteSet(bs ...byte) *byteSet {
	var set byteSet
	for _, c := range bs {
		set[c] = 1
	}
	return &set
}

// next returns the first position from i, before limit, whose byte is
// in the set, or limit. It reads eight bytes a turn: the bytes sought
// (sentence ends, punctuation) are a few in a hundred.
func (set *byteSet) next(text string, i, limit int) int {
	limit = min(limit, len(text))
	for ; i+8 <= limit; i += 8 {
		b := text[i : i+8]
		if set[b[0]]|set[b[1]]|set[b[2]]|set[b[3]]|set[b[4]]|set[b[5]]|set[b[6]]|set[b[7]] != 0 {
			break
		}
	}
	for i < limit && set[text[i]] == 0 {
		i++
	}
	return i
}

// prev returns the last position p, lo < p <= i, whose byte before it
// (text[p-1]) is in the set, or lo: next, backwards.
func (set *byteSet) prev(text string, lo, i int) int {
	lo = max(lo, 0)
	for ; i-8 >= lo; i -= 8 {
		b := text[i-8 : i]
		if set[b[0]]|set[b[1]]|set[b[2]]|set[b[3]]|set[b[4]]|set[b[5]]|set[b[6]]|set[b[7]] != 0 {
			break
		}
	}
	for i > lo && set[text[i-1]] == 0 {
		i--
	}
	return i
}
