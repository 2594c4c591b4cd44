/**
 * Output for the sound scripts in this folder: each sound is scaled to its level, checked against its peak ceiling,
 * written as a dithered 16-bit 48 kHz stereo WAV (kept only with --wav-dir) and encoded by ffmpeg to `<id>.webm`
 * (Opus) and `<id>.mp3` (LAME VBR, with the LAME/Xing gapless header) beside this file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loudnessLufs, peakDb, Rng, rmsDb, SR, scaled, stereo } from './dsp.mjs';

export const OUT_DIR = dirname(fileURLToPath(import.meta.url));

/** 16-bit PCM WAV with TPDF dither (from the seeded stream, so still deterministic). */
function toWav(buf, rng, rate = SR) {
  const n = buf.l.length;
  const data = Buffer.alloc(n * 4);
  const q = (v) => {
    const d = (rng.next() - rng.next()) / 32768;
    return Math.max(-32768, Math.min(32767, Math.round((v + d) * 32768)));
  };
  const pcm = stereo(n);
  for (let i = 0; i < n; i++) {
    const l = q(buf.l[i]);
    const r = q(buf.r[i]);
    data.writeInt16LE(l, i * 4);
    data.writeInt16LE(r, i * 4 + 2);
    pcm.l[i] = l / 32768;
    pcm.r[i] = r / 32768;
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(2, 22); // stereo
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 4, 28);
  header.writeUInt16LE(4, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return { bytes: Buffer.concat([header, data]), pcm };
}

/**
 * Decimates a loop by an integer factor, circularly (the filter wraps round the ends, so the result still loops
 * without a seam): a Blackman-windowed sinc low-pass at 45 % of the new rate, 129 taps at the old one.
 */
function decimateLoop(buf, factor) {
  const K = 64;
  const fc = 0.45 / factor; // cycles per input sample
  const h = new Float64Array(2 * K + 1);
  let sum = 0;
  for (let k = -K; k <= K; k++) {
    const x = 2 * fc * k;
    const sinc = k === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    const w = 0.42 + 0.5 * Math.cos((Math.PI * k) / K) + 0.08 * Math.cos((2 * Math.PI * k) / K);
    h[k + K] = sinc * w;
    sum += h[k + K];
  }
  const n = buf.l.length;
  if (n % factor !== 0) throw new Error(`a loop of ${n} samples cannot be decimated by ${factor}`);
  const out = stereo(n / factor);
  for (const ch of ['l', 'r']) {
    const x = buf[ch];
    const y = out[ch];
    for (let j = 0; j < y.length; j++) {
      let acc = 0;
      for (let k = -K; k <= K; k++) acc += h[k + K] * x[(((j * factor - k) % n) + n) % n];
      y[j] = acc / sum;
    }
  }
  return out;
}

function ffmpeg(args) {
  const res = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
    encoding: 'utf8',
  });
  if (res.error || res.status !== 0) {
    throw new Error(`ffmpeg ${args.join(' ')} failed:\n${res.error?.message ?? res.stderr}`);
  }
}

