package tagger

// News tells what is scheduled in the present: "Le président reçoit
// vendredi son homologue", "Le Conseil de sécurité se réunit mercredi",
// "le cessez-le-feu entre en vigueur samedi", "la réunion a lieu jeudi".
// Said on a Tuesday, each day is the one to come. The verbs below are
// those of meetings, journeys and beginnings, whose present with a date
// names what is planned; other verbs in the present ("Poutine annonce
// lundi le retrait", a headline's present) often tell what just happened,
// and give no cue.

// presentVerbs are the third persons of the present of the verbs of
// schedule that stand alone: counted when no determiner or preposition
// stands before them ("la rencontre", "une visite", "à part" are nouns).
var presentVerbs = map[string]bool{
	"reçoit": true, "reçoivent": true, "rencontre": true, "rencontrent": true, "réunit": true,
	"réunissent": true, "ouvre": true, "ouvrent": true, "débute": true, "débutent": true,
	"commence": true, "commencent": true, "reprend": true, "reprennent": true, "expire": true,
	"expirent": true, "accueille": true, "accueillent": true, "participe": true, "participent": true,
	"préside": true, "inaugure": true, "inaugurent": true, "part": true, "partent": true, "arrive": true,
	"arrivent": true, "quitte": true, "quittent": true, "revient": true, "reviennent": true,
	"entame": true, "entament": true, "visitent": true, "affronte": true,
	"affrontent": true, "joue": true, "jouent": true, "vote": true, "votent": true,
	"examine": true, "examinent": true, "atterrit": true, "décolle": true,
}

// reflexivePresent are the presents of schedule counted after "se" or
// "s'": "se rend", "s'ouvre", "se tiennent".
var reflexivePresent = map[string]bool{
	"rend": true, "rendent": true, "tient": true, "tiennent": true, "réunit": true, "réunissent": true,
	"ouvre": true, "ouvrent": true, "déroule": true, "déroulent": true, "retrouve": true,
	"retrouvent": true, "déplace": true, "déplacent": true, "entretient": true, "entretiennent": true,
	"achève": true, "achèvent": true, "termine": true, "terminent": true, "prononce": true,
	"prononcent": true, "rencontrent": true,
}

// notSubject are the words after which a form of presentVerbs is a noun
// or no verb of its own: determiners and prepositions.
var notSubject = map[string]bool{
	"le": true, "la": true, "les": true, "l": true, "un": true, "une": true, "des": true, "du": true,
	"de": true, "d": true, "ce": true, "cet": true, "cette": true, "ces": true, "sa": true, "son": true,
	"ses": true, "leur": true, "leurs": true, "notre": true, "nos": true, "votre": true, "vos": true,
	"mon": true, "ma": true, "mes": true, "à": true, "au": true, "aux": true, "en": true, "pour": true,
	"par": true, "sur": true, "après": true, "avant": true, "lors": true, "dès": true, "quelque": true,
	"chaque": true, "toute": true, "tout": true, "nouvelle": true, "première": true, "dernière": true,
	"prochaine": true, "seconde": true, "deuxième": true, "autre": true,
	"fait": true, "font": true, "faisait": true, "faisaient": true, "faire": true, // "faire part"
}

// presentCue reports whether the word at i of ws is a present of schedule:
// one of presentVerbs after no determiner or preposition, one of
// reflexivePresent after "se", "entre en vigueur", "prend fin", "a lieu"
// or "ont lieu".
func presentCue(ws []word, i int) bool {
	w := ws[i].text
	prev := ""
	if i > 0 {
		prev = ws[i-1].text
	}
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1].text
	}
	switch {
	case (prev == "se" || prev == "s") && reflexivePresent[w]:
		return true
	case presentVerbs[w]:
		return !notSubject[prev]
	case w == "entre":
		return next == "en" && i+2 < len(ws) && ws[i+2].text == "vigueur"
	case w == "entrent":
		return next == "en"
	case w == "prend" || w == "prennent":
		return next == "fin"
	case w == "a" || w == "ont":
		return next == "lieu"
	}
	return false
}
