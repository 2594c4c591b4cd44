/** One painter per place id. Typed as a full record, so a place in the vocabulary without art fails the build. */
import type { PlaceId } from '../core/vocabulary.ts';
import { paintBusShelter } from './bus-shelter.ts';
import { paintCar } from './car.ts';
import { paintCentreDover } from './centre-dover.ts';
import { paintCentreKingsfield } from './centre-kingsfield.ts';
import { paintCottagesKitchen } from './cottages-kitchen.ts';
import { paintCottagesYard } from './cottages-yard.ts';
import { paintCromerFront } from './cromer-front.ts';
import { paintCromerGallery } from './cromer-gallery.ts';
import { paintCromerOffice } from './cromer-office.ts';
import { paintCromerShop } from './cromer-shop.ts';
import { paintCromerStreet } from './cromer-street.ts';
import { paintDarkField } from './dark-field.ts';
import { paintHailshamClassroom } from './hailsham-classroom.ts';
import { paintHailshamDorm } from './hailsham-dorm.ts';
import { paintHailshamFields } from './hailsham-fields.ts';
import { paintHailshamHouse } from './hailsham-house.ts';
import { paintHailshamPond } from './hailsham-pond.ts';
import type { Painter } from './kit.ts';
import { paintLittlehampton } from './littlehampton.ts';
import { paintMadameRoom } from './madame-room.ts';
import { paintMarshBoat } from './marsh-boat.ts';
import { paintNorfolkFence } from './norfolk-fence.ts';
import { paintServiceStation } from './service-station.ts';

export const PAINTERS: Readonly<Record<PlaceId, Painter>> = {
  car: paintCar,
  hailsham_fields: paintHailshamFields,
  hailsham_pond: paintHailshamPond,
  hailsham_house: paintHailshamHouse,
  hailsham_dorm: paintHailshamDorm,
  hailsham_classroom: paintHailshamClassroom,
  cottages_yard: paintCottagesYard,
  cottages_kitchen: paintCottagesKitchen,
  bus_shelter: paintBusShelter,
  cromer_street: paintCromerStreet,
  cromer_office: paintCromerOffice,
  cromer_gallery: paintCromerGallery,
  cromer_shop: paintCromerShop,
  cromer_front: paintCromerFront,
  service_station: paintServiceStation,
  centre_dover: paintCentreDover,
  centre_kingsfield: paintCentreKingsfield,
  marsh_boat: paintMarshBoat,
  littlehampton: paintLittlehampton,
  madame_room: paintMadameRoom,
  dark_field: paintDarkField,
  norfolk_fence: paintNorfolkFence,
};

export { CHEST_KEEPSAKE_SCALE, paintChest } from './chest-art.ts';
export { drawKeepsake, KEEPSAKE_SIZE } from './keepsakes.ts';
export type { Painter, Painting } from './kit.ts';
