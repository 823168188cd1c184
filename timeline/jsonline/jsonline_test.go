package jsonline

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

var testKeys = []string{"id", "text"}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		line string
		ok   bool
		want [2]Field
	}{
		{"strings", `{"id": "a", "text": "b"}`, true, [2]Field{{String, "a"}, {String, "b"}}},
		{"number and null", `{"id": -1.5e3, "text": null}`, true, [2]Field{{Number, "-1.5e3"}, {Null, ""}}},
		{"absent", `{"title": "x"}`, true, [2]Field{}},
		{"empty object", ` { } `, true, [2]Field{}},
		{"unknown keys skipped", `{"n": 3, "z": null, "s": "\u00e9", "text": "b"}`, true, [2]Field{{}, {String, "b"}}},
		{"last of a repeated key", `{"text": "a", "text": null}`, true, [2]Field{{}, {Null, ""}}},
		{"escapes", `{"text": "\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}`, true, [2]Field{{}, {String, "\"\\/\b\f\n\r\té😀"}}},
		{"lone surrogates", `{"text": "\ud83d\u0041\ude00"}`, true, [2]Field{{}, {String, "\uFFFDA\uFFFD"}}},
		{"key by case", `{"Text": "x"}`, false, [2]Field{}},
		{"escaped key", `{"t\u0065xt": "x"}`, false, [2]Field{}},
		{"nested", `{"a": {"b": 1}}`, false, [2]Field{}},
		{"array", `{"a": [1]}`, false, [2]Field{}},
		{"boolean", `{"a": true}`, false, [2]Field{}},
		{"raw control", "{\"text\": \"a\tb\"}", false, [2]Field{}},
		{"bad escape", `{"text": "\q"}`, false, [2]Field{}},
		{"leading zero", `{"id": 01}`, false, [2]Field{}},
		{"trailing comma", `{"id": 1,}`, false, [2]Field{}},
		{"trailing text", `{"id": 1} 2`, false, [2]Field{}},
		{"unterminated", `{"text": "a`, false, [2]Field{}},
		{"not an object", `"text"`, false, [2]Field{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [2]Field
			ok := Read([]byte(tt.line), testKeys, got[:])
			if ok != tt.ok {
				t.Fatalf("Read(%q) ok = %v, want %v", tt.line, ok, tt.ok)
			}
			if ok && got != tt.want {
				t.Errorf("Read(%q) = %+v, want %+v", tt.line, got, tt.want)
			}
		})
	}
}

// FuzzRead holds Read to encoding/json: a line it takes, encoding/json
// takes too, with the same value for each key.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		`{"id": "a:1", "source": "s", "url": null, "published": "2016-03-22", "text": "Le 22 mars."}`,
		`{"id": 3, "text": "a\u00e9\ud83d\ude00\ud83d\n"}`,
		`{"x": -0.5E-2, "text": "\"\\\/"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if !utf8.Valid(line) {
			return // Read's callers check the line first
		}
		var got [2]Field
		if !Read(line, testKeys, got[:]) {
			return
		}
		var m map[string]any
		d := json.NewDecoder(strings.NewReader(string(line)))
		d.UseNumber()
		if err := d.Decode(&m); err != nil || d.More() {
			t.Fatalf("Read(%q) took a line encoding/json rejects: %v", line, err)
		}
		for i, k := range testKeys {
			v, present := m[k]
			var want Field
			switch v := v.(type) {
			case string:
				want = Field{String, v}
			case json.Number:
				want = Field{Number, string(v)}
			case nil:
				if present {
					want = Field{Kind: Null}
				}
			default:
				t.Fatalf("Read(%q) took a %T for %q", line, v, k)
			}
			if got[i] != want {
				t.Errorf("Read(%q)[%q] = %+v, encoding/json %+v", line, k, got[i], want)
			}
		}
	})
}

// BenchmarkRead reads a line of the usual shape, 3 KB of text with
// escapes.
func BenchmarkRead(b *testing.B) {
	text := strings.Repeat(`Le 22 mars, \"l'accord\" a été signé.\n`, 80)
	line := []byte(`{"id": "a:1", "source": "s", "url": null, "published": "2016-03-22", "title": "T", "text": "` + text + `"}`)
	keys := []string{"id", "source", "url", "published", "title", "language", "text"}
	out := make([]Field, len(keys))
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		if !Read(line, keys, out) {
			b.Fatal("declined")
		}
	}
}
