/**
 * Flat shapes on a 2D canvas from lists of points (x, y, x, y…): a filled polygon, a stroked line, a linear
 * gradient through evenly spaced colours. Most of an outdoor picture is drawn with these.
 */

type Ctx = CanvasRenderingContext2D;

/** Fills a polygon given as x, y, x, y…: most of an outdoor picture is flat shapes. */
export function poly(c: Ctx, style: string | CanvasGradient, ...xy: number[]) {
  c.beginPath();
  for (let i = 0; i < xy.length; i += 2) c.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  c.closePath();
  c.fillStyle = style;
  c.fill();
}

/** Strokes a line through x, y, x, y… */
export function line(c: Ctx, style: string, width: number, ...xy: number[]) {
  c.beginPath();
  for (let i = 0; i < xy.length; i += 2) c.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  c.strokeStyle = style;
  c.lineWidth = width;
  c.stroke();
}

/** A linear gradient from (x0, y0) to (x1, y1) through evenly spaced colours. */
export function linear(c: Ctx, x0: number, y0: number, x1: number, y1: number, ...colors: string[]) {
  const g = c.createLinearGradient(x0, y0, x1, y1);
  colors.forEach((color, i) => {
    g.addColorStop(i / Math.max(1, colors.length - 1), color);
  });
  return g;
}
