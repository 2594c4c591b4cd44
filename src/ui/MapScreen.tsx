/**
 * The two timelines, in the DOM beside the painted map: every memory seen so far as it happened in Kathy's life,
 * and as this player recalled it. Choosing one shows where and when it was; it can be replayed without
 * changing anything in the story.
 */

import { useLayoutEffect, useRef } from 'preact/hooks';
import { actionFor, type KeyChoices } from '../core/keys.ts';
import { placeOver, usePictureBox } from './use-picture-box.ts';
import { useWindowKeys } from './use-window-keys.ts';

export interface MapMemory {
  readonly knot: string;
  readonly label: string;
  readonly place: string | null;
  readonly age: number | null;
  readonly times: number;
  /** Where its dot is drawn on the story-order line, in picture coordinates. */
  readonly at: { readonly x: number; readonly y: number };
}

export interface MapRecall {
  readonly knot: string;
  readonly label: string;
  readonly via: 'story' | 'chest';
  readonly at: { readonly x: number; readonly y: number };
}

export interface MapView {
  readonly screen: 'map';
  readonly storyOrder: readonly MapMemory[];
  readonly recallOrder: readonly MapRecall[];
  readonly selected: string | null;
  readonly onSelect: (knot: string) => void;
  readonly onReplay: (knot: string) => void;
  readonly onClose: () => void;
}

export function MapScreen({ view, keys }: { view: MapView; keys: KeyChoices }) {
  const box = usePictureBox();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  useWindowKeys((event) => {
    if (event.key === 'Escape' || actionFor(keys, event.key) === 'map') {
      event.preventDefault();
      view.onClose();
    }
  });
  const selected = view.storyOrder.find((m) => m.knot === view.selected) ?? null;

  return (
    <main class="memory-screen map-screen" aria-labelledby="map-title">
      {box &&
        view.storyOrder.map((memory) => (
          <button
            key={`dot-${memory.knot}`}
            type="button"
            class="hotspot round"
            tabIndex={-1}
            aria-hidden="true"
            style={placeOver(box, memory.at.x, memory.at.y, 44, 44)}
            onClick={() => view.onSelect(memory.knot)}
          />
        ))}
      <div class="memory-panel">
        <h2 id="map-title" tabIndex={-1} ref={heading}>
          Two timelines
        </h2>
        <p class="hint">
          Above, the memories in the order they happened in Kathy’s life; below, in the order you remembered
          them.
        </p>
        <div class="timelines">
          <section aria-labelledby="as-lived">
            <h3 id="as-lived">As it happened</h3>
            <ol>
              {view.storyOrder.map((memory) => (
                <li key={memory.knot}>
                  <button
                    type="button"
                    class={memory.knot === view.selected ? 'timeline-item selected' : 'timeline-item'}
                    aria-pressed={memory.knot === view.selected}
                    onClick={() => view.onSelect(memory.knot)}
                  >
                    {memory.age !== null ? `Age ${memory.age}: ` : ''}
                    {memory.label}
                  </button>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="as-recalled">
            <h3 id="as-recalled">As you remembered it</h3>
            <ol>
              {view.recallOrder.map((recall, i) => (
                <li key={i}>
                  <button
                    type="button"
                    class={recall.knot === view.selected ? 'timeline-item selected' : 'timeline-item'}
                    aria-pressed={recall.knot === view.selected}
                    onClick={() => view.onSelect(recall.knot)}
                  >
                    {recall.label}
                    <span class="keepsake-meta">
                      {recall.via === 'chest' ? ' (from the chest)' : ' (the story brought it back)'}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </section>
        </div>
        {selected && (
          <section class="memory-detail" aria-live="polite" aria-labelledby="detail-title">
            <h3 id="detail-title">{selected.label}</h3>
            <p>
              {selected.place ?? 'Somewhere Kathy does not name'}
              {selected.age !== null ? `, when she was ${selected.age}` : ''}. Remembered{' '}
              {selected.times === 1 ? 'once' : `${selected.times} times`}.
            </p>
            <button type="button" class="menu-button" onClick={() => view.onReplay(selected.knot)}>
              Replay this memory (changes nothing)
            </button>
          </section>
        )}
        <button type="button" class="menu-button" onClick={view.onClose}>
          Close the map
        </button>
      </div>
    </main>
  );
}
