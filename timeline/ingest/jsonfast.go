package ingest

import (
	"encoding/json"

	"github.com/timeline-fr/timeline/timeline/jsonline"
)

// articleKeys are the keys of jsonArticle, in the order readArticle reads
// them into.
var articleKeys = []string{"id", "source", "url", "published", "title", "language", "text"}

// decodeArticle reads one JSONL line, valid UTF-8 (checkText), into j.
// Lines of the usual shape, a flat object of strings, numbers and nulls,
// are read by hand (jsonline); any other line goes to encoding/json, whose
// errors then name the problem. Both give the same article.
func decodeArticle(line []byte, j *jsonArticle) error {
	if readArticle(line, j) {
		return nil
	}
	*j = jsonArticle{}
	return json.Unmarshal(line, j)
}

// readArticle reads line by hand as encoding/json would into j, with the
// id read into j.id, and reports whether it could: it declines lines
// beyond jsonline's shape and a number where a string field is.
func readArticle(line []byte, j *jsonArticle) bool {
	var fs [7]jsonline.Field
	if !jsonline.Read(line, articleKeys, fs[:]) {
		return false
	}
	id := ""
	switch fs[0].Kind {
	case jsonline.String, jsonline.Number:
		id = fs[0].Text
	}
	j.id = &id
	for k, dst := range []**string{&j.Source, &j.URL, &j.Published, &j.Title, &j.Language, &j.Text} {
		switch f := fs[k+1]; f.Kind {
		case jsonline.String:
			*dst = &f.Text
		case jsonline.Number:
			return false // encoding/json refuses it
		}
	}
	return true
}
