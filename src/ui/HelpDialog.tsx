/**
 * "Keys and controls": every key, pointer and gamepad control, in two tables. Arrow symbols are spoken by
 * name to screen readers.
 */
import type { ComponentChildren } from 'preact';
import {
  KEY_ACTION_NAMES,
  KEY_ACTIONS,
  type KeyAction,
  type KeyChoices,
  keyName,
  keysFor,
} from '../core/keys.ts';
import { DialogHeader, useModalDialog } from './dialog-parts.tsx';
import './dialogs.css';

export interface HelpDialogProps {
  readonly open: boolean;
  /** The player's keys: the table shows the keys in use, not only the defaults. */
  readonly keys: KeyChoices;
  readonly onClose: () => void;
}

/** What the pointer or touch does for an action, after its keys. */
const POINTER: Partial<Record<KeyAction, string>> = {
  advance:
    'Or click or tap the picture or text, or turn the mouse wheel down. The first press finishes a line still appearing.',
  back: 'Or turn the mouse wheel up over the picture; at a choice, choose again.',
  history: 'Or turn the mouse wheel up over the text.',
  skip: 'Skips lines already read; stops at choices and at anything new.',
  hide: 'Any key or click brings it back.',
};

/** An action's keys, each printed as on the keyboard, or a plain "no key". */
function Keys({ keys }: { keys: readonly string[] }) {
  if (keys.length === 0) return <>No key (you can add one in Settings)</>;
  return (
    <>
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 && (i === keys.length - 1 ? ' or ' : ', ')}
          <Key>{ARROW_OF[key] ?? keyName(key)}</Key>
        </span>
      ))}
      .
    </>
  );
}

const ARROW_OF: Readonly<Record<string, string>> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
};

const ARROWS: Readonly<Record<string, string>> = {
  '→': 'Right arrow',
  '←': 'Left arrow',
  '↑': 'Up arrow',
  '↓': 'Down arrow',
};

/** A key as it is printed on the keyboard; arrows also say their name. */
function Key({ children }: { children: string }) {
  const spoken = ARROWS[children];
  return (
    <kbd>
      {spoken ? (
        <>
          <span aria-hidden="true">{children}</span>
          <span class="sr-only">{spoken}</span>
        </>
      ) : (
        children
      )}
    </kbd>
  );
}

function Row({ action, children }: { action: string; children: ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{action}</th>
      <td>{children}</td>
    </tr>
  );
}

export function HelpDialog({ open, keys, onClose }: HelpDialogProps) {
  const dialog = useModalDialog(open);
  const current = keysFor(keys);
  return (
    <dialog ref={dialog} class="panel-dialog help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <DialogHeader id="help-title" title="Keys and controls" />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling area with nothing focusable must take focus itself, or keyboards cannot scroll it. */}
      <section class="dialog-body" tabIndex={0} aria-label="Keys and controls, in two tables" data-autofocus>
        <table class="keys-table">
          <caption>Keyboard, mouse and touch</caption>
          <thead>
            <tr>
              <th scope="col">To</th>
              <th scope="col">Press or do</th>
            </tr>
          </thead>
          <tbody>
            {KEY_ACTIONS.map((action) => (
              <Row key={action} action={KEY_ACTION_NAMES[action]}>
                <Keys keys={current[action]} />
                {POINTER[action] ? ` ${POINTER[action]}` : ''}
              </Row>
            ))}
            <Row action="Choose">
              <Key>1</Key>–<Key>9</Key>, or <Key>↑</Key> <Key>↓</Key> and <Key>Enter</Key>; click or tap.
            </Row>
            <Row action="Close a window">
              <Key>Esc</Key>
            </Row>
          </tbody>
        </table>

        <table class="keys-table">
          <caption>Gamepad</caption>
          <thead>
            <tr>
              <th scope="col">Button</th>
              <th scope="col">What it does</th>
            </tr>
          </thead>
          <tbody>
            <Pad button="A">Read on / press</Pad>
            <Pad button="B">Step back or close</Pad>
            <Pad button="D-pad">Move</Pad>
            <Pad button="X">Hide the interface</Pad>
            <Pad button="Y">History</Pad>
            <Pad button="Start">Settings</Pad>
            <Pad button="LB">Step back</Pad>
            <Pad button="RB">Skip</Pad>
          </tbody>
        </table>
      </section>
    </dialog>
  );
}

function Pad({ button, children }: { button: string; children: string }) {
  return (
    <tr>
      <th scope="row">
        <kbd>{button}</kbd>
      </th>
      <td>{children}</td>
    </tr>
  );
}
