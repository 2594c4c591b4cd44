/**
 * The keepsakes that are things rather than paper: the pencil case, the cassette tapes (the lost one and the one
 * Tommy found to replace it) and the polo shirt, each as it lies on the cloth. Drawn for keepsakes.ts.
 */
import type { KeepsakeId } from '../core/vocabulary.ts';
import { cassette } from './keepsake-cassette.ts';
import { type Draw, dot, grounded, path, rect, sheen, stroke, vertical } from './keepsake-pen.ts';

type Thing = 'pencil_case' | 'tape' | 'replacement_tape' | 'polo_shirt';

export const OBJECTS: Readonly<Record<Extract<KeepsakeId, Thing>, Draw>> = {
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
};
