package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestClockTime(t *testing.T) {
	at := func(h, m int) fr.Expr { return fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: h, Minute: m} }
	approx := func(h, m int) fr.Expr { e := at(h, m); e.Mod = "APPROX"; return e }
	zoned := func(h, m int, zone string) fr.Expr { e := at(h, m); e.Zone = zone; return e }
	cases := []matchCase{
		{name: "minute mark", text: "8h10m", ok: true, match: "8h10m", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 8, Minute: 10}},
		{name: "minute and second marks", text: "8h10m30s", ok: true, match: "8h10m30s",
			want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 8, Minute: 10, Second: 30, Seconds: true}},
		{name: "à 15h30", text: "à 15h30", ok: true, match: "à 15h30", want: at(15, 30), zero: "Mod Zone"},
		{name: "capitals", text: "À 15H30", ok: true, match: "À 15H30", want: at(15, 30)},
		{name: "15 h 30", text: "15 h 30", ok: true, match: "15 h 30", want: at(15, 30)},
		{name: "minutes with min", text: "15h30 min", ok: true, match: "15h30 min", want: at(15, 30)},
		{name: "vers 18 h", text: "vers 18 h", ok: true, match: "vers 18 h", want: approx(18, 0)},
		{name: "aux alentours de", text: "aux alentours de 22h", ok: true, match: "aux alentours de 22h", want: approx(22, 0)},
		{name: "heures spelled", text: "à 9 heures", ok: true, match: "à 9 heures", want: at(9, 0), zero: "Minute"},
		{name: "colon", text: "18:45", ok: true, match: "18:45", want: at(18, 45)},
		{name: "midi", text: "midi", ok: true, match: "midi", want: at(12, 0), zero: "Minute"},
		{name: "minuit", text: "minuit", ok: true, match: "minuit", want: at(0, 0), zero: "Hour Minute"},
		{name: "vers midi", text: "vers midi", ok: true, match: "vers midi", want: approx(12, 0)},
		{name: "midi et demi", text: "midi et demi", ok: true, match: "midi et demi", want: at(12, 30)},
		{name: "minuit et quart", text: "minuit et quart", ok: true, match: "minuit et quart", want: at(0, 15)},
		{name: "à sept heures", text: "à sept heures", ok: true, match: "à sept heures", want: at(7, 0)},
		{name: "et demie", text: "à huit heures et demie", ok: true, match: "à huit heures et demie", want: at(8, 30)},
		{name: "moins le quart", text: "à neuf heures moins le quart", ok: true, match: "à neuf heures moins le quart", want: at(8, 45)},
		{name: "dix-huit heures", text: "vers dix-huit heures", ok: true, match: "vers dix-huit heures", want: approx(18, 0)},
		{name: "vingt et une heures", text: "à vingt et une heures", ok: true, match: "à vingt et une heures", want: at(21, 0)},
		{name: "du soir", text: "à 8 h du soir", ok: true, match: "à 8 h du soir", want: at(20, 0)},
		{name: "du matin", text: "à 8 h du matin", ok: true, match: "à 8 h du matin", want: at(8, 0)},
		{name: "words du soir", text: "vers dix heures du soir", ok: true, match: "vers dix heures du soir", want: approx(22, 0)},
		{name: "de l'après-midi", text: "à 3 heures de l'après-midi", ok: true, match: "à 3 heures de l'après-midi", want: at(15, 0)},
		{name: "words du matin without a preposition", text: "trois heures du matin", ok: true, match: "trois heures du matin", want: at(3, 0)},
		{name: "late de la nuit", text: "à 11 heures de la nuit", ok: true, match: "à 11 heures de la nuit", want: at(23, 0)},
		{name: "early de la nuit", text: "à 2 heures de la nuit", ok: true, match: "à 2 heures de la nuit", want: at(2, 0)},
		{name: "no evening after 12", text: "à 15 h du soir", ok: true, match: "à 15 h", want: at(15, 0)},
		{name: "minutes du soir", text: "à 9 h 30 du soir", ok: true, match: "à 9 h 30 du soir", want: at(21, 30)},
		{name: "24 h is midnight", text: "à 24h", ok: true, match: "à 24h", want: at(0, 0), zero: "Hour"},
		{name: "heure de Damas", text: "à 15h30 heure de Damas", ok: true, match: "à 15h30 heure de Damas",
			want: zoned(15, 30, "heure de Damas")},
		{name: "zone after a comma", text: "à 15h30, heure de Damas,", ok: true, match: "à 15h30, heure de Damas",
			want: zoned(15, 30, "heure de Damas")},
		{name: "zone in parentheses", text: "à 10 h (heure de Paris)", ok: true, match: "à 10 h (heure de Paris)",
			want: zoned(10, 0, "heure de Paris")},
		{name: "dot between hour and minutes", text: "CE SOIR, à 18 h.30 L'HEURE", at: "à", ok: true, match: "à 18 h.30", want: at(18, 30)},
		{name: "dot after heures ends a sentence", text: "de 14 à 18 heures.37, rue du Louvre", at: "18", ok: true, match: "18 heures", want: at(18, 0)},
		{name: "dot between two hours", text: "de 10 h.12 h.", at: "10", ok: true, match: "10 h", want: at(10, 0)},
		{name: "CEST", text: "vers 5 h 25 CEST", ok: true, match: "vers 5 h 25 CEST", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 5, Minute: 25, Zone: "CEST", Mod: "APPROX"}},
		{name: "cet is no zone", text: "à 3 heures cet après-midi", ok: true, match: "à 3 heures", want: at(3, 0)},
		{name: "GMT", text: "à 14h GMT", ok: true, match: "à 14h GMT", want: zoned(14, 0, "GMT")},
		{name: "heure locale", text: "à 6h heure locale", ok: true, match: "à 6h heure locale", want: zoned(6, 0, "heure locale")},
		{name: "nbsp", text: "à\u00a015\u00a0h\u00a030", ok: true, match: "à\u00a015\u00a0h\u00a030", want: at(15, 30)},
		{name: "narrow nbsp", text: "à 15\u202fh\u202f30", ok: true, match: "à 15\u202fh\u202f30", want: at(15, 30)},
		{name: "preposition without accent", text: "a 15h", ok: true, match: "a 15h", want: at(15, 0)},
		{name: "jusqu'à", text: "jusqu'à 18h", ok: true, match: "jusqu'à 18h", want: at(18, 0)},
		{name: "autour de", text: "autour de 7h", ok: true, match: "autour de 7h", want: approx(7, 0)},
		{name: "à environ", text: "à environ 9 heures", ok: true, match: "à environ 9 heures", want: approx(9, 0)},
		{name: "hour only", text: "à 9h", ok: true, match: "à 9h", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 9, HourOnly: true}},
		{name: "zero minutes written", text: "à 9h00", ok: true, match: "à 9h00", want: at(9, 0), zero: "HourOnly"},
		{name: "midi et quart gives minutes", text: "midi et quart", ok: true, match: "midi et quart", want: at(12, 15), zero: "HourOnly"},
		{name: "environ alone is no clock", text: "environ 9 heures", ok: false},
		{name: "en before an amount", text: "fait en 1 heure", at: "1", ok: false},
		{name: "pendant before an amount", text: "pendant 2 h", at: "2", ok: false},
		{name: "hour after a word ending in en", text: "examen 8 h", at: "8", ok: true, match: "8 h", want: at(8, 0)},
		{name: "digits and a half", text: "à 10 heures et demie", ok: true, match: "à 10 heures et demie", want: at(10, 30), zero: "HourOnly"},
		{name: "digits and a quarter", text: "vers 8 h et quart", ok: true, match: "vers 8 h et quart", want: approx(8, 15), zero: "HourOnly"},
		{name: "digits less a quarter", text: "à 11 heures moins le quart", ok: true, match: "à 11 heures moins le quart", want: at(10, 45), zero: "HourOnly"},
		{name: "digits and a half without à is an amount", text: "2 heures et demie", ok: true, match: "2 heures",
			want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 2, HourOnly: true}},

		{name: "sept heures is a duration", text: "sept heures", ok: false},
		{name: "duration in a sentence", text: "pendant sept heures", at: "sept", ok: false},
		{name: "après-midi", text: "après-midi", at: "midi", ok: false},
		{name: "l'après-midi", text: "dans l'après-midi", at: "midi", ok: false},
		{name: "après midi with a space", text: "l'après midi", at: "midi", ok: false},
		{name: "hour 25", text: "25h", ok: false},
		{name: "minutes 60", text: "12:60", ok: false},
		{name: "longer number", text: "15h300", ok: false},
		{name: "not a time", text: "1234:56", ok: false},
		{name: "seconds", text: "12:30:15", ok: true, match: "12:30:15", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 12, Minute: 30, Second: 15, Seconds: true}},
		{name: "pm", text: "8:10 PM", ok: true, match: "8:10 PM", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 20, Minute: 10}},
		{name: "p.m. after h", text: "5h16 p.m.", ok: true, match: "5h16 p.m.", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 17, Minute: 16}},
		{name: "pm after 24h clock", text: "15h pm", ok: true, match: "15h", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 15}},
		{name: "hour word too large", text: "à trente heures", ok: false},
	}
	runCases(t, fr.ClockTime(), cases, nil)
}

