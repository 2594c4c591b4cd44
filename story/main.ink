// Lost Corner: the story, compiled by tools/ink (see story/README.md for the tag vocabulary).
// Global tags first, then INCLUDEs, then content: ink needs that order (see src/core/narrator.ts).
# title: Lost Corner

INCLUDE state.ink
INCLUDE prologue.ink
INCLUDE memories.ink

-> prologue
