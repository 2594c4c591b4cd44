/**
 * The things in Kathy's collection chest, each drawn as it would lie on a cloth, seen from a little above, with
 * a soft shadow under it. Each is painted once at twice the size onto a canvas (so fine ink lines and studs stay
 * crisp on large screens) and shown at half scale inside a container centred on (0, 0).
 */
import type Phaser from 'phaser';
import { between, type Random, seededRandom } from '../core/random.ts';
import { KEEPSAKES, type KeepsakeId } from '../core/vocabulary.ts';
import { grain, mix, paintedTexture, shade } from './hailsham-dorm.ts';

export const KEEPSAKE_SIZE = { width: 180, height: 130 } as const;
const SCALE = 2;

type Ctx = CanvasRenderingContext2D;
type Style = string | CanvasGradient;
type Draw = (c: Ctx, random: Random) => void;

/**
 * A keepsake drawn at `size` times its size in the chest (2.2 for a close view in a scene), centred on (0, 0).
 * Each size is painted once, at twice the resolution it is shown at.
 */
export function drawKeepsake(scene: Phaser.Scene, id: KeepsakeId, size = 1): Phaser.GameObjects.Container {
  const { width, height } = KEEPSAKE_SIZE;
  const resolution = SCALE * size;
  const paint = (c: CanvasRenderingContext2D) => {
    c.scale(resolution, resolution);
    c.translate(width / 2, height / 2);
    DRAWINGS[id](c, seededRandom(100 + KEEPSAKES.indexOf(id)));
    c.setTransform(1, 0, 0, 1, 0, 0);
    grain(c, seededRandom(7), 6);
  };
  const key = paintedTexture(scene, size === 1 ? `keepsake-${id}` : `keepsake-${id}@${size}`, paint, [
    Math.round(width * resolution),
    Math.round(height * resolution),
  ]);
  const container = scene.add.container(0, 0);
  container.add(scene.add.image(0, 0, key).setScale(1 / SCALE));
  return container;
}

/** The size of the patch of cloth a keepsake lies on when it is seen up close in a scene (with its shadow). */
export const CLOSE_UP_CLOTH = { width: 640, height: 460 } as const;

/**
 * What a keepsake lies on when it is seen up close: an oval of dark, warm cloth under a lamp, with a thin pale
 * rim and a soft shadow under it, like a lens held over the scene, so the object reads as taken out and looked
 * at rather than pasted on the picture, on light scenes and dark ones alike. Centred on (0, 0).
 */
export function closeUpCloth(scene: Phaser.Scene): Phaser.GameObjects.Image {
  const { width, height } = CLOSE_UP_CLOTH;
  const [rx, ry] = [width / 2 - 44, height / 2 - 44];
  const key = paintedTexture(
    scene,
    'close-up-cloth',
    (c) => {
      c.translate(width / 2, height / 2);
      const oval = () => {
        c.beginPath();
        c.ellipse(0, 0, rx, ry, 0, 0, Math.PI * 2);
      };
      const cloth = c.createRadialGradient(-rx * 0.25, -ry * 0.3, 0, 0, 0, rx * 1.05);
      cloth.addColorStop(0, '#5a4634');
      cloth.addColorStop(0.6, '#3a2d22');
      cloth.addColorStop(1, '#231b15');
      c.save();
      c.shadowColor = 'rgba(8,6,4,0.55)';
      c.shadowBlur = 28;
      c.shadowOffsetY = 10;
      oval();
      c.fillStyle = cloth;
      c.fill();
      c.restore();
      // The weave, only on the cloth.
      c.setTransform(1, 0, 0, 1, 0, 0);
      grain(c, seededRandom(11), 7);
      c.translate(width / 2, height / 2);
      oval();
      c.strokeStyle = 'rgba(239,230,210,0.38)';
      c.lineWidth = 2;
      c.stroke();
      c.setTransform(1, 0, 0, 1, 0, 0);
    },
    [width, height],
  );
  return scene.add.image(0, 0, key);
}

