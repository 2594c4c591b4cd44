/**
 * Saving and loading: every slot as a card (picture, name, chapter, when, how long played, the line on
 * screen). Load mode loads a filled slot; save mode saves into the quick save or a player slot, asking first
 * before saving over one. Deleting always asks. Results are announced through a polite status line.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { DialogHeader, StatusLine, useModalDialog, useStatus } from './dialog-parts.tsx';
import './dialogs.css';
import { type Asking, SlotCard } from './SlotCard.tsx';

export interface SlotView {
  /** Storage key, e.g. 'slot-3', 'quick', 'auto-2'. */
  readonly slot: string;
  /** 'Slot 3', 'Quick save', 'Autosave'. */
  readonly name: string;
  readonly kind: 'auto' | 'quick' | 'player';
  /** null for an empty slot */
  readonly save: {
    /** ms since epoch */
    readonly savedAt: number;
    /** 'Part One: Hailsham' */
    readonly chapter: string | null;
    /** 'Hailsham: the playing fields' */
    readonly place: string | null;
    /** ms */
    readonly playTime: number;
    /** data: URL (JPEG, 192×108) or null */
    readonly thumbnail: string | null;
    /** the line on screen, to recognise the moment */
    readonly line: string | null;
  } | null;
  /** Set when the stored save is damaged: a calm sentence; it can be deleted, not loaded. */
  readonly problem: string | null;
}

export interface SavesDialogProps {
  readonly open: boolean;
  readonly mode: 'save' | 'load';
  /** Autosaves and quick save first, then the 12 player slots. */
  readonly slots: readonly SlotView[];
  /** null on the title (nothing to save). */
  readonly onSave: ((slot: string) => Promise<void>) | null;
  readonly onLoad: (slot: string) => void;
  readonly onDelete: (slot: string) => Promise<void>;
  /** Tabs "Save" / "Load" when onSave is non-null. */
  readonly onModeChange: (mode: 'save' | 'load') => void;
  readonly onClose: () => void;
}

