import { useEffect, useState, type ReactNode } from 'react';

interface Props {
  /** Milliseconds after the first paint; give siblings different delays so each mounts in its own task. */
  delay: number;
  placeholder: ReactNode;
  children: ReactNode;
}

/**
 * Shows `placeholder` first and mounts `children` a moment later: opening the dashboard paints
 * at once, and the three charts (recharts' costliest moment is its mount) do not share one task.
 */
export function MountLater({ delay, placeholder, children }: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), delay);
    return () => clearTimeout(timer);
  }, [delay]);
  return ready ? children : placeholder;
}
