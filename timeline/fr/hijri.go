package fr

import "time"

// The feasts of the Islamic calendar move eleven days a year against the
// Gregorian one. Holiday reads them and the tagger places them with the
// tabular (arithmetic) Islamic calendar, which the lunar sightings the
// feasts follow may move by a day or two: their mentions say so with mod
// APPROX.

// Hijri feasts, as month*100 + day of the Islamic calendar.
const (
	HijriRamadan = 901  // 1 Ramadan, the month of fasting
	HijriFitr    = 1001 // 1 Shawwal, Aïd el-Fitr
	HijriAdha    = 1210 // 10 Dhu al-Hijja, Aïd el-Adha (Aïd el-Kébir)
)

// hijriEpoch is the Julian day number of 1 Muharram 1 AH in the tabular
// calendar (civil epoch, 16 July 622), less one.
const hijriEpoch = 1948439

// unixJDN is the Julian day number of 1 January 1970.
const unixJDN = 2440588

// HijriDate returns the Gregorian day, in loc, of day d of month m of the
// Islamic year y, by the tabular calendar (leap years 2, 5, 7, 10, 13,
// 16, 18, 21, 24, 26 and 29 of each thirty).
func HijriDate(y, m, d int, loc *time.Location) time.Time {
	jdn := d + (295*(m-1)+9)/10 + (y-1)*354 + (3+11*y)/30 + hijriEpoch
	return time.Date(1970, 1, 1+jdn-unixJDN, 0, 0, 0, 0, loc)
}

// HijriYear returns the Islamic year that day t falls in, by the tabular
// calendar.
func HijriYear(t time.Time) int {
	days := int(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Unix()/86400) + unixJDN - hijriEpoch
	y := (30*days + 10646) / 10631 // the mean year is 10631/30 days
	for y > 1 && HijriDate(y, 1, 1, time.UTC).After(t) {
		y--
	}
	for !HijriDate(y+1, 1, 1, time.UTC).After(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)) {
		y++
	}
	return y
}
