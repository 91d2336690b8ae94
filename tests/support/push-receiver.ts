/**
 * A department system's push endpoint on loopback, for exchange tests: it records every request
 * as it arrives (the Idempotency-Key, when, the body, whether the platform's signature checks with
 * the push key) and answers as the test says — a status, after a delay, or not at all.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ExchangeCredential, verifyPush } from '../../src/simulator/client.ts';

export interface Receipt {
  /** The Idempotency-Key (the platform's message id). */
  id: string;
  /** When the request had arrived in full (ms since the epoch). */
  at: number;
  // biome-ignore lint/suspicious/noExplicitAny: the pushed envelope, read loosely by tests
  body: any;
  /** Whether the signature checks with the push key the test holds (false when it holds none). */
  valid: boolean;
  /** The status answered, or null while unanswered (or never answered). */
  status: number | null;
}

export type Answer = { status: number; delayMs?: number } | 'hang';

export interface PushReceiver {
  url: string;
  receipts: Receipt[];
  /** How the next requests are answered; `hang` holds them until the platform gives up. */
  answer(next: Answer | ((receipt: Receipt) => Answer)): void;
  /** Receipts of one message id. */
  of(id: string): Receipt[];
  setPushKey(key: ExchangeCredential | null): void;
  close(): Promise<void>;
}

export async function startPushReceiver(initial: Answer = { status: 200 }): Promise<PushReceiver> {
  const receipts: Receipt[] = [];
  let answer: Answer | ((receipt: Receipt) => Answer) = initial;
  let pushKey: ExchangeCredential | null = null;
  const held = new Set<ServerResponse>();
  const server: Server = createServer((request: IncomingMessage, response) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      const receipt: Receipt = {
        id: String(request.headers['idempotency-key'] ?? ''),
        at: Date.now(),
        body,
        valid: pushKey
          ? verifyPush(pushKey, {
              method: request.method ?? 'POST',
              path: request.url ?? '/',
              headers: request.headers,
              body: text,
            })
          : false,
        status: null,
      };
      receipts.push(receipt);
      const now = typeof answer === 'function' ? answer(receipt) : answer;
      if (now === 'hang') {
        held.add(response);
        response.on('close', () => held.delete(response));
        return;
      }
      const send = () => {
        receipt.status = now.status;
        response.statusCode = now.status;
        response.setHeader('content-type', 'application/json');
        response.end(now.status < 300 ? '{"stored":true}' : '{"error":"not now"}');
      };
      if (now.delayMs) setTimeout(send, now.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/lianban/messages`,
    receipts,
    answer(next) {
      answer = next;
    },
    of: (id) => receipts.filter((r) => r.id === id),
    setPushKey(key) {
      pushKey = key;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of held) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `probe` until it gives something truthy, or fails after `ms`, naming what it waited for. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  ms = 20_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
