// A benchmark module exports `async function run(): Promise<BenchResult[]>`; bench/run.ts prints
// every figure as a table row and as one JSON line.
export interface BenchResult {
  bench: string;
  ms: number;
  rssMB?: number;
  [extra: string]: string | number | undefined;
}
