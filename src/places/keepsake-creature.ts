/**
 * The imagined animal of Tommy's drawing, in ink: a beetle's shell over clockwork, jointed legs, a coiled spring
 * tail. Drawn on the paper of the animal drawing in keepsake-papers.ts.
 */
import { between, type Random } from '../core/random.ts';
import { type Ctx, stroke } from './keepsake-pen.ts';

/** The little imagined animal in ink: a beetle's shell over clockwork, jointed legs, coiled spring tail. */
export function paintCreature(c: Ctx, random: Random) {
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
