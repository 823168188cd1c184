package fr_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/timeline-fr/timeline/timeline/fr"
)

// matchCase is one MatchAt case shared by the rule tests.
type matchCase struct {
	name string
	text string
	// at is where the rule starts: the first occurrence of at in text, or
	// offset 0 when empty (the tagger calls rules at word starts).
	at    string
	ok    bool    // whether the rule must match there
	match string  // text[start:end] when ok
	want  fr.Expr // expected fields: Kind, every non-zero field, and the fields named in zero
	zero  string  // space-separated names of fields that must be zero
}

// start returns the byte offset at which c is tried.
func (c matchCase) start(t *testing.T) int {
	t.Helper()
	if c.at == "" {
		return 0
	}
	i := strings.Index(c.text, c.at)
	if i < 0 {
		t.Fatalf("bad case: %q not in %q", c.at, c.text)
	}
	return i
}

// check runs c against r and returns a failure message, "" when c holds.
func (c matchCase) check(t *testing.T, r *fr.Rule) string {
	t.Helper()
	start := c.start(t)
	end, got, ok := r.MatchAt(c.text, start)
	if ok != c.ok {
		if ok {
			return fmt.Sprintf("%s: MatchAt(%q, %d) = %q %+v, want no match", r.Name, c.text, start, c.text[start:end], view(got))
		}
		return fmt.Sprintf("%s: MatchAt(%q, %d) = no match, want %q %+v", r.Name, c.text, start, c.match, view(c.want))
	}
	if !ok {
		return ""
	}
	if m := c.text[start:end]; m != c.match || !sameExpr(got, c.want, strings.Fields(c.zero)) {
		return fmt.Sprintf("%s: MatchAt(%q, %d) = %q %+v, want %q %+v", r.Name, c.text, start, m, view(got), c.match, view(c.want))
	}
	return ""
}

// runCases runs every case of cases as a subtest. Cases of knownFailures
// fail today because of a defect of the rule; they are asserted to keep
// failing so that the list is shortened when the defect is fixed.
func runCases(t *testing.T, r *fr.Rule, cases, knownFailures []matchCase) {
	t.Helper()
	seen := map[string]bool{}
	for _, c := range append(append([]matchCase{}, cases...), knownFailures...) {
		if seen[c.name] {
			t.Fatalf("duplicate case name %q", c.name)
		}
		seen[c.name] = true
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if msg := c.check(t, r); msg != "" {
				t.Error(msg)
			}
		})
	}
	for _, c := range knownFailures {
		t.Run("known failure/"+c.name, func(t *testing.T) {
			if msg := c.check(t, r); msg == "" {
				t.Errorf("%s: MatchAt(%q) now gives %q %+v as wanted: move the case to the main table", r.Name, c.text, c.match, view(c.want))
			}
		})
	}
}

