// Package events turns the dated mentions of an article into events: the
// clause each mention dates, a short headline built from it, who acts in
// it, where, and with what modality (happened, planned, conditional, ...).
//
// Extraction is rule-based French: the verb group that governs the date
// gives the predicate, the clause around it gives the headline (subject,
// predicate, object; a pronoun takes the person it stands for), a
// gazetteer and the article's own appositions ("le président russe
// Vladimir Poutine") give the actors and places of that clause.
//
// A clause without a date of its own but with a clear anaphor ("depuis la
// mise en œuvre du cessez-le-feu", "au lendemain de l'annonce") is dated
// by the one event of the article it refers to, found through a lexicon
// of predicate families (Family); otherwise it is left undated. Families
// and the other Traits of events are what package merge compares.
package events

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-fr/timeline/timeline"
	"github.com/timeline-fr/timeline/timeline/internal/lower"
	"github.com/timeline-fr/timeline/timeline/tagger"
)

// Extractor extracts events with a gazetteer. The zero value is not
// usable; use New or Default.
type Extractor struct {
	gaz *Gazetteer
}

// New returns an extractor using gaz.
func New(gaz *Gazetteer) *Extractor { return &Extractor{gaz: gaz} }

// Extract returns the events that the mentions of a date in a, using the
// built-in gazetteer.
func Extract(a timeline.Article, ms []timeline.Mention) []timeline.Event {
	return New(DefaultGazetteer()).Extract(a, ms)
}

// Extract returns one event per mention that names a calendar date or
// time, in text order, and one per clause that a clear anaphor dates
// ("depuis la mise en œuvre du cessez-le-feu"). Durations, sets and
// underspecified values date nothing and give no event; neither does a
// date counted from an event the article does not date ("au lendemain de
// cette première journée").
func (x *Extractor) Extract(a timeline.Article, ms []timeline.Mention) []timeline.Event {
	d := newDoc(a.Text)
	defer d.release()
	actors := x.gaz.finder(&d.actors, x.gaz.learn(d))
	n := 0
	for _, m := range ms {
		if dates(m) {
			n++
		}
	}
	out := slices.Grow(d.evs[:0], n)
	defer func() { d.evs = out }() // before release, which empties it
	prev := -1                     // the last mention that dated an event
	for i, m := range ms {
		if !dates(m) {
			continue
		}
		if prev >= 0 && apposedDates(a.Text, ms[prev], m) {
			// "se sont revues hier, le 17 mars": one happening, two
			// dates for it, which the checks compare.
			first := &out[len(out)-1]
			first.Summary = withoutPhrase(first.Summary, m.Text)
			ev := *first
			ev.Mention, ev.Date = i, m
			out = append(out, ev)
		} else {
			ev := x.event(a, d, i, m, actors)
			if dateline(ev, m) {
				continue // "Moscou, 15 mars (AFP) -": when the article was filed, not an event
			}
			out = append(out, ev)
		}
		prev = i
	}
	return x.linkAnaphors(a, d, ms, out, actors)
}

