/**
 * A field beside a country road, at night, after Madame's: we stand in the gateway with the car behind us, its
 * headlights thrown out across the mud, the gate swung back against the hedge, the far hedgerow and its trees
 * black against a huge sky with a little moon in it. Nobody is in the light. Painted once per light and
 * weather; only the weather and the moths in the beams move.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import { type Air, air, land, paintSky } from './air.ts';
import { addWeather, weatherOver } from './air-weather.ts';
import { type Pool, shine } from './canvas-light.ts';
import { alpha, mix } from './colours.ts';
import { dotTexture, HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { type Eye, level, project, Room, type V3 } from './room.ts';
import { bareTree, crowns, hedge } from './trees.ts';

type Ctx = CanvasRenderingContext2D;
const EYE: Eye = { x: 0, y: 1.6, f: 900, cx: 640, cy: 452 };
/** The gateway in the near hedge, and the two headlights behind us, low down. */
const GAP = [-2.2, 2.4] as const;
const HEADLIGHTS = [-0.7, 0.9] as const;
const HEDGE = 5.5;

export const paintDarkField: Painter = (scene, stage) => {
  const a = air(stage.light, stage.weather);
  const key = paintedTexture(scene, `dark-field-${stage.light}-${stage.weather}`, (c) => paint(c, a));
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  if (a.lamps > 0.5 && a.weather !== 'rain')
    root.add(
      scene.add.particles(0, 0, dotTexture(scene), {
        x: { min: 420, max: 860 },
        y: { min: 380, max: 560 },
        speedX: { min: -30, max: 30 },
        speedY: { min: -20, max: 20 },
        lifespan: { min: 1500, max: 3000 },
        scale: { min: 0.12, max: 0.22 },
        alpha: { start: 0.7, end: 0 },
        tint: 0xfff4dc,
        blendMode: Phaser.BlendModes.ADD,
        frequency: 600,
      }),
    );
  const weather = addWeather(scene, root, a);
  return {
    root,
    update: (time) => weather(time),
    destroy() {
      root.destroy(true);
    },
  };
};

/** The headlights' light on the ground: a run of pools down the beam, widening and fading with distance. */
function beams(strength: number): Pool[] {
  if (strength <= 0) return [];
  return HEADLIGHTS.flatMap((x) =>
    [3, 5, 8, 12, 18, 27].map((z, i) => {
      const p = project(EYE, [x * 1.5 + z * 0.05, 0, z]);
      return {
        x: p.x,
        y: p.y,
        r: (EYE.f * (1.3 + z * 0.2)) / z,
        color: `rgba(255,246,222,${strength * 0.85 * 0.7 ** i})`,
      };
    }),
  );
}