/** Fills the current path with a soft shadow falling down and to the right, as from a lamp up on the left. */
function grounded(c: Ctx, style: string | CanvasGradient, lift = 1) {
  // Shadows are measured in canvas pixels, untouched by the transform: scale them with the drawing's resolution.
  const { a, b } = c.getTransform();
  const resolution = Math.hypot(a, b);
  c.save();
  c.shadowColor = 'rgba(45,28,14,0.42)';
  c.shadowBlur = 9 * lift * resolution;
  c.shadowOffsetX = 3 * lift * resolution;
  c.shadowOffsetY = 5 * lift * resolution;
  c.fillStyle = style;
  c.fill();
  c.restore();
}

/** A closed polygon from x, y pairs, filled in `style` if given (else left as the current path). */
function path(c: Ctx, xy: readonly number[], style?: Style) {
  c.beginPath();
  for (let i = 0; i < xy.length; i += 2) c.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  c.closePath();
  if (style) {
    c.fillStyle = style;
    c.fill();
  }
}

/** A filled circle, in `style` or the current fill. */
function dot(c: Ctx, x: number, y: number, r: number, style?: Style) {
  if (style) c.fillStyle = style;
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.fill();
}

/** A rounded rectangle as the current path, filled in `style` if given. */
function rect(c: Ctx, x: number, y: number, w: number, h: number, r = 0, style?: Style) {
  c.beginPath();
  c.roundRect(x, y, w, h, r);
  if (style) {
    c.fillStyle = style;
    c.fill();
  }
}

function vertical(c: Ctx, y0: number, y1: number, top: string, bottom: string) {
  const g = c.createLinearGradient(0, y0, 0, y1);
  g.addColorStop(0, top);
  g.addColorStop(1, bottom);
  return g;
}

function stroke(c: Ctx, color: string, width: number, draw: () => void) {
  c.strokeStyle = color;
  c.lineWidth = width;
  c.lineCap = 'round';
  c.lineJoin = 'round';
  c.beginPath();
  draw();
  c.stroke();
}

/** A diagonal band of light across a glossy or glazed surface, clipped to the current path. */
function sheen(c: Ctx, w: number, h: number, alpha: number) {
  c.save();
  c.clip();
  const g = c.createLinearGradient(-w / 2, -h / 2, w / 2, h / 2);
  g.addColorStop(0.25, 'rgba(255,255,255,0)');
  g.addColorStop(0.38, `rgba(255,255,255,${alpha})`);
  g.addColorStop(0.5, 'rgba(255,255,255,0)');
  c.fillStyle = g;
  c.fillRect(-w / 2, -h / 2, w, h);
  c.restore();
}

/** A cassette shell: screws, the label, the window with its two reels, the bottom ramp with its holes. */
function cassette(
  c: CanvasRenderingContext2D,
  shell: string,
  label: (x: number, y: number, w: number, h: number) => void,
) {
  rect(c, -72, -44, 144, 90, 6);
  grounded(c, vertical(c, -44, 46, mix(shell, '#ffffff', 0.12), shell));
  rect(c, -72, 40, 144, 6, 3, shade(shell, 0.7));
  label(-64, -38, 128, 58);
  rect(c, -34, -16, 68, 20, 8, 'rgba(30,24,20,0.85)');
  dot(c, -18, -6, 12, '#5b4030');
  for (const x of [-18, 18]) {
    dot(c, x, -6, 5.5, '#efe9dc');
    c.fillStyle = '#2a2420';
    for (let i = 0; i < 6; i += 1) {
      const a = (i / 6) * Math.PI * 2;
      c.fillRect(x + Math.cos(a) * 3.4 - 0.7, -6 + Math.sin(a) * 3.4 - 0.7, 1.4, 1.4);
    }
  }
  path(c, [-44, 44, -38, 24, 38, 24, 44, 44], mix(shell, '#ffffff', 0.08));
  for (const x of [-26, -9, 9, 26]) dot(c, x, 36, x % 2 ? 2.6 : 3.2, '#151210');
  const screws = [-66, -38, 66, -38, -66, 39, 66, 39, 0, 29];
  for (let i = 0; i < screws.length; i += 2) dot(c, screws[i] ?? 0, screws[i + 1] ?? 0, 1.8, '#8c8a86');
  rect(c, -72, -44, 144, 90, 6);
  sheen(c, 144, 90, 0.1);
}

