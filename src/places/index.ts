/** One painter per place id. Typed as a full record, so a place in the vocabulary without art fails the build. */
import type { PlaceId } from '../core/vocabulary.ts';
import { paintCarDusk } from './car-dusk.ts';
import { paintHailshamClassroom } from './hailsham-classroom.ts';
import { paintHailshamDorm } from './hailsham-dorm.ts';
import { paintHailshamFields } from './hailsham-fields.ts';
import type { Painter } from './kit.ts';

export const PAINTERS: Readonly<Record<PlaceId, Painter>> = {
  car_dusk: paintCarDusk,
  hailsham_fields: paintHailshamFields,
  hailsham_dorm: paintHailshamDorm,
  hailsham_classroom: paintHailshamClassroom,
};

export { paintChest } from './chest-art.ts';
export { paintFenceAtDusk } from './fence-at-dusk.ts';
export { drawKeepsake, KEEPSAKE_SIZE } from './keepsakes.ts';
export type { Painter, Painting } from './kit.ts';
