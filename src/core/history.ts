/**
 * The backlog: everything read and chosen in this playthrough, in order. ink keeps no text history, so the
 * playthrough records it as it goes; after loading a save it is rebuilt by replaying the path.
 */
import type { SpeakerId } from './vocabulary.ts';

export type HistoryEntry =
  | {
      readonly kind: 'line';
      readonly text: string;
      readonly speaker: SpeakerId | null;
      /** The other way Kathy might remember this line, when she is unsure of it. */
      readonly alternative: string | null;
      /** Read inside a memory rather than in the present. */
      readonly remembered: boolean;
    }
  | { readonly kind: 'choice'; readonly text: string }
  | { readonly kind: 'recall'; readonly label: string }
  | { readonly kind: 'return' };
