/** One painter per place id. Typed as a full record, so a place in the vocabulary without art fails the build. */
import type { PlaceId } from '../core/vocabulary.ts';
import { paintCar } from './car.ts';
import { paintHailshamClassroom } from './hailsham-classroom.ts';
import { paintHailshamDorm } from './hailsham-dorm.ts';
import { paintHailshamFields } from './hailsham-fields.ts';
import { paintInterim } from './interim.ts';
import type { Painter } from './kit.ts';

export const PAINTERS: Readonly<Record<PlaceId, Painter>> = {
  // Until their own painters arrive (see interim.ts).
  hailsham_pond: paintInterim,
  hailsham_house: paintInterim,
  cottages_yard: paintInterim,
  cottages_kitchen: paintInterim,
  bus_shelter: paintInterim,
  cromer_street: paintInterim,
  cromer_office: paintInterim,
  cromer_gallery: paintInterim,
  cromer_shop: paintInterim,
  cromer_front: paintInterim,
  service_station: paintInterim,
  centre_dover: paintInterim,
  centre_kingsfield: paintInterim,
  marsh_boat: paintInterim,
  littlehampton: paintInterim,
  madame_room: paintInterim,
  dark_field: paintInterim,
  norfolk_fence: paintInterim,
  car: paintCar,
  hailsham_fields: paintHailshamFields,
  hailsham_dorm: paintHailshamDorm,
  hailsham_classroom: paintHailshamClassroom,
};

export { paintChest } from './chest-art.ts';
export { paintFenceAtDusk } from './fence-at-dusk.ts';
export { drawKeepsake, KEEPSAKE_SIZE } from './keepsakes.ts';
export type { Painter, Painting } from './kit.ts';
