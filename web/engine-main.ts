// engine.js: the engine for the page. Loaded as a worker it answers the
// page's messages; loaded as a plain script (where the browser refuses a
// worker, as for a page opened from disk) it lends the page its handler.
import { handle } from './engine-host.js';
import type { Envelope, Reply } from './protocol.js';

declare const WorkerGlobalScope: { new (): unknown } | undefined;

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  self.addEventListener('message', (event: MessageEvent<Envelope>) => {
    const { id, request } = event.data;
    handle(request).then(
      (answer) => self.postMessage({ id, answer } satisfies Reply),
      (error: unknown) => self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
    );
  });
} else {
  (globalThis as { claimlintEngine?: typeof handle }).claimlintEngine = handle;
}
