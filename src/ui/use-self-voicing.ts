import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings.ts';
import { choicesSpoken, lineAnnouncement } from './line-words.ts';
import type { PlayView, ShownLine } from './PlayScreen.tsx';
import type { SelfVoice } from './self-voice.ts';

/**
 * Reads each new line aloud (with its choices, the class fence when the story stops there, and the question of a
 * reflection stop) when the player has turned self-voicing on. Returns whether the current line has been read
 * out (true at once when voicing is off), so auto-advance can wait for the voice.
 */
export function useSelfVoicing(
  voice: SelfVoice,
  view: PlayView,
  line: ShownLine,
  settings: Settings,
): boolean {
  const [spokenLine, setSpokenLine] = useState<number | null>(null);
  const on = settings.voicing.on && voice.available;
  const fence = view.fence ?? null;

  useEffect(() => {
    if (!on || (!view.line && !fence)) return;
    const text = fence
      ? `Your class stops here for now. ${fence}`
      : [lineAnnouncement(view, line, settings.captions), choicesSpoken(view.choices)]
          .filter(Boolean)
          .join(' ');
    voice.say(text, () => setSpokenLine(line.id));
    // Read once per line: a redraw of the same line (a dialog closing, say) must not start it again.
  }, [on, line.id, fence]);

  // A reflection stop: its question, once, when it opens (the text box it focuses is not read by itself).
  const prompt = view.reflection ? `${view.reflection.habit} ${view.reflection.prompt}` : null;
  useEffect(() => {
    if (on && prompt) voice.say(`A moment to reflect. ${prompt}`);
  }, [on, prompt]);

  return !on || spokenLine === line.id;
}
