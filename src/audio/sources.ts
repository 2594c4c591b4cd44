/**
 * The sound files, imported so a missing file fails the build. WebM/Opus first, MP3 for browsers without it:
 * Howler plays the first it can. Typed as full records, so an ambience, music or sound id without a file fails
 * the type check. Importing gives only each file's address: nothing is fetched until the Soundscape first asks
 * for that sound. Every file is original, synthesised by the scripts in assets/audio/.
 */

import carNightMp3 from '../../assets/audio/car_night.mp3';
import carNightWebm from '../../assets/audio/car_night.webm';
import carRainMp3 from '../../assets/audio/car_rain.mp3';
import carRainWebm from '../../assets/audio/car_rain.webm';
import classroomMp3 from '../../assets/audio/classroom.mp3';
import classroomWebm from '../../assets/audio/classroom.webm';
import hospitalMp3 from '../../assets/audio/hospital.mp3';
import hospitalWebm from '../../assets/audio/hospital.webm';
import musicCarersMp3 from '../../assets/audio/music_carers.mp3';
import musicCarersWebm from '../../assets/audio/music_carers.webm';
import musicCottagesMp3 from '../../assets/audio/music_cottages.mp3';
import musicCottagesWebm from '../../assets/audio/music_cottages.webm';
import musicFenceMp3 from '../../assets/audio/music_fence.mp3';
import musicFenceWebm from '../../assets/audio/music_fence.webm';
import musicHailshamMp3 from '../../assets/audio/music_hailsham.mp3';
import musicHailshamWebm from '../../assets/audio/music_hailsham.webm';
import musicSongAfterDarkMp3 from '../../assets/audio/music_song_after_dark.mp3';
import musicSongAfterDarkWebm from '../../assets/audio/music_song_after_dark.webm';
import rainMp3 from '../../assets/audio/rain.mp3';
import rainWebm from '../../assets/audio/rain.webm';
import roomMp3 from '../../assets/audio/room.mp3';
import roomWebm from '../../assets/audio/room.webm';
import seaMp3 from '../../assets/audio/sea.mp3';
import seaWebm from '../../assets/audio/sea.webm';
import sfxCassetteMp3 from '../../assets/audio/sfx_cassette.mp3';
import sfxCassetteWebm from '../../assets/audio/sfx_cassette.webm';
import sfxChestLidMp3 from '../../assets/audio/sfx_chest_lid.mp3';
import sfxChestLidWebm from '../../assets/audio/sfx_chest_lid.webm';
import sfxDoorMp3 from '../../assets/audio/sfx_door.mp3';
import sfxDoorWebm from '../../assets/audio/sfx_door.webm';
import sfxGravelMp3 from '../../assets/audio/sfx_gravel.mp3';
import sfxGravelWebm from '../../assets/audio/sfx_gravel.webm';
import sfxPageMp3 from '../../assets/audio/sfx_page.mp3';
import sfxPageWebm from '../../assets/audio/sfx_page.webm';
import summerFieldMp3 from '../../assets/audio/summer_field.mp3';
import summerFieldWebm from '../../assets/audio/summer_field.webm';
import townMp3 from '../../assets/audio/town.mp3';
import townWebm from '../../assets/audio/town.webm';
import windMp3 from '../../assets/audio/wind.mp3';
import windWebm from '../../assets/audio/wind.webm';
import type { AmbienceSources, EffectSources, MusicSources } from './Soundscape.ts';

export const AMBIENCE_SOURCES: AmbienceSources = {
  car_rain: [carRainWebm, carRainMp3],
  car_night: [carNightWebm, carNightMp3],
  summer_field: [summerFieldWebm, summerFieldMp3],
  wind: [windWebm, windMp3],
  sea: [seaWebm, seaMp3],
  rain: [rainWebm, rainMp3],
  room: [roomWebm, roomMp3],
  classroom: [classroomWebm, classroomMp3],
  hospital: [hospitalWebm, hospitalMp3],
  town: [townWebm, townMp3],
};

export const MUSIC_SOURCES: MusicSources = {
  hailsham: [musicHailshamWebm, musicHailshamMp3],
  cottages: [musicCottagesWebm, musicCottagesMp3],
  carers: [musicCarersWebm, musicCarersMp3],
  song_after_dark: [musicSongAfterDarkWebm, musicSongAfterDarkMp3],
  fence: [musicFenceWebm, musicFenceMp3],
};

export const EFFECT_SOURCES: EffectSources = {
  cassette: [sfxCassetteWebm, sfxCassetteMp3],
  chest_lid: [sfxChestLidWebm, sfxChestLidMp3],
  door: [sfxDoorWebm, sfxDoorMp3],
  gravel: [sfxGravelWebm, sfxGravelMp3],
  page: [sfxPageWebm, sfxPageMp3],
};