function requireFfmpeg(tool) {
  const res = spawnSync('ffmpeg', ['-hide_banner', '-encoders'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    console.error(
      `${tool}: ffmpeg was not found on PATH (or does not run). It is needed to encode the sounds.\n` +
        `Install it, e.g. \`apt-get install -y ffmpeg\`, then run \`node assets/audio/${tool}.mjs\` again.`,
    );
    process.exit(1);
  }
  for (const enc of ['libopus', 'libmp3lame']) {
    if (!res.stdout.includes(enc)) {
      console.error(`${tool}: this ffmpeg has no ${enc} encoder; install a build with it (Debian's has).`);
      process.exit(1);
    }
  }
}

function parseArgs(tool, argv, ids) {
  const usage = `usage: ${tool}.mjs [--wav-dir DIR [--layers]] [--verbose] [--only ID[,ID...]]`;
  const opts = { wavDir: null, verbose: false, only: null, layers: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--wav-dir') opts.wavDir = resolve(argv[++i] ?? '.');
    else if (argv[i] === '--verbose') opts.verbose = true;
    else if (argv[i] === '--layers') opts.layers = true;
    else if (argv[i] === '--only') opts.only = (argv[++i] ?? '').split(',');
    else {
      console.error(`${tool}: unknown argument ${argv[i]}\n${usage}`);
      process.exit(2);
    }
  }
  for (const id of opts.only ?? []) {
    if (!ids.includes(id)) {
      console.error(`${tool}: no sound called ${id}; these are: ${ids.join(', ')}`);
      process.exit(2);
    }
  }
  return opts;
}

/**
 * Renders, levels, checks and encodes each sound. `sounds` are { id, seconds, seed, render(rng, seconds) }, where
 * render returns { mix, parts } (parts: named layers, printed with --verbose). `level` says how sounds are scaled:
 * { rmsDb } (to that RMS over both channels) or { peakDb } (to that sample peak); `ceilingDb` is the highest peak
 * allowed after scaling; `opus` the Opus bitrate and `opusVbr` its mode ('on', the default, or 'constrained'); `mp3` the LAME VBR quality; `mp3Rate`, if given, the sample rate
 * the loop is decimated to (circularly) before it is encoded as MP3, to keep the fallback files small. A sound may
 * override any of these four with its own.
 */
export function writeSounds(tool, sounds, defaults) {
  const { level, ceilingDb } = defaults;
  const opts = parseArgs(
    tool,
    process.argv.slice(2),
    sounds.map((s) => s.id),
  );
  requireFfmpeg(tool);
  const tmp = mkdtempSync(join(tmpdir(), `${tool}-`));
  if (opts.wavDir) mkdirSync(opts.wavDir, { recursive: true });
  const fmt = (v) => v.toFixed(1).padStart(6);
  try {
    for (const sound of sounds) {
      if (opts.only && !opts.only.includes(sound.id)) continue;
      const { opus, opusVbr = 'on', mp3, mp3Rate } = { ...defaults, ...sound };
      const rng = new Rng(sound.seed);
      const { mix, parts } = sound.render(rng, sound.seconds);
      const target = level.rmsDb ?? level.peakDb;
      const measured = level.rmsDb !== undefined ? rmsDb(mix) : peakDb(mix);
      const gain = 10 ** ((target - measured) / 20);
      const scaledMix = scaled(mix, gain);
      for (const [name, buf] of Object.entries(parts)) {
        const p = scaled(buf, gain);
        if (opts.verbose) {
          console.log(
            `  ${sound.id}/${name.padEnd(7)} rms ${fmt(rmsDb(p))} dBFS  peak ${fmt(peakDb(p))} dBFS`,
          );
        }
        // With --layers, each layer is kept too, at the level it has in the mix, to listen to or look at.
        if (opts.layers && opts.wavDir) {
          writeFileSync(
            join(opts.wavDir, `${sound.id}.${name}.wav`),
            toWav(p, rng.fork(`dither-${name}`)).bytes,
          );
        }
      }
      const { bytes, pcm } = toWav(scaledMix, rng.fork('dither'));
      const peak = peakDb(pcm);
      if (peak > ceilingDb) {
        throw new Error(`${sound.id}: peak ${peak.toFixed(2)} dBFS is above the ${ceilingDb} dBFS ceiling`);
      }
      const wav = join(opts.wavDir ?? tmp, `${sound.id}.wav`);
      writeFileSync(wav, bytes);
      const webm = join(OUT_DIR, `${sound.id}.webm`);
      const mp3File = join(OUT_DIR, `${sound.id}.mp3`);
      const common = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact', '-ac', '2'];
      ffmpeg([
        '-i',
        wav,
        '-c:a',
        'libopus',
        '-b:a',
        opus,
        '-vbr',
        opusVbr,
        '-application',
        'audio',
        ...common,
        webm,
      ]);
      let mp3Wav = wav;
      if (mp3Rate && mp3Rate !== SR) {
        mp3Wav = join(tmp, `${sound.id}.${mp3Rate}.wav`);
        writeFileSync(
          mp3Wav,
          toWav(decimateLoop(scaledMix, SR / mp3Rate), rng.fork('dither-mp3'), mp3Rate).bytes,
        );
      }
      ffmpeg(['-i', mp3Wav, '-c:a', 'libmp3lame', '-q:a', mp3, '-id3v2_version', '0', ...common, mp3File]);
      const kb = (f) => `${(statSync(f).size / 1024).toFixed(0)} KB`;
      console.log(
        `${sound.id.padEnd(21)} ${(pcm.l.length / SR).toFixed(2).padStart(5)} s  peak ${fmt(peak)} dBFS  ` +
          `RMS ${fmt(rmsDb(pcm))} dBFS  loudness ${fmt(loudnessLufs(pcm))} LUFS  ` +
          `webm ${kb(webm)}  mp3 ${kb(mp3File)}`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
