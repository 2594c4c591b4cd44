/**
 * For writers, in development builds only: jump to any knot and watch the story's variables, so a scene can be
 * read and revised without playing from the start. (`?knot=name` in the address does the same from the title.)
 */
import { useState } from 'preact/hooks';

export interface WriterTools {
  readonly knots: readonly string[];
  readonly variables: () => readonly (readonly [string, string])[];
  readonly jump: (knot: string) => void;
}

export function WriterPanel({ tools }: { tools: WriterTools }) {
  const [open, setOpen] = useState(false);
  const [knot, setKnot] = useState(tools.knots[0] ?? '');
  return (
    <aside class="writer-panel" aria-label="Writer's tools">
      <button type="button" class="bar-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Writer
      </button>
      {open && (
        <div class="writer-body">
          <label>
            Knot{' '}
            <select value={knot} onChange={(e) => setKnot((e.target as HTMLSelectElement).value)}>
              {tools.knots.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" class="bar-button" onClick={() => tools.jump(knot)}>
            Jump
          </button>
          <table>
            <tbody>
              {tools.variables().map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{value || '()'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </aside>
  );
}
