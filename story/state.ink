// What Kathy holds, knows, has set aside and has felt. The game reads these by name (story/README.md).
//
// - `keepsakes` is what is in her chest: the story adds each object when it first matters.
// - `knowledge` is what the story has told the reader so far; a memory that `depends` on an item reads
//   differently once the reader has it.
// - `drawer` is what the reader has set aside in the Norfolk drawer. Only the game writes it.
// - The stance LISTs below belong to the three named beats; the epilogue and later scenes read them. Each
//   part declares its other stance LISTs in its own file. Item names are unique across the whole story.

LIST keepsakes = pencil_case, tape, replacement_tape, polo_shirt, animal_drawing, office_advert, empty_frame, boat_postcard, address_slip

LIST knowledge = lucy_truth, hailsham_closed, ruth_apology, no_deferrals, gallery_truth, guardians_afraid, lucy_let_go, madame_tears, the_field

VAR drawer = ()

// The prologue: how Kathy tells Hailsham to the donor who asked.
LIST telling = everything, best_of_it, kept_back

// Beat A, the pencil case: why Kathy catches Ruth out; what Ruth's face shows; why Kathy covers for her.
LIST pencil_why = the_truth, envy, to_be_needed
LIST ruth_face = her_shame, her_fear, her_anger
LIST covering_why = from_guilt, from_kindness, for_the_secret

// Beat B, the Norfolk trip: what Ruth sees through the office window; Kathy's silent answer to the outburst;
// what the found tape means; what Kathy makes of Tommy's theory.
LIST window_seen = saw_a_future, saw_a_stranger, saw_a_mirror
LIST outburst_felt = angry_at_ruth, pity_for_ruth, saw_herself
LIST found_tape_meant = just_chance, myth_came_true, tommys_gift
LIST theory_held = believed_it, doubted_it, wanted_to_believe

// Beat C, the visit to Madame: what Kathy sees in Madame's face; what she lets herself feel at "no
// deferrals"; in the field, whether she holds on or lets go.
LIST madame_face = madame_afraid, madame_pitying, madame_both
LIST no_deferrals_felt = felt_anger, felt_numb, felt_for_tommy
LIST field_embrace = holding_on, letting_go

// The chest's way into a memory: the game plays `recall("mem_…")` in a side flow, so the main story waits
// where it was. Every memory knot must be listed here (the story test checks).
=== recall(memory) ===
{memory:
- "mem_polo_shirt": -> mem_polo_shirt ->
- "mem_secret_guard": -> mem_secret_guard ->
- "mem_pencil_case": -> mem_pencil_case ->
- "mem_tape": -> mem_tape ->
- "mem_replacement_tape": -> mem_replacement_tape ->
- "mem_pond": -> mem_pond ->
- "mem_pavilion": -> mem_pavilion ->
- "mem_lucy_rain": -> mem_lucy_rain ->
- "mem_office": -> mem_office ->
- "mem_possible": -> mem_possible ->
- "mem_animals": -> mem_animals ->
- "mem_boat": -> mem_boat ->
- "mem_address": -> mem_address ->
}
-> DONE
