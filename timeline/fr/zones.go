package fr

import (
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // the zones of cities load on any machine
)

// ZoneOf returns the time zone a clock time's zone names, as ClockTime
// reads it (Expr.Zone): "GMT" and "UTC", "CET" and "CEST" (and their
// French names "HNEC" and "HAEC") as the fixed offsets they are, "heure
// française", "en France" and "heure de Paris" as Paris's time, and
// "heure de Damas", "heure d'Ankara", "heure du Caire" as the time of that
// city when it is one of the capitals and large cities the news names. It
// reports false for a zone it cannot place: "heure locale", "12 h 30
// locales" (local to a place the text names elsewhere), a city it does not
// know.
func ZoneOf(written string) (*time.Location, bool) {
	w := strings.Join(strings.Fields(strings.ReplaceAll(foldString(written), "’", "'")), " ")
	w = strings.Trim(w, "() ")
	switch w {
	case "gmt", "utc":
		return time.UTC, true
	case "cet", "hnec":
		return centralEurope, true
	case "cest", "haec":
		return centralEuropeSummer, true
	case "heure francaise", "en france":
		w = "heure de paris"
	}
	var city string
	for _, p := range []string{"heure de ", "heure d'", "heure du "} {
		if c, ok := strings.CutPrefix(w, p); ok {
			city = c
			break
		}
	}
	name, ok := cityZones[city]
	if !ok {
		return nil, false
	}
	loc := cityLocations()[name]
	return loc, loc != nil
}

// The zones of central Europe that a text names by their offset.
var (
	centralEurope       = time.FixedZone("CET", 1*60*60)
	centralEuropeSummer = time.FixedZone("CEST", 2*60*60)
)