const DRAWINGS: Readonly<Record<KeepsakeId, Draw>> = {
  pencil_case(c) {
    c.rotate(-0.05);
    rect(c, -74, -34, 148, 68, 18);
    grounded(c, vertical(c, -34, 34, '#85495a', '#5a2d3b'));
    // The zip along the top, its teeth and pull.
    stroke(c, '#3e1e29', 5, () => {
      c.moveTo(-64, -20);
      c.lineTo(64, -20);
    });
    for (let x = -62; x <= 62; x += 2.5) {
      c.fillStyle = x % 5 ? '#c9c3b5' : '#8f897d';
      c.fillRect(x, -21.5, 1.4, 3);
    }
    rect(c, 40, -24, 16, 8, 3, '#d6d0c2');
    stroke(c, '#8f897d', 1.2, () => c.arc(60, -20, 3, 0, Math.PI * 2));
    // Rows of shiny studs, each a small lit dome.
    for (let row = 0; row < 4; row += 1) {
      for (let col = 0; col < 11; col += 1) {
        const x = -60 + col * 12 + (row % 2) * 6;
        const y = -8 + row * 11;
        if (x > 62) continue;
        const g = c.createRadialGradient(x - 1.2, y - 1.4, 0.3, x, y, 3.6);
        g.addColorStop(0, '#ffffff');
        g.addColorStop(0.45, '#c8c6c0');
        g.addColorStop(1, '#5e5a56');
        dot(c, x, y, 3.4, g);
      }
    }
    stroke(c, 'rgba(255,220,230,0.35)', 1, () => c.roundRect(-70, -30, 140, 60, 15));
  },

  tape(c) {
    c.rotate(0.04);
    cassette(c, '#2f2a27', (x, y, w, h) => {
      rect(c, x, y, w, h, 3, '#efe4c8');
      c.fillStyle = '#d9a5a0';
      c.fillRect(x, y + 4, w, 6);
      // The printed title, as marks rather than letters.
      c.fillStyle = '#6a5644';
      for (let i = 0; i < 9; i += 1) c.fillRect(x + 8 + i * 7, y + 14, 5, 3);
      for (let i = 0; i < 6; i += 1) c.fillRect(x + 78 + i * 6, y + 14, 4, 3);
      c.fillStyle = '#a5927a';
      c.fillRect(x + 8, y + 48, 40, 2);
      c.fillRect(x + w - 30, y + 48, 22, 2);
    });
  },

  replacement_tape(c) {
    c.rotate(-0.06);
    // A closed case, smoky and dark, with a darker cassette inside wearing a label drawn in biro.
    rect(c, -80, -56, 160, 110, 4);
    grounded(c, vertical(c, -56, 54, '#3d4148', '#1b1d21'));
    c.save();
    c.translate(4, -1);
    c.scale(0.92, 0.92);
    cassette(c, '#1d1b1c', (x, y, w, h) => {
      rect(c, x, y, w, h, 2, '#f1ede2');
      stroke(c, '#2f4c86', 1.1, () => {
        for (let i = 0; i <= 10; i += 1) {
          const a = (i / 10) * Math.PI * 2 - Math.PI / 2;
          const r = i % 2 ? 3.5 : 8;
          c.lineTo(x + 14 + Math.cos(a) * r, y + 14 + Math.sin(a) * r);
        }
        c.moveTo(x + 28, y + 12);
        for (let u = x + 28; u < x + w - 10; u += 3) c.lineTo(u, y + 12 - (u % 6 ? 3 : 0));
        c.moveTo(x + 6, y + h - 8);
        for (let u = x + 6; u < x + w - 6; u += 6) {
          c.quadraticCurveTo(u + 1.5, y + h - 12, u + 3, y + h - 8);
          c.quadraticCurveTo(u + 4.5, y + h - 4, u + 6, y + h - 8);
        }
      });
      dot(c, x + 14, y + 14, 2.4, '#d27a6a');
    });
    c.restore();
    // The spine's ridges, and the gloss and tint of the lid over everything.
    for (let y = -54; y < 52; y += 4) {
      c.fillStyle = y % 8 ? '#4a4f56' : '#25282c';
      c.fillRect(-80, y, 7, 2);
    }
    rect(c, -80, -56, 160, 110, 4, 'rgba(28,32,40,0.3)');
    sheen(c, 160, 110, 0.25);
  },

  polo_shirt(c) {
    c.rotate(0.03);
    rect(c, -64, -46, 128, 96, 9);
    grounded(c, vertical(c, -46, 50, '#bcd5e7', '#8fb0ca'));
    // The knit; the sleeves folded under at both sides; a soft crease across the middle.
    c.fillStyle = 'rgba(255,255,255,0.08)';
    for (let y = -42; y < 48; y += 3) c.fillRect(-62, y, 124, 1);
    const sides = c.createLinearGradient(-64, 0, 64, 0);
    sides.addColorStop(0, 'rgba(50,80,110,0.35)');
    sides.addColorStop(0.13, 'rgba(255,255,255,0.16)');
    sides.addColorStop(0.18, 'rgba(50,80,110,0)');
    sides.addColorStop(0.82, 'rgba(50,80,110,0)');
    sides.addColorStop(0.87, 'rgba(50,80,110,0.2)');
    sides.addColorStop(1, 'rgba(50,80,110,0.4)');
    rect(c, -64, -46, 128, 96, 9, sides);
    c.fillStyle = vertical(c, 6, 18, 'rgba(60,90,120,0.22)', 'rgba(255,255,255,0.12)');
    c.fillRect(-62, 6, 124, 12);
    // The placket and its buttons, then the collar band and its points lying over the top.
    rect(c, -8, -38, 16, 40, 2, '#aecadf');
    stroke(c, 'rgba(60,90,120,0.45)', 1, () => c.roundRect(-8, -38, 16, 40, 2));
    for (const y of [-22, -8]) dot(c, 0, y, 2.8, '#f6f3ec');
    stroke(c, '#86a7c2', 7, () => {
      c.moveTo(-34, -48);
      c.quadraticCurveTo(0, -36, 34, -48);
    });
    for (const side of [-1, 1]) {
      path(c, [side * 2, -40, side * 36, -50, side * 30, -22, side * 6, -28]);
      grounded(c, side < 0 ? '#cde1ef' : '#bcd4e6', 0.35);
      stroke(c, 'rgba(60,90,120,0.35)', 0.8, () => {
        c.moveTo(side * 31, -24);
        c.lineTo(side * 7, -30);
      });
    }
  },

  animal_drawing(c, random) {
    c.rotate(0.05);
    rect(c, -76, -56, 152, 112, 1);
    grounded(c, vertical(c, -56, 56, '#f6f1e3', '#ebe2cc'), 0.6);
    paintCreature(c, random);
  },

  office_advert(c) {
    c.rotate(-0.07);
    // A magazine page torn from its spine: the left edge is ragged.
    c.beginPath();
    c.moveTo(72, -54);
    c.lineTo(72, 54);
    c.lineTo(-70, 54);
    for (let y = 54; y > -54; y -= 5) c.lineTo(-70 + (y % 10 ? 3 : -1) + Math.sin(y) * 1.5, y);
    c.closePath();
    grounded(c, '#fbfaf6', 0.6);
    // The photograph: a bright open-plan office behind glass, in perspective toward a far wall.
    c.save();
    rect(c, -62, -48, 128, 74);
    c.clip();
    c.fillStyle = vertical(c, -48, 26, '#9fd3f0', '#e8f5fb');
    c.fillRect(-62, -48, 128, 74);
    path(c, [-62, 26, -20, -6, 24, -6, 66, 26], '#f4f6f7');
    c.fillStyle = '#dfe7ec';
    c.fillRect(-62, -48, 128, 8);
    stroke(c, 'rgba(255,255,255,0.9)', 1, () => {
      for (let x = -56; x < 66; x += 9) {
        c.moveTo(x, -40);
        c.lineTo(x + (x - 2) * 0.25, -6);
      }
    });
    for (let row = 0; row < 3; row += 1) {
      const y = -2 + row * 8;
      const spread = 0.8 + row * 0.45;
      for (const side of [-1, 1]) {
        c.fillStyle = '#ffffff';
        c.fillRect(2 + side * (14 + row * 10) - 9 * spread, y, 18 * spread, 3 + row);
        c.fillStyle = '#3f6f8f';
        c.fillRect(2 + side * (14 + row * 10) - 2, y - 4 - row, 4 + row, 3 + row);
      }
    }
    // Potted plants.
    dot(c, -48, 8, 7, '#4f9a5e');
    dot(c, 54, 10, 8);
    dot(c, -30, -2, 4);
    c.restore();
    // Headline bar and columns of copy, as grey marks.
    c.fillStyle = '#d2483a';
    c.fillRect(-62, 31, 56, 6);
    c.fillStyle = '#a8a8a8';
    for (let i = 0; i < 3; i += 1) c.fillRect(-62, 41 + i * 4, 60, 1.6);
    for (let i = 0; i < 5; i += 1) c.fillRect(6, 31 + i * 4, 58, 1.6);
    c.beginPath();
    c.rect(-72, -54, 144, 108);
    sheen(c, 144, 108, 0.35);
  },

  empty_frame(c) {
    c.rotate(0.06);
    const [w, h, m] = [132, 104, 15];
    rect(c, -w / 2, -h / 2, w, h, 2);
    grounded(c, '#7a5234');
    // Four bevelled sides, lit from the upper left.
    const [a, b, ia, ib] = [w / 2, h / 2, w / 2 - m, h / 2 - m];
    path(c, [-a, -b, a, -b, ia, -ib, -ia, -ib], '#a87a52');
    path(c, [-a, -b, -ia, -ib, -ia, ib, -a, b], '#94683f');
    path(c, [a, -b, a, b, ia, ib, ia, -ib], '#6a4529');
    path(c, [-a, b, a, b, ia, ib, -ia, ib], '#5c3c24');
    stroke(c, '#d8b46a', 1.6, () => c.rect(-ia, -ib, ia * 2, ib * 2));
    // Nothing inside: a bare backing card under the glass.
    c.fillStyle = vertical(c, -ib, ib, '#efe7d4', '#e0d5bc');
    c.fillRect(-ia + 1, -ib + 1, ia * 2 - 2, ib * 2 - 2);
    c.beginPath();
    c.rect(-ia + 1, -ib + 1, ia * 2 - 2, ib * 2 - 2);
    sheen(c, ia * 2, ib * 2, 0.55);
  },

  boat_postcard(c, random) {
    c.rotate(-0.05);
    rect(c, -78, -52, 156, 104, 2);
    grounded(c, '#f3eee2', 0.6);
    c.save();
    rect(c, -71, -45, 142, 90);
    c.clip();
    c.fillStyle = vertical(c, -45, 0, '#b9c7c9', '#efe2c4');
    c.fillRect(-71, -45, 142, 50);
    // The marsh: flat ochre reeds, silver channels of water, the mud.
    c.fillStyle = vertical(c, -2, 45, '#b5a36c', '#7b7247');
    c.fillRect(-71, -2, 142, 47);
    c.fillStyle = '#c9d1cc';
    c.beginPath();
    c.ellipse(20, 6, 90, 3, 0, 0, Math.PI * 2);
    c.ellipse(-30, 18, 90, 6, 0, 0, Math.PI * 2);
    c.fill();
    c.fillStyle = '#d7dcd2';
    c.beginPath();
    c.ellipse(10, 34, 90, 9, 0, 0, Math.PI * 2);
    c.fill();
    stroke(c, 'rgba(80,70,40,0.55)', 0.7, () => {
      for (let i = 0; i < 140; i += 1) {
        const x = between(random, -71, 71);
        const y = between(random, -2, 45);
        c.moveTo(x, y);
        c.lineTo(x + between(random, -1, 1), y - 2 - (y + 5) * 0.1);
      }
    });
    // The boat, stranded and listing, its paint gone to patches; a broken mast; its dark reflection.
    c.save();
    c.translate(8, 14);
    c.rotate(-0.16);
    c.beginPath();
    c.moveTo(-34, -8);
    c.lineTo(34, -12);
    c.quadraticCurveTo(30, 6, 14, 8);
    c.lineTo(-22, 8);
    c.quadraticCurveTo(-34, 4, -34, -8);
    c.fillStyle = '#4f3b2c';
    c.fill();
    c.fillStyle = '#6d8a99';
    c.fillRect(-30, -6, 60, 3);
    c.fillStyle = '#8a6a4e';
    c.fillRect(-14, -18, 20, 9);
    stroke(c, '#3a2a1e', 1.2, () => {
      c.moveTo(12, -12);
      c.lineTo(16, -40);
      c.lineTo(24, -32);
    });
    c.fillStyle = 'rgba(60,48,36,0.35)';
    c.fillRect(-30, 9, 60, 4);
    c.restore();
    stroke(c, '#4a4038', 0.8, () => {
      for (const [x, y] of [
        [-40, -30],
        [-30, -34],
      ] as const) {
        c.moveTo(x - 3, y);
        c.quadraticCurveTo(x - 1.5, y - 2, x, y);
        c.quadraticCurveTo(x + 1.5, y - 2, x + 3, y);
      }
    });
    c.restore();
    rect(c, -78, -52, 156, 104, 2, 'rgba(216,180,122,0.12)');
  },

  address_slip(c) {
    c.rotate(0.08);
    c.beginPath();
    c.moveTo(-70, -26);
    c.lineTo(70, -26);
    for (let y = -26; y <= 26; y += 4) c.lineTo(70 + (y % 8 ? 2 : -1), y);
    for (let x = 70; x >= -70; x -= 5) c.lineTo(x, 26 + (x % 10 ? 2 : -1));
    c.closePath();
    grounded(c, vertical(c, -26, 26, '#f8f5ec', '#ece6d6'), 0.5);
    stroke(c, 'rgba(110,150,200,0.55)', 0.7, () => {
      for (const y of [-14, 0, 14]) {
        c.moveTo(-70, y);
        c.lineTo(70, y);
      }
    });
    stroke(c, 'rgba(200,90,90,0.55)', 0.7, () => {
      c.moveTo(-54, -26);
      c.lineTo(-54, 27);
    });
    // A line in a hurried hand: loops and humps of blue ink, no letters.
    stroke(c, '#273f7a', 1.1, () => {
      for (const [start, end, y] of [
        [-48, 58, -3],
        [-48, 14, 11],
      ] as const) {
        c.moveTo(start, y);
        for (let x = start; x < end; x += 1) {
          const t = (x - start) / 3.2;
          c.lineTo(
            x + Math.sin(t) * 1.8,
            y - Math.abs(Math.sin(t * 0.5)) * 5 - (Math.sin(t * 0.21) > 0.8 ? 4 : 0),
          );
        }
      }
    });
    c.fillStyle = vertical(c, -26, 26, 'rgba(0,0,0,0.05)', 'rgba(255,255,255,0.3)');
    c.fillRect(2, -26, 2, 52);
  },
};

