/**
 * The flat keepsakes, drawn or printed on paper (and the frame with nothing in it): Tommy's drawing of an
 * imagined animal, the office advert, the empty frame, the postcard of the boat, the slip with an address on
 * it, each as it lies on the cloth. Drawn for keepsakes.ts.
 */
import { between } from '../core/random.ts';
import type { KeepsakeId } from '../core/vocabulary.ts';
import { paintCreature } from './keepsake-creature.ts';
import { type Draw, dot, grounded, path, rect, sheen, stroke, vertical } from './keepsake-pen.ts';

type Paper = 'animal_drawing' | 'office_advert' | 'empty_frame' | 'boat_postcard' | 'address_slip';

export const PAPERS: Readonly<Record<Extract<KeepsakeId, Paper>, Draw>> = {
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
