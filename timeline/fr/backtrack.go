package fr

import (
	"fmt"
	"regexp/syntax"
	"unicode/utf8"
)

// A progMatcher runs a rule's anchored, leftmost-longest expression by
// backtracking over its compiled program, and gives the submatch indexes
// regexp.Regexp.FindStringSubmatchIndex gives.
//
// Go's regexp backtracks only programs of at most 500 instructions; the
// larger ones (date ranges, clock times, durations, offsets) run its NFA
// simulation, which copies every submatch slot of every thread at every
// step: ten to forty microseconds a start. A rule reads at most window
// bytes, so remembering each visited (instruction, position) pair costs
// a few kilobytes at most, and the search stays linear in the program
// times the input.
//
// Each instruction also knows the ASCII bytes a path from it can read
// first: at an ASCII byte, a branch that cannot read it is dropped before
// it is pushed, so that the long alternations of the rules (months,
// numbers in words) cost one bit test per branch that the text does not
// open.
//
// The results are the expression's own, which TestProgMatcherAgrees and
// FuzzProgMatcher check against regexp on every start of the texts and
// on arbitrary input.
type progMatcher struct {
	insts []progInst
	// first holds for each instruction the ASCII bytes that a path from
	// it may read first; every byte when a path may match or read past
	// ASCII first, or when the analysis does not tell.
	first []asciiSet
	runes []*syntax.Inst // per instruction: its source, for runes past ASCII
	start uint32
	ncap  int // submatch slots: 2 × (groups + 1)
}

// progInst is one instruction of the program.
type progInst struct {
	op       syntax.InstOp
	empty    syntax.EmptyOp // for empty-width instructions: the assertions
	out, arg uint32
}

// asciiSet is a set of ASCII bytes.
type asciiSet [2]uint64

func (a *asciiSet) has(c byte) bool { return a[c>>6]&(1<<(c&63)) != 0 }

// everyByte is the asciiSet that prunes nothing.
var everyByte = asciiSet{^uint64(0), ^uint64(0)}

// btJob is a step left for later: go on at instruction pc and position
// pos, or, when restore is set, put back the old value pos of submatch
// slot pc.
type btJob struct {
	pc      uint32
	restore bool
	pos     int
}

// btScratch is what one goroutine reuses from one match to the next.
type btScratch struct {
	visited []uint64
	jobs    []btJob
	caps    []int
	best    []int
}

// newProgMatcher compiles expr as regexp.Compile does.
func newProgMatcher(expr string) (*progMatcher, error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("parse %q: %w", expr, err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, fmt.Errorf("compile %q: %w", expr, err)
	}
	n := len(prog.Inst)
	m := &progMatcher{insts: make([]progInst, n), first: make([]asciiSet, n), runes: make([]*syntax.Inst, n),
		start: uint32(prog.Start), ncap: prog.NumCap}
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		m.insts[pc] = progInst{op: in.Op, out: in.Out, arg: in.Arg}
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			m.runes[pc] = in
		case syntax.InstEmptyWidth:
			m.insts[pc].empty = syntax.EmptyOp(in.Arg)
		}
	}
	state := make([]uint8, n) // 0 not seen, 1 in progress, 2 done
	for pc := range n {
		m.firstOf(prog, uint32(pc), state)
	}
	return m, nil
}

// firstOf computes first[pc], following the instructions that read
// nothing. A loop back to an instruction in progress, an assertion's
// successors, a match: each makes the set larger, never smaller, so that
// pruning by it drops only branches that cannot match.
func (m *progMatcher) firstOf(prog *syntax.Prog, pc uint32, state []uint8) asciiSet {
	switch state[pc] {
	case 1:
		return everyByte
	case 2:
		return m.first[pc]
	}
	state[pc] = 1
	var set asciiSet
	in := &prog.Inst[pc]
	switch in.Op {
	case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
		for c := rune(0); c < utf8.RuneSelf; c++ {
			if in.MatchRune(c) {
				set[c>>6] |= 1 << (c & 63)
			}
		}
	case syntax.InstAlt, syntax.InstAltMatch:
		a, b := m.firstOf(prog, in.Out, state), m.firstOf(prog, in.Arg, state)
		set = asciiSet{a[0] | b[0], a[1] | b[1]}
	case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop:
		set = m.firstOf(prog, in.Out, state)
	case syntax.InstFail:
	default: // InstMatch, and anything unknown
		set = everyByte
	}
	m.first[pc], state[pc] = set, 2
	return set
}

