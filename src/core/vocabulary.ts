/**
 * The closed sets of names the story may use in its tags. Every id here must have something that renders it:
 * `src/places` keeps a painter per place and `src/audio` a file per ambience, both typed as `Record<Id, …>`, so
 * adding an id here without its art or sound fails the type check, and a tag naming an id that is not here fails
 * the ink build.
 */

export const PLACES = ['car_dusk', 'hailsham_fields', 'hailsham_dorm', 'hailsham_classroom'] as const;
export type PlaceId = (typeof PLACES)[number];

/** How a place is named to the player: the caption over the picture and its text alternative. */
export const PLACE_NAMES: Readonly<Record<PlaceId, string>> = {
  car_dusk: 'The car, on a wet road',
  hailsham_fields: 'Hailsham: the playing fields and the pavilion',
  hailsham_dorm: 'Hailsham: a dormitory',
  hailsham_classroom: 'Hailsham: a classroom',
};

/**
 * The objects in Kathy's collection chest. The ink LIST `keepsakes` has exactly these items (the story test
 * checks); the set it holds is what Kathy has been given so far. Each is drawn by `src/places/keepsakes.ts`.
 */
export const KEEPSAKES = [
  'pencil_case',
  'tape',
  'replacement_tape',
  'polo_shirt',
  'animal_drawing',
  'office_advert',
  'empty_frame',
  'boat_postcard',
  'address_slip',
] as const;
export type KeepsakeId = (typeof KEEPSAKES)[number];

/** What each keepsake is called in the chest, before its memory is opened (never a spoiler). */
export const KEEPSAKE_NAMES: Readonly<Record<KeepsakeId, string>> = {
  pencil_case: 'A pencil case with studs',
  tape: 'A cassette: Songs After Dark',
  replacement_tape: 'A different tape, a present',
  polo_shirt: 'A pale blue polo shirt',
  animal_drawing: 'A drawing of a small strange animal',
  office_advert: 'A page torn from a magazine',
  empty_frame: 'A frame with no photograph',
  boat_postcard: 'A postcard of a stranded boat',
  address_slip: 'A slip of paper with an address',
};

/** Present is the cool, sharp drive; memory is warm, soft and fading at the edges. */
export const REGISTERS = ['present', 'memory'] as const;
export type Register = (typeof REGISTERS)[number];

export const LIGHTS = ['day', 'golden', 'dusk', 'night'] as const;
export type Light = (typeof LIGHTS)[number];

export const WEATHERS = ['clear', 'rain', 'wind', 'fog'] as const;
export type Weather = (typeof WEATHERS)[number];

export const AMBIENCES = ['car_rain', 'summer_field'] as const;
export type AmbienceId = (typeof AMBIENCES)[number];

/** Speakers and the name shown for them. Kathy narrates untagged lines; a tag marks spoken lines only. */
export const SPEAKERS = {
  kathy: 'Kathy',
  ruth: 'Ruth',
  tommy: 'Tommy',
  donor: 'The donor',
} as const;
export type SpeakerId = keyof typeof SPEAKERS;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
