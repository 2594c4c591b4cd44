/**
 * "Keys and controls": every key, pointer and gamepad control, in two tables. Arrow symbols are spoken by
 * name to screen readers.
 */
import type { ComponentChildren } from 'preact';
import { DialogHeader, useModalDialog } from './dialog-parts.tsx';
import './dialogs.css';

export interface HelpDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

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

export function HelpDialog({ open, onClose }: HelpDialogProps) {
  const dialog = useModalDialog(open);
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
            <Row action="Read on">
              <Key>Space</Key>, <Key>Enter</Key>, <Key>→</Key> or <Key>↓</Key>, <Key>Page Down</Key>, click or
              tap the picture or text, mouse wheel down. The first press finishes a line still appearing.
            </Row>
            <Row action="Choose">
              <Key>1</Key>–<Key>9</Key>, or <Key>↑</Key> <Key>↓</Key> and <Key>Enter</Key>; click or tap.
            </Row>
            <Row action="Step back (rollback)">
              <Key>←</Key> or <Key>Page Up</Key>, mouse wheel up over the picture; at a choice, choose again.
            </Row>
            <Row action="History (backlog)">
              <Key>H</Key>, or mouse wheel up over the text.
            </Row>
            <Row action="Skip">
              <Key>K</Key> (skips lines already read; stops at choices and at anything new).
            </Row>
            <Row action="Auto-advance">
              <Key>A</Key>
            </Row>
            <Row action="Quick save">
              <Key>F5</Key>
            </Row>
            <Row action="Quick load">
              <Key>F9</Key>
            </Row>
            <Row action="Save">
              <Key>S</Key>
            </Row>
            <Row action="Load">
              <Key>L</Key>
            </Row>
            <Row action="Chest">
              <Key>C</Key>
            </Row>
            <Row action="Map">
              <Key>M</Key>
            </Row>
            <Row action="Settings">
              <Key>O</Key>
            </Row>
            <Row action="Hide the interface to look at the picture">
              <Key>V</Key> (any key or click brings it back).
            </Row>
            <Row action="Fullscreen">
              <Key>F</Key>
            </Row>
            <Row action="This help">
              <Key>?</Key> or <Key>F1</Key>
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
