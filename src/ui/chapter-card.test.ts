import { describe, expect, it } from 'vitest';
import { splitTitle } from './ChapterCard.tsx';

describe("a chapter card's title", () => {
  it('puts the part above the name when the title has both', () => {
    expect(splitTitle('Part Two: the Cottages')).toEqual(['Part Two', 'the Cottages']);
    expect(splitTitle('Epilogue: the fence')).toEqual(['Epilogue', 'the fence']);
  });

  it('keeps a title without a colon whole', () => {
    expect(splitTitle('The Norfolk trip')).toEqual(['The Norfolk trip', null]);
  });
});
