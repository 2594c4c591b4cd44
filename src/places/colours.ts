/**
 * Colour arithmetic on the CSS colour strings the painters use ('#rrggbb' or 'rgb(r,g,b)'): mixing two colours,
 * shading one darker or lighter, greying one, making one see-through. Plain string arithmetic, no canvas.
 */

/** Two colours mixed: `t` of the way from `a` to `b`. */
export function mix(a: string, b: string, t: number): string {
  const q = rgb(b);
  return `rgb(${rgb(a).map((u, i) => Math.round(u + ((q[i] ?? u) - u) * t))})`;
}

/** A colour scaled by a factor, for the shaded (or lit) faces of things. */
export function shade(color: string, factor: number): string {
  return `rgb(${rgb(color).map((v) => Math.min(255, Math.round(v * factor)))})`;
}

/** The channels of '#rrggbb' or 'rgb(r,g,b)'. */
function rgb(color: string): number[] {
  if (color.startsWith('#')) return [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
  return (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

/** A colour from `mix` (always 'rgb(…)') made see-through. */
export const alpha = (color: string, amount: number) =>
  mix(color, color, 0).replace('rgb(', 'rgba(').replace(')', `,${amount})`);

/** A colour moved `t` of the way toward its own grey. */
export function greyOf(color: string, t: number): string {
  const [r = 0, g = 0, b = 0] = color.startsWith('#')
    ? [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16))
    : (color.match(/\d+/g) ?? []).map(Number);
  const y = Math.round(r * 0.3 + g * 0.59 + b * 0.11);
  return mix(color, `rgb(${y},${y},${y})`, t);
}
