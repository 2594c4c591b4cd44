/**
 * Ruth's room at the recovery centre in Dover: clean, white, better kept than anywhere Kathy has worked. A
 * hospital bed made up tight and empty, a bedside cabinet with a water jug and a glass, a visitor's chair by a
 * wide window onto a grey sea with a ferry far out, a curtain on its ceiling track drawn back, a reading light
 * over the bed. Painted once per light and weather with the dormitory's room helpers; the present register
 * (cool, sharp) is the stage view's grade, so this is painted plainly. Only the reading light breathes.
 */
import Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import type { Light } from '../core/vocabulary.ts';
import { type Air, air } from './air.ts';
import { light, relight, shine } from './canvas-light.ts';
import { mix, shade } from './colours.ts';
import { glowTexture, HEIGHT, type Painter, WIDTH } from './kit.ts';
import { grain, paintedTexture } from './painted-texture.ts';
import { across, along, type Eye, level, project, Room, type Span, type V3 } from './room.ts';

const [LEFT, RIGHT, BACK, CEILING] = [-2.7, 2.9, 5.4, 2.75];
const EYE: Eye = { x: 0.35, y: 1.4, f: 780, cx: 610, cy: 300 };
const WINDOW = { x: [0.05, 2.2] as Span, y: [0.85, 2.3] as Span };
const BED = { x: [-2.55, -1.55] as Span, z: [3.0, 5.25] as Span };
const LAMP: V3 = [-2.05, 1.62, BACK - 0.06];
/** The room's own light: daylight off the sea, or the reading light after dark. */
const ROOM: Readonly<Record<Light, { ambient: string; window: string; lamp: number }>> = {
  day: { ambient: '#c4c8c8', window: '#3a3c3c', lamp: 0 },
  golden: { ambient: '#c0b4a4', window: '#4a3e30', lamp: 0 },
  dusk: { ambient: '#545a6c', window: '#1e2230', lamp: 0.7 },
  night: { ambient: '#262a38', window: '#0c0e16', lamp: 1 },
};

export const paintCentreDover: Painter = (scene, stage) => {
  const a = air(stage.light, stage.weather, 0.55);
  const mood = ROOM[stage.light];
  const key = paintedTexture(scene, `centre-dover-${stage.light}-${stage.weather}`, (c) =>
    paint(new Room(c, EYE), a, mood),
  );
  const root = scene.add.container(0, 0);
  root.add(scene.add.image(0, 0, key).setOrigin(0, 0));
  const at = project(EYE, LAMP);
  const lamp = scene.add
    .image(at.x, at.y + 30, glowTexture(scene))
    .setScale(1.6, 1.3)
    .setTint(0xfff0d8);
  root.add(lamp.setBlendMode(Phaser.BlendModes.ADD).setAlpha(0));
  return {
    root,
    update(time) {
      if (mood.lamp > 0) lamp.setAlpha(mood.lamp * (0.3 + Math.sin(time / 1600) * 0.02));
    },
    destroy() {
      root.destroy(true);
    },
  };
};

