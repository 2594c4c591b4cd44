import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { revealTimes, visibleCount } from '../core/typewriter.ts';

export interface Typewriter {
  /** Characters (code points) visible now. */
  readonly shown: number;
  readonly done: boolean;
  /** Shows the whole line at once. */
  readonly finish: () => void;
}

/**
 * Types `text` out over animation frames. `lineId` restarts it, so the same words said twice type twice.
 * No frame callback runs once the line is complete: nothing is redrawn while the reader reads.
 */
export function useTypewriter(text: string, lineId: number, speed: number): Typewriter {
  const times = useMemo(() => revealTimes(text, speed), [text, speed]);
  const total = times.length;
  const first = visibleCount(times, 0);
  const [state, setState] = useState({ lineId, shown: first });
  const frame = useRef(0);
  const shown = state.lineId === lineId ? state.shown : first;

  useEffect(() => {
    const start = performance.now();
    const tick = (now: number) => {
      const visible = visibleCount(times, now - start);
      setState((previous) =>
        previous.lineId === lineId && previous.shown >= visible ? previous : { lineId, shown: visible },
      );
      frame.current = visible < total ? requestAnimationFrame(tick) : 0;
    };
    setState({ lineId, shown: visibleCount(times, 0) });
    frame.current = visibleCount(times, 0) < total ? requestAnimationFrame(tick) : 0;
    return () => cancelAnimationFrame(frame.current);
  }, [lineId, times, total]);

  return {
    shown,
    done: shown >= total,
    finish: () => {
      cancelAnimationFrame(frame.current);
      frame.current = 0;
      setState({ lineId, shown: total });
    },
  };
}