// sameExpr reports whether got has Kind, every non-zero field of want and
// the zero fields named in zero. Range bounds are compared the same way.
func sameExpr(got, want fr.Expr, zero []string) bool {
	gv, wv := reflect.ValueOf(got), reflect.ValueOf(want)
	typ := gv.Type()
	for i := range typ.NumField() {
		name := typ.Field(i).Name
		g, w := gv.Field(i), wv.Field(i)
		if name != "Kind" && w.IsZero() && !contains(zero, name) {
			continue
		}
		if typ.Field(i).Type.Kind() == reflect.Pointer {
			if w.IsNil() || g.IsNil() {
				if g.IsNil() != w.IsNil() {
					return false
				}
				continue
			}
			if !sameExpr(*g.Interface().(*fr.Expr), *w.Interface().(*fr.Expr), nil) {
				return false
			}
			continue
		}
		if !reflect.DeepEqual(g.Interface(), w.Interface()) {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// view prints the non-zero fields of an expression, bounds included.
type view fr.Expr

func (v view) String() string {
	var b strings.Builder
	val, typ := reflect.ValueOf(fr.Expr(v)), reflect.TypeOf(fr.Expr(v))
	b.WriteString("{")
	for i := range typ.NumField() {
		f := val.Field(i)
		if typ.Field(i).Name != "Kind" && f.IsZero() {
			continue
		}
		if b.Len() > 1 {
			b.WriteString(" ")
		}
		if f.Kind() == reflect.Pointer {
			fmt.Fprintf(&b, "%s:%v", typ.Field(i).Name, view(*f.Interface().(*fr.Expr)))
			continue
		}
		fmt.Fprintf(&b, "%s:%v", typ.Field(i).Name, f.Interface())
	}
	b.WriteString("}")
	return b.String()
}

func TestRules(t *testing.T) {
	a, b := fr.Rules(), fr.Rules()
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("Rules() returned %d then %d rules", len(a), len(b))
	}
	if &a[0] == &b[0] {
		t.Error("two calls of Rules() share one slice: a caller could reorder another's")
	}
	names := map[string]bool{}
	for i, r := range a {
		if r == nil {
			t.Fatalf("Rules()[%d] is nil", i)
		}
		if r.Name == "" {
			t.Errorf("Rules()[%d] has no name", i)
		}
		if names[r.Name] {
			t.Errorf("Rules()[%d]: duplicate name %q", i, r.Name)
		}
		names[r.Name] = true
		if r.Triggers == 0 {
			t.Errorf("rule %q has no trigger", r.Name)
		}
		if b[i] != r {
			t.Errorf("rule %q: compiled again by a second call of Rules()", r.Name)
		}
		if b[i].Name != r.Name {
			t.Errorf("Rules() order changed: %q then %q", r.Name, b[i].Name)
		}
	}
}

func TestFind(t *testing.T) {
	ref := time.Date(2016, 3, 24, 10, 0, 0, 0, time.UTC)
	ptr := func(n int) *int { return &n }
	tests := []struct {
		name    string
		rule    *fr.Rule
		text    string
		match   string // "" when Find must return nil; its first occurrence in text is the wanted match
		applied bool
		want    rules.Context // fields the applier must set; nil pointers must stay nil
	}{
		{"date in a sentence", fr.AbsoluteDate(), "Kerry sera à Moscou le 22 mars 2016.", "le 22 mars 2016", true,
			rules.Context{Year: ptr(2016), Month: ptr(3), Day: ptr(22)}},
		{"day and month only", fr.AbsoluteDate(), "Rendez-vous le 1er mars.", "le 1er mars", true,
			rules.Context{Month: ptr(3), Day: ptr(1)}},
		{"numeric date", fr.NumericDate(), "Publié le 22/03/2016 à 10h", "le 22/03/2016", true,
			rules.Context{Year: ptr(2016), Month: ptr(3), Day: ptr(22)}},
		{"weekday is time.Weekday", fr.Weekday(), "Il viendra mardi prochain.", "mardi prochain", true,
			rules.Context{Weekday: ptr(int(time.Tuesday))}},
		{"yesterday shifts a day back", fr.RelativeDay(), "Il est parti hier soir.", "hier soir", true,
			rules.Context{Duration: -24 * time.Hour}},
		{"previous day sets nothing", fr.RelativeDay(), "Il était arrivé la veille.", "la veille", false,
			rules.Context{}},
		{"clock time", fr.ClockTime(), "Le vol part à 15h30.", "à 15h30", true,
			rules.Context{Hour: ptr(15), Minute: ptr(30)}},
		{"midnight", fr.ClockTime(), "Couvre-feu dès minuit.", "dès minuit", true,
			rules.Context{Hour: ptr(0), Minute: ptr(0)}},
		{"year", fr.Year(), "Il est né en 1998 à Lyon.", "en 1998", true,
			rules.Context{Year: ptr(1998)}},
		{"duration sets nothing", fr.Duration(), "Il a attendu six mois.", "six mois", false,
			rules.Context{}},
		{"no date", fr.AbsoluteDate(), "On compte 27 morts.", "", false, rules.Context{}},
		{"not inside a word", fr.Weekday(), "Voir xmardi et lundimatin.", "", false, rules.Context{}},
		{"skips the planet", fr.MonthYear(), "Mars est visible en mai 2016.", "en mai 2016", true,
			rules.Context{Year: ptr(2016), Month: ptr(5)}},
		// Fixed bugs
		// Sunday is time.Weekday 0, which the applier must still set.
		{"sunday", fr.Weekday(), "Il viendra dimanche.", "dimanche", true, rules.Context{Weekday: ptr(int(time.Sunday))}},
	}
	var knownFailures []struct {
		name, text string
		want       int
	}
	show := func(c *rules.Context) string {
		s := fmt.Sprintf("Duration:%v", c.Duration)
		for _, f := range []struct {
			n string
			p *int
		}{{"Year", c.Year}, {"Month", c.Month}, {"Day", c.Day}, {"Weekday", c.Weekday}, {"Hour", c.Hour}, {"Minute", c.Minute}} {
			if f.p != nil {
				s += fmt.Sprintf(" %s:%d", f.n, *f.p)
			}
		}
		return s
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.rule.Find(tt.text)
			if tt.match == "" {
				if m != nil {
					t.Errorf("%s: Find(%q) = %q, want nil", tt.rule.Name, tt.text, m.Text)
				}
				return
			}
			if m == nil {
				t.Fatalf("%s: Find(%q) = nil, want %q", tt.rule.Name, tt.text, tt.match)
			}
			left := strings.Index(tt.text, tt.match)
			if m.Text != tt.match || m.Left != left || m.Right != left+len(tt.match) || tt.text[m.Left:m.Right] != m.Text {
				t.Errorf("%s: Find(%q) = %q [%d:%d], want %q [%d:%d]", tt.rule.Name, tt.text, m.Text, m.Left, m.Right, tt.match, left, left+len(tt.match))
			}
			var c rules.Context
			applied, err := m.Apply(&c, &rules.Options{}, ref)
			if err != nil || applied != tt.applied || show(&c) != show(&tt.want) {
				t.Errorf("%s: Find(%q).Apply = %t, %v, %s; want %t, <nil>, %s", tt.rule.Name, tt.text, applied, err, show(&c), tt.applied, show(&tt.want))
			}
		})
	}
	for _, tt := range knownFailures {
		t.Run("known failure/"+tt.name, func(t *testing.T) {
			m := fr.Weekday().Find(tt.text)
			if m == nil {
				t.Fatalf("Find(%q) = nil", tt.text)
			}
			var c rules.Context
			applied, _ := m.Apply(&c, &rules.Options{}, ref)
			if applied && c.Weekday != nil && *c.Weekday == tt.want {
				t.Errorf("Find(%q).Apply now sets Weekday %d: move the case to the main table", tt.text, tt.want)
			}
		})
	}
}