function paint(room: Room, a: Air, mood: (typeof ROOM)[Light]) {
  const { c } = room;
  const random = seededRandom(1998);
  c.fillStyle = '#eeeeea';
  c.fillRect(0, 0, WIDTH, HEIGHT);
  room.fill(level(CEILING, [LEFT, RIGHT], [0.5, BACK]), '#f2f2ee');
  room.fill(along(LEFT, [0.5, BACK], [0, CEILING]), '#e6e7e2');
  room.fill(along(RIGHT, [BACK, 0.5], [0, CEILING]), '#ecece7');
  room.fill(across(BACK, [LEFT, RIGHT], [0, CEILING]), '#f1f1ec');
  // Lino: pale grey-green, flecked, a coved skirting where it turns up the walls.
  room.fill(level(0, [LEFT, RIGHT], [0.5, BACK]), '#bcc4bc');
  for (let i = 0; i < 1600; i += 1) {
    const p = project(EYE, [between(random, LEFT, RIGHT), 0, between(random, 1.2, BACK)]);
    c.fillStyle = random() < 0.5 ? 'rgba(255,255,255,0.35)' : 'rgba(80,90,80,0.25)';
    c.fillRect(p.x, p.y, 1.5, 1.5);
  }
  room.fill(along(LEFT + 0.005, [0.5, BACK], [0, 0.1]), '#a9b2aa');
  room.fill(across(BACK - 0.005, [LEFT, RIGHT], [0, 0.1]), '#a9b2aa');
  room.fill(along(RIGHT - 0.005, [BACK, 0.5], [0, 0.1]), '#a9b2aa');
  c.save();
  c.filter = 'blur(14px)';
  room.fill(across(BACK - 0.02, [LEFT, RIGHT], [0, 0.3]), 'rgba(60,70,70,0.18)');
  room.fill(along(LEFT + 0.02, [0.5, BACK], [0, 0.3]), 'rgba(60,70,70,0.2)');
  c.restore();
  paintWindow(room);
  // A door in the right wall, and the clean square of a notice board with nothing pinned to it.
  room.fill(along(RIGHT - 0.01, [2.6, 1.6], [0, 2.05]), '#d8d6cc');
  room.fill(along(RIGHT - 0.02, [2.5, 1.7], [0, 1.98]), '#c4b8a0');
  room.fill(along(RIGHT - 0.03, [2.45, 2.35], [0.95, 1.05]), '#9a9a96');
  room.fill(along(RIGHT - 0.01, [4.6, 3.4], [1.2, 1.9]), '#c8b89a');
  room.fill(along(RIGHT - 0.02, [4.55, 3.45], [1.25, 1.85]), '#d8cbb0');
  paintCurtain(room);
  room.line(
    [LAMP[0], LAMP[1] + 0.02, BACK - 0.01],
    [LAMP[0], LAMP[1] + 0.02, LAMP[2] + 0.02],
    0.02,
    '#a0a29e',
  );
  room.box(
    [LAMP[0] - 0.22, LAMP[0] + 0.22],
    [LAMP[1] - 0.04, LAMP[1] + 0.04],
    [LAMP[2] - 0.05, LAMP[2]],
    '#d8d8d2',
    '#c8c8c2',
    '#b8b8b2',
  );
  // The call-bell cable, looped over the bed head.
  room.line([-2.3, 1.5, BACK - 0.01], [-2.2, 0.95, BACK - 0.2], 0.012, '#8a8c88');
  paintBed(room);
  paintCabinet(room);
  paintChair(room);
  const win = project(EYE, [(WINDOW.x[0] + WINDOW.x[1]) / 2, 1.5, BACK]);
  const lamp = project(EYE, LAMP);
  relight(c, mood.ambient, [
    { x: win.x, y: win.y + 80, r: 820, color: mix(mood.window, '#000000', a.weather === 'rain' ? 0.3 : 0) },
    { x: lamp.x, y: lamp.y + 90, r: 380, color: `rgba(200,170,120,${mood.lamp * 0.8})` },
  ]);
  paintSea(room, a, random);
  if (mood.lamp > 0)
    light(
      c,
      'blur(3px)',
      mood.lamp,
      () =>
        room.fill(
          across(LAMP[2] - 0.051, [LAMP[0] - 0.2, LAMP[0] + 0.2], [LAMP[1] - 0.04, LAMP[1] - 0.02]),
          '#fff',
        ),
      '#fff6e0',
    );
  grain(c, random, 7);
}

/** The wide window in its deep white reveal, a blind rolled up at the top, a radiator under the sill. */
function paintWindow(room: Room) {
  const { x, y } = WINDOW;
  const glass = BACK + 0.22;
  room.fill(along(x[0], [BACK, glass], y), '#dcdcd6');
  room.fill(level(y[1], x, [BACK, glass]), '#d2d2cc');
  room.box(
    [x[0] - 0.08, x[1] + 0.08],
    [y[0] - 0.05, y[0]],
    [BACK - 0.12, glass],
    '#f8f8f4',
    '#e2e2dc',
    '#e8e8e2',
  );
  room.box(
    [x[0] - 0.05, x[1] + 0.05],
    [y[1] - 0.1, y[1]],
    [BACK - 0.02, BACK + 0.02],
    '#e8e6dc',
    '#dedcd2',
    '#d0cec4',
  );
  room.box(
    [x[0] + 0.1, x[1] - 0.1],
    [0.15, 0.7],
    [BACK - 0.12, BACK - 0.02],
    '#e4e4de',
    '#d6d6d0',
    '#c8c8c2',
  );
  for (let xx = x[0] + 0.16; xx < x[1] - 0.12; xx += 0.06)
    room.line([xx, 0.18, BACK - 0.121], [xx, 0.67, BACK - 0.121], 0.012, '#c2c2bc');
}

