import { describe, expect, it } from 'vitest';
import { choicesSpoken, lineAnnouncement } from './line-words.ts';
import type { PlayView, ShownLine } from './PlayScreen.tsx';

const line: ShownLine = {
  id: 4,
  text: 'The rain began somewhere after the last roundabout.',
  speaker: null,
  alternative: null,
  read: false,
  instant: false,
};

/** Only what the announcement reads; the rest of a PlayView does not matter here. */
function view(fields: Partial<PlayView>): PlayView {
  return {
    place: 'The car, on the road',
    placeChanged: false,
    register: 'present',
    revisit: null,
    choices: [],
    ...fields,
  } as PlayView;
}

describe('a line in words to be heard', () => {
  it('is only the line when nothing else changed', () => {
    expect(lineAnnouncement(view({}), line, false)).toBe(line.text);
  });

  it('names the chapter, a new place (remembered or not), who is there, the speaker and the doubt, in that order', () => {
    const said = lineAnnouncement(
      view({
        chapterCard: 'Part One: Hailsham',
        place: 'Hailsham: the pond',
        placeChanged: true,
        register: 'memory',
        people: 'Ruth',
        peopleChanged: true,
      }),
      { ...line, speaker: 'Ruth', alternative: 'Or it was Tuesday.' },
      false,
    );
    expect(said).toBe(
      'Part One: Hailsham. Hailsham: the pond, remembered. In the picture: Ruth. Ruth: The rain began somewhere after the last roundabout. (Kathy is not sure she remembers this right.)',
    );
  });

  it('adds the sound caption only when captions are on, and every word note', () => {
    const fields = {
      caption: '[footsteps on gravel]',
      glossary: [{ id: 'carer', term: 'carer', meaning: 'someone who looks after donors' }],
    };
    expect(lineAnnouncement(view(fields), line, false)).not.toContain('gravel');
    expect(lineAnnouncement(view(fields), line, true)).toBe(
      `${line.text} [footsteps on gravel] Word note: carer: someone who looks after donors`,
    );
  });

  it('reads choices with their numbers, and nothing when there are none', () => {
    expect(choicesSpoken([])).toBe('');
    expect(
      choicesSpoken([
        { index: 0, text: 'Keep it' },
        { index: 2, text: 'Give it back' },
      ]),
    ).toBe('Choose. 1: Keep it 2: Give it back');
  });
});
