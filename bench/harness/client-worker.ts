/**
 * The load generator's thread. A workload's client module (its HTTP calls) runs in a worker thread
 * so that it does not share the server's event loop; the main thread calls the module's exported
 * functions by name and awaits their answers. The module keeps its state between calls (e.g.
 * drafts prepared in one call and submitted in the next).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

interface Call {
  id: number;
  fn: string;
  args: unknown;
}
type Answer = { id: number; result: unknown } | { id: number; error: string };

export interface ClientWorker {
  call<T>(fn: string, args?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** Start a worker running `moduleUrl` (an absolute file URL of a module exporting the functions). */
export function startClientWorker(moduleUrl: URL): ClientWorker {
  const worker = new Worker(new URL(import.meta.url), { workerData: { module: moduleUrl.href } });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('message', (answer: Answer) => {
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if ('error' in answer) waiting.reject(new Error(`client worker: ${answer.error}`));
    else waiting.resolve(answer.result);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`client worker exited with ${code}`)));
  return {
    call<T>(fn: string, args?: unknown) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, fn, args } satisfies Call);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const module = (await import((workerData as { module: string }).module)) as Record<
    string,
    (args: unknown) => unknown
  >;
  port.on('message', async ({ id, fn, args }: Call) => {
    try {
      const run = module[fn];
      if (typeof run !== 'function') throw new Error(`no function ${fn} in the client module`);
      port.postMessage({ id, result: await run(args) } satisfies Answer);
    } catch (error) {
      port.postMessage({
        id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
}
