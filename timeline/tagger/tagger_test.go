package tagger_test

import (
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// tuesday is the publication date of the seed article: Tuesday 22 March 2016.
var tuesday = time.Date(2016, 3, 22, 10, 0, 0, 0, time.FixedZone("MSK", 3*3600))

func TestTag(t *testing.T) {
	tests := []struct {
		name, text, want, value string
		typ                     timeline.TimexType
		policy                  tagger.Policy
	}{
		{"absolute past", "Le cessez-le-feu est entré en vigueur le 27 février.", "le 27 février", "2016-02-27", timeline.TypeDate, ""},
		{"absolute with year", "Il est né le 3 août 2024.", "le 3 août 2024", "2024-08-03", timeline.TypeDate, ""},
		{"weekday comma date", "Les avions ont quitté mardi, 15 mars, la base.", "mardi, 15 mars", "2016-03-15", timeline.TypeDate, ""},
		{"mardi dernier on a tuesday", "Il a parlé mardi dernier aux journalistes.", "mardi dernier", "2016-03-15", timeline.TypeDate, ""},
		{"lundi prochain", "Il partira lundi prochain.", "lundi prochain", "2016-03-28", timeline.TypeDate, ""},
		{"bare weekday past", "Il a parlé jeudi.", "jeudi", "2016-03-17", timeline.TypeDate, ""},
		{"bare weekday future", "Il sera reçu mercredi matin.", "mercredi matin", "2016-03-23TMO", timeline.TypeTime, ""},
		{"bare weekday future policy", "Rendez-vous jeudi.", "jeudi", "2016-03-24", timeline.TypeDate, tagger.PolicyFuture},
		{"bare weekday past policy", "Rendez-vous jeudi.", "jeudi", "2016-03-17", timeline.TypeDate, tagger.PolicyPast},
		{"hier soir", "Il est arrivé hier soir.", "hier soir", "2016-03-21TEV", timeline.TypeTime, ""},
		{"semaine prochaine", "Il viendra la semaine prochaine.", "la semaine prochaine", "2016-W13", timeline.TypeDate, ""},
		{"mois dernier", "Il est venu le mois dernier.", "le mois dernier", "2016-02", timeline.TypeDate, ""},
		{"il y a trois jours", "Il est parti il y a trois jours.", "il y a trois jours", "2016-03-19", timeline.TypeDate, ""},
		{"dans deux semaines", "Il reviendra dans deux semaines.", "dans deux semaines", "2016-W14", timeline.TypeDate, ""},
		{"signal trimmed", "Il y vit depuis 1998.", "1998", "1998", timeline.TypeDate, ""},
		{"clock takes previous day", "Il est arrivé hier. Le train est reparti à 15h30.", "15h30", "2016-03-21T15:30", timeline.TypeTime, ""},
		{"duration", "Le décalage horaire est de sept heures.", "sept heures", "PT7H", timeline.TypeDuration, ""},
		{"set", "Il vient chaque année.", "chaque année", "P1Y", timeline.TypeSet, ""},
		{"mi-mars", "Il viendra mi-mars.", "mi-mars", "2016-03", timeline.TypeDate, ""},
		{"fin 2015", "Il est venu fin 2015.", "fin 2015", "2015", timeline.TypeDate, ""},
		{"range", "La conférence aura lieu du 15 au 22 mars.", "du 15 au 22 mars", "2016-03-15/2016-03-22", timeline.TypeDate, ""},
		{"yearless date far behind stays near", "Ils devraient reprendre le 3 février.", "le 3 février", "2016-02-03", timeline.TypeDate, ""},
		{"la veille", "Le 10 mars, il a parlé. La veille, il avait voyagé.", "La veille", "2016-03-09", timeline.TypeDate, ""},
		{"past conditional is past", "Le Figaro annonce lundi soir que le journaliste aurait été tué par un obus.", "lundi soir", "2016-03-21TEV", timeline.TypeTime, ""},
		{"past conditional of avoir", "Selon la police, ils auraient quitté la ville jeudi.", "jeudi", "2016-03-17", timeline.TypeDate, ""},
		{"present conditional stays ahead", "Il rencontrerait le ministre jeudi.", "jeudi", "2016-03-24", timeline.TypeDate, ""},
		{"months earlier than a month", "Ils sont arrivés en septembre 2011. Six mois plus tôt, ils étaient partis.", "Six mois plus tôt", "2011-03", timeline.TypeDate, ""},
		{"years after a year", "Il est condamné en mars 1952, une loi en vigueur jusqu'en 1967. Il meurt deux ans après.", "deux ans après", "1954", timeline.TypeDate, ""},
		{"months after an event is an amount", "Le système sort le 18 octobre, six mois après celui de la version précédente.", "six mois", "P6M", timeline.TypeDuration, ""},
		{"weekday and day in a nearby month", "Il est arrivé vendredi 11.", "vendredi 11", "2016-03-11", timeline.TypeDate, ""},
		{"wrong weekday keeps the nearby month", "Il est arrivé jeudi 15.", "jeudi 15", "2016-03-15", timeline.TypeDate, ""},
		{"eve set beside its date", "Les délégations sont arrivées dimanche soir, à la veille de l'ouverture des pourparlers.", "la veille", "2016-03-20", timeline.TypeDate, ""},
		{"eve of an event after a date", "Le 10 mars, il a parlé. La veille de son discours, il avait voyagé.", "La veille", "2016-03-09", timeline.TypeDate, ""},
		{"night of two days of a month", "Les frappes ont repris dans la nuit du 14 au 15 mars.", "la nuit du 14 au 15 mars", "2016-03-14TNI", timeline.TypeTime, ""},
		{"week just past", "Au cours de la semaine écoulée, l'aviation a mené 40 raids.", "la semaine écoulée", "2016-W11", timeline.TypeDate, ""},
		{"midnight of a night of two days", "La trêve est entrée en vigueur à minuit dans la nuit de vendredi à samedi.", "minuit dans la nuit de vendredi à samedi", "2016-03-19T00:00", timeline.TypeTime, ""},
		{"small hours of a night of two dates", "Les frappes ont repris à 3 h dans la nuit du 31 mars au 1er avril.", "3 h dans la nuit du 31 mars au 1er avril", "2016-04-01T03:00", timeline.TypeTime, ""},
		{"zone of a city", "La trêve doit entrer en vigueur samedi 27 février à minuit, heure de Damas.", "samedi 27 février à minuit, heure de Damas", "2016-02-27T00:00+02", timeline.TypeTime, ""},
		{"zone of a city in summer time", "Il a atterri le 3 juillet à 8 h heure de New-York.", "le 3 juillet à 8 h heure de New-York", "2016-07-03T08:00-04", timeline.TypeTime, ""},
		{"zone named after du", "Le vote s'achève le 3 juillet à 19 h heure du Caire.", "le 3 juillet à 19 h heure du Caire", "2016-07-03T19:00+02", timeline.TypeTime, ""},
		{"zone of France in winter", "Le départ a été donné le 10 novembre à 13h02, heure française.", "le 10 novembre à 13h02, heure française", "2015-11-10T13:02+01", timeline.TypeTime, ""},
		{"UTC", "Au pointage du 22 mars à 15h UTC, il est en tête.", "22 mars à 15h UTC", "2016-03-22T15:00Z", timeline.TypeTime, ""},
		{"central European summer time as written", "L'alerte a été donnée le 12 juillet 2012 vers 5 h 25 CEST.", "5 h 25 CEST", "2012-07-12T05:25+02", timeline.TypeTime, ""},
		{"local time stays unzoned", "Le président est arrivé le 8 février vers 12 h 30 locales.", "12 h 30 locales", "2016-02-08T12:30", timeline.TypeTime, ""},
		{"unknown city stays unzoned", "Il est arrivé le 8 mars à 9 h heure de Tavannes.", "le 8 mars à 9 h heure de Tavannes", "2016-03-08T09:00", timeline.TypeTime, ""},
		{"midnight of a night, its zone between commas", "La trêve est entrée en vigueur à minuit, heure de Damas, dans la nuit de vendredi à samedi.", "minuit, heure de Damas, dans la nuit de vendredi à samedi", "2016-03-19T00:00+02", timeline.TypeTime, ""},
		{"small hours of a night in a zone", "Les frappes ont repris à 3 h heure de Paris dans la nuit du 26 au 27 mars.", "3 h heure de Paris dans la nuit du 26 au 27 mars", "2016-03-27T03:00+02", timeline.TypeTime, ""},
		{"a zone's commas do not reach past a sentence", "La trêve a commencé samedi 27 février à minuit, heure de Damas. Dans la nuit de vendredi à samedi, les armes se sont tues.", "samedi 27 février à minuit, heure de Damas", "2016-02-27T00:00+02", timeline.TypeTime, ""},
		{"a comma without a zone keeps the night apart", "La trêve est entrée en vigueur à minuit, dans la nuit de vendredi à samedi.", "la nuit de vendredi à samedi", "2016-03-18TNI", timeline.TypeTime, ""},
		{"small hours after a night", "Ils sont parvenus à un accord dans la nuit de jeudi à vendredi. Ils ont présenté les conclusions peu après minuit.", "minuit", "2016-03-18T00:00", timeline.TypeTime, ""},
		{"evening after a night", "Ils sont parvenus à un accord dans la nuit de jeudi à vendredi. Ils avaient commencé à 23 h.", "23 h", "2016-03-17T23:00", timeline.TypeTime, ""},
		{"small hours after a day", "Ils sont arrivés jeudi. Ils ont présenté les conclusions peu après minuit.", "minuit", "2016-03-17T00:00", timeline.TypeTime, ""},
		{"the night just past, said in the past", "Trois personnes sont mortes dans la nuit, a indiqué la police.", "la nuit", "2016-03-21TNI", timeline.TypeTime, ""},
		{"tonight, said in the future", "Le convoi partira cette nuit.", "cette nuit", "2016-03-22TNI", timeline.TypeTime, ""},
		{"la nuit dernière", "Trois personnes ont été blessées la nuit dernière.", "la nuit dernière", "2016-03-21TNI", timeline.TypeTime, ""},
		{"small hours after last night", "Ils sont morts la nuit dernière. L'alerte a été donnée vers quatre heures du matin.", "quatre heures du matin", "2016-03-22T04:00", timeline.TypeTime, ""},
		{"a night after a date keeps that date", "Le 10 mars, il est arrivé à Moscou. Dans la nuit, il est reparti.", "la nuit", "2016-03-10TNI", timeline.TypeTime, ""},
		{"small hours said after a night", "Il s'est éteint dans la nuit de vendredi à samedi à trois heures du matin.", "la nuit de vendredi à samedi à trois heures du matin", "2016-03-19T03:00", timeline.TypeTime, ""},
		{"evening hour said after a night", "La réunion s'est achevée dans la nuit de vendredi à samedi à 23 h.", "la nuit de vendredi à samedi à 23 h", "2016-03-18T23:00", timeline.TypeTime, ""},
		{"short participle marks the past", "Les éliminatoires, qui ont eu lieu dimanche, précèdent la finale, qui se jouera samedi.", "dimanche", "2016-03-20", timeline.TypeDate, ""},
		{"short participle after an adverb", "Ceux qui ont finalement pu partir jeudi, selon le ministère, reviendront.", "jeudi", "2016-03-17", timeline.TypeDate, ""},
		{"the second weekday of entre ... et comes after the first", "Entre mardi matin et lundi soir, il a visité 14 villes.", "lundi soir", "2016-03-28TEV", timeline.TypeTime, ""},
		{"future of conclure", "Il conclura sa campagne lundi soir à Des Moines.", "lundi soir", "2016-03-28TEV", timeline.TypeTime, ""},
		{"future of poursuivre", "Le procès se poursuivra jeudi.", "jeudi", "2016-03-24", timeline.TypeDate, ""},
		{"past simple in -ura stays past", "Il assura mercredi que tout allait bien.", "mercredi", "2016-03-16", timeline.TypeDate, ""},
		{"a date and au soir are one mention", "Les délégations se sont retrouvées lundi 14 mars au soir à Genève.", "lundi 14 mars au soir", "2016-03-14TEV", timeline.TypeTime, ""},
		{"la veille au matin", "Le 10 mars, il a parlé. La veille au matin, il avait voyagé.", "La veille au matin", "2016-03-09TMO", timeline.TypeTime, ""},
		{"a lone day with its part of day and no month before", "Il est parti le 14 au matin.", "le 14 au matin", "2016-03-14TMO", timeline.TypeTime, ""},
		{"a lone day past in the month before", "Il est parti le 25 au soir.", "le 25 au soir", "2016-02-25TEV", timeline.TypeTime, ""},
		{"a lone day with its part after a month", "Le 10 mars, il est arrivé. Il est reparti le 12 au soir.", "le 12 au soir", "2016-03-12TEV", timeline.TypeTime, ""},
		{"weekend days said together, first", "Les manifestations se sont déroulées samedi et dimanche.", "samedi", "2016-03-19", timeline.TypeDate, ""},
		{"weekend days said together, second", "Les manifestations se sont déroulées samedi et dimanche.", "dimanche", "2016-03-20", timeline.TypeDate, ""},
		{"days said together to come, first", "Les élections auront lieu lundi et mardi.", "lundi", "2016-03-28", timeline.TypeDate, ""},
		{"days said together to come, second", "Les élections auront lieu lundi et mardi.", "mardi", "2016-03-29", timeline.TypeDate, ""},
		{"the same day", "Il est arrivé le 3 mars. Le même jour, il a parlé.", "Le même jour", "2016-03-03", timeline.TypeDate, ""},
		{"that evening", "Il est arrivé le 3 mars. Ce soir-là, il a parlé.", "Ce soir-là", "2016-03-03TEV", timeline.TypeTime, ""},
		{"that year", "Il est arrivé en 2011. Cette année-là, il a parlé.", "Cette année-là", "2011", timeline.TypeDate, ""},
		{"the same week", "Il est arrivé le 3 mars 2015. La même semaine, il a parlé.", "La même semaine", "2015-W10", timeline.TypeDate, ""},
		{"weekday range to come", "Les discussions se tiendront du lundi au mercredi.", "du lundi au mercredi", "2016-03-28/2016-03-30", timeline.TypeDate, ""},
		{"weekday range over a weekend", "Les combats ont duré du vendredi au lundi.", "du vendredi au lundi", "2016-03-18/2016-03-21", timeline.TypeDate, ""},
		{"that very moment", "Le feu a pris vers 15 h 30, hier. Il n'y avait personne à l'intérieur à ce moment là.", "ce moment là", "2016-03-21T15:30", timeline.TypeTime, ""},
		{"next summer said in spring", "Les élections auront lieu l'été prochain.", "l'été prochain", "2016-SU", timeline.TypeDate, ""},
		{"last autumn", "Il est arrivé l'automne dernier.", "l'automne dernier", "2015-FA", timeline.TypeDate, ""},
		{"day closing a clause after a date", "L'accord a été signé le 22 février à Munich puis confirmé le 26.", "le 26", "2016-02-26", timeline.TypeDate, ""},
		{"weekend expected", "Un accord était attendu pour le week-end.", "le week-end", "2016-W12-WE", timeline.TypeDate, ""},
		{"reported speech", "Se prononçant mardi dernier devant des journalistes, il a indiqué qu'il rencontrerait la semaine prochaine le président.", "la semaine prochaine", "2016-W12", timeline.TypeDate, ""},
		{"date and time joined", "Il arrivera le 12 juillet à 19:00.", "le 12 juillet à 19:00", "2016-07-12T19:00", timeline.TypeTime, ""},
		{"date and time kept apart by vers", "Il est arrivé hier vers 18 h.", "18 h", "2016-03-21T18:00", timeline.TypeTime, ""},
		{"two-digit number after a date is a time", "Rendez-vous le 5 mai 12:00.", "le 5 mai 12:00", "2016-05-05T12:00", timeline.TypeTime, ""},
		{"pm", "Le train part à 8h10 PM.", "8h10 PM", "2016-03-22T20:10", timeline.TypeTime, ""},
		{"seconds", "Le tir a eu lieu à 10:12:59.", "10:12:59", "2016-03-22T10:12:59", timeline.TypeTime, ""},
		{"minutes ago from the publication instant", "Il est parti il y a 15 minutes.", "il y a 15 minutes", "2016-03-22T09:45", timeline.TypeTime, ""},
		{"weekday en huit", "Il reviendra lundi en huit.", "lundi en huit", "2016-04-04", timeline.TypeDate, ""},
		{"weekday of next week", "Il viendra mercredi de la semaine prochaine.", "mercredi de la semaine prochaine", "2016-03-30", timeline.TypeDate, ""},
		{"future weekday said that day", "Rendez-vous mardi.", "mardi", "2016-03-29", timeline.TypeDate, tagger.PolicyFuture},
		{"future weekday said that day in the news", "Le festival débute mardi et doit se poursuivre jusqu'au 30 mars.", "mardi", "2016-03-22", timeline.TypeDate, ""},
		{"ce mardi said that day", "Elle sera publiée ce mardi.", "ce mardi", "2016-03-22", timeline.TypeDate, ""},
		{"midi quinze", "Le train part à midi quinze.", "midi quinze", "2016-03-22T12:15", timeline.TypeTime, ""},
		{"midi moins le quart", "Rendez-vous à midi moins le quart.", "midi moins le quart", "2016-03-22T11:45", timeline.TypeTime, ""},
		{"clock in the afternoon", "Il parlera à trois heures cet après-midi.", "trois heures cet après-midi", "2016-03-22T15:00", timeline.TypeTime, ""},
		{"this winter told in the past in spring", "Cet hiver, les températures ont été exceptionnellement douces.", "Cet hiver", "2015-WI", timeline.TypeDate, ""},
		{"this autumn told in the past in spring", "Cet automne, il avait beaucoup plu.", "Cet automne", "2015-FA", timeline.TypeDate, ""},
		{"this summer to come", "Cet été, les Jeux auront lieu à Rio.", "Cet été", "2016-SU", timeline.TypeDate, ""},
		{"quarter with its year", "Au premier trimestre 2016, les exportations ont chuté.", "premier trimestre 2016", "2016-Q1", timeline.TypeDate, ""},
		{"quarter in the past", "Le PIB a progressé de 0,3 % au troisième trimestre.", "troisième trimestre", "2015-Q3", timeline.TypeDate, ""},
		{"quarter to come", "Le PIB progressera au troisième trimestre.", "troisième trimestre", "2016-Q3", timeline.TypeDate, ""},
		{"quarter of last year", "Au deuxième trimestre de l'année dernière, le chômage a reculé.", "deuxième trimestre de l'année dernière", "2015-Q2", timeline.TypeDate, ""},
		{"half of this year", "Le second semestre sera difficile.", "Le second semestre", "2016-H2", timeline.TypeDate, ""},
		{"last half", "Le semestre dernier, les ventes ont baissé.", "Le semestre dernier", "2015-H2", timeline.TypeDate, ""},
		{"century", "Au XXe siècle, la Syrie a connu plusieurs coups d'État.", "XXe siècle", "19", timeline.TypeDate, ""},
		{"start of a century", "Depuis le début du XXIe siècle, le pays a changé.", "le début du XXIe siècle", "20", timeline.TypeDate, ""},
		{"a year ago day for day", "Il y a un an jour pour jour, la coalition lançait ses premières frappes.", "Il y a un an jour pour jour", "2015-03-22", timeline.TypeDate, ""},
		{"hours past a clock time", "Il était 15 heures passées quand le convoi est arrivé.", "15 heures", "2016-03-22T15:00", timeline.TypeTime, ""},
		{"the coming hours", "Dans les prochaines heures, le Conseil doit se prononcer.", "les prochaines heures", "PTXH", timeline.TypeDuration, ""},
		{"the evening of a weekday", "Le président sera reçu dans la soirée de jeudi.", "la soirée de jeudi", "2016-03-24TEV", timeline.TypeTime, ""},
		{"the morning of a date", "Le vote a eu lieu dans la matinée du 15 mars.", "la matinée du 15 mars", "2016-03-15TMO", timeline.TypeTime, ""},
		{"a meeting moved to a weekday", "La réunion, initialement prévue mercredi, a été repoussée à vendredi.", "vendredi", "2016-03-25", timeline.TypeDate, ""},
		{"a move told in the pluperfect", "La réunion avait été repoussée à vendredi.", "vendredi", "2016-03-18", timeline.TypeDate, ""},
		{"a foreign national day", "La fête nationale syrienne est célébrée le 17 avril.", "le 17 avril", "2016-04-17", timeline.TypeDate, ""},
		{"the week after a date told before", "Le 3 mars, ils se sont retrouvés à Genève. La semaine suivante, ils ont suspendu les discussions.", "La semaine suivante", "2016-W10", timeline.TypeDate, ""},
		{"the year after a year told before", "En 2011, la révolte a commencé. L'année suivante, la guerre s'est étendue.", "L'année suivante", "2012", timeline.TypeDate, ""},
		{"the week after with no date before", "La semaine suivante sera décisive.", "La semaine suivante", "2016-W13", timeline.TypeDate, ""},
		{"a date after a dated one of an earlier year", "Le 21 août 2013, une attaque chimique frappe la Ghouta. Le 22 août, l'ONU demande une enquête.", "Le 22 août", "2013-08-22", timeline.TypeDate, ""},
		{"a date after a year opening its sentence", "En 2013, la guerre s'intensifie. Le 21 août, une attaque chimique frappe la Ghouta.", "Le 21 août", "2013-08-21", timeline.TypeDate, ""},
		{"a story's year runs into the next", "Le 15 décembre 2012, il est arrivé. Le 3 janvier, il est reparti.", "Le 3 janvier", "2013-01-03", timeline.TypeDate, ""},
		{"a year since frames no story", "Depuis 2011, la guerre a fait 270 000 morts. Le 15 mars, le président a parlé.", "Le 15 mars", "2016-03-15", timeline.TypeDate, ""},
		{"a year said in passing frames no story", "Né en 1950, il a été élu le 15 mars.", "le 15 mars", "2016-03-15", timeline.TypeDate, ""},
		{"yesterday closes a story", "Le 21 août 2013, une attaque a frappé la Ghouta. Hier, l'ONU a publié un rapport. Le 15 mars, rien.", "Le 15 mars", "2016-03-15", timeline.TypeDate, ""},
		{"a date to come is not of the story", "Le 21 août 2013, une attaque a frappé la Ghouta. Le 22 août, l'enquête sera rendue publique.", "Le 22 août", "2016-08-22", timeline.TypeDate, ""},
		{"last days of a month", "Les dix derniers jours de février ont été calmes.", "Les dix derniers jours de février", "2016-02-20/2016-02-29", timeline.TypeDate, ""},
		{"first months of a year", "Les trois premiers mois de 2016 ont été difficiles.", "Les trois premiers mois de 2016", "2016-01/2016-03", timeline.TypeDate, ""},
		{"first days of a month", "Au cours des premiers jours de mars, les combats ont repris.", "des premiers jours de mars", "2016-03", timeline.TypeDate, ""},
		{"an event named by its date", "Les attentats du 13-Novembre ont fait 130 morts.", "13-Novembre", "2015-11-13", timeline.TypeDate, ""},
		{"the eve told in the past skips a date to come", "Lundi, il a indiqué que les pourparlers reprendraient le 11 avril. Il a précisé la veille que rien ne changerait.", "la veille", "2016-03-20", timeline.TypeDate, ""},
		{"the day after an event dated in its own words", "Au lendemain des attentats du 13 novembre, la France a bombardé Raqqa.", "Au lendemain", "2015-11-14", timeline.TypeDate, ""},
		{"the day after an event, that day set beside it", "Au lendemain de l'annonce, le 15 mars, les avions ont décollé.", "Au lendemain", "2016-03-15", timeline.TypeDate, ""},
		{"the eve of an event dated in its own words", "Le 10 mars, Poutine a parlé. À la veille du sommet du 24 mars, les tensions montent.", "la veille", "2016-03-23", timeline.TypeDate, ""},
		{"a weekday as a habit", "La piscine rouvrira ses portes en août, uniquement le mercredi.", "le mercredi", "XXXX-WXX-3", timeline.TypeSet, ""},
		{"a weekday closed", "Le musée est fermé le lundi.", "le lundi", "XXXX-WXX-1", timeline.TypeSet, ""},
		{"a weekday with its date is one day", "Le musée est ouvert le samedi 12 mars.", "le samedi 12 mars", "2016-03-12", timeline.TypeDate, ""},
		{"a day every year", "Chaque 15 mars, ils défilent.", "Chaque 15 mars", "XXXX-03-15", timeline.TypeSet, ""},
		{"a day after a yearly set", "Chaque année, le 15 mars, des manifestations ont lieu.", "le 15 mars", "XXXX-03-15", timeline.TypeSet, ""},
		{"the last ramadan told in the past", "Pendant le ramadan, les combats ont baissé d'intensité.", "le ramadan", "2015-06-18/2015-07-17", timeline.TypeDate, ""},
		{"the next aïd", "Une trêve est prévue pour l'Aïd el-Fitr.", "l'Aïd el-Fitr", "2016-07-07", timeline.TypeDate, ""},
		{"easter of a year", "Pâques 2015 est passé.", "Pâques 2015", "2015-04-05", timeline.TypeDate, ""},
		{"the same time last year", "Les ventes ont baissé par rapport à l'année dernière à la même époque.", "la même époque", "2015-03", timeline.TypeDate, ""},
		{"the end of the day of a weekday", "Le 10 mars, rien. En fin de journée de mardi, il a parlé.", "fin de journée de mardi", "2016-03-22", timeline.TypeDate, ""},
		{"dawn of a date", "À l'aube du 15 mars, les avions ont décollé.", "l'aube du 15 mars", "2016-03-15TMO", timeline.TypeTime, ""},
		{"clock after a weekday evening", "Il est arrivé mercredi soir à 9 heures.", "mercredi soir à 9 heures", "2016-03-16T21:00", timeline.TypeTime, ""},
		{"clock after last evening", "Il est arrivé hier soir à 10 heures.", "hier soir à 10 heures", "2016-03-21T22:00", timeline.TypeTime, ""},
		{"clock after this afternoon stays apart", "Il a parlé cet après-midi à 3 heures.", "3 heures", "2016-03-22T15:00", timeline.TypeTime, ""},
		{"midnight ending an evening", "Il a parlé dimanche soir à minuit.", "dimanche soir à minuit", "2016-03-21T00:00", timeline.TypeTime, ""},
		{"midnight tonight", "Le couvre-feu commence à minuit ce soir.", "minuit ce soir", "2016-03-23T00:00", timeline.TypeTime, ""},
		{"a clock keeps its day against a later clause", "La conférence s'ouvre ce matin à 9 heures et durera jusqu'à vendredi soir.", "9 heures", "2016-03-22T09:00", timeline.TypeTime, ""},
		{"a clock takes the night said after it", "Le régiment a été alerté à trois heures du matin, dans la nuit de vendredi.", "trois heures du matin", "2016-03-18T03:00", timeline.TypeTime, ""},
		{"first week of a month", "Il viendra la première semaine d'avril.", "la première semaine d'avril", "2016-W14", timeline.TypeDate, ""},
		{"last day of a month", "Le délai expire le dernier jour de février.", "le dernier jour de février", "2016-02-29", timeline.TypeDate, ""},
		{"week of a date", "Les pourparlers reprendront la semaine du 11 avril.", "la semaine du 11 avril", "2016-W15", timeline.TypeDate, ""},
		{"amount counted from an event", "Les papillons ont été collectés six mois après l'accident.", "six mois", "P6M", timeline.TypeDuration, ""},
		{"amount counted from the last date", "Le 10 mars, il est parti. Trois jours plus tard, il est revenu.", "Trois jours plus tard", "2016-03-13", timeline.TypeDate, ""},
		{"decade", "Il fut présentateur dans les années 1970.", "les années 1970", "197", timeline.TypeDate, ""},
		{"parenthesised time", "Une alarme a sonné vers 5 h 25 (3 h 25 UTC) jeudi matin.", "jeudi matin", "2016-03-17TMO", timeline.TypeTime, ""},
		{"deadline is to come", "Les belligérants ont jusqu'à vendredi pour répondre.", "vendredi", "2016-03-25", timeline.TypeDate, ""},
		{"Easter", "Les discussions reprendront après Pâques.", "Pâques", "2016-03-27", timeline.TypeDate, ""},
		{"Christmas last year", "La trêve avait été rompue à Noël.", "Noël", "2015-12-25", timeline.TypeDate, ""},
		{"future not reported", "Il a indiqué qu'il viendra la semaine prochaine.", "la semaine prochaine", "2016-W13", timeline.TypeDate, ""},
		{"day after a named date", "Il est reparti le lendemain du 13 mars.", "le lendemain du 13 mars", "2016-03-14", timeline.TypeDate, ""},
		{"eve of a feast", "Il est arrivé la veille de Noël.", "la veille de Noël", "2015-12-24", timeline.TypeDate, ""},
		{"eve said before a later date", "Le 10 mars, il a parlé. La veille du 20 mars, il partira.", "La veille du 20 mars", "2016-03-19", timeline.TypeDate, ""},
		{"weekday suivant after a date", "Il est venu le 3 mars et reparti le mercredi suivant.", "mercredi suivant", "2016-03-09", timeline.TypeDate, ""},
		{"weekday and day in the nearest month", "Il est venu jeudi 10.", "jeudi 10", "2016-03-10", timeline.TypeDate, ""},
		{"last weekday of a month", "Le vote aura lieu le dernier dimanche de mai.", "le dernier dimanche de mai", "2016-05-29", timeline.TypeDate, ""},
		{"fortnight", "Il sera absent la première quinzaine de mai.", "la première quinzaine de mai", "2016-05-01/2016-05-15", timeline.TypeDate, ""},
		{"year before Christ", "César meurt le 15 mars 44 av. J.-C.", "le 15 mars 44 av. J.-C.", "BC0044-03-15", timeline.TypeDate, ""},
		{"far future by the tense", "Les matches auront lieu le 25 septembre.", "le 25 septembre", "2016-09-25", timeline.TypeDate, ""},
		{"far past by the tense", "Il était arrivé le 18 septembre.", "le 18 septembre", "2015-09-18", timeline.TypeDate, ""},
		{"weekday keeps the nearest year", "Il était arrivé le dimanche 18 septembre.", "le dimanche 18 septembre", "2016-09-18", timeline.TypeDate, ""},
		{"near past whatever the tense", "Les matches auront lieu le 3 janvier.", "le 3 janvier", "2016-01-03", timeline.TypeDate, ""},
		{"deadline set in the past", "Ils s'étaient fixé un objectif : parvenir d'ici le 10 septembre à un accord.", "le 10 septembre", "2016-09-10", timeline.TypeDate, ""},
		{"weekday and the date beside it", "Lundi dernier, le 14 mars, Poutine a parlé.", "Lundi dernier, le 14 mars", "2016-03-14", timeline.TypeDate, ""},
		{"weekday to come and its date", "Jeudi prochain 24 mars, Kerry sera à Moscou.", "Jeudi prochain 24 mars", "2016-03-24", timeline.TypeDate, ""},
		{"day after an undated event", "Au lendemain de l'annonce, les marchés ont réagi.", "Au lendemain", "XXXX-XX-XX", timeline.TypeDate, ""},
		{"day after an event dated before", "Le 10 mars, Poutine a parlé. Au lendemain de l'annonce, les marchés ont réagi.", "Au lendemain", "2016-03-11", timeline.TypeDate, ""},
		{"day said alone after a date", "Le 2 mars, le convoi est arrivé. Le 3, un autre est parti.", "Le 3", "2016-03-03", timeline.TypeDate, ""},
		{"day said alone in the next month", "Le 28 février, la trêve. Le 2, un convoi.", "Le 2", "2016-03-02", timeline.TypeDate, ""},
		{"day said alone a little before", "Les lettres de Genève du 8 mars le disent. Le 6, les troupes ont fait une sortie.", "Le 6", "2016-03-06", timeline.TypeDate, ""},
		{"range in the year after", "Nice les accueille du 6 au 15 septembre l'an prochain.", "du 6 au 15 septembre l'an prochain", "2017-09-06/2017-09-15", timeline.TypeDate, ""},
		{"day of next year", "Le sommet aura lieu le 6 septembre de l'année prochaine.", "le 6 septembre de l'année prochaine", "2017-09-06", timeline.TypeDate, ""},
		{"month of last year", "Il est venu en mars l'an dernier.", "mars l'an dernier", "2015-03", timeline.TypeDate, ""},
		{"part of the day just named", "Jeudi en fin d'après-midi, il a signé.", "fin d'après-midi", "2016-03-17TAF", timeline.TypeTime, ""},
		{"present of schedule", "Le président reçoit vendredi son homologue.", "vendredi", "2016-03-25", timeline.TypeDate, ""},
		{"reflexive present of schedule", "Le Conseil de sécurité se réunit mercredi.", "mercredi", "2016-03-23", timeline.TypeDate, ""},
		{"present of schedule today", "Le secrétaire d'État se rend mardi à Moscou.", "mardi", "2016-03-22", timeline.TypeDate, ""},
		{"entre en vigueur", "Le cessez-le-feu entre en vigueur samedi à minuit.", "samedi à minuit", "2016-03-26T00:00", timeline.TypeTime, ""},
		{"a lieu is no past", "La réunion a lieu jeudi à Vienne.", "jeudi", "2016-03-24", timeline.TypeDate, ""},
		{"a eu lieu is past", "La réunion a eu lieu jeudi à Vienne.", "jeudi", "2016-03-17", timeline.TypeDate, ""},
		{"present noun after a determiner", "La rencontre de jeudi a été annulée.", "jeudi", "2016-03-17", timeline.TypeDate, ""},
		{"present noun after a marked tense", "Il a rendu mardi matin visite au président.", "mardi matin", "2016-03-22TMO", timeline.TypeTime, ""},
		{"present of schedule across a comma", "Jeudi, le président reçoit son homologue.", "Jeudi", "2016-03-17", timeline.TypeDate, ""},
		{"present of another verb", "Poutine annonce lundi le retrait de ses troupes.", "lundi", "2016-03-21", timeline.TypeDate, ""},
		{"present of schedule far from the date", "Kerry, arrivé lundi à Moscou, rencontre mardi Vladimir Poutine.", "lundi", "2016-03-21", timeline.TypeDate, ""},
		{"habit of opening", "Le musée ouvre le dimanche.", "le dimanche", "XXXX-WXX-7", timeline.TypeSet, ""},
		{"same period of last year", "L'an dernier à la même période, les combats faisaient rage.", "la même période", "2015-03", timeline.TypeDate, ""},
		{"pareille époque", "L'année dernière à pareille époque, la trêve n'existait pas.", "pareille époque", "2015-03", timeline.TypeDate, ""},
		{"same date of a year named", "En 2015, à la même date, le régime tenait Palmyre.", "la même date", "2015-03-22", timeline.TypeDate, ""},
		{"voilà as il y a", "Voilà deux ans, le régime contrôlait encore la ville.", "Voilà deux ans", "2014", timeline.TypeDate, ""},
		{"voilà ... que is a duration", "Voilà dix-huit ans que la guerre dure.", "dix-huit ans", "P18Y", timeline.TypeDuration, ""},
		{"bare participle before its date", "Les discussions, entamées mercredi, se poursuivront jusqu'à vendredi.", "mercredi", "2016-03-16", timeline.TypeDate, ""},
		{"participle after a future auxiliary", "L'exposition sera inaugurée vendredi.", "vendredi", "2016-03-25", timeline.TypeDate, ""},
		{"noun in -é before a date", "Le Conseil de sécurité se réunira mercredi.", "mercredi", "2016-03-23", timeline.TypeDate, ""},
		{"next week-end said on a weekday", "Le week-end prochain, une manifestation est prévue.", "Le week-end prochain", "2016-W12-WE", timeline.TypeDate, ""},
		{"last week-end said on a weekday", "Le week-end dernier, des frappes ont visé Alep.", "Le week-end dernier", "2016-W11-WE", timeline.TypeDate, ""},
		{"winter of two years", "L'hiver 2015-2016 a été doux.", "L'hiver 2015-2016", "2015-WI", timeline.TypeDate, ""},
		{"day of the current month", "Dans sa séance du 21 courant, le conseil a décidé.", "du 21 courant", "2016-03-21", timeline.TypeDate, ""},
		{"day of this month", "L'échange a eu lieu le 13 de ce mois.", "le 13 de ce mois", "2016-03-13", timeline.TypeDate, ""},
		{"day of next month", "Il viendra le 6 du mois prochain.", "le 6 du mois prochain", "2016-04-06", timeline.TypeDate, ""},
		{"day of last month", "Il est venu le 15 du mois dernier.", "le 15 du mois dernier", "2016-02-15", timeline.TypeDate, ""},
		{"start said commencement", "On l'attend à Vienne au commencement de juin.", "au commencement de juin", "2016-06", timeline.TypeDate, ""},
		{"first days of next month", "Dans les premiers jours du mois prochain, il partira.", "les premiers jours du mois prochain", "2016-04", timeline.TypeDate, ""},
		{"first ten days of next month", "Les dix premiers jours du mois prochain seront décisifs.", "Les dix premiers jours du mois prochain", "2016-04-01/2016-04-10", timeline.TypeDate, ""},
		{"a week from today", "D'aujourd'hui en huit, la chambre se réunira.", "aujourd'hui en huit", "2016-03-29", timeline.TypeDate, ""},
		{"month listed before a month and year", "La conférence s'était tenue en janvier et février 2014.", "janvier", "2014-01", timeline.TypeDate, ""},
		{"months listed before a month and year", "Entre mars, avril ou mai 2015, rien.", "mars", "2015-03", timeline.TypeDate, ""},
		{"month listed before a price", "Courant 22 75, mai et juin 23 75.", "mai", "2016-05", timeline.TypeDate, ""},
		{"a two-figure year frames the story", "En octobre 98, il est arrivé à Paris. Le 12 novembre, il a signé.", "Le 12 novembre", "1998-11-12", timeline.TypeDate, ""},
		{"month listed before a two-figure year", "Il y a vécu en mai et juin 98.", "mai", "1998-05", timeline.TypeDate, ""},
		{"evening told in the past before it began", "Le sommet s'est achevé tard dans la soirée.", "la soirée", "2016-03-21TEV", timeline.TypeTime, ""},
		{"morning told in the past after it began", "Dans la matinée, un incendie s'est déclaré.", "la matinée", "2016-03-22TMO", timeline.TypeTime, ""},
		{"evening to come", "Il arrivera dans la soirée.", "la soirée", "2016-03-22TEV", timeline.TypeTime, ""},
		{"evening of the day named", "Hier, il est arrivé. Dans la soirée, il a parlé.", "la soirée", "2016-03-21TEV", timeline.TypeTime, ""},
		{"speech of two words anchors", "Vendredi, le Kremlin a fait savoir que Poutine recevrait Kerry la semaine prochaine.", "la semaine prochaine", "2016-W12", timeline.TypeDate, ""},
		{"days of the current month", "Du 3 au 7 courant, la foire a attiré du monde.", "Du 3 au 7 courant", "2016-03-03/2016-03-07", timeline.TypeDate, ""},
		{"Easter Monday", "Le lundi de Pâques est férié.", "lundi de Pâques", "2016-03-28", timeline.TypeDate, ""},
		{"Ascension Day", "Le jeudi de l'Ascension, les bureaux sont fermés.", "jeudi de l'Ascension", "2016-05-05", timeline.TypeDate, ""},
		{"Whit Monday of a year", "Le lundi de Pentecôte 2015 était travaillé.", "lundi de Pentecôte 2015", "2015-05-25", timeline.TypeDate, ""},
		{"weekday and a feast apart", "Lundi, de Pâques à la Trinité.", "Lundi", "2016-03-21", timeline.TypeDate, ""},
		{"season to come", "Les Russes resteront au moins jusqu'à l'été.", "l'été", "2016-SU", timeline.TypeDate, ""},
		{"season just begun, to come", "Au printemps, il partira pour Moscou.", "Au printemps", "2016-SP", timeline.TypeDate, ""},
		{"season of every year", "Les ventes connaissent un boom en été.", "été", "XXXX-SU", timeline.TypeDate, ""},
		{"season told in the past", "Il est venu au printemps.", "au printemps", "XXXX-SP", timeline.TypeDate, ""},
		{"attendu after avoir is past", "Ils avaient attendu jusqu'à lundi.", "lundi", "2016-03-21", timeline.TypeDate, ""},
		{"attendu after être is to come", "Il est attendu jusqu'à lundi.", "lundi", "2016-03-28", timeline.TypeDate, ""},
		{"a prévu plans", "Le président a prévu de revenir jusqu'à lundi.", "lundi", "2016-03-28", timeline.TypeDate, ""},
		{"during the same period", "Au premier semestre, les ventes ont baissé. Durant la même période, les prix ont monté.", "la même période", "2016-H1", timeline.TypeDate, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.policy
			if p == "" {
				p = tagger.PolicyNews
			}
			got := find(tagger.New(p).Tag(tt.text, tuesday), tt.want)
			if got == nil {
				t.Fatalf("Tag(%q) has no mention %q; got %v", tt.text, tt.want, texts(tagger.New(p).Tag(tt.text, tuesday)))
			}
			if got.Value != tt.value || got.Type != tt.typ {
				t.Errorf("Tag(%q) %q = %s %s, want %s %s", tt.text, tt.want, got.Type, got.Value, tt.typ, tt.value)
			}
		})
	}
}

