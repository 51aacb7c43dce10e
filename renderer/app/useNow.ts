import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs`, for elapsed-time displays. */
export const useNow = (intervalMs = 15_000): Date => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
};
