#!/usr/bin/env node
/**
 * Generates the ambience loops in this folder, from nothing but arithmetic: every sound is synthesised here, with
 * a seeded PRNG, so each run writes the same PCM. Each bed is rendered as 48 kHz stereo, written as a temporary
 * 16-bit WAV, and encoded by ffmpeg to `<id>.webm` (Opus) and `<id>.mp3` (LAME VBR) beside this file.
 *
 * Seamless looping is built in rather than trimmed afterwards:
 * - noise layers are rendered longer than the loop and their tail is crossfaded into their head with an
 *   equal-power curve (the two ends are independent noise, so the power stays constant through the fade);
 * - every slow modulation (LFO) and every steady tone has a whole number of cycles in the loop, so it is
 *   periodic and is added after the crossfade;
 * - discrete events (raindrops, birdsong, ticks, steps, passing cars) are written into a circular buffer,
 *   wrapping past the end, and the filters and reverb that follow them run circularly (primed on the buffer's
 *   end before filtering its start).
 *
 * The beds themselves are in beds-*.mjs; the shared DSP in dsp.mjs and synth.mjs; the output in encode.mjs.
 *
 * Usage: node assets/audio/make-ambience.mjs [--wav-dir DIR] [--verbose] [--only ID[,ID...]]
 *   --wav-dir DIR  also keep the rendered WAVs in DIR (they are not committed)
 *   --verbose      print the level of each layer before mixing
 *   --only IDS     render only these beds (comma-separated)
 * Needs ffmpeg (with libopus and libmp3lame) on PATH.
 */
import { rain, sea, town } from './beds-coast.mjs';
import { carRain, summerField } from './beds-first.mjs';
import { classroom, hospital, room } from './beds-indoor.mjs';
import { carNight, wind } from './beds-travel.mjs';
import { writeSounds } from './encode.mjs';

/** Every bed is scaled to this RMS (dBFS, over both channels) and must peak below the ceiling. */
const TARGET_RMS_DB = -26;
const PEAK_CEILING_DB = -3;

/**
 * The first two beds keep the settings they were made with (so their files stay byte-identical). The later ones
 * use a 24 kHz MP3 fallback (every bed is low-passed well below 12 kHz anyway) at a lower LAME quality, which keeps
 * the folder small; their Opus rate stays high enough (52 kb/s) that Opus keeps the level and width of these wide,
 * noisy beds (at 44 kb/s it dropped them by 1-2 dB).
 */
const LATER = { opus: '52k', mp3: '7', mp3Rate: 24000 };

const BEDS = [
  { id: 'car_rain', seconds: 16, seed: 0x0ca7a1, render: carRain },
  { id: 'summer_field', seconds: 18, seed: 0x5e1d, render: summerField },
  { id: 'car_night', seconds: 20, seed: 0xca7e, render: carNight, ...LATER },
  { id: 'wind', seconds: 20, seed: 0x3171d, render: wind, ...LATER },
  { id: 'sea', seconds: 24, seed: 0x5ea, render: sea, ...LATER },
  { id: 'rain', seconds: 20, seed: 0x4a1, render: rain, ...LATER },
  { id: 'town', seconds: 20, seed: 0x7043, render: town, ...LATER },
  { id: 'room', seconds: 16, seed: 0x4003, render: room, ...LATER },
  { id: 'classroom', seconds: 20, seed: 0xc1a55, render: classroom, ...LATER },
  { id: 'hospital', seconds: 20, seed: 0x4057, render: hospital, ...LATER },
];

writeSounds('make-ambience', BEDS, {
  level: { rmsDb: TARGET_RMS_DB },
  ceilingDb: PEAK_CEILING_DB,
  opus: '56k',
  mp3: '5',
});
