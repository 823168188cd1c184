//go:build !race

package fr

// raceDetector is set when the tests run under the race detector.
const raceDetector = false
