/**
 * Kathy's collection chest, in the DOM over the painted chest: each keepsake is a button laid exactly over its
 * drawing (so a click or tap on the object opens it) and also listed with its name, how often its memory has
 * been seen and whether it has something new. Keepsakes can be set aside in the Norfolk drawer and found again.
 */

import { useLayoutEffect, useRef } from 'preact/hooks';
import { actionFor, type KeyChoices } from '../core/keys.ts';
import type { KeepsakeId } from '../core/vocabulary.ts';
import { placeOver, usePictureBox } from './use-picture-box.ts';
import { useWindowKeys } from './use-window-keys.ts';

export interface ChestItem {
  readonly keepsake: KeepsakeId;
  readonly name: string;
  /** The memory it opens, once seen (never before: no spoilers). */
  readonly label: string | null;
  readonly knot: string | null;
  readonly visits: number;
  readonly somethingNew: boolean;
  readonly setAside: boolean;
  /** Where it is drawn, in picture coordinates; null when it is not on the cloth (set aside). */
  readonly at: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  } | null;
}

export interface ChestView {
  readonly screen: 'chest';
  readonly items: readonly ChestItem[];
  readonly onOpen: (knot: string) => void;
  readonly onSetAside: (keepsake: KeepsakeId, aside: boolean) => void;
  readonly onHighlight: (keepsake: KeepsakeId | null) => void;
  readonly onClose: () => void;
}

export function ChestScreen({ view, keys }: { view: ChestView; keys: KeyChoices }) {
  const box = usePictureBox();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  useWindowKeys((event) => {
    if (
      event.key === 'Escape' ||
      (actionFor(keys, event.key) === 'chest' && !(event.target as HTMLElement)?.closest('input'))
    ) {
      event.preventDefault();
      view.onClose();
    }
  });
  const kept = view.items.filter((item) => !item.setAside);
  const drawer = view.items.filter((item) => item.setAside);
  const open = (item: ChestItem) => item.knot && view.onOpen(item.knot);

  return (
    <main class="memory-screen chest-screen" aria-labelledby="chest-title">
      {box &&
        kept.map(
          (item) =>
            item.at && (
              <button
                key={`spot-${item.keepsake}`}
                type="button"
                class="hotspot"
                tabIndex={-1}
                aria-hidden="true"
                style={placeOver(box, item.at.x, item.at.y, item.at.width, item.at.height)}
                onClick={() => open(item)}
                onMouseEnter={() => view.onHighlight(item.keepsake)}
                onMouseLeave={() => view.onHighlight(null)}
              />
            ),
        )}
      <div class="memory-panel">
        <h2 id="chest-title" tabIndex={-1} ref={heading}>
          Kathy’s collection chest
        </h2>
        <p class="hint">Open a keepsake to remember what it brings back. Nothing set aside is ever lost.</p>
        <ul class="keepsakes" aria-label="In the chest">
          {kept.map((item) => (
            <KeepsakeRow key={item.keepsake} item={item} view={view} onOpen={() => open(item)} />
          ))}
        </ul>
        {kept.length === 0 && <p>The chest is empty tonight.</p>}
        <h3 id="drawer-title">The Norfolk drawer</h3>
        <p class="hint">
          The lost corner, where lost things turn up. What is here can be taken back at any time.
        </p>
        <ul class="keepsakes" aria-labelledby="drawer-title">
          {drawer.map((item) => (
            <KeepsakeRow key={item.keepsake} item={item} view={view} onOpen={() => open(item)} />
          ))}
        </ul>
        {drawer.length === 0 && <p>Nothing set aside.</p>}
        <button type="button" class="menu-button" onClick={view.onClose}>
          Close the chest
        </button>
      </div>
    </main>
  );
}

function KeepsakeRow({ item, view, onOpen }: { item: ChestItem; view: ChestView; onOpen: () => void }) {
  const seen =
    item.visits === 0
      ? 'not yet remembered'
      : item.visits === 1
        ? 'remembered once'
        : `remembered ${item.visits} times`;
  return (
    <li class="keepsake-row">
      <button
        type="button"
        class="keepsake-open"
        disabled={!item.knot}
        onClick={onOpen}
        onFocus={() => view.onHighlight(item.keepsake)}
        onBlur={() => view.onHighlight(null)}
      >
        <span class="keepsake-name">{item.name}</span>
        <span class="keepsake-meta">
          {item.label ? `“${item.label}”, ${seen}` : seen}
          {item.somethingNew && <span class="something-new"> ✦ Something new</span>}
        </span>
      </button>
      <button
        type="button"
        class="bar-button"
        aria-label={`${item.setAside ? 'Take back' : 'Set aside'}: ${item.name}`}
        onClick={() => view.onSetAside(item.keepsake, !item.setAside)}
      >
        {item.setAside ? 'Take back' : 'Set aside'}
      </button>
    </li>
  );
}
