package merge

// MergeGroup is mergeGroup, for tests: every pair compared at once.
var MergeGroup = mergeGroup
