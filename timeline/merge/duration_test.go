package merge

import (
	"testing"
	"time"
)

func TestMoreThanAfter(t *testing.T) {
	base := time.Date(2016, time.March, 15, 12, 0, 0, 500, time.UTC)
	paris := time.FixedZone("Paris", 3600)
	tests := []struct {
		name string
		t, u time.Time
		d    time.Duration
		want bool
	}{
		{"exactly d after", base.Add(maxDisagreement), base, maxDisagreement, false},
		{"a nanosecond more", base.Add(maxDisagreement + 1), base, maxDisagreement, true},
		{"a nanosecond less", base.Add(maxDisagreement - 1), base, maxDisagreement, false},
		{"same instant", base, base, 0, false},
		{"before", base, base.Add(time.Hour), maxDisagreement, false},
		{"other zone, same instant", base.In(paris), base, 0, false},
		{"borrow across a second, short", time.Date(2016, 3, 31, 0, 0, 0, 100, time.UTC), time.Date(2016, 3, 16, 0, 0, 0, 999_999_999, time.UTC), maxDisagreement, false},
		{"borrow across a second, a nanosecond over", time.Date(2016, 3, 31, 0, 0, 1, 0, time.UTC), time.Date(2016, 3, 16, 0, 0, 0, 999_999_999, time.UTC), maxDisagreement, true},
		{"past what Sub can hold", time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), time.Time{}, maxDisagreement, true},
		{"far before what Sub can hold", time.Time{}, time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC), maxDisagreement, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := moreThanAfter(tt.t, tt.u, tt.d), tt.t.Sub(tt.u) > tt.d
			if got != tt.want || want != tt.want {
				t.Errorf("moreThanAfter(%v, %v, %v) = %v, Sub says %v, want %v", tt.t, tt.u, tt.d, got, want, tt.want)
			}
		})
	}
}

// moreThanAfter tells what Sub tells, for any two instants and duration.
func FuzzMoreThanAfter(f *testing.F) {
	f.Add(int64(1458043200), int64(500), int64(1458043200), int64(0), int64(maxDisagreement))
	f.Add(int64(-62135596800), int64(0), int64(253370764800), int64(999999999), int64(1))
	f.Fuzz(func(t *testing.T, ts, tn, us, un, d int64) {
		if d < 0 {
			d = -d
		}
		if d < 0 {
			return // the smallest int64 has no opposite
		}
		a := time.Unix(ts%(1<<40), tn%1_000_000_000)
		b := time.Unix(us%(1<<40), un%1_000_000_000)
		if got, want := moreThanAfter(a, b, time.Duration(d)), a.Sub(b) > time.Duration(d); got != want {
			t.Errorf("moreThanAfter(%v, %v, %v) = %v, Sub says %v", a, b, time.Duration(d), got, want)
		}
	})
}
