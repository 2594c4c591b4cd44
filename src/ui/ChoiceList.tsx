import { useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  readonly choices: readonly { readonly index: number; readonly text: string }[];
  readonly onChoose: (index: number) => void;
}

/** The options as real buttons in a list. The first takes focus when they appear; Up and Down move between. */
export function ChoiceList({ choices, onChoose }: Props) {
  const list = useRef<HTMLOListElement>(null);

  useLayoutEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [choices]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
    event.preventDefault();
  };

  return (
    <ol class="choices" ref={list} aria-label="Choices" onKeyDown={onKeyDown}>
      {choices.map((choice, position) => (
        <li key={choice.index}>
          <button type="button" class="choice" onClick={() => onChoose(choice.index)}>
            <span class="key" aria-hidden="true">
              {position + 1}
            </span>
            {choice.text}
          </button>
        </li>
      ))}
    </ol>
  );
}
