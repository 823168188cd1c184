package fr_test

import (
	"testing"

	"github.com/timeline-fr/timeline/timeline/fr"
)

func TestTemporalRef(t *testing.T) {
	ref := func(v string) fr.Expr { return fr.Expr{Kind: fr.KindRef, Value: v} }
	cases := []matchCase{
		{name: "actuellement", text: "actuellement", ok: true, match: "actuellement", want: ref("PRESENT_REF")},
		{name: "maintenant", text: "Maintenant,", ok: true, match: "Maintenant", want: ref("PRESENT_REF")},
		{name: "désormais", text: "désormais", ok: true, match: "désormais", want: ref("PRESENT_REF")},
		{name: "desormais", text: "desormais", ok: true, match: "desormais", want: ref("PRESENT_REF")},
		{name: "DÉSORMAIS", text: "DÉSORMAIS", ok: true, match: "DÉSORMAIS", want: ref("PRESENT_REF")},
		{name: "dorénavant", text: "dorénavant", ok: true, match: "dorénavant", want: ref("PRESENT_REF")},
		{name: "à présent", text: "à présent", ok: true, match: "à présent", want: ref("PRESENT_REF")},
		{name: "à présent nbsp", text: "à\u00a0present", ok: true, match: "à\u00a0present", want: ref("PRESENT_REF")},
		{name: "en ce moment", text: "en ce moment", ok: true, match: "en ce moment", want: ref("PRESENT_REF")},
		{name: "actuel", text: "l'actuel président", at: "actuel", ok: true, match: "actuel", want: ref("PRESENT_REF")},
		{name: "actuelles", text: "les règles actuelles", at: "actuelles", ok: true, match: "actuelles", want: ref("PRESENT_REF")},
		{name: "autrefois", text: "autrefois", ok: true, match: "autrefois", want: ref("PAST_REF")},
		{name: "jadis", text: "jadis", ok: true, match: "jadis", want: ref("PAST_REF")},
		{name: "naguère", text: "naguère", ok: true, match: "naguère", want: ref("PAST_REF")},
		{name: "naguere", text: "naguere", ok: true, match: "naguere", want: ref("PAST_REF")},
		{name: "récemment", text: "récemment", ok: true, match: "récemment", want: ref("PAST_REF")},
		{name: "recemment", text: "recemment", ok: true, match: "recemment", want: ref("PAST_REF")},
		{name: "auparavant", text: "auparavant", ok: true, match: "auparavant", want: ref("PAST_REF")},

		{name: "tout de suite is how soon", text: "il a été tout de suite arrêté", at: "tout", ok: false},
		{name: "maintenance", text: "maintenance", ok: false},
		{name: "en maintenant is maintenir", text: "même en maintenant notre parc", at: "maintenant", ok: false},
		{name: "maintenant after other words", text: "ils sont maintenant en sécurité", at: "maintenant", ok: true, match: "maintenant", want: ref("PRESENT_REF")},
		{name: "de suite", text: "de suite", ok: false},
		{name: "actualité", text: "actualité", ok: false},
		{name: "moment alone", text: "moment", ok: false},
		{name: "présent alone", text: "présent", ok: false},
		{name: "récent", text: "récent", ok: false},
		// Fixed bugs
		{name: "à l'avenir", text: "à l'avenir", ok: false},
		{name: "prochainement", text: "prochainement", ok: true, match: "prochainement", want: ref("FUTURE_REF")},
	}
	var knownFailures []matchCase
	runCases(t, fr.TemporalRef(), cases, knownFailures)
}