// TestNoRule checks phrases that no rule may read as a time expression at
// the given word, whichever rule the tagger tries there.
func TestNoRule(t *testing.T) {
	tests := []struct{ name, text, at string }{
		{"27 morts", "27 morts", "27"},
		{"4222 alone on a line", "Partager\n4222\nTweeter", "4222"},
		{"l'article 27", "l'article 27", "27"},
		{"planet alone", "Mars", "Mars"},
		{"la planète Mars", "la planète Mars", "Mars"},
		{"Mai as a name", "Mai a déclaré", "Mai"},
		{"2000 morts", "2000 morts", "2000"},
		{"âgé de 54 ans", "âgé de 54 ans", "54"},
		{"une fillette de 6 ans", "une fillette de 6 ans", "6"},
		{"le quotidien", "le quotidien", "quotidien"},
		{"Jeux d'hiver", "Jeux d'hiver", "hiver"},
		{"après-midi", "après-midi", "midi"},
		{"a été", "il a été", "été"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := strings.Index(tt.text, tt.at)
			if start < 0 {
				t.Fatalf("bad case: %q not in %q", tt.at, tt.text)
			}
			for _, r := range fr.Rules() {
				if end, e, ok := r.MatchAt(tt.text, start); ok {
					t.Errorf("%s: MatchAt(%q, %d) = %q %+v, want no match", r.Name, tt.text, start, tt.text[start:end], view(e))
				}
			}
		})
	}
}
