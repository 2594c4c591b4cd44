import { describe, expect, it } from 'vitest';
import { compileForTests } from './compile-for-tests.ts';
import { pictureKey, picturesOfTheStory } from './pictures.ts';
import type { CompiledStory } from './story-module.ts';

const SOURCE = `
LIST keepsakes = tape
-> road

=== road ===
A line before anything is set.
# place: car
# light: night
# ambience: car_night
We drove.
# cast: ruth
Ruth was asleep.
* [Stop] We stopped.
  # place: service_station
  # cast: tommy
  Tommy went in.
* [Go on] We went on.
- Later.
-> END

=== recall(memory) ===
{memory:
- "mem_tape": -> mem_tape ->
}
-> DONE

=== mem_tape ===
# memory: The tape
# keepsake: tape
# place: hailsham_dorm
# register: memory
# light: golden
I danced.
->->
`;

const story: CompiledStory = { json: compileForTests(SOURCE), sources: {}, hash: '2222222222222222' };

describe('the pictures of a story', () => {
  const found = picturesOfTheStory(story, 6);
  const keys = found.pictures.map((p) => p.key);

  it('collects each distinct picture the walks show, with who is in it', () => {
    expect(keys).toContain('car|present|night|clear||');
    expect(keys).toContain('car|present|night|clear|ruth|');
    // A new place empties the cast unless the same line names who is there.
    expect(keys).toContain('service_station|present|night|clear|tommy|');
  });

  it('includes memories the walks never tunnel into, played as the chest would open them', () => {
    expect(keys).toContain('hailsham_dorm|memory|golden|clear||');
  });

  it('counts the lines shown over each picture and names where it is first seen', () => {
    const ruth = found.pictures.find((p) => p.key === 'car|present|night|clear|ruth|');
    expect(ruth?.knot).toBe('road');
    // "Ruth was asleep." on each of six walks, and "Later." on the walks that went on.
    expect(ruth?.lines).toBeGreaterThan(6);
  });

  it('reports lines shown before any place is set, and lines in silence', () => {
    expect(found.unplaced.map((l) => l.text.trim())).toEqual(['A line before anything is set.']);
    expect(found.silent.map((l) => l.text.trim())).toContain('A line before anything is set.');
    // The memory sets no sound of its own when opened alone.
    expect(found.silent.map((l) => l.text.trim())).toContain('I danced.');
    expect(found.silent.map((l) => l.text.trim())).not.toContain('We drove.');
  });

  it('names a picture by its painted parts only', () => {
    expect(
      pictureKey({
        place: 'car',
        register: 'memory',
        light: 'day',
        weather: 'rain',
        cast: ['ruth', 'tommy'],
        closeUp: 'tape',
      }),
    ).toBe('car|memory|day|rain|ruth tommy|tape');
  });
});
