package merge

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"slices"

	"github.com/timeline-fr/timeline/timeline"
)

// happening builds the chronology entry of a group of items, given in the
// canonical order, with the explanations of its joins.
func happening(items []*item, members []int, why []string) timeline.Happening {
	h := timeline.Happening{Why: slices.Clone(why), Sources: make([]timeline.Entry, 0, len(members))}
	for _, i := range members {
		h.Sources = append(h.Sources, items[i].Entry)
	}
	h.Date = filedSource(h.Sources).Date
	h.Modality = modality(h.Sources)
	head := headlineSource(h.Sources, h.Date, h.Modality)
	h.Headline = head.Summary
	if h.Headline == "" {
		h.Headline = oneLine(head.Sentence)
	}
	h.Actors = byMentions(h.Sources, func(e timeline.Entry) []string { return e.Actors })
	h.Places = byMentions(h.Sources, func(e timeline.Entry) []string { return e.Places })
	return h
}

// byMentions returns the names the sources give, those most sources give
// first, then in order of first appearance: the actors a sentence merely
// mentions come after those every source names.
func byMentions(sources []timeline.Entry, names func(timeline.Entry) []string) []string {
	var out []string
	count := map[string]int{}
	for _, s := range sources {
		for _, n := range names(s) {
			if count[n] == 0 {
				out = append(out, n)
			}
			count[n]++
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return count[b] - count[a] })
	return out
}

// filedSource returns the source whose date files the entry: the date the
// most articles give (as a TIMEX3 value); between dates given by as many,
// that of the earliest published source, preferring one without a mod.
// Sources are in canonical order.
func filedSource(sources []timeline.Entry) timeline.Entry {
	articles := map[string]map[string]bool{} // value -> articles that give it
	for _, s := range sources {
		if articles[s.Date.Value] == nil {
			articles[s.Date.Value] = map[string]bool{}
		}
		articles[s.Date.Value][articleKey(s)] = true
	}
	best := sources[0]
	for _, s := range sources[1:] {
		if len(articles[s.Date.Value]) > len(articles[best.Date.Value]) {
			best = s
		}
	}
	if best.Date.Mod != "" {
		// Of the sources that give that value, one that says it plainly:
		// "mardi 15 mars" files the entry rather than "en début de
		// journée" that day.
		for _, s := range sources {
			if s.Date.Value == best.Date.Value && s.Date.Mod == "" {
				return s
			}
		}
	}
	return best
}

// headlineSource returns the source whose headline the entry shows: the
// earliest that dates it at its filed date and presents it as the entry
// does (a report once it happened rather than the announcement), else the
// earliest at its filed date.
func headlineSource(sources []timeline.Entry, date timeline.Mention, mod timeline.Modality) timeline.Entry {
	var first *timeline.Entry
	for i, s := range sources {
		if !overlaps(s.Date, date) {
			continue
		}
		if s.Modality == mod {
			return s
		}
		if first == nil {
			first = &sources[i]
		}
	}
	if first == nil {
		return sources[0]
	}
	return *first
}

func overlaps(a, b timeline.Mention) bool {
	overlap, _ := compareDates(a, b)
	return overlap
}

// articleKey tells articles apart: two stored articles may share an id.
func articleKey(e timeline.Entry) string {
	return e.ArticleID + "\x00" + e.Published.String()
}

// modality is how the sources, together, present the happening: happened
// if one of them reports it done, else as the latest report has it.
func modality(sources []timeline.Entry) timeline.Modality {
	for _, s := range sources {
		if s.Modality == timeline.ModalityHappened {
			return timeline.ModalityHappened
		}
	}
	return sources[len(sources)-1].Modality
}

// assignIDs gives each happening, in chronology order, a short identifier
// derived from its earliest source: the article id, the sentence offset
// and the offset of the date, so that an entry keeps its id when other
// articles are added, unless one of them reports it earlier. Two entries
// cannot share an id: a collision takes a numbered hash.
func assignIDs(hs []timeline.Happening) {
	(&IDs{}).Assign(hs)
}

// IDs gives happenings their ids as assignIDs does, over several lists:
// the happenings a Sweep hands over, call after call, get ids unique over
// the whole sweep. The ids depend on the order the happenings come in; a
// sweep of the same events hands them over in the same order, whatever is
// then kept of them. The zero value is ready to use.
type IDs struct {
	// used holds the ids given, as the 48 bits they are written from: a
	// sweep of a million happenings keeps them all.
	used map[uint64]struct{}
}

// Assign gives each of hs, in order, an id no happening given one before
// has.
func (x *IDs) Assign(hs []timeline.Happening) {
	if x.used == nil {
		x.used = map[uint64]struct{}{}
	}
	used := x.used
	for i := range hs {
		first := hs[i].Sources[0]
		base := fmt.Sprintf("%s\x00%d\x00%d", first.ArticleID, first.SentenceOffset, first.Date.Offset)
		id := shortHash(base)
		for n := 2; ; n++ {
			if _, taken := used[id]; !taken {
				break
			}
			id = shortHash(fmt.Sprintf("%s\x00%d", base, n))
		}
		used[id] = struct{}{}
		hs[i].ID = hex.EncodeToString(binary.BigEndian.AppendUint64(nil, id)[2:])
	}
}

// shortHash is the first 12 hex digits of the SHA-256 of s, as the 48
// bits they write. With 48 bits, two of a million happenings collide about
// once in 500 archives (with 32 bits, about a hundred times in each), so a
// happening has the same id whether it is listed with the whole archive
// or with the dates around it.
func shortHash(s string) uint64 {
	sum := sha256.Sum256([]byte(s))
	return uint64(sum[0])<<40 | uint64(sum[1])<<32 | uint64(sum[2])<<24 | uint64(sum[3])<<16 | uint64(sum[4])<<8 | uint64(sum[5])
}