// dateline reports whether the event of mention m is only the dateline
// that opens an article ("Paris, 22 mars 2016.", "BERNE, 16 janvier. -",
// "4 juillet 2012. -"): a date near the start with no verb and at most a
// few names around it. "Hier soir, explosion à Damas." stays an event.
func dateline(ev timeline.Event, m timeline.Mention) bool {
	if m.Offset >= 80 || ev.Predicate != "" || ev.SentenceOffset >= 80 {
		return false
	}
	words := strings.Fields(ev.Summary)
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// withoutPhrase removes the words of phrase from a headline, where they
// stand together: a restated date is no part of what happened.
func withoutPhrase(headline, phrase string) string {
	hw, pw := strings.Fields(headline), strings.Fields(phrase)
	for i := 0; i+len(pw) <= len(hw) && len(pw) > 0; i++ {
		if strings.EqualFold(strings.Join(hw[i:i+len(pw)], " "), strings.Join(pw, " ")) {
			return strings.Join(append(hw[:i:i], hw[i+len(pw):]...), " ")
		}
	}
	return headline
}

// apposedDates reports whether the mention b restates the day a just
// before it, said relative to another: "hier, le 17 mars", "mercredi
// dernier, soit le 16 mars". A list of days ("les 4, 5 et 6 août") is no
// restatement.
func apposedDates(text string, a, b timeline.Mention) bool {
	if a.EndOffset > b.Offset || b.Offset-a.EndOffset > 12 || b.Grain != timeline.GrainDay ||
		!strings.HasPrefix(a.Rule, "relative-day") && !strings.HasPrefix(a.Rule, "weekday") ||
		!strings.HasPrefix(b.Rule, "absolute-date") && !strings.HasPrefix(b.Rule, "numeric-date") {
		return false
	}
	sep := strings.Join(strings.Fields(text[a.EndOffset:b.Offset]), " ")
	return sep == "," || sep == ", soit" || sep == "soit"
}

// dates reports whether a mention can date an event.
func dates(m timeline.Mention) bool {
	return m.HasInterval() && (m.Type == timeline.TypeDate || m.Type == timeline.TypeTime)
}

// event builds the event dated by mention m, the i-th of the article.
func (x *Extractor) event(a timeline.Article, d *doc, i int, m timeline.Mention, actors *actorFinder) timeline.Event {
	s, e := tagger.Sentence(a.Text, m.Offset, m.EndOffset)
	ev := x.clauseEvent(a, d, m, s, e, actors)
	ev.Mention, ev.Date = i, m
	return ev
}

// clauseEvent builds the event of the clause that the span of m dates in
// the sentence [s, e): predicate, headline, modality, and the actors and
// places of the clause and its headline (whose subject may come from
// elsewhere: "il" stands for the person named before). Other clauses of
// the sentence speak of other events and do not count.
func (x *Extractor) clauseEvent(a timeline.Article, d *doc, m timeline.Mention, s, e int, actors *actorFinder) timeline.Event {
	text := d.text
	ev := timeline.Event{ArticleID: a.ID, SentenceOffset: s, SentenceEnd: e, Sentence: strings.TrimSpace(text[s:e])}
	cs, ce := clause(d, s, e, m.Offset, m.EndOffset)
	pf, pt, ok := predicate(d, s, e, cs, ce, m)
	if ok {
		ev.Predicate = text[pf:pt]
		cs, ce = predicateClause(d, s, e, cs, ce, pf, pt, m)
	}
	frontedAlone := !ok && fronted(d, s, e, m)
	if frontedAlone {
		// "Il y a une semaine, Moscou annonçait le retrait": the clause
		// after the comma, whose verb is none the predicate finder knows
		if comma := strings.IndexByte(text[m.EndOffset:e], ','); comma >= 0 {
			cs = m.EndOffset + comma + 1
			ce = clauseEnd(text, cs, e)
			// past a lone connective: "Le 1er septembre, toutefois, la frontière ..."
			for len(d.tokens(cs, ce)) < 2 && ce < e && text[ce] == ',' {
				cs, ce = ce+1, clauseEnd(text, ce+1, e)
			}
		}
	}
	subject, _, saidEnd := x.subject(d, s, e, cs, ce, actors)
	if saidEnd > 0 {
		// The speaker named after the verb is the subject, not the rest
		// of the clause: "a annoncé jeudi le département d'Etat".
		ce = saidEnd
		if m.Offset >= saidEnd && m.EndOffset <= e {
			ce = max(ce, m.EndOffset)
		}
	}
	ev.Summary = headline(d, span{cs, ce}, m, ev.Predicate, subject, s)
	if frontedAlone {
		// the clause alone: the words before its comma are the date's
		ev.Summary = finish(clauseWords(d, span{cs, ce}, m))
	}
	// The actors are sought in the summary and the clause; the places
	// there and in the locatives around the clause. Each text is
	// normalised once.
	scope := joinNormalised(normalise(ev.Summary), normalise(text[cs:ce]))
	ev.Actors = actors.actorsIn(scope)
	ev.Places = x.gaz.placesIn(joinNormalised(scope, normalise(locativeAfter(text, ce, e)), normalise(locativeBefore(text, s, cs))))
	if x.seatAmong(ev.Places) {
		if seat := x.seatSpeaking(text, cs, ce); seat != "" && !slices.Contains(ev.Actors, seat) {
			ev.Actors = append([]string{seat}, ev.Actors...)
		}
	}
	ev.Modality = modality(d, cs, ce, m, predSpan(ok, pf), pt)
	if (!ok || m.Tense == timeline.TensePresent) && ev.Modality == timeline.ModalityOngoing {
		// Without a verb, or in the present of what is scheduled ("les
		// obsèques ont lieu demain"), the date tells.
		ev.Modality = byDate(m, a.Published)
	}
	return ev
}

// seatSpeaking returns the actor a place stands for when the place opens
// the clause [cs, ce), or a part of it after a comma, as the subject of a
// verb of saying or of a stance ("De son côté, Moscou a annoncé",
// "Washington dénonce"); "" otherwise: "Damas a été bombardée" is the
// city.
func (x *Extractor) seatSpeaking(text string, cs, ce int) string {
	if len(x.gaz.Seats) == 0 {
		return ""
	}
	ts := tokens(text, cs, ce)
	for i := range ts {
		if i > 0 && !strings.Contains(text[ts[i-1].end:ts[i].start], ",") {
			continue
		}
		for n := 1; n <= 3 && i+n < len(ts); n++ {
			words := make([]string, n)
			for k := range words {
				words[k] = ts[i+k].word
			}
			place, ok := x.gaz.Places[strings.Join(words, " ")]
			if !ok || x.gaz.Seats[place] == "" {
				continue
			}
			v := i + n
			if v+1 < len(ts) && (auxiliaryForms[ts[v].word] || ts[v].word == "ne" || ts[v].word == "n") {
				v++
			}
			if w := ts[v].word; tagger.IsSpeechVerb(w) || hasPrefixIn(w, stanceVerbs) {
				return x.gaz.Seats[place]
			}
		}
	}
	return ""
}

// seatAmong reports whether one of places is a seat of the gazetteer:
// only then can a clause have one speak.
func (x *Extractor) seatAmong(places []string) bool {
	for _, p := range places {
		if x.gaz.Seats[p] != "" {
			return true
		}
	}
	return false
}

// stanceVerbs open the verbs by which an actor takes a stance, as a
// capital standing for its state does: "Washington dénonce", "Moscou a
// démenti".
var stanceVerbs = []string{"dénon", "condamn", "salu", "démen", "accus", "exig", "réclam", "refus", "rejet",
	"menac", "propos", "soutien", "souten", "appel", "demand", "répond", "réag", "critiqu", "reproch", "regrett",
	"nie", "nié", "prévien", "prévenu", "met en garde", "mis en garde"}

// hasPrefixIn reports whether w opens on one of prefixes.
func hasPrefixIn(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// byDate is the modality of a clause without a verb ("la reprise, hier à
// Genève, des négociations"): what its date places before the publication
// happened, what it places after is planned.
func byDate(m timeline.Mention, published time.Time) timeline.Modality {
	switch {
	case published.IsZero() || !m.HasInterval():
		return timeline.ModalityOngoing
	case !m.End.After(published):
		return timeline.ModalityHappened
	case m.Start.After(published):
		return timeline.ModalityPlanned
	}
	return timeline.ModalityOngoing
}

// locativeAfter returns the place complement that follows a clause after
// a comma ("ont quitté la base de Hmeimim, dans le nord-ouest de la
// Syrie"), up to the next punctuation; "" if none follows.
func locativeAfter(text string, ce, e int) string {
	if ce >= e || text[ce] != ',' {
		return ""
	}
	rest := text[ce+1 : e]
	if i := strings.IndexAny(rest, ",;:.()"); i >= 0 {
		rest = rest[:i]
	}
	if w, ok := firstWord(rest); ok && locatives[w] {
		return rest
	}
	return ""
}

// locativeBefore returns the place complement that opens the sentence
// before a comma ("À Genève, la première session s'est achevée hier"),
// when the clause at cs comes after it; "" if none.
func locativeBefore(text string, s, cs int) string {
	head, _, found := strings.Cut(text[s:cs], ",")
	w, ok := firstWord(head)
	if !found || !ok || !locatives[w] || strings.ContainsAny(head, ";:.()") {
		return ""
	}
	return head
}

var locatives = setOf("à", "dans", "près", "au", "aux", "sur", "vers")

// predSpan returns pf when a predicate was found, -1 otherwise.
func predSpan(ok bool, pf int) int {
	if ok {
		return pf
	}
	return -1
}

// predicateClause returns the clause a headline is built from once the
// predicate [pf, pt) is known. A date fronted before a comma ("Lundi 14
// mars, lors d'une réunion ..., Vladimir Poutine a estimé") dates the
// clause of the predicate, not the adverbials around the date; otherwise
// the date's clause is stretched to hold the predicate. The complement of
// a verb of saying follows its "que".
func predicateClause(d *doc, s, e, cs, ce, pf, pt int, m timeline.Mention) (int, int) {
	text := d.text
	if pf >= ce && fronted(d, s, e, m) {
		cs, ce = clauseStart(text, s, pf), clauseEnd(text, pt, e)
	} else {
		cs, ce = min(cs, max(s, clauseStart(text, s, pf))), max(ce, pt)
	}
	if q, ok := relativeBefore(d, s, pf); ok && q > cs {
		cs = q // "les attentats qui ont frappé Bruxelles il y a trois jours"
	}
	if verbFamily(lastWord(text[pf:pt])) == FamilyAnnounce {
		ce = complementEnd(text, pt, ce, e, m)
	}
	return cs, ce
}

// relativeBefore returns the start of the relative pronoun "qui" that
// opens the verb group at pf, if any.
func relativeBefore(d *doc, s, pf int) (int, bool) {
	text := d.text
	ts := d.tokens(max(s, pf-12), pf)
	if len(ts) == 0 || ts[len(ts)-1].word != "qui" || strings.TrimSpace(text[ts[len(ts)-1].end:pf]) != "" {
		return 0, false
	}
	return ts[len(ts)-1].start, true
}

// fronted reports whether mention m opens its sentence, before a comma,
// alone or with a complement that holds no verb ("La veille de l'arrivée
// de M. Kerry, Damas a démenti").
func fronted(d *doc, s, e int, m timeline.Mention) bool {
	text := d.text
	// "En 1950,", "Depuis 2011,", "Dans l'après-midi,": the word that
	// brings the date may open the sentence.
	if before := strings.TrimSpace(text[s:m.Offset]); before != "" {
		if len(before) > len("jusqu’au")+2 {
			return false // more than a preposition: most dates
		}
		if l := lower.String(strings.TrimSpace(unquote(before))); l != "" && !datePrepositions[l] && l != "dans" {
			return false
		}
	}
	rest := strings.TrimLeft(text[m.EndOffset:e], " \u00a0")
	if strings.HasPrefix(rest, ",") {
		return true
	}
	comma := strings.IndexByte(text[m.EndOffset:e], ',')
	if comma < 0 || comma > 80 {
		return false
	}
	ts := d.tokens(m.EndOffset, m.EndOffset+comma)
	if len(ts) == 0 || ts[0].word != "de" && ts[0].word != "du" && ts[0].word != "des" && ts[0].word != "d" {
		return false
	}
	for _, t := range ts {
		if isFiniteVerb(t.word) || auxiliaryForms[t.word] || modals[t.word] {
			return false
		}
	}
	return true
}

// clauseEnd returns where the clause that holds pos ends, at or before e.
func clauseEnd(text string, pos, e int) int {
	for i := pos; i < e; i++ {
		if isClauseMark(text[i]) || hasWordAt(text, i, " que ") || hasWordAt(text, i, " qu'") || hasWordAt(text, i, " qu’") {
			return i
		}
	}
	return e
}

// complementEnd stretches a clause that ends on the "que" after a verb of
// saying ("a annoncé le 21 mars que ...") over the complement clause, up
// to its end or the next "et que". Other clauses are left as they are.
func complementEnd(text string, pt, ce, e int, m timeline.Mention) int {
	gap := strings.TrimSpace(text[pt:ce])
	if m.Offset >= pt && m.EndOffset <= ce {
		gap = strings.TrimSpace(text[pt:m.Offset] + text[m.EndOffset:ce])
	}
	if gap != "" || !(hasWordAt(text, ce, " que ") || hasWordAt(text, ce, " qu'") || hasWordAt(text, ce, " qu’")) {
		return ce
	}
	for i := ce + 4; i < e; i++ {
		if strings.IndexByte(";:()", text[i]) >= 0 || text[i] == '.' && i+1 >= e ||
			hasWordAt(text, i, " et qu") || hasWordAt(text, i, " et que ") {
			return i
		}
	}
	return e
}

// lastWord returns the last of words(s), "" if none.
func lastWord(s string) string {
	last := -1 // start of the last word
	end := 0
	for i := 0; i < len(s); {
		start, e, _ := nextToken(s, i, len(s))
		if start >= e {
			break
		}
		last, end, i = start, e, e
	}
	if last < 0 {
		return ""
	}
	return fold(s[last:end])
}

// subject returns what a clause [cs, ce) speaks of when it opens on a
// verb, a participle or a pronoun, and whether it is an actor:
//   - after an incise ("Les pourparlers de Genève, suspendus ..., devraient
//     reprendre"), the noun phrase that opens the sentence;
//   - else the last actor named before the clause in the sentence;
//   - for a clause that opens the sentence ("Arrivé mercredi, il ..."), the
//     subject of the main clause after it;
//   - for a pronoun with nothing before it, the first person named in the
//     sentence before, or the noun phrase that opens it.
//
// saidEnd is where the verb of saying ends when the subject is the speaker
// named after it ("..., a annoncé jeudi le département d'Etat"), else 0.
func (x *Extractor) subject(d *doc, s, e, cs, ce int, actors *actorFinder) (subject string, actor bool, saidEnd int) {
	text := d.text
	if precededByComma(text, s, cs) && opensOnVerb(d, cs, ce) {
		if np := subjectBeforeIncise(d, s, cs); np != "" {
			return np, false, 0
		}
		if subj, verbEnd := invertedSubject(d, cs, ce, e, actors); subj != "" {
			return subj, true, verbEnd
		}
	}
	if subj := actors.lastActorBefore(text[s:e], cs-s); subj != "" {
		return subj, true, 0
	}
	if strings.TrimSpace(text[s:cs]) == "" && ce < e && text[ce] == ',' {
		if startsWithPronoun(d, ce+1, e) {
			who, isActor := x.referent(d, s, actors)
			return who, isActor, 0
		}
		if subj := actors.firstActor(text[ce:e]); subj != "" {
			return subj, true, 0
		}
	}
	if startsWithPronoun(d, cs, ce) {
		who, isActor := x.referent(d, s, actors)
		return who, isActor, 0
	}
	return "", false, 0
}

// invertedSubject returns the actor a reporting clause closing its
// sentence names after its verb of saying, and where that verb ends: in
// "..., a annoncé jeudi le département d'Etat." the department speaks, not
// the actor named before.
func invertedSubject(d *doc, cs, ce, e int, actors *actorFinder) (string, int) {
	if strings.Trim(d.text[ce:e], " \u00a0.!»\"") != "" {
		return "", 0 // the clause does not close the sentence
	}
	ts := d.tokens(cs, ce)
	k := 0
	if len(ts) > 1 && auxiliaryForms[ts[0].word] {
		k = 1
	}
	if k >= len(ts) || !tagger.IsSpeechVerb(ts[k].word) {
		return "", 0
	}
	return actors.firstActor(d.text[ts[k].end:ce]), ts[k].end
}

// subjectBeforeIncise returns the noun phrase that opens the clause
// chain of a verb at cs (from the sentence start or its last "que") when
// a participial incise separates them ("Les pourparlers de Genève,
// suspendus le 3 février ..., devraient reprendre"). An apposition that
// names the subject ("le secrétaire d'Etat, John Kerry, serait reçu")
// leaves it to the actors.
func subjectBeforeIncise(d *doc, s, cs int) string {
	text := d.text
	from := s
	for _, t := range d.tokens(s, cs) {
		if t.word == "que" || t.word == "qu" {
			from = t.end
		}
	}
	np := openingNounPhrase(d, from, cs)
	if np == "" {
		return ""
	}
	comma := strings.IndexByte(text[from:cs], ',')
	if comma < 0 {
		return ""
	}
	incise := d.tokens(from+comma, cs)
	if len(incise) == 0 || !isParticipleForm(incise[0].word) {
		return ""
	}
	return np
}

// opensOnVerb reports a clause that opens on a finite verb, an auxiliary
// or a modal: its subject stands before it.
func opensOnVerb(d *doc, cs, ce int) bool {
	ts := d.tokens(cs, ce)
	if len(ts) == 0 {
		return false
	}
	w := ts[0].word
	if (w == "se" || w == "s") && len(ts) > 1 && ts[1].word != "il" && ts[1].word != "ils" {
		return true // "se réunira", "s'est engagé": a pronominal verb; "s'il" is no verb
	}
	return isFiniteVerb(w) || modals[w] || auxiliaryForms[w] && w != "s" && w != "se"
}

// referent returns what a subject pronoun that opens a sentence stands
// for: the first person named in the sentence before, else the noun
// phrase that opens it ("Un groupe de travail ... Il se réunira").
func (x *Extractor) referent(d *doc, s int, actors *actorFinder) (string, bool) {
	text := d.text
	if s == 0 {
		return "", false
	}
	ps, pe := tagger.Sentence(text, max(0, s-2), max(0, s-1))
	for _, h := range actors.hits(text[ps:pe]) {
		if isPerson(h.name) {
			return h.name, true
		}
	}
	return openingNounPhrase(d, ps, pe), false
}

// openingNounPhrase returns the noun phrase that opens the text from s
// (before limit), when it opens on a determiner: up to six words, up to
// punctuation, a verb, a participle or a preposition.
func openingNounPhrase(d *doc, s, limit int) string {
	text := d.text
	ts := d.tokens(s, limit)
	if len(ts) == 0 || !articles[ts[0].word] {
		return ""
	}
	end := ts[0].end
	for i := 1; i < len(ts) && i < 6; i++ {
		t := ts[i]
		if strings.ContainsAny(text[ts[i-1].end:t.start], ",;:()") || npBoundaries[t.word] ||
			isVerbWord(ts, i) || isParticipleForm(t.word) || t.word == "qui" || t.word == "s" {
			break
		}
		end = t.end
	}
	return strings.Join(strings.Fields(unquote(text[ts[0].start:end])), " ")
}

// startsWithPronoun reports whether text[from:to] opens on "il" or "elle"
// (possibly after "qu'"), the subject pronouns that stand for a person.
func startsWithPronoun(d *doc, from, to int) bool {
	ts := d.tokens(from, to)
	if len(ts) > 0 && (ts[0].word == "qu" || ts[0].word == "où") {
		ts = ts[1:] // "qu'il", "où il rencontrera"
	}
	return len(ts) > 0 && (ts[0].word == "il" || ts[0].word == "elle")
}

// clause returns the clause around [start, end) within the sentence
// [s, e): bounded by punctuation, "que" and quotes, not counting a comma
// that only sets the date apart ("ont quitté mardi, 15 mars, la base").
func clause(d *doc, s, e, start, end int) (int, int) {
	text := d.text
	cs := clauseStart(text, s, start)
	ce := end
	skip := verbJustBefore(d, cs, start)
	for ce < e {
		c := text[ce]
		if c == ',' && skip && strings.TrimSpace(text[end:ce]) == "" {
			ce++
			skip = false
			continue
		}
		if isClauseMark(c) || hasWordAt(text, ce, " que ") || hasWordAt(text, ce, " qu'") || hasWordAt(text, ce, " qu’") {
			break
		}
		ce++
	}
	return cs, ce
}

// verbJustBefore reports whether the words before a date end a compound
// verb ("ont quitté mardi, 15 mars, la base"): then the comma after the
// date does not end the clause, which goes on with the object. A bare
// participle ("Arrivé mercredi, il ...") ends its clause at the comma.
func verbJustBefore(d *doc, cs, start int) bool {
	ts := d.tokens(cs, start)
	n := len(ts)
	return n >= 2 && isParticipleWord(ts[n-1].word) && auxiliaryForms[ts[n-2].word]
}

// clauseStart returns where the clause holding pos starts, at or after s.
func clauseStart(text string, s, pos int) int {
	for i := pos; i > s; i-- {
		c := text[i-1]
		if isClauseMark(c) {
			return i
		}
		if hasWordAt(text, i-1, " que ") || hasWordAt(text, i-1, " qu'") {
			return i
		}
	}
	return s
}

// isClauseMark reports the punctuation that bounds a clause.
func isClauseMark(c byte) bool {
	switch c {
	case ',', ';', ':', '(', ')':
		return true
	}
	return false
}

// hasWordAt reports whether text holds w at i, whatever the case. Most
// words tried open on a space, which only a space matches: that is
// checked first.
func hasWordAt(text string, i int, w string) bool {
	if i+len(w) > len(text) {
		return false
	}
	if len(w) > 0 && w[0] < utf8.RuneSelf && !('a' <= w[0] && w[0] <= 'z' || 'A' <= w[0] && w[0] <= 'Z') && text[i] != w[0] {
		return false // an ASCII character other than a letter has no other case
	}
	return strings.EqualFold(text[i:i+len(w)], w)
}

// modality reads how the clause [cs, ce) presents its event; [pf, pt) is
// its predicate (pf < 0 if none).
func modality(d *doc, cs, ce int, m timeline.Mention, pf, pt int) timeline.Modality {
	text := d.text
	cl := withoutInfinitiveNegation(" " + lower.String(text[cs:ce]) + " ")
	predicate := ""
	if pf >= 0 {
		predicate = text[pf:pt]
	}
	switch {
	case strings.Contains(cl, " ne ") && (strings.Contains(cl, " pas ") || strings.Contains(cl, " jamais ") || strings.Contains(cl, " plus ")) && !strings.Contains(cl, " que "),
		(strings.Contains(cl, " n'") || strings.Contains(cl, " n’")) && strings.Contains(cl, " pas "):
		return timeline.ModalityNegated
	case strings.Contains(cl, "prévu") || strings.Contains(cl, "doit ") || strings.Contains(cl, "doivent ") || deadline(d, cs, m):
		return timeline.ModalityPlanned
	}
	if pf >= 0 && bareParticiple(d, pf, pt, m) {
		return timeline.ModalityHappened // "entré en vigueur le 27 février", "suspendus le 3 février"
	}
	switch m.Tense {
	case timeline.TensePast:
		return timeline.ModalityHappened
	case timeline.TenseFuture:
		return timeline.ModalityPlanned
	case timeline.TenseConditional:
		return timeline.ModalityConditional
	}
	if m.Tense == timeline.TenseUnknown && isParticipleWord(firstField(predicate)) {
		return timeline.ModalityHappened
	}
	return timeline.ModalityOngoing
}

// withoutInfinitiveNegation blanks the negations of an infinitive in cl
// (" ne pas suivre ", " de ne plus voter "): "demande aux pilotes de ne
// pas suivre les informations" says what is asked, not that it is not.
func withoutInfinitiveNegation(cl string) string {
	if !strings.Contains(cl, " ne ") {
		return cl // most clauses
	}
	for _, neg := range []string{" ne pas ", " ne plus ", " ne jamais "} {
		for i := 0; ; {
			k := strings.Index(cl[i:], neg)
			if k < 0 {
				break
			}
			k += i
			next := strings.Fields(cl[k+len(neg):])
			if len(next) > 0 && looksInfinitive(strings.Trim(next[0], ",;:.")) {
				cl = cl[:k] + " " + strings.Repeat("_", len(neg)-2) + " " + cl[k+len(neg):]
			}
			i = k + len(neg)
		}
	}
	return cl
}

// looksInfinitive reports whether w ends as French infinitives do.
func looksInfinitive(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}

// deadline reports a date given as a time limit ahead ("d'ici le mois
// d'août", "d'ici une semaine"): what it dates is yet to come.
func deadline(d *doc, cs int, m timeline.Mention) bool {
	if strings.HasPrefix(lower.String(m.Text), "d'ici") || strings.HasPrefix(lower.String(m.Text), "d’ici") {
		return true
	}
	ts := d.tokens(max(cs, m.Offset-12), m.Offset)
	return len(ts) >= 2 && ts[len(ts)-2].word == "d" && ts[len(ts)-1].word == "ici"
}

// bareParticiple reports a predicate that is a participle without
// auxiliary, right before the date it governs: a participial clause
// tells what was done ("suspendus le 3 février", "Arrivé mercredi").
func bareParticiple(d *doc, pf, pt int, m timeline.Mention) bool {
	text := d.text
	ts := d.tokens(pf, pt)
	if len(ts) == 0 || !isParticipleForm(ts[0].word) || pt > m.Offset || strings.TrimSpace(text[pt:m.Offset]) != "" {
		return false
	}
	return !irregularPlanned[ts[0].word]
}

// irregularPlanned are participles that announce rather than report.
var irregularPlanned = setOf("prévu", "prévue", "prévus", "prévues", "attendu", "attendue", "attendus", "attendues")
