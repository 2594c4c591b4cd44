#!/usr/bin/env node
/**
 * Generates the music loops in this folder, `music_<id>.webm` (Opus) and `.mp3`: five short pieces on one motif,
 * played by the synthetic instruments in instruments.mjs (a soft felt piano, a reed-like singing line, a pad and a
 * drone). Everything is composed here, in the scores below, and rendered with a seeded PRNG, so each run writes
 * the same PCM.
 *
 * The motif: F#-A-B, F#-E (in D major, over Gmaj7 and D/F#): up a third, up a step, down a fourth, down a step,
 * ending on the unresolved second. Each piece is a whole number of bars; notes are written into a circular buffer
 * (whatever still rings at the end wraps round into the start) and the reverb runs circularly, so the loop has no
 * seam. The last bars are kept quiet, so the wrapped tail under the first bar is faint.
 *
 * Usage: node assets/audio/make-music.mjs [--wav-dir DIR [--layers]] [--verbose] [--only ID[,ID...]]
 */
import { filterCircular, levelTo, mixLayers, rmsDb, SR, stereo } from './dsp.mjs';
import { writeSounds } from './encode.mjs';
import { loopDrone, padChord, pianoNote, reedLine } from './instruments.mjs';
import { pan, placeStereo, reverb } from './synth.mjs';

