/**
 * A cassette shell as it lies on the cloth, with its label drawn by the caller: shared by the two tapes in
 * keepsake-objects.ts.
 */
import { mix, shade } from './colours.ts';
import { dot, grounded, path, rect, sheen, vertical } from './keepsake-pen.ts';

/** A cassette shell: screws, the label, the window with its two reels, the bottom ramp with its holes. */
export function cassette(
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
