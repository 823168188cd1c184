package eval

import (
	"testing"
	"time"
)

// Expected values in this file were checked against score.py.

func TestNormTimex(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"trim, upper, fraction, zero second", " 2016-03-22t10:30:00.123 ", "2016-03-22T10:30"},
		{"zero second", "2016-03-22T10:30:00", "2016-03-22T10:30"},
		{"zero second before Z", "2016-03-22T10:30:00Z", "2016-03-22T10:30Z"},
		{"zero second before offset", "2016-03-22T10:30:00+01:00", "2016-03-22T10:30+01:00"},
		{"zero minute kept", "2016-03-22T10:00", "2016-03-22T10:00"},
		{"time only", "T10:30:00-05", "T10:30-05"},
		{"fraction with comma", "2016-03-22T10:30:45,5", "2016-03-22T10:30:45"},
		{"duration", "pt7h", "PT7H"},
		{"blank", "  ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normTimex(tt.in); got != tt.want {
				t.Errorf("normTimex(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestZoneOffset(t *testing.T) {
	tests := []struct {
		in     string
		want   int
		wantOK bool
	}{
		{"Z", 0, true},
		{"+03:00", 3 * 3600, true},
		{"-0230", -(2*3600 + 30*60), true},
		{"+05", 5 * 3600, true},
		{"+24:00", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := zoneOffset(tt.in)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("zoneOffset(%q) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestParseWallClock(t *testing.T) {
	plus3 := zone{offset: 3 * 3600, ok: true}
	tests := []struct {
		name string
		in   string
		ref  zone
		want string // "" for not a time
	}{
		{"date and time", "2016-03-22T10:20:30", plus3, "2016-03-22 10:20:30"},
		{"date only", "2016-03-22", plus3, "2016-03-22 00:00:00"},
		{"own offset moved to the reference zone", "2016-03-22T23:30:00Z", plus3, "2016-03-23 02:30:00"},
		{"own offset without reference zone", "2016-03-22T23:30:00Z", zone{}, "2016-03-22 23:30:00"},
		{"fraction and offset", "2016-03-22T10:20:30.5+01:00", plus3, "2016-03-22 12:20:30"},
		{"space separator and padding", " 2016-03-22 10:20 ", zone{}, "2016-03-22 10:20:00"},
		{"no such day", "2016-02-30T00:00:00", zone{}, ""},
		{"year zero", "0000-01-01", zone{}, ""},
		{"hour 24", "2016-03-22T24:00:00", zone{}, ""},
		{"not a time", "demain", zone{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := parseWallClock(tt.in, tt.ref)
			got := ""
			if ok {
				got = d.Format(time.DateTime)
			}
			if got != tt.want {
				t.Errorf("parseWallClock(%q, %v) = %q, want %q", tt.in, tt.ref, got, tt.want)
			}
		})
	}
}

func TestDeriveTimex(t *testing.T) {
	tests := []struct {
		grain, start, want string
	}{
		{"year", "2016-01-03T10:20:30", "2016"},
		{"quarter", "2016-01-03T10:20:30", "2016-Q1"},
		{"month", "2016-01-03T10:20:30", "2016-01"},
		{"week", "2016-01-03T10:20:30", "2015-W53"},
		{"day", "2016-01-03T10:20:30", "2016-01-03"},
		{"hour", "2016-01-03T10:20:30", "2016-01-03T10"},
		{"minute", "2016-01-03T10:20:30", "2016-01-03T10:20"},
		{"second", "2016-01-03T10:20:30", "2016-01-03T10:20:30"},
		{"decade", "2016-01-03T10:20:30", ""},
		{"", "2016-01-03T10:20:30", ""},
		{"day", "", ""},
		// Python's strftime does not pad years before 1000.
		{"year", "0987-12-31T10:20:30", "0987"},
		{"quarter", "0987-12-31T10:20:30", "0987-Q4"},
		{"week", "0987-12-31T10:20:30", "0988-W01"},
		{"day", "0987-12-31T10:20:30", "987-12-31"},
		{"second", "0987-12-31T10:20:30", "987-12-31T10:20:30"},
	}
	for _, tt := range tests {
		t.Run(tt.grain+" "+tt.start, func(t *testing.T) {
			if got := deriveTimex(tt.start, tt.grain, zone{}); got != tt.want {
				t.Errorf("deriveTimex(%q, %q) = %q, want %q", tt.start, tt.grain, got, tt.want)
			}
		})
	}
}

func TestNormType(t *testing.T) {
	tests := []struct{ in, want string }{
		{"date", "DATE"}, {"DateTimeRange", "TIME"}, {" time ", "TIME"}, {"duration", "DURATION"},
		{"Set", "SET"}, {"weird", "WEIRD"}, {"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := normType(tt.in); got != tt.want {
				t.Errorf("normType(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestGoldType(t *testing.T) {
	tests := []struct {
		name string
		e    Expected
		want string
	}{
		{"kind first", Expected{Kind: "datetime", Timex: "P1D"}, "TIME"},
		{"duration", Expected{Timex: "P1D"}, "DURATION"},
		{"duration of hours", Expected{Timex: "PT7H"}, "DURATION"},
		{"vague duration", Expected{Timex: "PXD"}, "DURATION"},
		{"bare P", Expected{Timex: "P"}, "DATE"},
		{"set by R", Expected{Timex: "R3PT1H"}, "SET"},
		{"set by QUANT", Expected{Timex: "XXXX-WXX-1QUANT"}, "SET"},
		{"part of day", Expected{Timex: "2016-03-23TMO"}, "TIME"},
		{"time only", Expected{Timex: "T10:00"}, "TIME"},
		{"underspecified time", Expected{Timex: "XXXX-XX-XXT10"}, "TIME"},
		{"week", Expected{Timex: "2016-W12"}, "DATE"},
		{"reference", Expected{Timex: "PRESENT_REF"}, "DATE"},
		{"hour grain", Expected{Grain: "hour"}, "TIME"},
		{"day grain", Expected{Grain: "day"}, "DATE"},
		{"nothing", Expected{}, "DATE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := goldType(tt.e); got != tt.want {
				t.Errorf("goldType(%+v) = %q, want %q", tt.e, got, tt.want)
			}
		})
	}
}

func strp(s string) *string { return &s }

func TestPredValue(t *testing.T) {
	tests := []struct {
		name             string
		f                Found
		wantValue, wantH string
	}{
		{"given", Found{Timex: "2016-03-22"}, "2016-03-22", "given"},
		{"given blank", Found{Timex: " "}, "", "given"},
		{"duration without value", Found{Type: "duration", Start: "2016-03-22T00:00:00", Grain: "day"}, "", "none"},
		{"derived", Found{Start: "2016-03-22T00:00:00", Grain: "day"}, "2016-03-22", "derived"},
		{"no grain", Found{Start: "2016-03-22T00:00:00"}, "", "none"},
		{"no start", Found{Grain: "day"}, "", "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, how := predValue(tt.f, zone{})
			if v != tt.wantValue || how != tt.wantH {
				t.Errorf("predValue(%+v) = %q, %q, want %q, %q", tt.f, v, how, tt.wantValue, tt.wantH)
			}
		})
	}
}

func TestGoldValue(t *testing.T) {
	day := strp("2016-03-22T00:00:00")
	tests := []struct {
		name string
		e    Expected
		want string
	}{
		{"given", Expected{Timex: "2016-03-22"}, "2016-03-22"},
		{"duration kind", Expected{Kind: "duration", Start: day, Grain: "day"}, ""},
		{"kind compared as written", Expected{Kind: "Duration", Start: day, Grain: "day"}, "2016-03-22"},
		{"derived week", Expected{Start: day, Grain: "week"}, "2016-W12"},
		{"null start", Expected{Grain: "day"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := goldValue(tt.e, zone{}); got != tt.want {
				t.Errorf("goldValue(%+v) = %q, want %q", tt.e, got, tt.want)
			}
		})
	}
}

func TestIsPlain(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"2016", true}, {"2016-03", true}, {"2016-03-22", true}, {"2016-W12", true}, {"2016-Q4", true},
		{"2016-Q5", false}, {"2016-03-22T10", true}, {"2016-03-22T10:20", true}, {"2016-03-22T10:20:30", true},
		{"2016-03-22TMO", false}, {"PT7H", false}, {"XXXX-03-22", false}, {"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := isPlain(tt.in); got != tt.want {
				t.Errorf("isPlain(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
