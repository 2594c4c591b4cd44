// Lost Corner: the story, compiled by tools/ink (see story/README.md for the tag vocabulary).
// Global tags first, then INCLUDEs, then content: ink needs that order (see src/core/narrator.ts).
# title: Lost Corner

INCLUDE state.ink
INCLUDE prologue.ink
INCLUDE part_one.ink
INCLUDE beat_pencil_case.ink
INCLUDE memories.ink
INCLUDE part_two.ink
INCLUDE beat_norfolk.ink
INCLUDE memories_cottages.ink
INCLUDE part_three.ink
INCLUDE beat_madame.ink
INCLUDE memories_carers.ink
INCLUDE epilogue.ink
INCLUDE perspective_ruth.ink
INCLUDE perspective_tommy.ink
INCLUDE perspective_madame.ink

-> prologue
