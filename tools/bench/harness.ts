/**
 * Benchmark helpers: interleaved A/B timing (the two sides run alternately in the same process, so machine noise
 * hits both), medians, and a JSON line per result on stdout for the runner to collect.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly median: number;
  readonly runs: readonly number[];
  /** The warm-up rounds' times, not in `median`. */
  readonly warmupRuns: readonly number[];
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/**
 * Runs `a` and `b` alternately `rounds` times, after `warmup` rounds of each (default 1) whose times are kept apart
 * (`warmupRuns`): the first runs of a function are slower while V8 compiles it, and a benchmark of sustained work (a
 * corpus of thousands of documents) measures it compiled. Returns their timings in ms.
 */
export async function interleave(
  rounds: number,
  a: () => unknown | Promise<unknown>,
  b: () => unknown | Promise<unknown>,
  between?: () => unknown | Promise<unknown>,
  warmup = 1,
): Promise<{ a: Timing; b: Timing }> {
  const ta: number[] = [];
  const tb: number[] = [];
  const wa: number[] = [];
  const wb: number[] = [];
  for (let i = -warmup; i < rounds; i++) {
    for (const [fn, out, warm] of i % 2 === 0
      ? ([
          [a, ta, wa],
          [b, tb, wb],
        ] as const)
      : ([
          [b, tb, wb],
          [a, ta, wa],
        ] as const)) {
      await between?.();
      const t0 = performance.now();
      await fn();
      const dt = performance.now() - t0;
      (i >= 0 ? out : warm).push(dt);
    }
  }
  return {
    a: { median: median(ta), runs: ta, warmupRuns: wa },
    b: { median: median(tb), runs: tb, warmupRuns: wb },
  };
}

export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export interface BenchResult {
  readonly bench: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
  readonly detail?: Record<string, unknown>;
}

/** Emits one result line for the runner (prefixed so other output can be told apart). */
export function report(r: BenchResult): void {
  process.stdout.write(`BENCH ${JSON.stringify(r)}\n`);
}