func TestTagNotDates(t *testing.T) {
	tests := []struct{ name, text string }{
		{"share counter", "URL courte\n    4222\n    S'abonner"},
		{"count", "L'attentat a fait 27 morts."},
		{"article number", "Selon l'article 27 de la loi."},
		{"planet", "La sonde s'est posée sur Mars."},
		{"name", "Mai Linh a gagné."},
		{"sea", "Ils ont pris la mer."},
		{"age", "Un chauffeur de 38 ans a été agressé."},
		{"passive", "Il a été reçu."},
		{"newspaper", "Le quotidien a publié l'enquête."},
		{"compound", "Ils se sont vus dans l'après-midi."},
		{"day alone with no date before", "Le 3, un convoi est parti."},
		{"the same time with no year before", "À la même époque, rien ne bougeait."},
		{"last days of something else", "Les dix derniers jours de la campagne ont été tendus."},
		{"an age told with avoir", "Le président a 70 ans."},
		{"once upon a day", "Il disait un jour que rien ne changerait."},
		{"a foreign national day", "La fête nationale syrienne est un jour férié."},
		{"the south of France", "Les populations du Midi vont souffrir."},
		{"round the clock", "Les secours travaillent 24 heures sur 24, 7 jours sur 7."},
		{"round the clock with slashes", "Un service ouvert 24h/24."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range tagger.New(tagger.PolicyNews).Tag(tt.text, tuesday) {
				if m.Text == "midi" || tt.name != "compound" {
					t.Errorf("Tag(%q) found %q (%s), want nothing", tt.text, m.Text, m.Value)
				}
			}
		})
	}
}

