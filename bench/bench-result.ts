/** One measured figure of a benchmark, with how it was measured. */
export type BenchResult = { name: string; value: number; unit: string; method: string };

/** A benchmark module (`bench/*.bench.ts`) exports `run` returning its results. */
export type BenchModule = { run: () => Promise<BenchResult[]> };
