// How much of the machine is free while a run starts, for `--concurrency
// auto`. On a shared machine (a CI runner, a laptop building at the same
// time) worker threads only help when cores are idle: with the cores busy,
// each worker adds its start-up and its memory and takes turns with this
// thread: under a load average of 4 on 2 cores, the bench's documentation
// corpus took 1.23 times as long on threads as on one thread. Node
// reports each core's time spent idle and busy (os.cpus()), and this
// process its own (process.cpuUsage(): all its threads, so V8 compiling and
// collecting garbage beside this thread is not counted as other work); two
// readings a moment apart, while this thread lints its first files, say how
// many cores other processes were using.
import { cpus } from 'node:os';

/** Milliseconds of all cores' time, idle and busy, since boot, and of this
 * process's own busy time. */
export interface CpuTimes {
  idle: number;
  busy: number;
  own: number;
}

export function cpuTimes(): CpuTimes {
  let idle = 0;
  let busy = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    busy += times.user + times.nice + times.sys + times.irq;
  }
  const { user, system } = process.cpuUsage();
  return { idle, busy, own: (user + system) / 1000 };
}

/** Below this much time per core between readings the clock ticks (10 ms)
 * are too coarse to tell. */
const MIN_WINDOW_MS = 50;

/** Cores other processes left free between two readings, on average;
 * undefined when the readings are too close to tell. */
export function freeCores(before: CpuTimes, after: CpuTimes, cores: number): number | undefined {
  const busy = after.busy - before.busy;
  const total = after.idle - before.idle + busy;
  if (cores < 1 || total < MIN_WINDOW_MS * cores) return undefined;
  const others = Math.max(0, busy - (after.own - before.own));
  return Math.max(0, cores - (cores * others) / total);
}

/**
 * Threads worth running out of `wanted`: the cores other processes left
 * free, one they left free half the time or more counting. Below two there
 * is nothing to share the work with. Without a measurement, all of `wanted`.
 */
export function usableThreads(free: number | undefined, wanted: number): number {
  if (free === undefined) return wanted;
  return Math.min(wanted, Math.floor(free + 0.5));
}
