import { useEffect, useState } from 'preact/hooks';
import { autoAdvanceDelay, type Settings } from '../core/settings.ts';
import type { PlayView, ShownLine } from './PlayScreen.tsx';
import type { Typewriter } from './use-typewriter.ts';

/** How long each skipped line shows: long enough to see the words fly past, short enough to feel quick. */
const SKIP_STEP_MS = 60;

interface Input {
  readonly view: PlayView;
  readonly line: ShownLine;
  readonly typing: Typewriter;
  readonly settings: Settings;
  readonly skipping: boolean;
  readonly setSkipping: (on: boolean) => void;
  /** A dialog, the menu or the hidden interface: reading waits. */
  readonly busy: boolean;
  /** The line is finished and waits for a choice, the end, or the way back from a memory. */
  readonly paused: boolean;
  /** Self-voicing is still reading the line: auto-advance waits for it (skipping does not). */
  readonly speaking: boolean;
}

/**
 * Skip and auto-advance. Skip passes over lines read before (or everything, if the player chose that) and
 * always stops at a choice, at the end, and at anything new, saying why. Auto-advance, off unless turned on,
 * moves on after a pause that grows with the line. Neither runs while a dialog is open.
 */
export function useReadingModes(input: Input): { status: string | null } {
  const { view, line, typing, settings, skipping, setSkipping, busy, paused, speaking } = input;
  const [stopped, setStopped] = useState<{ lineId: number; why: string } | null>(null);

  useEffect(() => {
    if (!skipping || busy) return;
    if (paused || !view.line) {
      setSkipping(false);
      setStopped({ lineId: line.id, why: 'Skipping stopped: there is a choice to make here.' });
      return;
    }
    if (!line.read && settings.skipMode === 'read') {
      setSkipping(false);
      setStopped({ lineId: line.id, why: 'Skipping stopped at a line you have not read before.' });
      return;
    }
    const timer = window.setTimeout(view.onAdvance, SKIP_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [skipping, busy, paused, line.id, line.read, settings.skipMode, view.line, view.onAdvance, setSkipping]);

  useEffect(() => {
    if (!settings.autoAdvance || skipping || busy || paused || speaking || !typing.done || !view.line) return;
    const timer = window.setTimeout(view.onAdvance, autoAdvanceDelay(line.text, settings.autoPace));
    return () => window.clearTimeout(timer);
  }, [
    settings.autoAdvance,
    settings.autoPace,
    skipping,
    busy,
    paused,
    speaking,
    typing.done,
    line.id,
    line.text,
    view.line,
    view.onAdvance,
  ]);

  if (skipping) {
    const what = settings.skipMode === 'all' ? 'Skipping' : 'Skipping lines you have read';
    return { status: `${what}… (K or any key to stop)` };
  }
  if (stopped && stopped.lineId === line.id) return { status: stopped.why };
  return { status: null };
}
