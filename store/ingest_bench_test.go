package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/timeline-fr/timeline/store"
	"github.com/timeline-fr/timeline/timeline"
)

// BenchmarkSaveArticlesRealistic stores batches of 64 articles shaped like
// those of a real ingest (see realisticBundle), with their checks, as the
// ingest pipeline's writer does.
func BenchmarkSaveArticlesRealistic(b *testing.B) {
	db, _ := openTemp(b)
	ctx := context.Background()
	if err := db.PrepareChecks(ctx, "fr", false); err != nil {
		b.Fatal(err)
	}
	paris := mustLoad(b, "Europe/Paris")
	rng := rand.New(rand.NewPCG(1, 2))
	b.ReportAllocs()
	n := 0
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		batch := make([]store.Bundle, 64)
		for i := range batch {
			batch[i] = realisticBundle(rng, n, paris)
			n++
		}
		b.StartTimer()
		before := processCPU()
		saved, err := db.SaveArticles(ctx, batch)
		cpu += processCPU() - before
		if err != nil {
			b.Fatal(err)
		}
		for i, s := range saved {
			if !s.Inserted {
				b.Fatalf("bundle %d not inserted: %v", i, s.Err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/article")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/article")
}

// Words the realistic articles are written with, so that the full-text
// index sees a varied vocabulary rather than one sentence repeated.
var (
	benchSubjects = []string{"Le ministre des Affaires étrangères", "L'envoyé spécial de l'ONU", "La délégation syrienne",
		"Le secrétaire d'État américain", "Le président russe", "Les représentants de l'opposition", "Le Conseil de sécurité",
		"Le gouvernement français", "La chancelière allemande", "Les observateurs internationaux", "Le porte-parole du Kremlin",
		"Le Premier ministre turc", "Les diplomates européens", "Le Croissant-Rouge", "Les rebelles", "L'armée régulière"}
	benchVerbs = []string{"a annoncé", "a rencontré", "s'est entretenu avec", "a rejeté", "a présenté", "doit rejoindre",
		"a quitté", "a salué", "a dénoncé", "réunira", "a signé", "a confirmé", "pourrait rencontrer", "a suspendu"}
	benchObjects = []string{"les pourparlers de paix", "un cessez-le-feu", "la feuille de route", "une trêve humanitaire",
		"les négociations intersyriennes", "le plan de transition", "un accord préliminaire", "les frappes aériennes",
		"la reprise du dialogue", "un convoi d'aide", "les sanctions économiques", "la résolution du Conseil"}
	benchPlaces = []string{"Genève", "Moscou", "Damas", "Alep", "Washington", "Vienne", "Munich", "Bruxelles", "Paris",
		"Ankara", "Beyrouth", "Lattaquié", "Homs", "Palmyre", "Téhéran", "Riyad", "New York", "Berlin", "Londres", "Amman"}
	benchActors = []string{"Staffan de Mistura", "John Kerry", "Sergueï Lavrov", "Vladimir Poutine", "Barack Obama",
		"Bachar al-Assad", "Laurent Fabius", "Angela Merkel", "Ban Ki-moon", "Recep Tayyip Erdogan", "François Hollande",
		"le gouvernement syrien", "la Russie", "les États-Unis", "l'ONU", "le Haut Comité des négociations"}
	benchMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
		"octobre", "novembre", "décembre"}
)

// realisticBundle builds the n-th article of a realistic ingest: about
// 3.4 KB of varied text published some time between 1900 and 2020, 15 date
// mentions of the kinds a tagger finds (days, times, months, years,
// durations, sets), 7 events with zero to two actors and places each,
// and now and then a conflict found within it.
func realisticBundle(rng *rand.Rand, n int, loc *time.Location) store.Bundle {
	id := fmt.Sprintf("corpus:%06d", n)
	published := time.Date(1900+rng.IntN(120), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 6+rng.IntN(14), 0, 0, 0, loc)
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	var text strings.Builder
	type sentence struct{ offset, end int }
	var sentences []sentence
	var ms []timeline.Mention
	for i := 0; text.Len() < 3400 || len(ms) < 15; i++ {
		start := text.Len()
		fmt.Fprintf(&text, "%s %s %s à %s", pick(benchSubjects), pick(benchVerbs), pick(benchObjects), pick(benchPlaces))
		if len(ms) < 15 {
			day := published.AddDate(0, 0, rng.IntN(60)-45)
			expr := fmt.Sprintf("%d %s", day.Day(), benchMonths[day.Month()-1])
			text.WriteString(", le ")
			m := realisticMention(rng, text.Len(), expr, day)
			text.WriteString(expr)
			ms = append(ms, m)
		}
		fmt.Fprintf(&text, ", selon une source proche du dossier (%d).", i)
		sentences = append(sentences, sentence{start, text.Len()})
		text.WriteString(" ")
	}
	body := text.String()
	var dated []int // the mentions with an interval, which date events in real articles
	for i, m := range ms {
		if m.HasInterval() {
			dated = append(dated, i)
		}
	}
	var evs []timeline.Event
	for i := range 7 {
		mi := dated[i*len(dated)/7]
		s := sentences[mi]
		ev := timeline.Event{
			ArticleID: id, Mention: mi, Date: ms[mi],
			SentenceOffset: s.offset, SentenceEnd: s.end, Sentence: body[s.offset:s.end],
			Predicate: pick(benchVerbs), Summary: pick(benchSubjects) + " " + pick(benchVerbs) + " " + pick(benchObjects),
			Modality: timeline.ModalityHappened,
		}
		for range rng.IntN(3) {
			ev.Actors = append(ev.Actors, pick(benchActors))
		}
		for range rng.IntN(3) {
			ev.Places = append(ev.Places, pick(benchPlaces))
		}
		evs = append(evs, ev)
	}
	a := timeline.Article{
		ID: id, Source: "Le Courrier des Nations", URL: "https://example.org/" + id, Title: "Syrie : " + pick(benchObjects),
		Published: published, Language: "fr", Text: body, Origin: "corpus.jsonl:" + fmt.Sprint(n+1),
	}
	checks := &store.ArticleChecks{Lang: "fr"}
	if rng.IntN(5) < 2 {
		m := ms[rng.IntN(len(ms))]
		checks.Conflicts = append(checks.Conflicts, store.PlacedConflict{
			Conflict: timeline.Conflict{
				Kind: "weekday-mismatch", Severity: timeline.SeverityWarning,
				Message:  fmt.Sprintf("« %s » n'est pas un mardi : le %s tombe un autre jour de la semaine.", m.Text, m.Value),
				Articles: []string{id}, Dates: []string{m.Value, published.Format("2006-01-02")},
				Sentences: []string{body[sentences[0].offset:sentences[0].end]},
			},
			ArticleID: id, Offset: m.Offset,
		})
	}
	return store.Bundle{Article: a, Mentions: ms, Events: evs, Checks: checks}
}

// realisticMention is a mention of expr at offset, of a kind drawn as a
// tagger finds them in news: mostly days, then times, years and months,
// some durations and sets without an interval.
func realisticMention(rng *rand.Rand, offset int, expr string, day time.Time) timeline.Mention {
	d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, day.Location())
	m := timeline.Mention{Offset: offset, EndOffset: offset + len(expr), Text: expr, Rule: "day_month",
		Tense: timeline.TensePast, Anchor: "publication"}
	switch k := rng.IntN(10); {
	case k < 4:
		m.Type, m.Grain, m.Value = timeline.TypeDate, timeline.GrainDay, d.Format("2006-01-02")
		m.Start, m.End = d, d.AddDate(0, 0, 1)
		m.Inferred = []string{"year"}
	case k < 6:
		t := d.Add(time.Duration(8+rng.IntN(12)) * time.Hour)
		m.Type, m.Grain, m.Value = timeline.TypeTime, timeline.GrainMinute, t.Format("2006-01-02T15:04")
		m.Start, m.End = t, t.Add(time.Minute)
	case k < 7:
		y := time.Date(d.Year(), 1, 1, 0, 0, 0, 0, d.Location())
		m.Type, m.Grain, m.Value = timeline.TypeDate, timeline.GrainYear, y.Format("2006")
		m.Start, m.End = y, y.AddDate(1, 0, 0)
	case k < 8:
		mo := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, d.Location())
		m.Type, m.Grain, m.Value = timeline.TypeDate, timeline.GrainMonth, mo.Format("2006-01")
		m.Start, m.End = mo, mo.AddDate(0, 1, 0)
		m.Inferred = []string{"year", "direction"}
	case k < 9:
		m.Type, m.Value = timeline.TypeDuration, fmt.Sprintf("P%dD", 1+rng.IntN(9))
	default:
		m.Type, m.Value = timeline.TypeSet, "XXXX-WXX-2"
	}
	return m
}