function paint(c: Ctx, a: Air) {
  const random = seededRandom(2001);
  const on = a.lamps > 0.5 ? a.lamps : 0;
  paintSky(c, a, EYE.cy, random, { moon: { x: 930, y: 150 }, clouds: 16, open: 420 });
  // The far hedgerow along the top of the field, its trees, and one farm light a mile off.
  land(
    c,
    a,
    (l) => {
      hedge(
        l,
        random,
        (x) => EYE.cy - 12 + Math.sin(x / 170) * 3,
        () => EYE.cy + 4,
        '#3a4430',
      );
      for (const x of [180, 520, 1110])
        bareTree(l, random, x, EYE.cy - 4, between(random, 70, 110), '#2e3228');
      crowns(
        l,
        random,
        [
          { x: 770, y: EYE.cy - 58, size: 30, base: EYE.cy },
          { x: 800, y: EYE.cy - 48, size: 26 },
          { x: 742, y: EYE.cy - 44, size: 22 },
        ],
        '#34402c',
        '#5a6648',
      );
    },
    [],
    0.3,
  );
  if (a.dark) shine(c, 340, EYE.cy - 6, 10, '#ffcf8a', 0.9);
  // The field: mud in long ruts and furrows running away from the gate, and the near hedge with its gap.
  land(
    c,
    a,
    (l) => {
      const r = new Room(l, EYE);
      const mud = l.createLinearGradient(0, EYE.cy, 0, HEIGHT);
      mud.addColorStop(0, '#5c5446');
      mud.addColorStop(1, '#6e5e4a');
      r.fill(level(0, [-300, 300], [2, 900]), mud);
      for (let x = -40; x <= 40; x += 0.9) {
        const tone = random() < 0.5 ? 'rgba(40,32,24,0.35)' : 'rgba(150,135,110,0.25)';
        r.fill(level(0.001, [x, x + 0.18], [2, 900]), tone);
      }
      for (const x of [-1.1, 0.9]) r.fill(level(0.002, [x, x + 0.45], [2, 120]), 'rgba(35,28,20,0.45)');
      paintClods(r, random);
      // The near hedge either side of the gateway, tall and close, and the gate swung back along it.
      const leftTop = project(EYE, [GAP[0], 2.3, HEDGE]);
      const rightTop = project(EYE, [GAP[1], 2.3, HEDGE]);
      const foot = project(EYE, [0, 0, HEDGE]).y;
      hedge(
        l,
        random,
        (x) => ragged(x, leftTop.y - Math.max(0, leftTop.x - x) * 0.12, leftTop.x - x),
        () => foot + 20,
        '#323b2c',
        [-20, leftTop.x],
      );
      hedge(
        l,
        random,
        (x) => ragged(x, rightTop.y - Math.max(0, x - rightTop.x) * 0.12, x - rightTop.x),
        () => foot + 20,
        '#323b2c',
        [rightTop.x, WIDTH + 20],
      );
      // Sprigs of hawthorn and bramble standing up out of the hedge top.
      for (let i = 0; i < 30; i += 1) {
        const x =
          i < 15 ? between(random, -20, leftTop.x - 20) : between(random, rightTop.x + 20, WIDTH + 20);
        const top = i < 15 ? leftTop.y : rightTop.y;
        bareTree(l, random, x, top + 18, between(random, 30, 80), '#262c22');
      }
      paintGate(r);
      // The verge under our feet.
      r.fill(level(0, [-30, 30], [1, HEDGE + 0.2]), '#4a5236');
    },
    [
      ...beams(on),
      // The cut ends of the hedge either side of the gap catch the edge of the beams.
      ...[GAP[0], GAP[1]].map((x) => {
        const p = project(EYE, [x, 1, HEDGE]);
        return { x: p.x, y: p.y, r: 90, color: `rgba(255,240,210,${on * 0.35})` };
      }),
    ],
  );
  // The beams themselves in the damp air, from low behind us out over the field.
  if (on > 0) {
    for (const x of HEADLIGHTS) {
      const near = project(EYE, [x, 0.7, 1.2]);
      const far = [project(EYE, [x - 2.5, 0, 28]), project(EYE, [x + 4, 0, 28])] as const;
      c.save();
      c.globalCompositeOperation = 'screen';
      c.filter = 'blur(18px)';
      const haze = a.weather === 'fog' || a.weather === 'rain' ? 0.22 : 0.1;
      const fill = c.createLinearGradient(0, near.y, 0, far[0].y);
      fill.addColorStop(0, alpha('#fff0d0', haze * on));
      fill.addColorStop(1, alpha('#fff0d0', 0));
      c.fillStyle = fill;
      c.beginPath();
      c.moveTo(near.x - 30, near.y);
      c.lineTo(far[0].x, far[0].y - 40);
      c.lineTo(far[1].x, far[1].y - 40);
      c.lineTo(near.x + 30, near.y);
      c.fill();
      c.restore();
    }
    // Puddles in the ruts catching the light.
    for (const [x, z] of [
      [-0.9, 9],
      [1.1, 14],
      [-0.7, 22],
    ] as const) {
      const p = project(EYE, [x, 0, z]);
      shine(c, p.x, p.y, 260 / z, '#fff6e0', on * 0.7, 0.25);
    }
  }
  weatherOver(c, a, EYE.cy, random);
  grain(c, random, 12);
}

/** A hedge top that is never quite clipped: lumps and sprigs, rounding down at the cut end by the gap. */
function ragged(x: number, y: number, fromEnd: number) {
  const end = fromEnd < 40 ? (40 - fromEnd) ** 2 / 40 : 0;
  return y + Math.sin(x / 37) * 12 + Math.sin(x / 11 + 2) * 6 + Math.sin(x / 5 + 1) * 3 + end;
}

/** Clods and stones and old stubble, bigger toward us, so the mud has a surface for the light to find. */
function paintClods(r: Room, random: Random) {
  for (let i = 0; i < 2400; i += 1) {
    const z = 2.5 + random() ** 2 * 40;
    const x = between(random, -z * 0.9, z * 0.9);
    const p = project(r.eye, [x, 0, z]);
    const size = 50 / z;
    r.c.fillStyle = random() < 0.55 ? 'rgba(150,132,104,0.35)' : 'rgba(30,24,18,0.35)';
    r.c.beginPath();
    r.c.ellipse(p.x, p.y, size * between(random, 0.6, 1.4), size * 0.35, 0, 0, 7);
    r.c.fill();
  }
}

/** A five-bar gate of galvanised steel, swung open and back against the hedge on the left. */
function paintGate(r: Room) {
  const [x, z0, z1] = [GAP[0] + 0.15, HEDGE + 0.1, HEDGE + 3.6];
  const steel = mix('#8a8e8c', '#6a7078', 0.3);
  r.line([x, 0, z0], [x, 1.3, z0], 0.1, '#5b5e5c');
  r.line([x, 0, z1], [x, 1.2, z1], 0.05, steel);
  for (const y of [0.15, 0.4, 0.65, 0.9, 1.16]) r.line([x, y, z0], [x, y, z1], 0.045, steel);
  const brace: V3[] = [
    [x, 0.15, z0],
    [x, 1.16, z1 - 0.4],
  ];
  r.line(brace[0] ?? [x, 0, z0], brace[1] ?? [x, 0, z1], 0.04, steel);
  r.line([x, 0.15, (z0 + z1) / 2], [x, 1.16, (z0 + z1) / 2], 0.035, steel);
}