/** The little imagined animal in ink: a beetle's shell over clockwork, jointed legs, coiled spring tail. */
function paintCreature(c: Ctx, random: Random) {
  const ink = '#2e2620';
  c.save();
  c.translate(6, 6);
  c.rotate(-0.12);
  c.scale(1.3, 1.3);
  // The winding key in its back, the surest sign it is clockwork.
  stroke(c, ink, 0.6, () => {
    c.moveTo(-4, -6);
    c.lineTo(-6, -22);
    c.ellipse(-12, -25, 6, 3.2, 0.4, 0, Math.PI * 2);
    c.moveTo(6, -26);
    c.ellipse(0, -28, 6, 3.2, -0.4, 0, Math.PI * 2);
  });
  // Veined wings, folded back over the shell.
  for (const tilt of [-0.35, -0.12]) {
    c.save();
    c.rotate(tilt);
    stroke(c, 'rgba(46,38,32,0.7)', 0.5, () => {
      c.ellipse(-10, -14, 24, 6, 0, 0, Math.PI * 2);
      for (let i = 0; i < 6; i += 1) {
        c.moveTo(10, -14);
        c.lineTo(-30 + i * 6, -14 + (i % 2 ? -5 : 5));
      }
    });
    c.restore();
  }
  c.fillStyle = 'rgba(216,180,122,0.35)';
  c.beginPath();
  c.ellipse(0, 0, 24, 13, 0, 0, Math.PI * 2);
  c.fill();
  stroke(c, ink, 0.8, () => c.ellipse(0, 0, 24, 13, 0, 0, Math.PI * 2));
  // Plates of the shell, and gears seen through gaps between them.
  stroke(c, ink, 0.5, () => {
    for (let i = -3; i <= 3; i += 1) {
      c.moveTo(i * 6, -12 + Math.abs(i));
      c.quadraticCurveTo(i * 6 + 3, 0, i * 6, 12 - Math.abs(i));
    }
  });
  for (const [x, y, r] of [
    [-9, -2, 5],
    [4, 3, 4],
    [13, -4, 3],
  ] as const) {
    stroke(c, ink, 0.5, () => {
      c.arc(x, y, r, 0, Math.PI * 2);
      c.moveTo(x + 1.2, y);
      c.arc(x, y, 1.2, 0, Math.PI * 2);
      for (let t = 0; t < 12; t += 1) {
        const a = (t / 12) * Math.PI * 2;
        c.moveTo(x + Math.cos(a) * r, y + Math.sin(a) * r);
        c.lineTo(x + Math.cos(a) * (r + 1.3), y + Math.sin(a) * (r + 1.3));
      }
    });
  }
  // Rivets along the rim of the shell.
  c.fillStyle = ink;
  for (let t = 0; t < 22; t += 1) {
    const a = (t / 22) * Math.PI * 2;
    c.fillRect(Math.cos(a) * 21.5 - 0.4, Math.sin(a) * 10.8 - 0.4, 0.8, 0.8);
  }
  // Cross-hatched belly.
  stroke(c, 'rgba(46,38,32,0.6)', 0.35, () => {
    for (let x = -18; x < 18; x += 2) {
      c.moveTo(x, 8 - Math.abs(x) * 0.15);
      c.lineTo(x + 3, 12 - Math.abs(x) * 0.2);
    }
  });
  // A head that is a dial, with feelers that curl into springs.
  stroke(c, ink, 0.7, () => {
    c.moveTo(32, -4);
    c.arc(27, -4, 5, 0, Math.PI * 2);
    c.moveTo(27, -4);
    c.lineTo(29, -7);
    for (const [dx, dy] of [
      [1, -1],
      [1.4, -0.4],
    ] as const) {
      c.moveTo(30, -8);
      let [x, y] = [30, -8];
      for (let t = 0; t < 34; t += 1) {
        x += dx * 0.5;
        y += dy * 0.5;
        if (t > 22) {
          const a = (t - 22) * 0.7;
          c.lineTo(x + Math.cos(a) * 2.5, y + Math.sin(a) * 2.5);
        } else c.lineTo(x, y);
      }
    }
  });
  // Eight jointed legs, a claw at the end of each.
  stroke(c, ink, 0.55, () => {
    for (let i = 0; i < 8; i += 1) {
      const side = i % 2 ? 1 : -1;
      const x0 = -15 + Math.floor(i / 2) * 10;
      const y0 = side * 10;
      const kx = x0 + between(random, -6, 4);
      const ky = y0 + side * between(random, 8, 11);
      const fx = kx + between(random, -5, 5);
      const fy = ky + side * between(random, 7, 10);
      c.moveTo(x0, y0);
      c.lineTo(kx, ky);
      c.lineTo(fx, fy);
      c.moveTo(fx - 1.5, fy);
      c.lineTo(fx + 1.5, fy + side);
      c.moveTo(kx + 1, ky);
      c.arc(kx, ky, 1, 0, Math.PI * 2);
    }
  });
  // The tail: a coiled spring running off behind.
  stroke(c, ink, 0.6, () => {
    c.moveTo(-24, 1);
    for (let t = 0; t < 60; t += 1) {
      const a = t * 0.55;
      c.lineTo(-24 - t * 0.45 + Math.sin(a) * 2.6, 2 + t * 0.12 + Math.cos(a) * 2.6);
    }
  });
  c.restore();
  // Faint pencil guides and a tiny scale bar in the corner, as careful drawers leave.
  stroke(c, 'rgba(120,110,100,0.3)', 0.4, () => {
    c.moveTo(-66, 44);
    c.lineTo(66, 44);
    c.moveTo(-60, 48);
    c.lineTo(-44, 48);
  });
}
