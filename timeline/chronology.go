package timeline

// Happening is one entry of the merged chronology: one thing that happened
// (or is announced), as one or several articles report it. Each source
// keeps its own sentence and its own date as stated.
type Happening struct {
	ID       string  // stable identifier, derived from the sources
	Date     Mention // the date the entry is filed under
	Headline string
	Actors   []string
	Places   []string
	Modality Modality
	Sources  []Entry // every article's event, oldest publication first
	// Why explains, one line per merge, why sources were joined.
	Why []string
	// Conflicts lists the kinds of the conflicts that concern the entry.
	Conflicts []string
}

// Severity ranks conflicts.
type Severity int

// Severities, from the least to the most serious.
const (
	SeverityInfo Severity = iota
	SeverityWarning
	SeverityError
)

// String returns the severity's name: info, warning or error.
func (s Severity) String() string {
	switch s {
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	}
	return "info"
}

// Conflict is a date that does not add up, with the evidence a
// fact-checker needs to verify it.
type Conflict struct {
	Kind      string   // weekday-mismatch, past-after-publication, cross-source-date, ...
	Severity  Severity //
	Message   string   // plain-language explanation
	Articles  []string // Article.ID of every article involved
	Dates     []string // the dates involved, as TIMEX3 values or display dates
	Sentences []string // the sentences that state them
	Happening string   // Happening.ID when the conflict concerns a chronology entry
}
