import { describe, expect, it } from 'vitest';
import { captionFor, inPicture } from './picture-text.ts';

describe('the picture in words', () => {
  it('names the place, and whether it is remembered or seen again', () => {
    expect(captionFor({ place: 'The car, on the road', register: 'present', revisit: null })).toBe(
      'The car, on the road',
    );
    expect(captionFor({ place: 'Hailsham: the pond', register: 'memory', revisit: 'changed' })).toBe(
      'Remembered · Hailsham: the pond · seen again, knowing more',
    );
  });

  it('says who is there and what is held up close, or nothing when the picture is empty of both', () => {
    expect(inPicture({ people: 'Ruth and Tommy', closeUp: null })).toBe('In the picture: Ruth and Tommy.');
    expect(inPicture({ people: null, closeUp: 'A pencil case with studs' })).toBe(
      'Up close: A pencil case with studs.',
    );
    expect(inPicture({ people: 'Kathy', closeUp: 'A pale blue polo shirt' })).toBe(
      'In the picture: Kathy. Up close: A pale blue polo shirt.',
    );
    expect(inPicture({ people: null, closeUp: null })).toBeNull();
  });
});
