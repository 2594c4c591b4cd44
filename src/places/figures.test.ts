import { describe, expect, it, vi } from 'vitest';
import { CAST, type CastId, PLACES } from '../core/vocabulary.ts';

// The layout is plain arithmetic; the drawing around it needs a browser, which these tests never call.
vi.mock('phaser', () => ({ default: {} }));
const { layoutCast, stagingOf, TEXT_PANEL_TOP } = await import('./figure-layout.ts');

const PEOPLE = CAST.filter((id) => id !== 'imagined_tommy');
/** Casts of one to four, each person in turn, in both orders. */
const CASTS: CastId[][] = PEOPLE.flatMap((id, i) => {
  const next = (k: number) => PEOPLE[(i + k) % PEOPLE.length] as CastId;
  return [[id], [id, next(1)], [next(1), id, next(2)], [id, next(1), next(2), next(3)]];
});

describe('where people stand', () => {
  it('keeps everyone on the picture, feet above the text panel or, where they stand near us, head and shoulders well above it', () => {
    for (const place of PLACES) {
      for (const cast of CASTS) {
        for (const p of layoutCast(cast, place)) {
          const where = `${place}: ${cast.join(' ')}: ${p.id}`;
          if (stagingOf(place).near && !p.far) {
            expect(p.ground - p.height * 0.55, where).toBeLessThan(TEXT_PANEL_TOP);
            expect(p.ground, where).toBeLessThan(720);
          } else expect(p.clip ?? p.ground, where).toBeLessThanOrEqual(TEXT_PANEL_TOP + 10);
          expect(p.ground - p.height * 1.05, where).toBeGreaterThan(0);
          expect(p.x - p.height * 0.3, where).toBeGreaterThan(0);
          expect(p.x + p.height * 0.3, where).toBeLessThan(1280);
        }
      }
    }
  });

  it('stands the row left to right in the order the tag lists it', () => {
    for (const place of PLACES.filter((p) => !stagingOf(p).inCar)) {
      const row = layoutCast(['ruth', 'students', 'tommy', 'kathy'], place);
      expect(row.map((p) => p.id)).toEqual(['ruth', 'students', 'tommy', 'kathy']);
      const xs = row.map((p) => p.x);
      expect(xs, place).toEqual([...xs].sort((a, b) => a - b));
    }
  });

  it('never stands anyone nearer than the ground line, and small enough to leave the picture to the place', () => {
    for (const place of PLACES.filter((p) => !stagingOf(p).inCar)) {
      const { ground, near } = stagingOf(place);
      for (const p of layoutCast(['kathy', 'ruth', 'tommy', 'madame'], place)) {
        expect(p.ground, place).toBeLessThanOrEqual(near ? ground : Math.min(ground, TEXT_PANEL_TOP));
        expect(p.height, place).toBeLessThan(720 * (near ? 0.5 : 0.3));
      }
    }
  });

  it('puts the imagined figure far off and alone, outside the row', () => {
    const [kathy, imagined] = layoutCast(['kathy', 'imagined_tommy'], 'norfolk_fence');
    expect(imagined).toMatchObject({ id: 'imagined_tommy', far: true });
    expect(imagined?.height).toBeLessThan((kathy?.height ?? 0) / 4);
    expect(imagined?.ground).toBeLessThan(kathy?.ground ?? 0);
  });

  it('seats the first person listed in the car beside the driver, seen from behind, and the rest in the mirror', () => {
    const [front, ...back] = layoutCast(['tommy', 'ruth', 'kathy'], 'car');
    expect(front).toMatchObject({ id: 'tommy', back: true });
    for (const p of back) {
      expect(p.height).toBeLessThan((front?.height ?? 0) / 3);
      expect(p.clip).toBeLessThan(100);
    }
  });

  it('lays out the same cast the same way every time', () => {
    expect(layoutCast(['midge', 'ruth', 'kathy'], 'hailsham_classroom')).toEqual(
      layoutCast(['midge', 'ruth', 'kathy'], 'hailsham_classroom'),
    );
  });
});