// cityZones gives the IANA zone of the cities "heure de ..." names,
// folded (lower case, without accents), hyphens as the text writes them.
var cityZones = map[string]string{
	"paris": "Europe/Paris", "france": "Europe/Paris", "lyon": "Europe/Paris", "marseille": "Europe/Paris",
	"damas": "Asia/Damascus", "syrie": "Asia/Damascus", "alep": "Asia/Damascus",
	"beyrouth": "Asia/Beirut", "liban": "Asia/Beirut",
	"moscou": "Europe/Moscow", "geneve": "Europe/Zurich", "berne": "Europe/Zurich", "zurich": "Europe/Zurich",
	"washington": "America/New_York", "new-york": "America/New_York", "new york": "America/New_York",
	"montreal": "America/Toronto", "quebec": "America/Toronto", "ottawa": "America/Toronto", "toronto": "America/Toronto",
	"chicago": "America/Chicago", "denver": "America/Denver", "los angeles": "America/Los_Angeles",
	"los-angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
	"mexico": "America/Mexico_City", "la havane": "America/Havana", "caracas": "America/Caracas",
	"bogota": "America/Bogota", "lima": "America/Lima", "santiago": "America/Santiago",
	"buenos aires": "America/Argentina/Buenos_Aires", "buenos-aires": "America/Argentina/Buenos_Aires",
	"brasilia": "America/Sao_Paulo", "sao paulo": "America/Sao_Paulo", "rio": "America/Sao_Paulo",
	"londres": "Europe/London", "dublin": "Europe/Dublin", "lisbonne": "Europe/Lisbon", "madrid": "Europe/Madrid",
	"bruxelles": "Europe/Brussels", "luxembourg": "Europe/Luxembourg", "amsterdam": "Europe/Amsterdam",
	"la haye": "Europe/Amsterdam", "berlin": "Europe/Berlin", "rome": "Europe/Rome", "vienne": "Europe/Vienna",
	"prague": "Europe/Prague", "varsovie": "Europe/Warsaw", "budapest": "Europe/Budapest",
	"copenhague": "Europe/Copenhagen", "stockholm": "Europe/Stockholm", "oslo": "Europe/Oslo",
	"helsinki": "Europe/Helsinki", "athenes": "Europe/Athens", "bucarest": "Europe/Bucharest",
	"sofia": "Europe/Sofia", "belgrade": "Europe/Belgrade", "kiev": "Europe/Kyiv", "kyiv": "Europe/Kyiv",
	"minsk": "Europe/Minsk", "ankara": "Europe/Istanbul", "istanbul": "Europe/Istanbul",
	"le caire": "Africa/Cairo", "caire": "Africa/Cairo", "tripoli": "Africa/Tripoli", "tunis": "Africa/Tunis",
	"alger": "Africa/Algiers", "rabat": "Africa/Casablanca", "casablanca": "Africa/Casablanca",
	"dakar": "Africa/Dakar", "bamako": "Africa/Bamako", "abidjan": "Africa/Abidjan", "niamey": "Africa/Niamey",
	"kinshasa": "Africa/Kinshasa", "khartoum": "Africa/Khartoum", "nairobi": "Africa/Nairobi",
	"addis-abeba": "Africa/Addis_Ababa", "johannesburg": "Africa/Johannesburg", "pretoria": "Africa/Johannesburg",
	"jerusalem": "Asia/Jerusalem", "tel-aviv": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem",
	"gaza": "Asia/Gaza", "amman": "Asia/Amman", "bagdad": "Asia/Baghdad", "teheran": "Asia/Tehran",
	"riyad": "Asia/Riyadh", "djeddah": "Asia/Riyadh", "doha": "Asia/Qatar", "dubai": "Asia/Dubai",
	"abou dhabi": "Asia/Dubai", "abou-dhabi": "Asia/Dubai", "mascate": "Asia/Muscat", "sanaa": "Asia/Aden",
	"koweit": "Asia/Kuwait", "erevan": "Asia/Yerevan", "bakou": "Asia/Baku", "tbilissi": "Asia/Tbilisi",
	"kaboul": "Asia/Kabul", "islamabad": "Asia/Karachi", "karachi": "Asia/Karachi",
	"new delhi": "Asia/Kolkata", "new-delhi": "Asia/Kolkata", "delhi": "Asia/Kolkata",
	"bangkok": "Asia/Bangkok", "hanoi": "Asia/Bangkok", "jakarta": "Asia/Jakarta", "manille": "Asia/Manila",
	"pekin": "Asia/Shanghai", "shanghai": "Asia/Shanghai", "hong kong": "Asia/Hong_Kong",
	"hong-kong": "Asia/Hong_Kong", "taipei": "Asia/Taipei", "seoul": "Asia/Seoul",
	"pyongyang": "Asia/Pyongyang", "tokyo": "Asia/Tokyo", "sydney": "Australia/Sydney",
	"canberra": "Australia/Sydney", "noumea": "Pacific/Noumea",
	"papeete": "Pacific/Tahiti", "cayenne": "America/Cayenne", "fort-de-france": "America/Martinique",
	"pointe-a-pitre": "America/Guadeloupe", "saint-denis": "Indian/Reunion",
}

// cityLocations loads the zones of cityZones once; a zone the time
// package cannot load is left out.
var cityLocations = sync.OnceValue(func() map[string]*time.Location {
	m := make(map[string]*time.Location, len(cityZones))
	for _, name := range cityZones {
		if _, done := m[name]; done {
			continue
		}
		if loc, err := time.LoadLocation(name); err == nil {
			m[name] = loc
		}
	}
	return m
})

// ZoneSuffix returns the ISO 8601 offset of loc at the wall clock of t
// (its year, month, day, hour, minute and second, read in loc): "Z" for
// UTC, "+02", "-05" or "+05:30".
func ZoneSuffix(t time.Time, loc *time.Location) string {
	at := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
	name, off := at.Zone()
	if off == 0 && (loc == time.UTC || name == "UTC" || name == "GMT") {
		return "Z"
	}
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	h, m := off/3600, off%3600/60
	b := []byte{sign, byte('0' + h/10), byte('0' + h%10)}
	if m != 0 {
		b = append(b, ':', byte('0'+m/10), byte('0'+m%10))
	}
	return string(b)
}
