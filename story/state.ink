// What Kathy holds, knows and has set aside. The game reads these by name (see story/README.md):
// `keepsakes` is what is in her chest, `knowledge` what the story has told the reader so far, and
// `drawer` what the reader has set aside in the Norfolk drawer. Only the game writes `drawer`.

LIST keepsakes = pencil_case, tape, replacement_tape, polo_shirt, animal_drawing, office_advert, empty_frame, boat_postcard, address_slip
LIST knowledge = madame_tears, guardians_afraid
VAR drawer = ()

// The chest's way into a memory: the game plays `recall("mem_…")` in a side flow, so the main story waits
// where it was. Every memory knot must be listed here (the story test checks).
=== recall(memory) ===
{memory:
- "mem_pavilion": -> mem_pavilion ->
- "mem_pencil_case": -> mem_pencil_case ->
- "mem_tape": -> mem_tape ->
- "mem_replacement_tape": -> mem_replacement_tape ->
- "mem_polo_shirt": -> mem_polo_shirt ->
}
-> DONE
