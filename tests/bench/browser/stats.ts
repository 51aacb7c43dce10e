/** Nearest-rank percentile of samples in ms; p in (0, 100]. */
export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
};

export type Timing = { p50: number; p95: number; samples: number };

export const summarize = (samples: readonly number[]): Timing => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  samples: samples.length,
});
