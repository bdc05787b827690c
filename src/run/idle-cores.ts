// How much of the machine is free while a run starts, for `--concurrency
// auto`. On a shared machine (a CI runner, a laptop building at the same
// time) worker threads only help when cores are idle: with the cores busy,
// each worker adds its start-up and its memory and takes turns with this
// thread: under a load average of 4 on 2 cores, the bench's documentation
// corpus took 1.23 times as long on threads as on one thread. Node
// reports each core's time spent idle and busy (os.cpus()); two readings a
// moment apart, while this thread lints its first files, say how many cores
// nothing else was using.
import { cpus } from 'node:os';

/** Milliseconds of all cores' time, idle and busy, since boot. */
export interface CpuTimes {
  idle: number;
  busy: number;
}

export function cpuTimes(): CpuTimes {
  let idle = 0;
  let busy = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    busy += times.user + times.nice + times.sys + times.irq;
  }
  return { idle, busy };
}

/** Below this much time per core between readings the clock ticks (10 ms)
 * are too coarse to tell. */
const MIN_WINDOW_MS = 50;

/** Cores that were idle between two readings, on average; undefined when
 * the readings are too close to tell. */
export function idleCores(before: CpuTimes, after: CpuTimes, cores: number): number | undefined {
  const idle = after.idle - before.idle;
  const total = idle + after.busy - before.busy;
  if (cores < 1 || total < MIN_WINDOW_MS * cores) return undefined;
  return (cores * idle) / total;
}

/**
 * Threads worth running out of `wanted`: this thread's own core (busy
 * linting while it was measured) and the cores that were idle, a core that
 * was idle half the time or more counting as free (this run's own garbage
 * collector threads take some of an idle core). Below two there is
 * nothing to share the work with. Without a measurement, all of `wanted`.
 */
export function usableThreads(idle: number | undefined, wanted: number): number {
  if (idle === undefined) return wanted;
  return Math.min(wanted, Math.floor(1 + idle + 0.5));
}
