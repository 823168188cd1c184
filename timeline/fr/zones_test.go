package fr_test

import (
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestZoneOf(t *testing.T) {
	tests := []struct {
		written string
		want    string // the zone's name; "" when none is known
	}{
		{"heure de Damas", "Asia/Damascus"},
		{"(heure de Damas)", "Asia/Damascus"},
		{"heure\u00a0de  Moscou", "Europe/Moscow"},
		{"heure de Genève", "Europe/Zurich"},
		{"heure de Pékin", "Asia/Shanghai"},
		{"heure d'Ankara", "Europe/Istanbul"},
		{"heure d’Ankara", "Europe/Istanbul"},
		{"heure du Caire", "Africa/Cairo"},
		{"heure de New-York", "America/New_York"},
		{"HEURE DE PARIS", "Europe/Paris"},
		{"heure française", "Europe/Paris"},
		{"heure francaise", "Europe/Paris"},
		{"en France", "Europe/Paris"},
		{"GMT", "UTC"},
		{"UTC", "UTC"},
		{"CET", "CET"},
		{"HNEC", "CET"},
		{"CEST", "CEST"},
		{"HAEC", "CEST"},
		{"heure locale", ""},
		{"heures locales", ""},
		{"locales", ""},
		{"heure de Tavannes", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.written, func(t *testing.T) {
			loc, ok := fr.ZoneOf(tt.written)
			got := ""
			if ok {
				got = loc.String()
			}
			if got != tt.want {
				t.Errorf("ZoneOf(%q) = %q, %v; want %q", tt.written, got, ok, tt.want)
			}
		})
	}
}

func TestZoneSuffix(t *testing.T) {
	kathmandu, err := time.LoadLocation("Asia/Kathmandu")
	if err != nil {
		t.Skip(err)
	}
	at := func(s string) time.Time {
		// The wall clock is read in the zone asked about, whatever t's own.
		t, err := time.ParseInLocation("2006-01-02T15:04", s, time.FixedZone("elsewhere", -9*3600))
		if err != nil {
			panic(err)
		}
		return t
	}
	zone := func(written string) *time.Location {
		loc, ok := fr.ZoneOf(written)
		if !ok {
			t.Fatalf("ZoneOf(%q) knows no zone", written)
		}
		return loc
	}
	tests := []struct {
		name string
		t    time.Time
		loc  *time.Location
		want string
	}{
		{"winter in Damascus", at("2016-02-27T00:00"), zone("heure de Damas"), "+02"},
		{"summer in Damascus", at("2016-07-27T00:00"), zone("heure de Damas"), "+03"},
		{"Paris, the night summer time begins, before", at("2016-03-27T01:30"), zone("heure de Paris"), "+01"},
		{"Paris, the night summer time begins, after", at("2016-03-27T03:30"), zone("heure de Paris"), "+02"},
		{"west of Greenwich", at("2016-01-05T08:00"), zone("heure de Washington"), "-05"},
		{"UTC", at("2016-01-05T08:00"), zone("GMT"), "Z"},
		{"quarter hours", at("2016-01-05T08:00"), kathmandu, "+05:45"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fr.ZoneSuffix(tt.t, tt.loc); got != tt.want {
				t.Errorf("ZoneSuffix(%v, %v) = %q, want %q", tt.t, tt.loc, got, tt.want)
			}
		})
	}
}

func FuzzZoneOf(f *testing.F) {
	for _, s := range []string{"heure de Damas", "heure d’Ankara", "GMT", "(heure\u00a0du Caire)", "heure de \xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		loc, ok := fr.ZoneOf(s)
		if ok != (loc != nil) {
			t.Fatalf("ZoneOf(%q) = %v, %v", s, loc, ok)
		}
		if again, ok2 := fr.ZoneOf(s); ok2 != ok || again != loc {
			t.Fatalf("ZoneOf(%q) is not deterministic", s)
		}
	})
}

// The offset ZoneSuffix writes is the one Mention.WrittenZone reads back,
// for every offset in quarter hours that zones use.
func TestZoneSuffixReadsBack(t *testing.T) {
	wall := time.Date(2016, 1, 1, 12, 0, 0, 0, time.UTC)
	for off := -12 * 3600; off <= 14*3600; off += 15 * 60 {
		suffix := fr.ZoneSuffix(wall, time.FixedZone("", off))
		m := timeline.Mention{Type: timeline.TypeTime, Value: "2016-01-01T12:00" + suffix}
		loc, ok := m.WrittenZone()
		if !ok {
			t.Errorf("offset %d s: WrittenZone(%q) reads no zone", off, m.Value)
			continue
		}
		if _, got := wall.In(loc).Zone(); got != off {
			t.Errorf("offset %d s: ZoneSuffix wrote %q, WrittenZone read %d s", off, suffix, got)
		}
	}
}
