/** One painter per place id. Typed as a full record, so a place in the vocabulary without art fails the build. */
import type { PlaceId } from '../core/vocabulary.ts';
import { paintCarDusk } from './car-dusk.ts';
import { paintHailshamFields } from './hailsham-fields.ts';
import type { Painter } from './kit.ts';

export const PAINTERS: Readonly<Record<PlaceId, Painter>> = {
  car_dusk: paintCarDusk,
  hailsham_fields: paintHailshamFields,
};

export { paintFenceAtDusk } from './fence-at-dusk.ts';
export type { Painter, Painting } from './kit.ts';
