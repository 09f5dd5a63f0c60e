// Timing and memory helpers for the benchmark report.
export interface Measured<T> {
  result: T;
  seconds: number;
}

export async function timed<T>(run: () => T | Promise<T>): Promise<Measured<T>> {
  const started = process.hrtime.bigint();
  const result = await run();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** Peak resident memory of this process so far, in MB. */
export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

export const rate = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString("en-US");
