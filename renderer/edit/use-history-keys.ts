import { useEffect, useRef } from 'react';
import { historyStepOf, isTextEntry, type HistoryStep } from './shortcuts';

/** Ctrl+Z / Ctrl+Y anywhere in the window except in text fields, which keep their own undo. */
export function useHistoryKeys(onStep: (step: HistoryStep) => void): void {
  const latest = useRef(onStep);
  useEffect(() => {
    latest.current = onStep;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const step = historyStepOf(e);
      if (!step || isTextEntry(e.target)) return;
      e.preventDefault();
      latest.current(step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
