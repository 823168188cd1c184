package fr

import (
	"strings"

	"github.com/timeline-fr/timeline/timeline"
)

// Holiday matches the holidays of the French calendar: "Noël", "le jour de
// l'an", "la Toussaint", "le 14-Juillet", "Pâques", "la Pentecôte". Fixed
// holidays give a day and a month; those that follow Easter give their
// distance from Easter Sunday, and the tagger computes it for the year.
func Holiday() *Rule {
	return newRule("holiday", TRef|TUnit|TPeriod|TDigit,
		`(?:(?:le|la|l`+apos+`)`+sp0+`)?(?:(?:jour|journ[ée]e|f[eê]te)`+sp+`(?:de`+sp+`(?:la`+sp+`|l`+apos+`)?|du`+sp+`|des`+sp+`)?)?`+
			`(?P<name>no[eë]l|nouvel`+sp+`an|an|toussaint|morts|travail|saint-valentin|saint-sylvestre|14-juillet|14`+sp+`juillet|f[eê]te`+sp+`nationale|armistice|assomption|p[aâ]ques|pentec[oô]te|ascension|r[ée]veillon`+
			`|(?P<hijri>ramadan|ramadhan|a[iï]d`+sp+`(?:el|al)[- ](?:fitr|kebir|kébir|adha))`+
			`|(?P<dmday>1er|[1-3]?\d)-(?P<dmmonth>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre))`+
			`(?:`+sp+year4+`)?`,
		parseHoliday)
}

// fixedHolidays maps folded holiday names to month and day.
var fixedHolidays = map[string][2]int{
	"noel": {12, 25}, "nouvel an": {1, 1}, "an": {1, 1}, "toussaint": {11, 1}, "morts": {11, 2},
	"travail": {5, 1}, "saint-valentin": {2, 14}, "saint-sylvestre": {12, 31}, "14-juillet": {7, 14},
	"14 juillet": {7, 14}, "fete nationale": {7, 14}, "armistice": {11, 11}, "assomption": {8, 15},
	"reveillon": {12, 31},
}

// easterOffsets maps movable feasts to their distance from Easter Sunday.
var easterOffsets = map[string]int{"paques": 0, "pentecote": 49, "ascension": 39}

// holidayOpeners are the first words, folded, of the holidays' names:
// "noel", "nouvel", "saint" ("saint-sylvestre"), "14", "fete", and those
// of the Islamic feasts ("ramadan", "aid").
var holidayOpeners = func() map[string]bool {
	m := map[string]bool{}
	for n := range easterOffsets {
		m[n] = true
	}
	for n := range fixedHolidays {
		m[strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' })[0]] = true
	}
	m["ramadan"], m["ramadhan"], m["aid"] = true, true, true
	return m
}()

// namedDays are days that name one event of one year when written with a
// hyphen, as French does for events known by their date: "le 11-Septembre"
// (2001), "le 13-Novembre" (2015). Other hyphenated days ("le 14-Juillet",
// "le 8-Mai") recur every year.
var namedDays = map[string]int{"11-septembre": 2001, "13-novembre": 2015}

// hijriFeasts maps the folded names of Islamic feasts to their day.
var hijriFeasts = map[string]int{"ramadan": HijriRamadan, "ramadhan": HijriRamadan, "fitr": HijriFitr,
	"kebir": HijriAdha, "adha": HijriAdha}

func parseHoliday(g groups) (Expr, bool) {
	if h := foldString(g.get("hijri")); h != "" {
		// "pendant le ramadan", "l'Aïd el-Fitr": a day, or for the
		// ramadan a month, of the Islamic calendar
		e := Expr{Kind: KindDate, Feast: true, Hijri: hijriFeasts[h[max(0, strings.LastIndexAny(h, " -")+1):]], Mod: "APPROX"}
		if e.Hijri == HijriRamadan {
			e.Unit = timeline.GrainMonth
		}
		e.Year, _, _ = readYear(g.get("year"), "")
		return e, e.Hijri != 0
	}
	if g.has("dmday") {
		// "le 11-Septembre", "le 13-Novembre", "le 1er-Mai": a day known by
		// its date
		e := Expr{Kind: KindDate, Day: dayNumber(g.get("dmday")), Month: monthNumber(g.get("dmmonth"))}
		if e.Day < 1 || e.Day > maxDay(e.Month) {
			return Expr{}, false
		}
		if !strings.HasPrefix(g.get("dmmonth"), strings.ToUpper(g.get("dmmonth")[:1])) {
			return Expr{}, false // "11-septembre" in lower case is a score or a range, not a name
		}
		e.Year = namedDays[foldString(g.get("dmday")+"-"+g.get("dmmonth"))]
		return e, true
	}
	name := strings.Join(strings.Fields(foldString(g.get("name"))), " ")
	name = strings.ReplaceAll(name, "â", "a")
	whole := foldString(g.s[g.idx[0]:g.idx[1]])
	if name == "an" && !strings.Contains(whole, "jour") {
		return Expr{}, false // "an" alone is a year, not New Year's Day
	}
	if (name == "morts" || name == "travail") && !strings.Contains(whole, "jour") && !strings.Contains(whole, "fete") {
		return Expr{}, false // "les morts", "le travail"
	}
	if name == "armistice" && !strings.HasPrefix(whole, "l") {
		return Expr{}, false
	}
	if name == "fete nationale" && !frenchNationalDay(g.after) {
		return Expr{}, false // "la fête nationale syrienne", "la fête nationale du Liban"
	}
	year, _, _ := readYear(g.get("year"), "") // "Noël 2015", "Pâques 2016"
	if off, ok := easterOffsets[name]; ok {
		return Expr{Kind: KindDate, Easter: off, Feast: true, Year: year}, true
	}
	md, ok := fixedHolidays[name]
	if !ok {
		return Expr{}, false
	}
	return Expr{Kind: KindDate, Month: md[0], Day: md[1], Year: year}, true
}

// frenchNationalDay reports whether the text after "fête nationale" leaves
// it France's, 14 July: not when a nationality ("syrienne", "belge") or a
// country ("du Liban", "de la Syrie", "d'Israël") follows.
func frenchNationalDay(after string) bool {
	w := foldString(firstLetters(after))
	if w == "" || w == "francaise" {
		return true
	}
	if w == "du" || w == "de" || w == "des" || w == "d" {
		return strings.Contains(foldString(after[:min(len(after), 16)]), "14")
	}
	for _, suffix := range []string{"ienne", "ien", "aise", "ais", "aine", "ain", "ique", "oise", "ois", "ane", "an",
		"ge", "sse", "nde", "ole", "rque", "cque"} {
		if strings.HasSuffix(w, suffix) {
			return false
		}
	}
	return true
}