/** The view, clipped to the glass: sky, the grey Channel, a ferry far out; then the glazing bars. */
function paintSea(room: Room, a: Air, random: Random) {
  const { c } = room;
  const { x, y } = WINDOW;
  const glass = BACK + 0.22;
  const panes = [
    across(glass, [x[0] + 0.04, (x[0] + x[1]) / 2 - 0.02], [y[0] + 0.04, y[1] - 0.14]),
    across(glass, [(x[0] + x[1]) / 2 + 0.02, x[1] - 0.04], [y[0] + 0.04, y[1] - 0.14]),
  ];
  const top = project(EYE, [0, y[1], glass]).y;
  const bottom = project(EYE, [0, y[0], glass]).y;
  const horizon = project(EYE, [0, EYE.y, 400]).y + 8;
  c.save();
  room.trace(panes);
  c.clip();
  const sky = c.createLinearGradient(0, top, 0, horizon);
  sky.addColorStop(0, a.sky[0]);
  sky.addColorStop(1, a.sky[2]);
  c.fillStyle = sky;
  c.fillRect(0, top - 20, WIDTH, horizon - top + 20);
  const sea = c.createLinearGradient(0, horizon, 0, bottom);
  sea.addColorStop(0, mix(a.sky[2], '#4a5a62', 0.45));
  sea.addColorStop(1, mix(a.sky[1], '#2c3a42', 0.7));
  c.fillStyle = sea;
  c.fillRect(0, horizon, WIDTH, bottom - horizon + 20);
  for (let i = 0; i < 50; i += 1) {
    const yy = between(random, horizon + 2, bottom);
    c.fillStyle = alphaOf(a.sky[2], 0.12 + (yy - horizon) * 0.002);
    c.fillRect(between(random, 300, 1100), yy, between(random, 10, 40) * (1 + (yy - horizon) / 40), 1);
  }
  // A cross-Channel ferry, small on the horizon: a pale hull and a funnel, lit after dark.
  const ferry = project(EYE, [1.55, EYE.y, 400]);
  c.fillStyle = a.dark ? '#1c2028' : '#d8d8d2';
  c.fillRect(ferry.x - 18, horizon - 7, 36, 5);
  c.fillRect(ferry.x - 8, horizon - 11, 16, 4);
  c.fillStyle = a.dark ? '#2a2e36' : '#8a4a44';
  c.fillRect(ferry.x, horizon - 14, 4, 3);
  if (a.dark) for (let i = 0; i < 6; i += 1) shine(c, ferry.x - 14 + i * 5.5, horizon - 5, 4, '#ffd8a0', 0.9);
  c.restore();
  // The glazing bars stand against the light, so they take the room's light, not the sky's.
  const bar = a.dark ? mix('#e8e8e2', '#262a38', 0.82) : '#e8e8e2';
  room.fill(across(glass - 0.01, [(x[0] + x[1]) / 2 - 0.02, (x[0] + x[1]) / 2 + 0.02], y), bar);
  room.fill(across(glass - 0.01, [x[0], x[1]], [y[1] - 0.14, y[1] - 0.1]), bar);
}

const alphaOf = (color: string, amount: number) =>
  mix(color, color, 0).replace('rgb(', 'rgba(').replace(')', `,${amount})`);

/** A pale curtain on a ceiling track round the bed, drawn back and gathered against the back wall. */
function paintCurtain(room: Room) {
  const track: V3[] = [
    [BED.x[1] + 0.25, CEILING - 0.1, BACK - 0.05],
    [BED.x[1] + 0.25, CEILING - 0.1, BED.z[0] - 0.3],
    [LEFT, CEILING - 0.1, BED.z[0] - 0.3],
  ];
  room.line(track[0] ?? [0, 0, 0], track[1] ?? [0, 0, 0], 0.03, '#b8bab6');
  room.line(track[1] ?? [0, 0, 0], track[2] ?? [0, 0, 0], 0.03, '#b8bab6');
  const x = BED.x[1] + 0.25;
  room.fill(
    along(x, [BACK - 0.05, BACK - 0.6], [0.35, CEILING - 0.12]),
    room.folds([x - 0.3, x + 0.3], 1, BACK - 0.3, '#c8d8d0', '#a8bcb4', 6),
  );
  room.fill(along(x, [BACK - 0.05, BACK - 0.6], [0.35, CEILING - 0.12]), 'rgba(0,0,0,0)');
  c2(room);
}

/** The folds of the gathered curtain, as vertical shading across its width. */
function c2(room: Room) {
  const x = BED.x[1] + 0.25;
  for (let z = BACK - 0.55; z < BACK - 0.05; z += 0.09)
    room.line([x - 0.005, 0.36, z], [x - 0.005, CEILING - 0.13, z], 0.02, 'rgba(90,110,100,0.3)');
}

