/**
 * The sound files, imported so a missing file fails the build. WebM/Opus first, MP3 for browsers without it:
 * Howler plays the first it can. Typed as a full record, so an ambience id without a file fails the type check.
 */
import carRainMp3 from '../../assets/audio/car_rain.mp3';
import carRainWebm from '../../assets/audio/car_rain.webm';
import summerFieldMp3 from '../../assets/audio/summer_field.mp3';
import summerFieldWebm from '../../assets/audio/summer_field.webm';
import type { AmbienceSources } from './Soundscape.ts';

export const AMBIENCE_SOURCES: AmbienceSources = {
  car_rain: [carRainWebm, carRainMp3],
  summer_field: [summerFieldWebm, summerFieldMp3],
};
