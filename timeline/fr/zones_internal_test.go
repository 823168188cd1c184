package fr

import "testing"

// Every zone of the gazetteer loads and every city is written as ZoneOf
// reads it: a misspelt IANA name, or a city with an accent or a capital,
// would leave it without a zone.
func TestZoneOfEveryCity(t *testing.T) {
	for city, name := range cityZones {
		loc, ok := ZoneOf("heure de " + city)
		if !ok || loc.String() != name {
			t.Errorf("ZoneOf(%q) = %v, %v; want %s", "heure de "+city, loc, ok, name)
		}
	}
}
