/**
 * The closed sets of names the story may use in its tags. Every id here must have something that renders it:
 * `src/places` keeps a painter per place and `src/audio` a file per ambience, both typed as `Record<Id, …>`, so
 * adding an id here without its art or sound fails the type check, and a tag naming an id that is not here fails
 * the ink build.
 */

export const PLACES = [
  'car',
  'hailsham_fields',
  'hailsham_pond',
  'hailsham_house',
  'hailsham_dorm',
  'hailsham_classroom',
  'cottages_yard',
  'cottages_kitchen',
  'bus_shelter',
  'cromer_street',
  'cromer_office',
  'cromer_gallery',
  'cromer_shop',
  'cromer_front',
  'service_station',
  'centre_dover',
  'centre_kingsfield',
  'marsh_boat',
  'littlehampton',
  'madame_room',
  'dark_field',
  'norfolk_fence',
] as const;
export type PlaceId = (typeof PLACES)[number];

/** How a place is named to the player: the caption over the picture and its text alternative. */
export const PLACE_NAMES: Readonly<Record<PlaceId, string>> = {
  car: 'The car, on the road',
  hailsham_fields: 'Hailsham: the playing fields and the pavilion',
  hailsham_pond: 'Hailsham: the pond',
  hailsham_house: 'Hailsham: the main house',
  hailsham_dorm: 'Hailsham: a dormitory',
  hailsham_classroom: 'Hailsham: a classroom',
  cottages_yard: 'The Cottages: the farmyard',
  cottages_kitchen: 'The Cottages: the kitchen',
  bus_shelter: 'A bus shelter by the Cottages',
  cromer_street: 'Cromer: the high street',
  cromer_office: 'Cromer: the glass office',
  cromer_gallery: 'Cromer: a small gallery',
  cromer_shop: 'Cromer: a second-hand shop',
  cromer_front: 'Cromer: the sea front',
  service_station: 'A motorway service station',
  centre_dover: 'The recovery centre in Dover',
  centre_kingsfield: 'The Kingsfield recovery centre',
  marsh_boat: 'The marsh, and the stranded boat',
  littlehampton: 'Littlehampton',
  madame_room: "Madame's front room",
  dark_field: 'A dark field by the road',
  norfolk_fence: 'A fence in Norfolk, by a ploughed field',
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

export const AMBIENCES = [
  'car_rain',
  'car_night',
  'summer_field',
  'wind',
  'sea',
  'rain',
  'room',
  'classroom',
  'hospital',
  'town',
] as const;
export type AmbienceId = (typeof AMBIENCES)[number];

/** Music: a spare motif with a variation for each part, the song on Kathy's tape, and the fence. */
export const MUSIC = ['hailsham', 'cottages', 'carers', 'song_after_dark', 'fence'] as const;
export type MusicId = (typeof MUSIC)[number];

/** Speakers and the name shown for them. Kathy narrates untagged lines; a tag marks spoken lines only. */
export const SPEAKERS = {
  kathy: 'Kathy',
  ruth: 'Ruth',
  tommy: 'Tommy',
  donor: 'The donor',
  lucy: 'Miss Lucy',
  emily: 'Miss Emily',
  madame: 'Madame',
  geraldine: 'Miss Geraldine',
  midge: 'Midge',
  laura: 'Laura',
  chrissie: 'Chrissie',
  rodney: 'Rodney',
  keffers: 'Keffers',
  girl: 'One of the girls',
  boy: 'One of the boys',
  nurse: 'A nurse',
} as const;
export type SpeakerId = keyof typeof SPEAKERS;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
