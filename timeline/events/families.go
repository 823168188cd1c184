package events

import "strings"

// Predicate families: verbs and nouns that tell the same kind of
// happening, whatever their tense or form ("a annoncé", "annonce",
// "l'annonce"). Merging compares families, not words.
const (
	FamilyAnnounce = "announce" // annoncer, déclarer, indiquer, estimer, ...
	FamilyLeave    = "leave"    // quitter, partir, décoller, retirer, ...
	FamilyMeet     = "meet"     // rencontrer, recevoir, s'entretenir, ...
	FamilyCall     = "call"     // a meeting by telephone
	FamilyStart    = "start"    // entrer en vigueur, commencer, s'appliquer, ...
	FamilyVisit    = "visit"    // visiter, se rendre, arriver, être accueilli, ...
	FamilyAgree    = "agree"    // conclure, accepter, approuver, parvenir à un accord, ...
	FamilyResume   = "resume"   // reprendre, rouvrir, relancer, ...
	FamilySuspend  = "suspend"  // suspendre, interrompre, ajourner
	FamilyEnd      = "end"      // s'achever, terminer, cesser, ...
	FamilyContinue = "continue" // se poursuivre, continuer
	FamilyOrder    = "order"    // ordonner, décider, décréter
	FamilyStrike   = "strike"   // frapper, bombarder, viser, survoler, ...
	FamilyPresent  = "present"  // présenter, publier, remettre, ...
	FamilyKeep     = "keep"     // garder, conserver, maintenir
)

// erEndings are the endings of regular -er verbs (and of the -ir verbs
// listed with them) that the stems of verbStems take.
var erEndings = setOf("", "e", "es", "ent", "er", "é", "ée", "és", "ées", "ait", "aient", "ant",
	"era", "eront", "erait", "eraient", "ons", "ez", "a", "èrent", "i", "ie", "is", "ies", "it",
	"issent", "ira", "iront", "irait", "iraient", "ir", "issant")

// verbStems maps the stem of a verb to its family. A word is the verb when
// it is the stem followed by one of erEndings.
var verbStems = map[string]string{
	"annonc": FamilyAnnounce, "annonç": FamilyAnnounce, "déclar": FamilyAnnounce,
	"indiqu": FamilyAnnounce, "affirm": FamilyAnnounce, "confirm": FamilyAnnounce,
	"estim": FamilyAnnounce, "assur": FamilyAnnounce, "soulign": FamilyAnnounce,
	"précis": FamilyAnnounce, "résum": FamilyAnnounce, "prononc": FamilyAnnounce,
	"prononç": FamilyAnnounce, "expliqu": FamilyAnnounce, "parl": FamilyAnnounce,
	"qualifi": FamilyAnnounce, "réclam": FamilyAnnounce, "salu": FamilyAnnounce,
	"quitt": FamilyLeave, "décoll": FamilyLeave, "retir": FamilyLeave, "évacu": FamilyLeave,
	"regagn":   FamilyLeave,
	"rencontr": FamilyMeet, "discut": FamilyMeet, "réun": FamilyMeet,
	"commenc": FamilyStart, "commenç": FamilyStart, "début": FamilyStart, "appliqu": FamilyStart,
	"visit": FamilyVisit, "arriv": FamilyVisit, "séjourn": FamilyVisit,
	"accept": FamilyAgree, "approuv": FamilyAgree, "adopt": FamilyAgree, "sign": FamilyAgree,
	"accord": FamilyAgree,
	"relanc": FamilyResume, "relanç": FamilyResume,
	"ajourn": FamilySuspend,
	"achev":  FamilyEnd, "achèv": FamilyEnd, "termin": FamilyEnd, "cess": FamilyEnd, "clôtur": FamilyEnd,
	"continu": FamilyContinue,
	"ordonn":  FamilyOrder, "décid": FamilyOrder, "décrét": FamilyOrder,
	"frapp": FamilyStrike, "bombard": FamilyStrike, "survol": FamilyStrike, "attaqu": FamilyStrike,
	"présent": FamilyPresent, "publi": FamilyPresent, "dévoil": FamilyPresent,
	"gard": FamilyKeep, "conserv": FamilyKeep,
}