// TestTwoFigureYears checks that a year written in two figures takes the
// century nearest the reference, and that prices in listings are no years.
func TestTwoFigureYears(t *testing.T) {
	tests := []struct {
		name, text, ref, want, value string
	}{
		{"recent past", "Il est né en octobre 98.", "2016-03-22", "octobre 98", "1998-10"},
		{"near future", "Le contrat court jusqu'en juin 23.", "2016-03-22", "juin 23", "2023-06"},
		{"in an old paper", "Paris, le 21 avril 25. Droit au bail.", "1925-04-22", "le 21 avril 25", "1925-04-21"},
		{"a century back", "Les 7 et 11 juin 15, il a signé.", "1828-06-12", "11 juin 15", "1815-06-11"},
		{"a price is no year", "Courant 22 75, avril 23 25 à 24.", "1884-03-15", "avril", "1884-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tt.ref)
			if err != nil {
				t.Fatal(err)
			}
			ms := tagger.New(tagger.PolicyNews).Tag(tt.text, ref)
			got := find(ms, tt.want)
			if got == nil {
				t.Fatalf("Tag(%q) has no mention %q; got %v", tt.text, tt.want, texts(ms))
			}
			if got.Value != tt.value {
				t.Errorf("Tag(%q) %q = %s, want %s", tt.text, tt.want, got.Value, tt.value)
			}
		})
	}
}

