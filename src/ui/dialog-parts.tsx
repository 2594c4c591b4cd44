/**
 * What the game's dialogs share: opening and closing a native modal <dialog> from an `open` prop, the header
 * with its title and Close button, a question asked inside the dialog (never window.confirm), and a polite
 * status line for results. The native dialog traps focus while open, closes on Escape and returns focus to
 * whatever opened it.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import './dialogs.css';

/**
 * Opens the dialog with showModal() when `open` turns true and closes it when it turns false. On opening, focus
 * goes to the element marked `data-autofocus` inside it, if any (else the browser picks the first control).
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}

/** The title (the dialog's accessible name, by `id`), a Close button beside it, then anything else (tabs). */
export function DialogHeader({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children?: ComponentChildren;
}) {
  return (
    <header class="dialog-header">
      <h2 id={id}>{title}</h2>
      <form method="dialog" class="dialog-close">
        <button type="submit" class="bar-button">
          Close
        </button>
      </form>
      {children}
    </header>
  );
}

interface ConfirmProps {
  readonly question: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** While the confirmed action runs: the buttons stay focusable but do nothing. */
  readonly busy?: boolean;
}

/**
 * A question with two answers, in place, inside the dialog. Focus goes to the safe answer when it appears, so
 * a stray Enter never destroys anything; the fieldset is named by the question, so screen readers say it.
 */
export function Confirm({ question, confirm, cancel, onConfirm, onCancel, busy = false }: ConfirmProps) {
  const safe = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => safe.current?.focus(), []);
  return (
    <fieldset class="confirm">
      <legend class="confirm-question">{question}</legend>
      <div class="confirm-buttons">
        <button
          type="button"
          class="bar-button confirm-yes"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onConfirm()}
        >
          {confirm}
        </button>
        <button
          type="button"
          class="bar-button"
          ref={safe}
          aria-disabled={busy || undefined}
          onClick={() => !busy && onCancel()}
        >
          {cancel}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * A sentence to announce politely, and show, after an action ("Saved in Slot 3."). The same sentence twice is
 * announced twice: the region is emptied first, then filled a moment later. An empty sentence clears it.
 */
export function useStatus(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const announce = (next: string) => {
    window.clearTimeout(timer.current);
    setMessage('');
    if (next === '') return;
    timer.current = window.setTimeout(() => setMessage(next), 120);
  };
  return [message, announce];
}

/** The live region itself: present from the start (regions that appear with their text are often not read). */
export function StatusLine({ message }: { message: string }) {
  return (
    <p class="dialog-status" role="status">
      {message}
    </p>
  );
}