// verbForms maps the forms of irregular verbs to their family.
var verbForms = map[string]string{
	"dit": FamilyAnnounce, "dire": FamilyAnnounce, "disent": FamilyAnnounce, "dira": FamilyAnnounce,
	"reconnu": FamilyAnnounce, "reconnaît": FamilyAnnounce, "savoir": FamilyAnnounce,
	"prévenu": FamilyAnnounce, "promis": FamilyAnnounce, "promet": FamilyAnnounce,
	"parti": FamilyLeave, "partis": FamilyLeave, "partent": FamilyLeave, "partira": FamilyLeave,
	"partiront": FamilyLeave, "partir": FamilyLeave,
	"reçu": FamilyMeet, "reçue": FamilyMeet, "reçus": FamilyMeet, "reçues": FamilyMeet,
	"reçoit": FamilyMeet, "reçoivent": FamilyMeet, "recevra": FamilyMeet, "recevrait": FamilyMeet,
	"recevoir": FamilyMeet, "entretenu": FamilyMeet, "entretenus": FamilyMeet, "entretient": FamilyMeet,
	"entretiennent": FamilyMeet, "entretiendra": FamilyMeet, "entretiendrait": FamilyMeet,
	"entretenir": FamilyMeet,
	"vigueur":    FamilyStart,
	"accueilli":  FamilyVisit, "accueillie": FamilyVisit, "accueillis": FamilyVisit, "accueille": FamilyVisit,
	"accueillent": FamilyVisit, "accueillera": FamilyVisit, "accueillir": FamilyVisit,
	"conclu": FamilyAgree, "conclue": FamilyAgree, "conclus": FamilyAgree, "conclut": FamilyAgree,
	"conclure": FamilyAgree, "parvenu": FamilyAgree, "parvenus": FamilyAgree, "parvient": FamilyAgree,
	"parviennent": FamilyAgree, "parvenir": FamilyAgree, "parviendra": FamilyAgree, "convenu": FamilyAgree, "conviennent": FamilyAgree,
	"repris": FamilyResume, "reprend": FamilyResume, "reprennent": FamilyResume, "reprendra": FamilyResume,
	"reprendront": FamilyResume, "reprendre": FamilyResume, "reprendrait": FamilyResume,
	"reprendraient": FamilyResume, "rouvert": FamilyResume, "rouvre": FamilyResume, "rouvrir": FamilyResume,
	"rouvrira": FamilyResume,
	"suspendu": FamilySuspend, "suspendus": FamilySuspend, "suspendue": FamilySuspend,
	"suspend": FamilySuspend, "suspendent": FamilySuspend, "suspendre": FamilySuspend,
	"interrompu": FamilySuspend, "interrompus": FamilySuspend, "interrompre": FamilySuspend,
	"achevé": FamilyEnd, "achevée": FamilyEnd, "clos": FamilyEnd,
	"poursuit": FamilyContinue, "poursuivent": FamilyContinue, "poursuivra": FamilyContinue,
	"poursuivre": FamilyContinue, "poursuivi": FamilyContinue, "poursuivie": FamilyContinue,
	"visé": FamilyStrike, "visée": FamilyStrike, "visés": FamilyStrike, "viser": FamilyStrike,
	"vise": FamilyStrike, "visent": FamilyStrike, "visait": FamilyStrike,
	"remis": FamilyPresent, "remet": FamilyPresent, "remettre": FamilyPresent,
	"maintenu": FamilyKeep, "maintenue": FamilyKeep, "maintient": FamilyKeep, "maintenir": FamilyKeep,
}

// nounFamilies maps the nouns that name a happening to its family: they
// date nothing by themselves, but an anaphor ("depuis la mise en œuvre du
// cessez-le-feu") or a light verb ("la visite est prévue") points at them.
var nounFamilies = map[string]string{
	"annonce": FamilyAnnounce, "déclaration": FamilyAnnounce, "allocution": FamilyAnnounce,
	"retrait": FamilyLeave, "départ": FamilyLeave,
	"rencontre": FamilyMeet, "entretien": FamilyMeet, "réunion": FamilyMeet, "sommet": FamilyMeet,
	"conversation": FamilyCall, "appel": FamilyCall,
	"cessez-le-feu": FamilyStart, "trêve": FamilyStart, "cessation": FamilyStart, "début": FamilyStart,
	"visite": FamilyVisit, "arrivée": FamilyVisit, "venue": FamilyVisit,
	"accord": FamilyAgree, "résolution": FamilyAgree,
	"reprise":    FamilyResume,
	"suspension": FamilySuspend,
	"fin":        FamilyEnd,
	"frappe":     FamilyStrike, "frappes": FamilyStrike, "attentat": FamilyStrike, "attentats": FamilyStrike,
	"bombardement": FamilyStrike, "bombardements": FamilyStrike,
}

// lightVerbs carry no family of their own: the noun they govern tells the
// happening ("la visite est prévue", "la visite intervient").
var lightVerbs = setOf("prévu", "prévue", "prévus", "prévues", "prévoit", "prévoient", "intervient",
	"interviendra", "attendu", "attendue", "attendus", "attendues", "lieu", "doit", "doivent", "devrait",
	"devraient", "devra", "compte", "comptent", "coïncide", "tranche", "reste", "restent", "confirmé")

// verbFamily returns the family of a verb form, "" if it is not known.
func verbFamily(w string) string {
	if f, ok := verbForms[w]; ok {
		return f
	}
	for i := len(w); i > 0; i-- {
		if f, ok := verbStems[w[:i]]; ok && erEndings[w[i:]] {
			return f
		}
	}
	return ""
}

// nounFamily returns the family of a noun of happening, singular or
// plural, "" if it is not one.
func nounFamily(w string) string {
	if f, ok := nounFamilies[w]; ok {
		return f
	}
	return nounFamilies[strings.TrimSuffix(w, "s")]
}

// Themes: the topics of the Syria talks that clauses name with many words.
// Two events that name the same theme speak of the same thing.
var themeWords = map[string]string{
	"trêve": "ceasefire", "cessez-le-feu": "ceasefire", "cessation": "ceasefire", "hostilités": "ceasefire",
	"retrait": "withdrawal", "visite": "visit",
	"négociations": "talks", "négociation": "talks", "pourparlers": "talks", "discussions": "talks",
	"session": "talks", "accord": "agreement", "résolution": "resolution",
	"téléphone": "call", "téléphonique": "call", "constitution": "constitution", "transition": "transition",
}
