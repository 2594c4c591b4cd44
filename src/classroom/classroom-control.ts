/**
 * Connects the classroom state to the screens (the overlay's ClassroomControl), takes a teacher's setup from a
 * class link's fragment when the game is opened with one, and clears the device at the end of a class.
 */

import { describeSetup, readSetupFragment } from '../core/classroom.ts';
import { clearOurLocalStorage, LocalRecord } from '../storage/local-record.ts';
import type { SaveSlots } from '../storage/save-slots.ts';
import type { SaveStore } from '../storage/save-store.ts';
import { ourKey, STORAGE } from '../storage/storage-names.ts';
import type { ClassroomControl } from '../ui/overlay.tsx';
import type { ClassroomState } from './classroom-state.ts';
import { JournalMirror, type NoteDraft } from './journal-mirror.ts';

/**
 * Reads a setup from the address's fragment, puts it in use and takes the fragment out of the address (so a
 * reload or a bookmark does not apply it again over a later change). Returns what to tell the player, or null.
 */
export function takeSetupFromLink(classroom: ClassroomState): string | null {
  const read = readSetupFragment(location.hash);
  if (read === null) return null;
  history.replaceState(null, '', location.pathname + location.search);
  if (!read.ok) return read.problem;
  classroom.setSetup(read.setup);
  return `Your teacher’s class setup is now in use on this device. ${describeSetup(read.setup).join(' ')}`;
}

const CLEAR_MARK = ourKey('clear-on-start');

async function clearEverything(store: SaveStore): Promise<void> {
  await store.clear().catch(() => undefined);
  try {
    clearOurLocalStorage(window.localStorage, STORAGE.keyPrefix);
  } catch {
    // Storage refused: there is nothing of ours in it.
  }
}

/** Finishes an end-of-class clear begun before the reload: call first, before anything is read. */
export async function finishClearing(open: () => Promise<SaveStore>): Promise<void> {
  let marked = false;
  try {
    marked = sessionStorage.getItem(CLEAR_MARK) !== null;
    sessionStorage.removeItem(CLEAR_MARK);
  } catch {
    return;
  }
  if (marked) await clearEverything(await open());
}

export function classroomControl(
  classroom: ClassroomState,
  saves: SaveSlots,
  linkNotice: string | null,
): ClassroomControl {
  let notice = linkNotice;
  const noteRecord = LocalRecord.fromWindow(ourKey('journal-draft'));
  const noteDraft: NoteDraft = {
    read: () => noteRecord.read() ?? '',
    write: (text) => (text === '' ? noteRecord.remove() : void noteRecord.write(text)),
  };
  const mirror = new JournalMirror(saves.store, classroom, noteDraft);
  void mirror.start();
  return {
    journal: {
      journal: () => classroom.journal,
      update: (change) => classroom.updateJournal(change),
      replace: (journal) => classroom.replaceJournal(journal),
      stamp: () => classroom.stamp(),
      newId: () => classroom.newId(),
      problem: () => classroom.journalProblem,
      draft: {
        read: noteDraft.read,
        write: (text) => {
          noteDraft.write(text);
          mirror.soon();
        },
      },
      clearDevice: async () => {
        await clearEverything(saves.store);
        // The page may still write as it goes (an autosave when the tab hides), so the fresh page clears once
        // more before it reads anything; the mark for it lives only in this tab's session.
        try {
          sessionStorage.setItem(CLEAR_MARK, '1');
        } catch {
          // No session storage: the clear above stands alone.
        }
        // A fresh page is a fresh start: nothing of the last student is left in memory either.
        location.replace(location.pathname + location.search);
      },
    },
    setup: {
      setup: () => classroom.setup,
      set: (setup) => classroom.setSetup(setup),
      baseAddress: () => location.href.split('#')[0] ?? location.href,
    },
    notice: () => notice,
    dismissNotice: () => {
      notice = null;
    },
    onChange: (listener) => {
      classroom.onChange(listener);
    },
  };
}