/** The bed: a cream steel frame, a mattress made up tight in white, a pale blue blanket folded at the foot. */
function paintBed(room: Room) {
  const { x, z } = BED;
  const frame = '#d6d2c6';
  room.shadow(x, z, 0.4, 10);
  for (const xx of x) for (const zz of z) room.line([xx, 0.05, zz], [xx, 0.5, zz], 0.035, shade(frame, 0.8));
  room.box(x, [0.42, 0.5], z, frame, shade(frame, 0.85), shade(frame, 0.8));
  room.box(
    [x[0] + 0.02, x[1] - 0.02],
    [0.5, 0.66],
    [z[0] + 0.02, z[1] - 0.05],
    '#fbfbf8',
    '#eeeeea',
    '#e4e4e0',
  );
  room.box(
    [x[0] + 0.01, x[1] - 0.01],
    [0.5, 0.68],
    [z[0] + 0.01, z[0] + 0.42],
    '#c4d2e0',
    '#aebfd0',
    '#a2b4c6',
  );
  room.fill(level(0.681, [x[0] + 0.01, x[1] - 0.01], [z[0] + 0.12, z[0] + 0.14]), '#a2b4c6');
  room.box(
    [x[0] + 0.12, x[1] - 0.12],
    [0.66, 0.76],
    [z[1] - 0.5, z[1] - 0.12],
    '#ffffff',
    '#f2f2ee',
    '#e8e8e4',
  );
  // Head and foot rails.
  for (const [zz, high] of [
    [z[1] - 0.02, 1.05],
    [z[0], 0.9],
  ] as const) {
    for (const xx of x) room.line([xx, 0.05, zz], [xx, high, zz], 0.035, frame);
    room.line([x[0], high, zz], [x[1], high, zz], 0.035, frame);
    room.line([x[0], high - 0.25, zz], [x[1], high - 0.25, zz], 0.025, frame);
  }
  room.line([x[1], 0.72, z[0] + 0.3], [x[1], 0.72, z[1] - 0.3], 0.025, shade(frame, 0.9));
}

/** The bedside cabinet: a drawer and a door, a plastic jug of water and a glass on top. */
function paintCabinet(room: Room) {
  const [x, z]: [Span, Span] = [
    [-1.38, -0.88],
    [4.75, 5.2],
  ];
  room.shadow(x, z, 0.4, 6);
  room.box(x, [0, 0.76], z, '#e6e2d8', '#d8d4c8', '#c8c4b8');
  room.line([x[0] + 0.03, 0.58, z[0]], [x[1] - 0.03, 0.58, z[0]], 0.008, '#b0ac a0'.replace(' ', ''));
  room.line([x[0] + 0.2, 0.66, z[0]], [x[1] - 0.2, 0.66, z[0]], 0.015, '#9a968c');
  const jug: [number, number] = [-1.2, 4.95];
  room.taper([jug[0], 0.76, jug[1]], 0.055, 0.98, 0.045, 'rgba(200,220,230,0.75)');
  room.taper([jug[0], 0.77, jug[1] - 0.001], 0.05, 0.9, 0.045, 'rgba(150,185,205,0.6)');
  room.line([jug[0] + 0.05, 0.95, jug[1]], [jug[0] + 0.085, 0.85, jug[1]], 0.012, 'rgba(200,220,230,0.9)');
  room.taper([-1.02, 0.76, 4.9], 0.03, 0.86, 0.035, 'rgba(215,230,235,0.7)');
}

/** The visitor's chair by the window: wooden arms, a green vinyl seat and back, turned toward the bed. */
function paintChair(room: Room) {
  const [x, z]: [Span, Span] = [
    [0.8, 1.35],
    [4.2, 4.75],
  ];
  const wood = '#a27c58';
  const vinyl = '#6f8a78';
  room.shadow(x, z, 0.4, 6);
  for (const xx of x) for (const zz of z) room.line([xx, 0, zz], [xx, 0.45, zz], 0.035, shade(wood, 0.8));
  room.box([x[1] - 0.08, x[1]], [0.45, 0.95], z, shade(vinyl, 1.05), vinyl, shade(vinyl, 0.85));
  room.box(x, [0.4, 0.48], z, shade(vinyl, 1.1), shade(vinyl, 0.9), shade(vinyl, 0.8));
  for (const zz of [z[0], z[1] - 0.05])
    room.box(x, [0.62, 0.66], [zz, zz + 0.05], wood, shade(wood, 0.85), shade(wood, 0.8));
}