func TestTagInferred(t *testing.T) {
	ms := tagger.New(tagger.PolicyNews).Tag("Il est venu le 21 mars et le 3 mars 2016.", tuesday)
	if len(ms) != 2 {
		t.Fatalf("got %d mentions, want 2", len(ms))
	}
	if got := strings.Join(ms[0].Inferred, ","); got != "year" {
		t.Errorf("le 21 mars inferred %q, want year", got)
	}
	if len(ms[1].Inferred) != 0 {
		t.Errorf("le 3 mars 2016 inferred %v, want nothing", ms[1].Inferred)
	}
	if ms[0].Rule != "absolute-date" || ms[0].Tense != timeline.TensePast {
		t.Errorf("le 21 mars rule %q tense %q, want absolute-date past", ms[0].Rule, ms[0].Tense)
	}
}

func find(ms []timeline.Mention, text string) *timeline.Mention {
	for i := range ms {
		if ms[i].Text == text {
			return &ms[i]
		}
	}
	return nil
}

func texts(ms []timeline.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text+"="+m.Value)
	}
	return out
}

func TestTagKeepsEvidenceForChecks(t *testing.T) {
	tests := []struct {
		name, text, mention string
		weekday             int
		problem             string
	}{
		{"stated weekday", "Il est venu lundi 15 mars.", "lundi 15 mars", 1, ""},
		{"no weekday", "Il est venu le 15 mars.", "le 15 mars", 0, ""},
		{"30 février", "Le 30 février, rien ne s'est passé.", "Le 30 février", 0, "February has no day 30"},
		{"not a leap year", "Le 29 février 2015, rien.", "Le 29 février 2015", 0, "February 2015 has no day 29"},
		{"hour 25", "Rendez-vous à 25 h 30.", "25 h 30", 0, "hour 25 does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := tagger.New(tagger.PolicyNews).Tag(tt.text, tuesday)
			got := find(ms, tt.mention)
			if got == nil {
				t.Fatalf("Tag(%q) has no mention %q; got %v", tt.text, tt.mention, texts(ms))
			}
			if got.Weekday != tt.weekday || got.Problem != tt.problem {
				t.Errorf("Tag(%q) %q: weekday %d problem %q, want %d %q", tt.text, tt.mention, got.Weekday, got.Problem, tt.weekday, tt.problem)
			}
			if tt.problem != "" && (got.HasInterval() || got.Value != "") {
				t.Errorf("Tag(%q) %q: impossible date resolved to %q", tt.text, tt.mention, got.Value)
			}
		})
	}
}
