/** One measured figure of a bench scenario. */
export interface Figure {
  scenario: string;
  name: string;
  value: number;
  unit: 'ms' | 'MB' | 'ratio' | 'rows/s' | 'count';
  /** The target in words ("≤ 200 ms"), where the issue sets one. */
  target?: string;
}

export interface Scenario {
  name: string;
  run(): Promise<Figure[]>;
}

/** Median of several runs: one slow outlier on a shared machine should not decide. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
