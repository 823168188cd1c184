package check

import (
	"testing"
	"time"
)

func TestInstantBefore(t *testing.T) {
	base := time.Date(2016, time.March, 15, 12, 0, 0, 500, time.UTC)
	moscow := time.FixedZone("Moscou", 3*3600)
	tests := []struct {
		name string
		a, b time.Time
	}{
		{"same instant", base, base},
		{"a nanosecond before", base.Add(-1), base},
		{"a nanosecond after", base.Add(1), base},
		{"same instant, other zone", base.In(moscow), base},
		{"earlier wall clock, later instant", time.Date(2016, 3, 15, 13, 0, 0, 0, time.UTC), time.Date(2016, 3, 15, 15, 0, 0, 0, moscow)},
		{"zero time", time.Time{}, base},
		{"second and nanosecond borrow", time.Date(2016, 3, 15, 12, 0, 1, 0, time.UTC), time.Date(2016, 3, 15, 12, 0, 0, 999_999_999, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range [][2]time.Time{{tt.a, tt.b}, {tt.b, tt.a}} {
				if got, want := instantOf(p[0]).before(instantOf(p[1])), p[0].Before(p[1]); got != want {
					t.Errorf("instant of %v before %v = %v, time.Before says %v", p[0], p[1], got, want)
				}
			}
		})
	}
}

func FuzzInstantBefore(f *testing.F) {
	f.Add(int64(1458043200), int64(500), int64(1458043200), int64(499), 3600)
	f.Add(int64(-62135596800), int64(0), int64(0), int64(0), 0)
	f.Fuzz(func(t *testing.T, as, an, bs, bn int64, offset int) {
		zone := time.FixedZone("", offset%(18*3600))
		a := time.Unix(as%(1<<40), an%1_000_000_000).In(zone)
		b := time.Unix(bs%(1<<40), bn%1_000_000_000)
		if got, want := instantOf(a).before(instantOf(b)), a.Before(b); got != want {
			t.Errorf("instant of %v before %v = %v, time.Before says %v", a, b, got, want)
		}
	})
}
