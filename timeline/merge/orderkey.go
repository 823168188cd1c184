package merge

import (
	"encoding/binary"
	"strings"
	"time"

	"github.com/timeline-fr/timeline/timeline"
)

// OrderKey returns bytes that order happenings as Compare does: for any
// two happenings with sources, bytes.Compare(OrderKey(a), OrderKey(b))
// has the sign of Compare(a, b). A store can so keep happenings' places
// in the chronology on disk, in a column of bytes, and find the first
// with its own ordering.
//
// Each field Compare reads is written so that the bytes compare as the
// field does: an integer big-endian with its sign bit flipped, an instant
// as its Unix seconds then nanoseconds, a string with each zero byte
// doubled as 0x00 0xff and closed by 0x00 0x01, so that a string sorts
// before every longer one it opens.
func OrderKey(h timeline.Happening) []byte {
	b := make([]byte, 0, 128)
	b = appendInstant(b, h.Date.Start)
	b = appendInstant(b, h.Date.End)
	if len(h.Sources) == 0 {
		return b
	}
	e := &h.Sources[0]
	b = appendInstant(b, e.Published)
	b = appendKeyString(b, e.ArticleID)
	b = appendKeyInt(b, int64(e.SentenceOffset))
	b = appendKeyInt(b, int64(e.Date.Offset))
	b = appendKeyString(b, e.Date.Value)
	b = appendKeyInt(b, int64(e.Mention))
	b = appendKeyString(b, e.Summary)
	return appendKeyString(b, e.Source)
}

// appendInstant appends t as time.Time.Compare orders it.
func appendInstant(b []byte, t time.Time) []byte {
	b = appendKeyInt(b, t.Unix())
	return binary.BigEndian.AppendUint32(b, uint32(t.Nanosecond()))
}

// appendKeyInt appends v so that the bytes of integers order as they do.
func appendKeyInt(b []byte, v int64) []byte {
	return binary.BigEndian.AppendUint64(b, uint64(v)^1<<63)
}

// appendKeyString appends s so that the bytes of strings, each followed
// by anything, order as the strings do.
func appendKeyString(b []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, 0)
		if i < 0 {
			break
		}
		b = append(append(b, s[:i]...), 0, 0xff)
		s = s[i+1:]
	}
	return append(append(b, s...), 0, 1)
}
