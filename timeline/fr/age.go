package fr

import "strings"

// durationHeads are nouns after which "de N ans" is a length of time ("une
// peine de dix ans"), not an age ("une fillette de 6 ans").
var durationHeads = map[string]bool{
	"periode": true, "duree": true, "peine": true, "absence": true, "mandat": true, "contrat": true,
	"delai": true, "sejour": true, "attente": true, "guerre": true, "plan": true, "programme": true,
	"exil": true, "prison": true, "reclusion": true, "carriere": true, "travail": true, "espace": true,
	"intervalle": true, "moyenne": true, "histoire": true, "regne": true, "bail": true,
	"engagement": true, "service": true, "emprisonnement": true, "detention": true,
	"suspension": true, "treve": true, "conflit": true, "occupation": true, "presence": true,
	"construction": true, "negociations": true, "pres": true, "plus": true, "moins": true,
	"quelque": true, "environ": true, "depuis": true, "pendant": true, "durant": true, "bout": true,
	"age": false, "cours": true, "ete": true, "fin": true, "debut": true, "ensemble": true,
	"terme": true, "issue": true, "horizon": true, "echeance": true, "laps": true,
}

// isAgeInMonths reports whether "N mois" states the age of a baby: "un
// bébé de six mois", but not "une durée de six mois".
func isAgeInMonths(before string) bool {
	b := strings.TrimRight(before, " \u00a0\u202f")
	lb := foldString(b)
	if !strings.HasSuffix(lb, " de") && !strings.HasSuffix(lb, " d'") {
		return false
	}
	head := foldString(lastWord(strings.TrimSuffix(strings.TrimSuffix(b, "de"), "d'")))
	return ageHeads[head]
}

// ageHeads are nouns of people whose age may be given in months.
var ageHeads = map[string]bool{"bebe": true, "enfant": true, "nourrisson": true, "fillette": true,
	"garcon": true, "fille": true, "fils": true, "nouveau-ne": true, "ne": true, "petit": true, "petite": true}

// isAge reports whether "N ans" around before/after states someone's age:
// "âgé de 54 ans", "une fillette de 6 ans", "Alain Parmentier, 53 ans,",
// "les 6-16 ans", "les moins de 17 ans".
func isAge(before, after string) bool {
	b := strings.TrimRight(before, " \u00a0\u202f")
	lb := foldString(b)
	switch {
	case strings.HasSuffix(lb, "age de"), strings.HasSuffix(lb, "agee de"), strings.HasSuffix(lb, "ages de"),
		strings.HasSuffix(lb, "agees de"), strings.HasSuffix(lb, "les moins de"), strings.HasSuffix(lb, "les plus de"),
		foldString(lastWord(b)) == "les" && strings.TrimSpace(b) == strings.TrimSpace(lastWord(b)) || strings.HasSuffix(lb, " les"):
		return true
	case strings.HasSuffix(b, "-") || strings.HasSuffix(b, "–"):
		return true // "les 6-16 ans", "0-6 ans"
	case strings.HasSuffix(b, ",") || strings.HasSuffix(b, "("):
		a := strings.TrimLeft(after, " \u00a0\u202f")
		return a == "" || a[0] == ',' || a[0] == ')' || a[0] == '.'
	case strings.HasSuffix(lb, " de") || strings.HasSuffix(lb, " d'"):
		head := foldString(lastWord(strings.TrimSuffix(strings.TrimSuffix(b, "de"), "d'")))
		return head != "" && !durationHeads[head]
	case strings.HasSuffix(b, "À") && sentenceStart(strings.TrimSuffix(b, "À")):
		return true // "À 28 ans, Renan Luce a reçu"
	case endsWithWord(before, "a", "avait", "aura", "aurait", "ont", "avaient", "auront") && !strings.HasSuffix(lb, " y a"):
		// "le président a 70 ans.", "elle avait 6 ans quand": an age;
		// "il a 10 ans de retard" is left a length of time
		a := strings.TrimLeft(after, " \u00a0\u202f")
		return a == "" || strings.ContainsRune(",.;:)", rune(a[0])) || startsWithWord(foldString(a), "et", "quand", "lorsque", "lors", "au", "aujourd", "a", "à")
	}
	return false
}
