/**
 * Where people stand in each place: the ground line, their height, the row's centre and spacing, who stands near
 * us or is seen from behind, who sits in the car and who is in its mirror. Plain arithmetic, with no drawing in it
 * (its tests run without a browser).
 */
import type { CastId, PlaceId } from '../core/vocabulary.ts';
import { BUILD } from './cast-figures.ts';
import { WIDTH } from './kit.ts';

/** The text panel covers the lower quarter of the picture: feet stand above it. */
export const TEXT_PANEL_TOP = 540;

/** Hailsham's students were children; the guardians were not. */
export const CHILDREN: ReadonlySet<CastId> = new Set([
  'kathy',
  'ruth',
  'tommy',
  'midge',
  'laura',
  'students',
]);
export const HAILSHAM: ReadonlySet<PlaceId> = new Set([
  'hailsham_fields',
  'hailsham_pond',
  'hailsham_house',
  'hailsham_dorm',
  'hailsham_classroom',
]);
/** Imagined, not there: drawn far off and faint, outside the row. */
export const FAR: ReadonlySet<CastId> = new Set(['imagined_tommy']);

/** Where people stand in a place: the ground line of the row, the height of an adult on it, the row's centre. */
export interface Staging {
  readonly ground: number;
  readonly height: number;
  readonly centre: number;
  readonly spacing: number;
  /** Where someone far off would stand (the imagined figure at the fence). */
  readonly far: { readonly x: number; readonly ground: number; readonly height: number };
  /**
   * Seen from the driver's seat: the first person listed sits beside the driver, a dark shape against the
   * windscreen cut off by the dashboard; anyone else is in the back, seen in the rear-view mirror.
   */
  readonly inCar?: boolean;
  /** Everyone in the row is seen from behind, looking where we look. */
  readonly fromBehind?: boolean;
  /**
   * The row stands near us, feet below the text panel's top edge (hidden under it): where the ground they must
   * stand on to be where the story puts them (at the wire, say) lies that low in the picture.
   */
  readonly near?: boolean;
}

const DEFAULT_STAGING: Staging = {
  ground: 525,
  height: 176,
  centre: 640,
  spacing: 150,
  far: { x: 780, ground: 430, height: 24 },
};

/** Per place, where the row stands so it sits on the ground and clear of what the painter put in the middle. */
const STAGING: Partial<Record<PlaceId, Partial<Staging>>> = {
  car: { inCar: true },
  // Left of the pavilion, on the near grass.
  hailsham_fields: { centre: 450, spacing: 150 },
  // On the path beside the bench (not in front of it), the water behind.
  hailsham_pond: { centre: 1060, ground: 540, spacing: 130, height: 172 },
  hailsham_house: { centre: 640, ground: 530 },
  hailsham_dorm: { centre: 600, ground: 530, spacing: 190 },
  // By the map and the front desks.
  hailsham_classroom: { centre: 470, ground: 532, spacing: 200 },
  cottages_yard: { centre: 660, ground: 528 },
  // In front of the table, nearer us than it is: standing behind it, they would seem to stand on it.
  cottages_kitchen: { centre: 640, ground: 556, spacing: 200, height: 250, near: true },
  bus_shelter: { centre: 960, ground: 526, spacing: 120, height: 170 },
  cromer_street: { centre: 470, ground: 530, spacing: 140 },
  // On the near pavement, looking across at the glass.
  cromer_office: { centre: 640, ground: 536, spacing: 170, height: 184, fromBehind: true },
  cromer_gallery: { centre: 470, ground: 530, spacing: 160 },
  cromer_shop: { centre: 620, ground: 532, spacing: 180 },
  cromer_front: { centre: 560, ground: 526, spacing: 150 },
  service_station: { centre: 900, ground: 528, spacing: 140 },
  centre_dover: { centre: 700, ground: 530, spacing: 170 },
  centre_kingsfield: { centre: 640, ground: 530, spacing: 170 },
  // At the edge of the wood, looking out at the boat.
  marsh_boat: { centre: 330, ground: 526, spacing: 140, height: 166 },
  littlehampton: { centre: 520, ground: 530, spacing: 150 },
  madame_room: { centre: 600, ground: 530, spacing: 165 },
  // Out in the field, in the dark, further off.
  dark_field: { centre: 640, ground: 505, spacing: 120, height: 150 },
  // At the wire; the imagined figure far out where the furrows meet the sky.
  // At the wire itself, in the long grass this side of it, near us: the field runs away beyond.
  norfolk_fence: {
    centre: 330,
    ground: 660,
    height: 330,
    spacing: 230,
    near: true,
    fromBehind: true,
    far: { x: 820, ground: 440, height: 26 },
  },
};

