package events

import (
	"errors"
	"fmt"
	"strings"
)

// Names is a list of actors, places and titles that extends the built-in
// gazetteer, as a configuration file gives it:
//
//	actors:
//	  - name: Ban Ki-moon
//	    aliases: [Ban]
//	places:
//	  - name: Bruxelles
//	    aliases: [Brussels]
//	titles:
//	  - title: le secrétaire général de l'ONU
//	    holder: Ban Ki-moon
//	seats:
//	  - place: Ankara
//	    actor: la Turquie
type Names struct {
	Actors []Name  `json:"actors"`
	Places []Name  `json:"places"`
	Titles []Title `json:"titles"`
	Seats  []Seat  `json:"seats"`
}

// Seat is a place that stands for an actor when it speaks or takes a
// stance: "Ankara dénonce" is la Turquie denouncing. The place is added
// to the places when the gazetteer does not know it.
type Seat struct {
	Place string `json:"place"`
	Actor string `json:"actor"`
}

// Name is an actor or a place: its canonical name and the other ways
// articles write it. Every alias is shown as the canonical name.
type Name struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// Title is a role phrase ("le président russe") and the person who holds
// it by default; an apposition in an article ("le président russe
// Vladimir Poutine") overrides the holder within that article.
type Title struct {
	Title  string `json:"title"`
	Holder string `json:"holder"`
}

// ErrEmptyName reports a name, an alias or a title left empty.
var ErrEmptyName = errors.New("empty name")

// Extend adds names to the gazetteer. A name already known gets the new
// aliases; an alias already known is taken over by the new name, so that
// users can correct the built-in list. Nothing is added when an entry is
// empty.
func (g *Gazetteer) Extend(n Names) error {
	if err := n.check(); err != nil {
		return err
	}
	for _, a := range n.Actors {
		g.Add(strings.TrimSpace(a.Name), trimAll(a.Aliases)...)
	}
	for _, p := range n.Places {
		g.AddPlace(strings.TrimSpace(p.Name), trimAll(p.Aliases)...)
	}
	for _, t := range n.Titles {
		g.Titles[normalise(t.Title)] = strings.TrimSpace(t.Holder)
	}
	for _, st := range n.Seats {
		place := g.Place(strings.TrimSpace(st.Place))
		if _, ok := g.Places[normalise(place)]; !ok {
			g.AddPlace(place)
		}
		if g.Seats == nil {
			g.Seats = map[string]string{}
		}
		g.Seats[place] = g.Actor(strings.TrimSpace(st.Actor))
	}
	return nil
}

// check reports the first empty entry of n.
func (n Names) check() error {
	for kind, list := range map[string][]Name{"actor": n.Actors, "place": n.Places} {
		for i, x := range list {
			if strings.TrimSpace(x.Name) == "" {
				return fmt.Errorf("%s %d: %w", kind, i+1, ErrEmptyName)
			}
			for _, a := range x.Aliases {
				if strings.TrimSpace(a) == "" {
					return fmt.Errorf("%s %q: alias: %w", kind, x.Name, ErrEmptyName)
				}
			}
		}
	}
	for i, t := range n.Titles {
		if strings.TrimSpace(t.Title) == "" {
			return fmt.Errorf("title %d: %w", i+1, ErrEmptyName)
		}
	}
	for i, st := range n.Seats {
		if strings.TrimSpace(st.Place) == "" || strings.TrimSpace(st.Actor) == "" {
			return fmt.Errorf("seat %d: %w", i+1, ErrEmptyName)
		}
	}
	return nil
}

func trimAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strings.TrimSpace(x)
	}
	return out
}

// Actor returns the canonical name of an actor written name, or name
// itself when the gazetteer does not know it. Stored events keep the
// names of the gazetteer they were extracted with; the chronology maps
// them through the current one.
func (g *Gazetteer) Actor(name string) string {
	if c, ok := g.Actors[normalise(name)]; ok {
		return c
	}
	return name
}

// Place returns the canonical name of a place written name, or name
// itself when the gazetteer does not know it.
func (g *Gazetteer) Place(name string) string {
	if c, ok := g.Places[normalise(name)]; ok {
		return c
	}
	return name
}