// may reports whether a path from instruction pc may read s from pos.
func (m *progMatcher) may(pc uint32, s string, pos int) bool {
	return pos >= len(s) || s[pos] >= utf8.RuneSelf || m.first[pc].has(s[pos])
}

// match returns the submatch indexes of the longest match of the
// expression at the start of s, or nil. The slice is sc's own, valid
// until its next match.
func (m *progMatcher) match(s string, sc *btScratch) []int {
	n := len(m.insts) * (len(s) + 1)
	words := (n + 63) / 64
	if cap(sc.visited) < words {
		sc.visited = make([]uint64, words)
	}
	sc.visited = sc.visited[:words]
	clear(sc.visited)
	if cap(sc.caps) < m.ncap {
		sc.caps, sc.best = make([]int, m.ncap), make([]int, m.ncap)
	}
	caps, best := sc.caps[:m.ncap], sc.best[:m.ncap]
	for i := range caps {
		caps[i], best[i] = -1, -1
	}
	caps[0] = 0 // the program sets the groups; the whole match is ours
	jobs := append(sc.jobs[:0], btJob{pc: m.start})
	defer func() { sc.jobs = jobs[:0] }()
	stride := len(s) + 1
	for len(jobs) > 0 {
		j := jobs[len(jobs)-1]
		jobs = jobs[:len(jobs)-1]
		if j.restore {
			caps[j.pc] = j.pos
			continue
		}
		pc, pos := j.pc, j.pos
	step:
		for {
			if !m.may(pc, s, pos) {
				break
			}
			bit := int(pc)*stride + pos
			if sc.visited[bit>>6]&(1<<(bit&63)) != 0 {
				break
			}
			sc.visited[bit>>6] |= 1 << (bit & 63)
			in := &m.insts[pc]
			switch in.op {
			case syntax.InstFail:
				break step
			case syntax.InstAlt, syntax.InstAltMatch:
				if m.may(in.arg, s, pos) {
					jobs = append(jobs, btJob{pc: in.arg, pos: pos})
				}
				pc = in.out
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				if pos >= len(s) {
					break step
				}
				size := 1
				if c := s[pos]; c < utf8.RuneSelf {
					if !m.first[pc].has(c) {
						break step
					}
				} else {
					var r rune
					r, size = utf8.DecodeRuneInString(s[pos:])
					if !m.runes[pc].MatchRune(r) {
						break step
					}
				}
				pc, pos = in.out, pos+size
			case syntax.InstCapture:
				if int(in.arg) < len(caps) {
					jobs = append(jobs, btJob{pc: in.arg, restore: true, pos: caps[in.arg]})
					caps[in.arg] = pos
				}
				pc = in.out
			case syntax.InstEmptyWidth:
				if in.empty&^emptyAt(s, pos) != 0 {
					break step
				}
				pc = in.out
			case syntax.InstNop:
				pc = in.out
			case syntax.InstMatch:
				if best[1] < 0 || pos > best[1] {
					copy(best, caps)
					best[1] = pos
				}
				if pos == len(s) {
					return best // nothing can be longer
				}
				break step
			default:
				break step
			}
		}
	}
	if best[1] < 0 {
		return nil
	}
	return best
}

// emptyAt returns the empty-width assertions that hold at position pos
// of s, as regexp sees them when s is its whole input.
func emptyAt(s string, pos int) syntax.EmptyOp {
	before, after := rune(-1), rune(-1)
	if pos > 0 {
		before, _ = utf8.DecodeLastRuneInString(s[:pos])
	}
	if pos < len(s) {
		after, _ = utf8.DecodeRuneInString(s[pos:])
	}
	return syntax.EmptyOpContext(before, after)
}
