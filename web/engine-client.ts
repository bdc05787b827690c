// The page's side of web/protocol.ts: a worker running engine.js where the
// browser allows one, so that typing never waits for a check; otherwise (a
// page opened from disk) engine.js as a script in the page itself.
import type { Answer, Envelope, Reply, Request } from './protocol.js';

export interface Engine {
  ask<R extends Request>(request: R): Promise<Answer<R>>;
  /** Where the engine runs. */
  readonly where: 'worker' | 'page';
}

type Handler = (request: Request) => Promise<unknown>;

function viaWorker(worker: Worker): Engine {
  let next = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const w = waiting.get(event.data.id);
    if (!w) return;
    waiting.delete(event.data.id);
    if (event.data.error !== undefined) w.reject(new Error(event.data.error));
    else w.resolve(event.data.answer);
  });
  return {
    where: 'worker',
    ask<R extends Request>(request: R) {
      const id = ++next;
      return new Promise<Answer<R>>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        // The file's bytes are handed over, not copied.
        worker.postMessage({ id, request } satisfies Envelope, request.kind === 'decode' ? [request.bytes.buffer] : []);
      });
    },
  };
}

function inPage(handler: Handler): Engine {
  return { where: 'page', ask: <R extends Request>(request: R) => handler(request) as Promise<Answer<R>> };
}

function loadScript(src: string): Promise<Handler> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      const handler = (globalThis as { claimlintEngine?: Handler }).claimlintEngine;
      if (handler) resolve(handler);
      else reject(new Error(`${src} did not load the engine`));
    };
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.head.append(script);
  });
}

/** A worker if it answers a first request, else the engine in the page. */
export async function startEngine(src = 'engine.js'): Promise<Engine> {
  if (typeof Worker === 'function' && location.protocol !== 'file:') {
    try {
      const worker = new Worker(src);
      const engine = viaWorker(worker);
      const failed = new Promise<never>((_, reject) => worker.addEventListener('error', () => reject(new Error('worker failed')), { once: true }));
      await Promise.race([engine.ask({ kind: 'about' }), failed]);
      return engine;
    } catch {
      // fall through to the page
    }
  }
  return inPage(await loadScript(src));
}