export function SavesDialog(props: SavesDialogProps) {
  const { slots, onSave } = props;
  const mode = onSave ? props.mode : 'load';
  const [asking, setAsking] = useState<Asking>(null);
  const [busy, setBusy] = useState(false);
  const [status, announce] = useStatus();
  /**
   * Where focus goes once the next render is on screen: the slot's button that asked (Delete, or Save over),
   * else its other button, else its heading (a deleted slot in load mode has no buttons left).
   */
  const [focusSlot, setFocusSlot] = useState<{ slot: string; button: 'main' | 'delete' } | null>(null);
  const dialog = useModalDialog(props.open);

  useLayoutEffect(() => {
    if (focusSlot === null) return;
    const card = dialog.current?.querySelector(`[data-slot="${CSS.escape(focusSlot.slot)}"]`);
    const order =
      focusSlot.button === 'delete' ? ['.slot-delete', '.slot-main'] : ['.slot-main', '.slot-delete'];
    const target = [...order, 'h4'].map((q) => card?.querySelector<HTMLElement>(q)).find(Boolean);
    target?.focus();
    setFocusSlot(null);
  });

  // A question left open belongs to the moment it was asked: not to the next opening or the other tab.
  useLayoutEffect(() => setAsking(null), [props.open, mode]);
  useLayoutEffect(() => announce(''), [props.open]);

  const backTo = (slot: string, button: 'main' | 'delete') => {
    setAsking(null);
    setFocusSlot({ slot, button });
  };

  const save = async (view: SlotView) => {
    if (!onSave || busy) return;
    setBusy(true);
    try {
      await onSave(view.slot);
      announce(`Saved in ${view.name}.`);
    } catch {
      announce(`${view.name} could not be saved. Try again, or choose another slot.`);
    } finally {
      setBusy(false);
      backTo(view.slot, 'main');
    }
  };

  const remove = async (view: SlotView) => {
    if (busy) return;
    setBusy(true);
    try {
      await props.onDelete(view.slot);
      announce(`${view.name} deleted.`);
    } catch {
      announce(`${view.name} could not be deleted. Try again.`);
    } finally {
      setBusy(false);
      backTo(view.slot, 'delete');
    }
  };

  const firstUseful = pickFirstUseful(slots, mode);
  const kept = slots.filter((s) => s.kind !== 'player');
  const player = slots.filter((s) => s.kind === 'player');

  const card = (view: SlotView) => (
    <SlotCard
      key={view.slot}
      view={view}
      mode={mode}
      canSave={onSave !== null}
      autofocus={view.slot === firstUseful}
      asking={asking?.slot === view.slot ? asking.action : null}
      busy={busy}
      onLoad={() => props.onLoad(view.slot)}
      onSave={() => (view.save ? setAsking({ slot: view.slot, action: 'overwrite' }) : void save(view))}
      onAskDelete={() => setAsking({ slot: view.slot, action: 'delete' })}
      onConfirm={() => void (asking?.action === 'delete' ? remove(view) : save(view))}
      onCancel={() => backTo(view.slot, asking?.action === 'delete' ? 'delete' : 'main')}
    />
  );

  const onKeyDown = (event: KeyboardEvent) => {
    // Escape answers an open question with its safe answer; a second Escape closes the dialog.
    if (event.key === 'Escape' && asking) {
      event.preventDefault();
      if (!busy) backTo(asking.slot, asking.action === 'delete' ? 'delete' : 'main');
    }
  };

  const tabs = onSave !== null;
  const list = (
    <>
      {kept.length > 0 && (
        <section class="slot-group">
          <h3 id="saves-kept">Autosaves and quick save</h3>
          {mode === 'save' && (
            <p class="dialog-note">
              The game keeps the autosaves itself; save in the quick save or a slot below.
            </p>
          )}
          <ul class="slot-grid">{kept.map(card)}</ul>
        </section>
      )}
      {player.length > 0 && (
        <section class="slot-group">
          <h3 id="saves-player">Your slots</h3>
          <ul class="slot-grid">{player.map(card)}</ul>
        </section>
      )}
    </>
  );

  return (
    <dialog
      ref={dialog}
      class="panel-dialog saves-dialog"
      aria-labelledby="saves-title"
      onClose={props.onClose}
      onKeyDown={onKeyDown}
    >
      <DialogHeader id="saves-title" title={tabs ? 'Saves' : 'Load a saved game'}>
        {tabs && <ModeTabs mode={mode} onChange={props.onModeChange} />}
      </DialogHeader>
      <div class="dialog-body">
        <StatusLine message={status} />
        {tabs ? (
          <div role="tabpanel" id="saves-panel" aria-labelledby={`saves-tab-${mode}`}>
            {list}
          </div>
        ) : (
          list
        )}
      </div>
    </dialog>
  );
}

/** The "Save" and "Load" tabs: arrow keys move between them (and switch), Tab moves on to the slots. */
function ModeTabs({ mode, onChange }: { mode: 'save' | 'load'; onChange: (mode: 'save' | 'load') => void }) {
  const modes = ['save', 'load'] as const;
  const onKeyDown = (event: KeyboardEvent) => {
    const at = modes.indexOf(mode);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowLeft'
        ? modes[(at + 1) % 2]
        : event.key === 'Home'
          ? modes[0]
          : event.key === 'End'
            ? modes[1]
            : undefined;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    document.getElementById(`saves-tab-${next}`)?.focus();
  };
  return (
    <div class="mode-tabs" role="tablist" aria-label="Save or load">
      {modes.map((m) => (
        <button
          key={m}
          type="button"
          role="tab"
          id={`saves-tab-${m}`}
          class="mode-tab"
          aria-selected={m === mode}
          aria-controls="saves-panel"
          tabIndex={m === mode ? 0 : -1}
          onClick={() => onChange(m)}
          onKeyDown={onKeyDown}
        >
          {m === 'save' ? 'Save' : 'Load'}
        </button>
      ))}
    </div>
  );
}

/** Load: the newest save that can be loaded. Save: the first empty player slot, else the first one. */
function pickFirstUseful(slots: readonly SlotView[], mode: 'save' | 'load'): string | null {
  if (mode === 'load') {
    const loadable = slots.filter((s) => s.save && !s.problem);
    return (
      loadable.reduce<SlotView | null>(
        (best, s) => (!best || (s.save?.savedAt ?? 0) > (best.save?.savedAt ?? 0) ? s : best),
        null,
      )?.slot ?? null
    );
  }
  const savable = slots.filter((s) => s.kind !== 'auto' && !s.problem);
  return (savable.find((s) => s.kind === 'player' && !s.save) ?? savable[0])?.slot ?? null;
}
