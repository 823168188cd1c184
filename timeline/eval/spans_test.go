package eval

import (
	"slices"
	"testing"
)

// Expected values in this file were checked against score.py.

func TestNormText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"apostrophe, no-break space, white space, case", "  L\u2019été\u00a0 du\n 22  MARS ", "l'été du 22 mars"},
		{"full case folding", "Straße", "strasse"},
		{"NFC", "e\u0301t\u00e9", "été"},
		{"information separator is space", "a\x1fb", "a b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normText(tt.in); got != tt.want {
				t.Errorf("normText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSlice(t *testing.T) {
	text := []rune("abcdef")
	tests := []struct {
		name string
		i, j int
		want string
	}{
		{"inside", 1, 3, "bc"},
		{"past the end", 4, 10, "ef"},
		{"negative from the end", -2, 10, "ef"},
		{"empty when reversed", 4, 2, ""},
		{"far negative clipped", -10, 2, "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(slice(text, tt.i, tt.j)); got != tt.want {
				t.Errorf("slice(%q, %d, %d) = %q, want %q", string(text), tt.i, tt.j, got, tt.want)
			}
		})
	}
}

func intp(n int) *int { return &n }

func TestFindSpan(t *testing.T) {
	tests := []struct {
		name, text, needle string
		cursor             int
		used               []span
		near               *int
		want               span
	}{
		{"same case before position", "Le 22 mars, puis le 22 mars.", "le 22 mars", 0, nil, nil, spanAt(17, 27)},
		{"other case when unused", "le 22 mars, puis Le 22 mars.", "le 22 mars", 0, []span{spanAt(0, 10)}, nil, spanAt(17, 27)},
		{"not glued to a letter", "Delle et le", "le", 0, nil, nil, spanAt(9, 11)},
		{"not glued to a following letter", "marsé mars", "mars", 0, nil, nil, spanAt(6, 10)},
		{"same case first", "a MARS mars b", "mars", 0, nil, nil, spanAt(7, 11)},
		{"at or after the cursor", "mars x mars", "mars", 5, nil, nil, spanAt(7, 11)},
		{"cursor after case", "mars x MARS", "mars", 5, nil, nil, spanAt(0, 4)},
		{"nearest", "mars x mars y mars", "mars", 0, nil, intp(9), spanAt(7, 11)},
		{"nearest late", "mars x mars y mars", "mars", 0, nil, intp(16), spanAt(14, 18)},
		{"earliest of equals", "mars x mars", "mars", 0, nil, nil, spanAt(0, 4)},
		{"overlapping occurrences", "aaa", "aa", 0, []span{spanAt(0, 2)}, nil, spanAt(1, 3)},
		// score.py lower-cases the whole text, and İ becomes two
		// characters: positions after it shift by one.
		{"lengthening lower case, as score.py", "İstanbul le 3 mai", "le 3 mai", 0, nil, nil, spanAt(10, 18)},
		{"absent", "abc", "x", 0, nil, nil, span{}},
		{"empty needle", "abc", "", 0, nil, nil, span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findSpan([]rune(tt.text), tt.needle, tt.cursor, tt.used, tt.near)
			if got != tt.want {
				t.Errorf("findSpan(%q, %q, %d, %v, near) = %v, want %v", tt.text, tt.needle, tt.cursor, tt.used, got, tt.want)
			}
		})
	}
}

func TestOffsetCandidates(t *testing.T) {
	tests := []struct {
		name, text string
		off        int
		want       []int
	}{
		{"bytes after accents", "été le 3", 6, []int{6, 4, 6}},
		{"inside a character", "été", 1, []int{1, 0, 1}},
		{"astral character", "a\U0001F600b le", 3, []int{3, 1, 2}},
		{"past the bytes", "abc", 10, []int{10}},
		{"negative", "abc", -1, []int{-1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := offsetCandidates(tt.text, tt.off); !slices.Equal(got, tt.want) {
				t.Errorf("offsetCandidates(%q, %d) = %v, want %v", tt.text, tt.off, got, tt.want)
			}
		})
	}
}

func TestLocateGold(t *testing.T) {
	c := Case{Text: "hier et hier, puis demain", Expect: []Expected{
		{Text: "hier"}, {Text: " hier "}, {WholeText: true}, {Text: "jamais"}, {Text: "demain", Offset: intp(19)},
		{Text: "hier", Offset: intp(3)},
	}}
	want := []span{spanAt(0, 4), spanAt(8, 12), spanAt(0, 25), {}, spanAt(19, 25), spanAt(0, 4)}
	if got := locateGold(c); !slices.Equal(got, want) {
		t.Errorf("locateGold(%q) = %v, want %v", c.Text, got, want)
	}
}

func TestLocatePreds(t *testing.T) {
	text := "où le 3 mai et le 3 mai"
	tests := []struct {
		name  string
		found []Found
		want  []span
	}{
		{"byte offset", []Found{{Text: "le 3 mai", Offset: 16}}, []span{spanAt(15, 23)}},
		{"leading spaces", []Found{{Text: "  le 3 mai", Offset: 2}}, []span{spanAt(3, 11)}},
		{"wrong offset: nearest unused", []Found{{Text: "le 3 mai", Offset: 16}, {Text: "le 3 mai", Offset: 0}},
			[]span{spanAt(15, 23), spanAt(3, 11)}},
		{"wrong offset: nearest when all used", []Found{{Text: "le 3 mai", Offset: 4}, {Text: "le 3 mai", Offset: 16}, {Text: "le 3 mai", Offset: 0}},
			[]span{spanAt(3, 11), spanAt(15, 23), spanAt(3, 11)}},
		{"empty text", []Found{{Text: " ", Offset: 0}}, []span{{}}},
		{"absent text", []Found{{Text: "absent", Offset: 3}}, []span{{}}},
		// score.py tries the offset as code points first: a byte offset
		// that also points at the text as code points is taken as such.
		{"code points first", []Found{{Text: "mai", Offset: 8}}, []span{spanAt(8, 11)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := locatePreds(text, tt.found); !slices.Equal(got, tt.want) {
				t.Errorf("locatePreds(%q, %v) = %v, want %v", text, tt.found, got, tt.want)
			}
		})
	}
}