/** In the car: where the passenger beside the driver sits, and the rear-view mirror's glass. */
const CAR = {
  passenger: { x: 260, ground: 836, height: 480, clip: 548 },
  mirror: { left: 562, right: 722, ground: 196, height: 134, clip: 89 },
} as const;

export function stagingOf(place: PlaceId): Staging {
  return { ...DEFAULT_STAGING, ...STAGING[place] };
}

export interface Placement {
  readonly id: CastId;
  /** Where the feet are (the centre of the slot). */
  readonly x: number;
  readonly ground: number;
  /** The height in pixels of a standing adult at this spot. */
  readonly height: number;
  readonly far: boolean;
  /** Nothing of the figure is drawn below this line (a dashboard, a mirror's frame). */
  readonly clip?: number;
  /** Seen from behind. */
  readonly back?: boolean;
}

/**
 * The layout rule: the row is centred on the place's centre, each person given their width of the row, in the
 * order listed, left to right, a little closer together when there are three or four; every other one stands a
 * step further back (higher, a little smaller), so a row of people does not look like a queue, and nobody's feet
 * come nearer than the place's ground line. Anyone imagined stands far off, on their own.
 */
export function layoutCast(cast: readonly CastId[], place: PlaceId): Placement[] {
  const staging = stagingOf(place);
  if (staging.inCar) return layoutInCar(cast);
  const row = cast.filter((id) => !FAR.has(id));
  const total = row.reduce((sum, id) => sum + BUILD[id].width, 0);
  const spacing = staging.spacing * (row.length > 2 ? 0.88 : 1);
  // A long row is moved in from the edge it would run off, so everyone stays whole in the picture.
  const margin = staging.height * 0.35;
  const width = total * spacing;
  const centre = Math.min(Math.max(staging.centre, margin + width / 2), WIDTH - margin - width / 2);
  let cursor = centre - width / 2;
  const back = staging.fromBehind ?? false;
  const placements: Placement[] = row.map((id, i) => {
    const width = BUILD[id].width * spacing;
    const x = cursor + width / 2;
    cursor += width;
    const step = i % 2;
    const ground = (staging.near ? staging.ground : Math.min(staging.ground, TEXT_PANEL_TOP)) - step * 9;
    const height = staging.height * (1 - step * 0.04);
    return { id, x, ground, height, far: false, back };
  });
  for (const id of cast.filter((id) => FAR.has(id))) {
    placements.push({
      id,
      x: staging.far.x,
      ground: staging.far.ground,
      height: staging.far.height,
      far: true,
    });
  }
  return placements;
}

function layoutInCar(cast: readonly CastId[]): Placement[] {
  const { passenger, mirror } = CAR;
  const behind = cast.length - 1;
  return cast.map((id, i) => {
    if (i === 0) {
      const { x, ground, height, clip } = passenger;
      return { id, x, ground, height, far: false, clip, back: true };
    }
    const x = mirror.left + ((mirror.right - mirror.left) * (i - 0.5)) / behind;
    return { id, x, ground: mirror.ground, height: mirror.height, far: false, clip: mirror.clip };
  });
}
