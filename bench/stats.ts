/** The p-th percentile of a sample, in the sample's unit, to two decimals. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return Number(s[i]!.toFixed(2));
}

export function median(xs: number[]): number {
  return percentile(xs, 50);
}