/** 'F#4' -> 66. */
function midi(name) {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad note ${name}`);
  const base = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 }[m[1]];
  return 12 * (Number(m[3]) + 1) + base + (m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0);
}

/** Notes as [bar (from 1), beat (from 0), beats, name, velocity]. */
const notes = (list, vel) =>
  list.map(([bar, beat, dur, name, v]) => ({ bar: bar - 1, beat, dur, midi: midi(name), vel: v ?? vel }));

/** A left hand: for each bar, the notes of a broken chord, one on each of the given beats. */
function brokenChords(chords, beats, vel) {
  const out = [];
  chords.forEach((chord, k) => {
    if (!chord) return;
    chord.split(' ').forEach((name, i) => {
      out.push({
        bar: k,
        beat: beats[i],
        dur: 4 - beats[i],
        midi: midi(name),
        vel: vel * (i === 0 ? 1.1 : 1),
      });
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The scores.

const HAILSHAM = {
  // Part One: the motif in D major, in the middle of the piano, unhurried; warm.
  bpm: 60,
  bars: 16,
  bright: 0.3,
  room: { size: 1.2, seconds: 2.8, damp: 0.45, wet: -7 },
  piano: [
    ...brokenChords(
      [
        'G2 D3 B3',
        'F#2 D3 A3',
        'E2 B2 G3',
        'A2 E3 D4',
        'G2 D3 B3',
        'B2 F#3 D4',
        'E2 B2 G3',
        'A2 E3 G3',
        'B2 F#3 A3',
        'G2 D3 F#3',
        'F#2 D3 A3',
        'E2 B2 G3',
        'G2 D3 B3',
        'F#2 D3 A3',
        'E2 B2 G3',
        'A2 E3 D4',
      ],
      [0, 1, 2],
      0.34,
    ),
    ...notes([[4, 3, 1, 'C#4', 0.3]], 0.3),
    ...notes(
      [
        [1, 0, 1, 'F#4'],
        [1, 1, 1, 'A4'],
        [1, 2, 2, 'B4'],
        [2, 0, 1.5, 'F#4'],
        [2, 1.5, 2.5, 'E4'],
        [3, 2, 1, 'G4', 0.42],
        [3, 3, 1, 'F#4', 0.4],
        [4, 1, 3, 'E4', 0.36],
        [5, 0, 1, 'F#4'],
        [5, 1, 1, 'A4'],
        [5, 2, 2, 'B4'],
        [6, 0, 1.5, 'D5'],
        [6, 1.5, 1, 'C#5'],
        [6, 2.5, 1.5, 'B4'],
        [7, 0, 1.5, 'G4'],
        [7, 1.5, 2.5, 'F#4'],
        [8, 0, 3, 'E4', 0.42],
        [9, 0, 2, 'F#5', 0.38],
        [9, 2, 2, 'D5', 0.38],
        [10, 0, 4, 'B4', 0.42],
        [11, 0, 2, 'A4', 0.45],
        [11, 2, 2, 'F#4', 0.42],
        [13, 0, 1, 'F#4'],
        [13, 1, 1, 'A4'],
        [13, 2, 2, 'B4'],
        [14, 0, 1.5, 'F#4'],
        [14, 1.5, 2.5, 'E4'],
        [15, 1, 1, 'G4', 0.42],
        [15, 2, 1, 'F#4', 0.4],
        [15, 3, 1, 'E4', 0.38],
      ],
      0.5,
    ),
  ],
};

const COTTAGES = {
  // Part Two: the motif in E minor, higher and thinner (open fifths, no thirds in the left hand), slower, with
  // more room around it; it stops short, and the missing note comes late.
  bpm: 52.5,
  bars: 14,
  bright: 0.42,
  room: { size: 1.45, seconds: 3.6, damp: 0.35, wet: -4.5 },
  piano: [
    ...brokenChords(
      [
        'C3 G3 B3',
        'E2 B2 F#3',
        'A2 E3 G3',
        'B2 F#3 E4',
        'C3 G3 B3',
        'B2 D3 G3',
        'A2 E3 B3',
        'E2 B2 G3',
        'C3 G3 B3',
        'E2 B2',
        'A2 E3 G3',
        'B2 F#3 E4',
        'C3 G3 B3',
        'E2 B2',
      ],
      [0, 0.5, 2],
      0.3,
    ),
    ...notes(
      [
        [1, 0, 1, 'B4'],
        [1, 1, 1, 'D5'],
        [2, 2.25, 1.75, 'E5', 0.4],
        [3, 0, 1.5, 'B4'],
        [3, 1.5, 2.5, 'A4'],
        [5, 0, 1, 'B4'],
        [5, 1, 1, 'D5'],
        [5, 2, 2, 'E5'],
        [6, 0.5, 1.5, 'B4', 0.4],
        [6, 2, 2, 'A4', 0.38],
        [7, 0, 2, 'C5'],
        [7, 2, 2, 'B4'],
        [8, 1, 3, 'G4', 0.34],
        [9, 0, 3, 'F#5', 0.34],
        [11, 0, 1, 'B4'],
        [11, 1, 1, 'D5'],
        [12, 2.5, 1.5, 'E5', 0.38],
        [13, 0, 1.5, 'B4', 0.4],
        [13, 1.5, 2.5, 'A4', 0.36],
      ],
      0.44,
    ),
  ],
};

const CARERS = {
  // Part Three: the motif an octave lower and slower still; the pedal held over two bars at a time, so notes
  // ring on into long silences.
  bpm: 48,
  bars: 16,
  bright: 0.22,
  pedalBars: 2,
  room: { size: 1.3, seconds: 3.4, damp: 0.5, wet: -5.5 },
  piano: notes(
    [
      [1, 0, 8, 'G1', 0.36],
      [1, 0.5, 7.5, 'D2', 0.3],
      [1, 1, 1, 'F#3'],
      [1, 2, 1, 'A3'],
      [1, 3, 1, 'B3'],
      [2, 0, 4, 'F#2', 0.3],
      [2, 0, 1.5, 'F#3'],
      [2, 2, 2, 'E3'],
      [3, 0, 8, 'E2', 0.28],
      [5, 0, 8, 'B1', 0.34],
      [5, 0.5, 7.5, 'F#2', 0.28],
      [5, 1, 1, 'A3'],
      [5, 2, 1, 'B3'],
      [5, 3, 1, 'D4'],
      [6, 1, 3, 'F#3', 0.38],
      [7, 0, 8, 'A1', 0.3],
      [9, 0, 8, 'E2', 0.32],
      [9, 0.5, 7.5, 'B2', 0.26],
      [9, 1, 1, 'F#3'],
      [9, 2, 1, 'A3'],
      [9, 3, 1, 'B3'],
      [11, 0, 8, 'G1', 0.34],
      [11, 0.5, 7.5, 'D2', 0.28],
      [11, 0, 2, 'F#3'],
      [11, 2, 2, 'E3'],
      [12, 0, 4, 'D2', 0.3],
      [12, 2, 2, 'F#3', 0.3],
      [13, 0, 8, 'B1', 0.32],
      [13, 0.5, 7.5, 'F#2', 0.26],
      [13, 1, 7, 'E3', 0.26],
      [14, 1, 1, 'A3', 0.36],
      [14, 2, 2, 'B3', 0.34],
      [15, 2, 8, 'D2', 0.24],
    ],
    0.42,
  ),
};

/** Song After Dark: chords as [bar, beat, 'bass voicing...'] (the first note is the bass), and the tune. */
const SONG_CHORDS = [
  [1, 0, 'F2 F3 A3 E4 G4'],
  [2, 0, 'D2 D3 F3 C4 E4'],
  [3, 0, 'G2 F3 Bb3 D4 A4'],
  [4, 0, 'C2 Bb3 D4 F4'],
  [4, 2, 'C2 Bb3 Db4 E4'],
  [5, 0, 'A2 G3 C4 E4'],
  [6, 0, 'D2 F#3 C4 Eb4'],
  [7, 0, 'G2 F3 Bb3 D4 A4'],
  [8, 0, 'Bb1 Db4 F4 G4'],
  [8, 2, 'C2 Bb3 F4'],
  [9, 0, 'F2 F3 A3 E4 G4'],
  [10, 0, 'A2 G3 C#4 F4'],
  [11, 0, 'D2 F3 C4 E4'],
  [12, 0, 'Bb1 A3 D4 F4'],
  [13, 0, 'G2 F3 Bb3 D4'],
  [14, 0, 'C2 Bb3 F4'],
  [14, 2, 'C2 Bb3 D4 E4'],
  [15, 0, 'A2 F3 A3 E4'],
  [15, 2, 'Ab2 F3 B3 D4'],
  [16, 0, 'G2 F3 Bb3 A4'],
  [16, 2, 'C2 Bb3 D4 F4'],
];

const SONG_AFTER_DARK = {
  // A late-night torch song that is not a song: held chords on a pad and a soft piano, a slow walking bass note
  // under each, and a singing reed line on top. In F major, 64 bpm.
  bpm: 64,
  bars: 16,
  bright: 0.25,
  room: { size: 1.1, seconds: 2.4, damp: 0.5, wet: -8 },
  chords: SONG_CHORDS,
  reed: notes(
    [
      [1, 0, 2.5, 'A4'],
      [1, 2.5, 0.5, 'G4'],
      [1, 3, 1, 'A4'],
      [2, 0, 3, 'C5'],
      [2, 3, 0.8, 'A4'],
      [3, 0, 2, 'Bb4'],
      [3, 2, 1, 'A4'],
      [3, 3, 1, 'G4'],
      [4, 0, 2, 'G4'],
      [5, 0, 2.5, 'E5'],
      [5, 2.5, 0.5, 'D5'],
      [5, 3, 1, 'C5'],
      [6, 0, 2, 'C5'],
      [6, 2, 1, 'Bb4'],
      [6, 3, 0.8, 'A4'],
      [7, 0, 1.5, 'Bb4'],
      [7, 1.5, 0.5, 'A4'],
      [7, 2, 2, 'G4'],
      [8, 0, 2, 'Db5'],
      [8, 2, 1.6, 'C5'],
      [9, 0, 2.5, 'A4'],
      [9, 2.5, 0.5, 'G4'],
      [9, 3, 1, 'A4'],
      [10, 0, 2, 'F5'],
      [10, 2, 1, 'E5'],
      [10, 3, 0.8, 'C#5'],
      [11, 0, 3, 'D5'],
      [11, 3, 1, 'A4'],
      [12, 0, 2, 'D5'],
      [12, 2, 1, 'C5'],
      [12, 3, 0.7, 'Bb4'],
      [13, 0, 1.5, 'Bb4'],
      [13, 1.5, 0.5, 'A4'],
      [13, 2, 1, 'G4'],
      [13, 3, 0.8, 'F4'],
      [14, 0, 3.6, 'G4'],
      [15, 0, 2, 'C5'],
      [15, 2, 2, 'B4'],
      [16, 0, 1, 'Bb4'],
      [16, 1, 1, 'A4'],
      [16, 2, 1.4, 'G4'],
    ],
    0.8,
  ),
};

const FENCE = {
  // The ending: the motif reduced to a few notes, far apart, over a held open fifth on D.
  bpm: 50,
  bars: 10,
  bright: 0.25,
  pedalBars: 2,
  room: { size: 1.5, seconds: 4.5, damp: 0.45, wet: -4 },
  drone: ['D2', 'A2', 'D3'],
  piano: notes(
    [
      [1, 0, 8, 'F#4'],
      [1, 2.5, 5.5, 'A4', 0.36],
      [2, 1, 7, 'B4'],
      [4, 0, 4, 'F#4', 0.36],
      [4, 2, 6, 'E4', 0.34],
      [7, 0, 4, 'A4', 0.34],
      [7, 1.5, 6.5, 'B4', 0.36],
      [9, 0, 4, 'F#4', 0.34],
      [9, 3, 5, 'E4', 0.3],
    ],
    0.4,
  ),
};

// ---------------------------------------------------------------------------------------------------------
// Rendering.

function render(piece) {
  return (rng, loopSeconds) => {
    const L = Math.round(loopSeconds * SR);
    const beat = 60 / piece.bpm;
    const bar = 4 * beat;
    const pedal = (piece.pedalBars ?? 1) * bar;
    const at = (n) => (n.bar * 4 + n.beat) * beat;
    const piano = stereo(L);
    const r = rng.fork('piano');
    const playPiano = (list, panWidth = 0.35) => {
      for (const n of list) {
        const t = Math.max(0, at(n) + r.uniform(-0.008, 0.008));
        // The sustain pedal holds every note to the next pedal change (at least its written length).
        const hold = Math.max(n.dur * beat, Math.ceil((t + 0.02) / pedal) * pedal - t) + 0.04;
        const x = pianoNote(r, n.midi, Math.min(1, n.vel * r.uniform(0.94, 1.06)), hold, {
          bright: piece.bright,
        });
        const p = Math.max(-panWidth, Math.min(panWidth, (n.midi - 60) / 36));
        placeStereo(piano, pan(x, p, 0.25), Math.round(t * SR));
      }
    };
    playPiano(piece.piano ?? []);
    const parts = { piano };

    if (piece.chords) {
      // Held chords: a pad, a soft rolled piano chord and a bass note at each change.
      const pad = stereo(L);
      const list = [];
      piece.chords.forEach(([b, bt, voicing], k) => {
        const next = piece.chords[k + 1] ?? [piece.bars + 1, 0];
        const t = ((b - 1) * 4 + bt) * beat;
        const len = ((next[0] - 1) * 4 + next[1]) * beat - t;
        const [bass, ...upper] = voicing.split(' ');
        placeStereo(
          pad,
          padChord(r, upper.map(midi), len, { attack: 0.9, release: 1.4 }),
          Math.round(t * SR),
        );
        list.push({ bar: b - 1, beat: bt, dur: len / beat, midi: midi(bass), vel: 0.42 });
        upper.forEach((name, i) => {
          list.push({ bar: b - 1, beat: bt + 0.06 * (i + 1), dur: len / beat, midi: midi(name), vel: 0.27 });
        });
      });
      playPiano(list, 0.25);
      parts.pad = levelTo(pad, -34);
    }
    if (piece.reed) {
      const line = reedLine(
        rng.fork('reed'),
        piece.reed.map((n) => ({ t: at(n), dur: n.dur * beat, midi: n.midi, vel: n.vel })),
      );
      const reed = stereo(L);
      placeStereo(reed, pan(line, 0.08, 0.2), 0);
      parts.reed = levelTo(reed, -27);
      parts.piano = levelTo(piano, -31);
    }
    if (piece.drone) {
      const swell = (t) => 0.8 + 0.2 * Math.sin((2 * Math.PI * 2 * t) / loopSeconds + 1);
      parts.drone = levelTo(loopDrone(rng.fork('drone'), L, piece.drone.map(midi), swell), -33);
      parts.piano = levelTo(piano, -31);
    }

    // One room for the whole band, run circularly; and a gentle high-pass for any DC or sub-bass.
    const dry = stereo(L);
    for (const p of Object.values(parts)) {
      for (const ch of ['l', 'r']) for (let i = 0; i < L; i++) dry[ch][i] += p[ch][i];
    }
    const { wet, ...roomOpts } = piece.room;
    const verb = reverb(dry, roomOpts);
    for (const ch of ['l', 'r']) {
      for (const p of Object.values(parts)) p[ch] = filterCircular(p[ch], [['highpass', 30, 0.7]], 4);
      verb[ch] = filterCircular(verb[ch], [['highpass', 80, 0.7]], 4);
    }
    // `wet` is the room's level in dB relative to the dry band.
    return mixLayers(L, { ...parts, room: levelTo(verb, rmsDb(dry) + wet) });
  };
}

const PIECES = [
  ['music_hailsham', HAILSHAM, 0x4a115],
  ['music_cottages', COTTAGES, 0xc0774],
  ['music_carers', CARERS, 0xca2e2],
  ['music_song_after_dark', SONG_AFTER_DARK, 0x50a6],
  ['music_fence', FENCE, 0xfe9ce],
].map(([id, piece, seed]) => ({
  id,
  seed,
  seconds: (piece.bars * 4 * 60) / piece.bpm,
  render: render(piece),
}));

writeSounds('make-music', PIECES, {
  level: { rmsDb: -28 },
  ceilingDb: -3,
  opus: '32k',
  opusVbr: 'constrained',
  mp3: '7',
  mp3Rate: 24000,
});
