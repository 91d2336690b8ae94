/**
 * A worker thread that makes batches of synthetic history — the plans of the cases asked for and
 * their COPY text, personal data sealed — while the main thread writes the batches before them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { makeKeyring } from '../audit/seal.ts';
import type { DataKeys } from '../security/national-crypto.ts';
import { type HistorySnapshot, SyntheticHistory } from './synthetic-history.ts';
import { type Batch, batchBuffers, serialise } from './synthetic-rows.ts';

export interface WorkerSetup {
  snapshot: HistorySnapshot;
  /** The data keys' SM4 and MAC keys (all the sealing needs), and the audit key for the type's sake. */
  keys: { encryption: Uint8Array; mac: Uint8Array; audit: Uint8Array };
  catalogVersion: string;
}

export interface WorkerRequest {
  id: number;
  indices: number[];
}

export type WorkerReply = { id: number; batch: Batch } | { id: number; error: string };

const setup = workerData as WorkerSetup;
const history = new SyntheticHistory(setup.snapshot);
const keys: DataKeys = {
  encryption: Buffer.from(setup.keys.encryption),
  mac: Buffer.from(setup.keys.mac),
  audit: makeKeyring(Buffer.from(setup.keys.audit)),
};

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = {
      id: request.id,
      batch: serialise(
        request.indices.map((i) => history.plan(i)),
        keys,
        setup.catalogVersion,
      ),
    };
  } catch (error) {
    reply = {
      id: request.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  // The COPY text is handed over, not copied.
  parentPort?.postMessage(reply, 'batch' in reply ? batchBuffers(reply.batch) : []);
});
