package ingest_test

import (
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline/ingest"
)

func TestPublishedFromURL(t *testing.T) {
	moscow := mustZone("Europe/Moscow")
	tests := []struct {
		name, url string
		loc       *time.Location
		want      time.Time
		wantOK    bool
	}{
		{"slashes", "https://www.lemonde.example/international/article/2016/03/22/kerry-moscou_123.html", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris), true},
		{"slashes at end", "https://x.example/2016/03/22", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris), true},
		{"one-digit month", "https://x.example/2016/3/2/slug", nil, time.Date(2016, 3, 2, 0, 0, 0, 0, paris), true},
		{"dashes", "https://x.example/2016-03-22/slug", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris), true},
		{"dashes in slug", "https://x.example/actu/2016-03-22-kerry-a-moscou", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris), true},
		{"compact", "https://x.example/20160322/slug", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris), true},
		{"Sputnik", "https://fr.sputniknews.com/international/201603221023572362-kerry-poutine-visite-moscou-entretien/", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris), true},
		{"zone", "https://x.example/2016/03/22/", moscow, time.Date(2016, 3, 22, 0, 0, 0, 0, moscow), true},
		{"query ignored", "https://x.example/article?date=2016/03/22/", nil, time.Time{}, false},
		{"no date", "https://x.example/international/kerry-moscou-a1842", nil, time.Time{}, false},
		{"empty", "", nil, time.Time{}, false},
		{"invalid month", "https://x.example/2016/13/22/", nil, time.Time{}, false},
		{"30 February", "https://x.example/2016-02-30/", nil, time.Time{}, false},
		{"invalid then valid", "https://x.example/20161399/2016/03/22/", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris), true},
		{"digits in a word", "https://x.example/a20160322b/", nil, time.Time{}, false},
		{"not a year", "https://x.example/12345678/", nil, time.Time{}, false},
		{"not a URL", "%zz/2016/03/22/", nil, time.Date(2016, 3, 22, 0, 0, 0, 0, paris), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ingest.PublishedFromURL(tt.url, tt.loc)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Errorf("PublishedFromURL(%q) = %v, %t; want %v, %t", tt.url, got, ok, tt.want, tt.wantOK)
			}
			if ok && got.Location() != (tt.loc) && tt.loc != nil {
				t.Errorf("PublishedFromURL(%q) zone = %v, want %v", tt.url, got.Location(), tt.loc)
			}
		})
	}
}
