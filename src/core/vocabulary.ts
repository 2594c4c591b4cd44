/**
 * The closed sets of names the story may use in its tags. Every id here must have something that renders it:
 * `src/places` keeps a painter per place and `src/audio` a file per ambience, piece of music and sound, all typed
 * as `Record<Id, …>`, so adding an id here without its art or sound fails the type check, and a tag naming an id
 * that is not here fails the ink build.
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

/**
 * One-shot effects, played once when the line tagged `# sound: <id>` is shown (never restored by a load or a step
 * back: they are events, not stage state). Each has a file `sfx_<id>` in assets/audio.
 */
export const SOUNDS = ['cassette', 'chest_lid', 'door', 'gravel', 'page'] as const;
export type SoundId = (typeof SOUNDS)[number];

/**
 * Captions for every sound that carries meaning, for players who cannot hear it (shown with the line when
 * "Captions for sounds" is on). Written as a subtitle would: in square brackets, in the present tense.
 */
export const SOUND_CAPTIONS: Readonly<Record<SoundId, string>> = {
  cassette: '[a cassette clicks into the player; the tape starts to turn]',
  chest_lid: '[a wooden lid creaks open]',
  door: '[an old door unlatches and creaks open]',
  gravel: '[footsteps on gravel]',
  page: '[a page turns]',
};

export const AMBIENCE_CAPTIONS: Readonly<Record<AmbienceId, string>> = {
  car_rain: '[rain on the roof of the car; tyres hiss on a wet road]',
  car_night: '[the car on a motorway at night; traffic passes]',
  summer_field: '[wind in the grass; birds far off]',
  wind: '[wind over open fields]',
  sea: '[waves break on a shingle beach]',
  rain: '[steady rain; a gutter drips]',
  room: '[a quiet room; a clock ticks]',
  classroom: '[a quiet classroom; children play outside]',
  hospital: '[the hum of a recovery centre corridor]',
  town: '[a small seaside town: traffic, footsteps, gulls]',
};

export const MUSIC_CAPTIONS: Readonly<Record<MusicId, string>> = {
  hailsham: '[music: the Hailsham theme, on piano]',
  cottages: '[music: the theme again, higher and thinner]',
  carers: '[music: the theme again, low and slow]',
  song_after_dark: '[music: the song on Kathy’s tape]',
  fence: '[music: a few notes of the theme, far apart]',
};

/** Captions when a channel falls silent. */
export const SILENCE_CAPTIONS = { ambience: '[quiet]', music: '[the music stops]' } as const;

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

/**
 * The people who can stand in the picture, listed left to right by `# cast:`. Each is drawn by
 * `src/places/figures.ts` as a soft figure, recognisable by shape and colour and never by a face; the figures
 * are typed as `Record<CastId, …>`, so an id here without its figure fails the type check. `students` is a loose
 * group of small figures; `donor` is someone propped up in a bed at a centre; `imagined_tommy` is Tommy as Kathy
 * pictures him at the fence, far off across the field and faint, standing apart from the row.
 */
export const CAST = [
  'kathy',
  'ruth',
  'tommy',
  'madame',
  'emily',
  'lucy',
  'geraldine',
  'midge',
  'laura',
  'students',
  'chrissie',
  'rodney',
  'keffers',
  'donor',
  'imagined_tommy',
] as const;
export type CastId = (typeof CAST)[number];

/** How each person in the picture is named in its text alternative ("In the picture: Ruth and Tommy."). */
export const CAST_NAMES: Readonly<Record<CastId, string>> = {
  kathy: 'Kathy',
  ruth: 'Ruth',
  tommy: 'Tommy',
  madame: 'Madame',
  emily: 'Miss Emily',
  lucy: 'Miss Lucy',
  geraldine: 'Miss Geraldine',
  midge: 'Midge',
  laura: 'Laura',
  students: 'other students',
  chrissie: 'Chrissie',
  rodney: 'Rodney',
  keffers: 'Keffers',
  donor: 'a donor in his bed',
  imagined_tommy: 'Tommy far off, as Kathy imagines him',
};

/** "Ruth", "Ruth and Tommy", "Ruth, Tommy and Kathy". */
export function namesInPicture(cast: readonly CastId[]): string | null {
  const names = cast.map((id) => CAST_NAMES[id]);
  const last = names.pop();
  if (last === undefined) return null;
  return names.length > 0 ? `${names.join(', ')} and ${last}` : last;
}

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
