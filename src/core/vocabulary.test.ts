import { describe, expect, it } from 'vitest';
import { CAST, CAST_NAMES, namesInPicture } from './vocabulary.ts';

describe('the names of the people in the picture', () => {
  it('joins them as a sentence would, in the order they stand', () => {
    expect(namesInPicture([])).toBeNull();
    expect(namesInPicture(['ruth'])).toBe('Ruth');
    expect(namesInPicture(['ruth', 'tommy'])).toBe('Ruth and Tommy');
    expect(namesInPicture(['emily', 'students', 'kathy'])).toBe('Miss Emily, other students and Kathy');
  });

  it('has a plain name for everyone who can stand in the picture', () => {
    for (const id of CAST) expect(CAST_NAMES[id]).toMatch(/^[A-Za-z][A-Za-z ,]+$/);
  });
});