func TestClockTimeWordsAndMeridiem(t *testing.T) {
	cases := []matchCase{
		{name: "et quinze minutes", text: "à quinze heures et quinze minutes", ok: true, match: "à quinze heures et quinze minutes",
			want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 15, Minute: 15}, zero: "HourOnly"},
		{name: "passé de, digits", text: "15h passé de 15 minutes", ok: true, match: "15h passé de 15 minutes",
			want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 15, Minute: 15}},
		{name: "passé de, words", text: "à quinze heures passé de trente minutes", ok: true,
			match: "à quinze heures passé de trente minutes", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 15, Minute: 30}},
		{name: "trois quarts without preposition", text: "onze heures trois quarts", ok: true, match: "onze heures trois quarts",
			want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 11, Minute: 45}},
		{name: "et demi", text: "à trois heures et demi", ok: true, match: "à trois heures et demi",
			want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 3, Minute: 30}},
		{name: "compact pm", text: "1230pm", ok: true, match: "1230pm", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 12, Minute: 30}},
		{name: "glued p", text: "5:16p", ok: true, match: "5:16p", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 17, Minute: 16}},
		{name: "h and glued p", text: "5h16p", ok: true, match: "5h16p", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 17, Minute: 16}},
		{name: "dotted AM", text: "à 6.13 AM", ok: true, match: "à 6.13 AM", want: fr.Expr{Kind: fr.KindTime, HasTime: true, Hour: 6, Minute: 13}},
		{name: "bare pm", text: "11pm", ok: true, match: "11pm", want: fr.Expr{Kind: fr.KindTime, HasTime: true, HourOnly: true, Hour: 23}},
		{name: "pm range", text: "1-3pm", ok: true, match: "1-3pm", want: fr.Expr{Kind: fr.KindTime, HasTime: true, HourOnly: true, Hour: 13}},
		{name: "h range", text: "13-15h", ok: true, match: "13-15h", want: fr.Expr{Kind: fr.KindTime, HasTime: true, HourOnly: true, Hour: 13}},

		{name: "hours and minutes without preposition", text: "deux heures et quart", ok: false},
		{name: "digits hours and minutes duration", text: "2 heures et 30 minutes", ok: true, match: "2 heures",
			want: fr.Expr{Kind: fr.KindTime, HasTime: true, HourOnly: true, Hour: 2}},
		{name: "hectares", text: "5ha", ok: false},
		{name: "reversed range", text: "15-13h", ok: true, match: "13h", at: "13",
			want: fr.Expr{Kind: fr.KindTime, HasTime: true, HourOnly: true, Hour: 13}},
		{name: "pm on a 24-hour time", text: "15pm", ok: false},
	}
	runCases(t, fr.ClockTime(), cases, nil)
}
