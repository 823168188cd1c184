package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"
)

// rowValue is a value read by rowReader: a string, an integer or a null.
type rowValue struct {
	kind byte // 's', 'i' or 'n'
	s    string
	i    int
}

// readRow reads s with the readers kinds names ('s' text, 'i' integer,
// 'n' nullText), as a row of selectEntries is read.
func readRow(s, kinds string) ([]rowValue, error) {
	r := newRowReader(s)
	var out []rowValue
	for _, k := range []byte(kinds) {
		switch k {
		case 's':
			out = append(out, rowValue{kind: 's', s: r.text()})
		case 'i':
			out = append(out, rowValue{kind: 'i', i: r.integer()})
		case 'n':
			v := r.nullText()
			if v.Valid {
				out = append(out, rowValue{kind: 's', s: v.String})
			} else {
				out = append(out, rowValue{kind: 'n'})
			}
		}
	}
	return out, r.done()
}

func TestRowReader(t *testing.T) {
	str := func(s string) rowValue { return rowValue{kind: 's', s: s} }
	num := func(i int) rowValue { return rowValue{kind: 'i', i: i} }
	null := rowValue{kind: 'n'}
	tests := []struct {
		name, in, kinds string
		want            []rowValue
	}{
		{"one string", `["a"]`, "s", []rowValue{str("a")}},
		{"empty string", `[""]`, "s", []rowValue{str("")}},
		{"mixed", `["Kerry",-12,null,"x",0]`, "sinsi", []rowValue{str("Kerry"), num(-12), null, str("x"), num(0)}},
		{"null where a string may be", `["a",null]`, "sn", []rowValue{str("a"), null}},
		{"nullable string given", `["2016-03-22T00:00:00"]`, "n", []rowValue{str("2016-03-22T00:00:00")}},
		{"quote and backslash", `["a\"b\\c\/d"]`, "s", []rowValue{str(`a"b\c/d`)}},
		{"control escapes", `["\b\f\n\r\t\u0001"]`, "s", []rowValue{str("\b\f\n\r\t\x01")}},
		{"accents as they are", `["Sergueï «Lavrov»"]`, "s", []rowValue{str("Sergueï «Lavrov»")}},
		{"escaped accents", `["\u00e9t\u00C9"]`, "s", []rowValue{str("étÉ")}},
		{"surrogate pair", `["\ud83d\ude00"]`, "s", []rowValue{str("😀")}},
		{"lone surrogate", `["\ud83dx"]`, "s", []rowValue{str("\uFFFDx")}},
		{"bytes kept as stored", "[\"a\xffb\"]", "s", []rowValue{str("a\xffb")}},
		{"large integer", `[123456789012345678]`, "i", []rowValue{num(123456789012345678)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readRow(tt.in, tt.kinds)
			if err != nil {
				t.Fatalf("read %s: %v", tt.in, err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("read %s: got %v, want %v", tt.in, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("read %s: value %d = %+v, want %+v", tt.in, i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestRowReaderRefuses(t *testing.T) {
	tests := []struct{ name, in, kinds string }{
		{"empty", ``, "s"},
		{"not an array", `{"a":1}`, "s"},
		{"too few values", `["a"]`, "ss"},
		{"too many values", `["a","b"]`, "s"},
		{"unterminated array", `["a"`, "s"},
		{"unterminated string", `["a`, "s"},
		{"string for an integer", `["1"]`, "i"},
		{"integer for a string", `[1]`, "s"},
		{"null for a string", `[null]`, "s"},
		{"real for an integer", `[1.5]`, "i"},
		{"integer out of range", `[92233720368547758070]`, "i"},
		{"minus alone", `[-]`, "i"},
		{"bad escape", `["\x"]`, "s"},
		{"short unicode escape", `["\u12"]`, "s"},
		{"no separator", `["a""b"]`, "ss"},
		{"spaces", `[ "a"]`, "s"},
		{"trailing comma", `["a",]`, "s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readRow(tt.in, tt.kinds)
			if !errors.Is(err, errRow) {
				t.Errorf("read %q as %s = %v, %v; want errRow", tt.in, tt.kinds, got, err)
			}
		})
	}
}

// SQLite's json_array writes what rowReader reads back: the same strings
// as the columns give, whatever they hold, and the same integers; and
// rowBuilder writes what json_array writes, byte for byte.
func TestRowReaderReadsSQLite(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	texts := []string{"", "plain", `quote " and backslash \`, "tab\tline\nfeed\r\x01\x1f\x7f",
		"Sergueï « Lavrov » — l’ONU", "😀 emoji", "bad \xff\xfe bytes", "nul\x00inside", "</script> & <b>", controls()}
	ints := []int64{0, 1, -1, 9007199254740993, -9223372036854775808, 9223372036854775807}
	for _, s := range texts {
		for _, n := range ints {
			var packed string
			if err := db.sql.QueryRowContext(ctx, "SELECT json_array(?, ?, NULL, ?)", s, n, s).Scan(&packed); err != nil {
				t.Fatal(err)
			}
			var col string
			if err := db.sql.QueryRowContext(ctx, "SELECT ?", s).Scan(&col); err != nil {
				t.Fatal(err)
			}
			var w rowBuilder
			w.text(s)
			w.integer(n)
			w.nullText(sql.NullString{})
			w.nullText(sql.NullString{String: s, Valid: true})
			if built := w.done(); built != packed {
				t.Errorf("rowBuilder wrote %q, json_array(%q, %d, NULL, %q) = %q", built, s, n, s, packed)
			}
			r := newRowReader(packed)
			gotS, gotN, gotNull, gotS2 := r.text(), r.integer(), r.nullText(), r.nullText()
			if err := r.done(); err != nil {
				t.Fatalf("read %q: %v", packed, err)
			}
			if gotS != col || int64(gotN) != n || gotNull != (sql.NullString{}) || gotS2 != (sql.NullString{String: col, Valid: true}) {
				t.Errorf("json_array(%q, %d, NULL, %q) = %q read as %q, %d, %v, %v", s, n, s, packed, gotS, gotN, gotNull, gotS2)
			}
		}
	}
}

// rowReader never panics, and reads back what encoding/json writes as
// encoding/json reads it.
func FuzzRowReader(f *testing.F) {
	for _, s := range []string{`["a",1,null]`, `["\u00e9\"",-5,"x"]`, `["\ud83d\ude00",0,null]`, `[`, `["a",`, `["\`, `["\u`, `[-]`} {
		f.Add(s, "x", int64(3))
	}
	f.Fuzz(func(t *testing.T, raw, s string, n int64) {
		readRow(raw, "sin")
		readRow(raw, "nns")
		b, err := json.Marshal([]any{s, n, nil, s})
		if err != nil {
			t.Fatal(err)
		}
		var want []any
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		got, err := readRow(string(b), "sins")
		if err != nil {
			t.Fatalf("read %s: %v", b, err)
		}
		if got[0].s != want[0] || int64(got[1].i) != n || got[2].kind != 'n' || got[3].s != want[3] {
			t.Fatalf("read %s as %+v, encoding/json reads %q", b, got, want)
		}
	})
}

// controls gives every control character, 0x00 to 0x1f and 0x7f.
func controls() string {
	var b []byte
	for c := byte(0); c < 0x20; c++ {
		b = append(b, 'x', c)
	}
	return string(append(b, 0x7f))
}

// rowBuilder writes what json_array writes from the same values, and
// rowReader reads it back.
func FuzzRowBuilder(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c", controls(), "bad \xff", "Sergueï « Lavrov »"} {
		f.Add(s, int64(-3))
	}
	db, err := Open(context.Background(), filepath.Join(f.TempDir(), "t.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	f.Fuzz(func(t *testing.T, s string, n int64) {
		var packed string
		if err := db.sql.QueryRow("SELECT json_array(?, ?, NULL)", s, n).Scan(&packed); err != nil {
			t.Fatal(err)
		}
		var w rowBuilder
		w.text(s)
		w.integer(n)
		w.nullText(sql.NullString{})
		if built := w.done(); built != packed {
			t.Fatalf("rowBuilder wrote %q, json_array(%q, %d, NULL) = %q", built, s, n, packed)
		}
		got, err := readRow(packed, "sin")
		if err != nil || got[0].s != s || int64(got[1].i) != n {
			t.Fatalf("read %q as %+v, %v; want %q, %d, null", packed, got, err, s, n)
		}
	})
}
