package store

import (
	"testing"
	"time"
)

func TestFormatWall(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		t    time.Time
		want string
	}{
		{"whole seconds", time.Date(2016, 3, 22, 9, 5, 7, 0, time.UTC), "2016-03-22T09:05:07"},
		{"midnight in a zone", time.Date(2016, 3, 27, 0, 0, 0, 0, paris), "2016-03-27T00:00:00"},
		{"a fraction", time.Date(2016, 3, 22, 9, 0, 0, 120_000_000, time.UTC), "2016-03-22T09:00:00.12"},
		{"a nanosecond", time.Date(2016, 3, 22, 9, 0, 0, 1, time.UTC), "2016-03-22T09:00:00.000000001"},
		{"year one", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), "0001-01-01T00:00:00"},
		{"year 9999", time.Date(9999, 12, 31, 23, 59, 59, 999_999_999, time.UTC), "9999-12-31T23:59:59.999999999"},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "10000-01-01T00:00:00"},
		{"before year one", time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC), "-0044-03-15T12:00:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatWall(tt.t); got != tt.want {
				t.Errorf("formatWall(%v) = %q, want %q", tt.t, got, tt.want)
			}
			if got := tt.t.Format(wallLayout); got != tt.want {
				t.Errorf("Format(%v) = %q, the table wants %q", tt.t, got, tt.want)
			}
		})
	}
}

func FuzzFormatWall(f *testing.F) {
	f.Add(int64(1458637200), int64(0), 60)
	f.Add(int64(-62135596800), int64(1), -300)
	f.Add(int64(253402300799), int64(999999999), 0)
	f.Fuzz(func(t *testing.T, sec, nsec int64, offsetMin int) {
		tm := time.Unix(sec, nsec%1e9).In(time.FixedZone("", (offsetMin%(24*60))*60))
		if got, want := formatWall(tm), tm.Format(wallLayout); got != want {
			t.Errorf("formatWall(%v) = %q, want %q", tm, got, want)
		}
	})
}

func BenchmarkFormatWall(b *testing.B) {
	tm := time.Date(2016, 3, 22, 9, 5, 7, 0, time.UTC)
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			_ = formatWall(tm)
		}
	})
	b.Run("layout", func(b *testing.B) {
		for b.Loop() {
			_ = tm.Format(wallLayout)
		}
	})
}
