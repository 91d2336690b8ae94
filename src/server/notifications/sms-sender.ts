/**
 * Sending an SMS: through the province's SMS gateway (signed HTTP, the same signing as the
 * data-sharing service), or — outside production — the development sink, which sends nothing and
 * leaves the message visible in the app. A closed set of outcomes; never throws.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import { SIGNATURE_HEADERS, sign } from '../shared-data/signing.ts';

export type SendOutcome =
  | { status: 'sent'; reference: string }
  | { status: 'failed'; reason: string; retry: boolean };

export interface SmsSender {
  readonly kind: 'dev-sink' | 'gateway';
  send(phone: string, body: string): Promise<SendOutcome>;
}

export function createDevSink(): SmsSender {
  return { kind: 'dev-sink', send: async () => ({ status: 'sent', reference: `dev-${randomUUID()}` }) };
}

export function createSmsGateway(options: {
  url: string;
  appId: string;
  secret: string;
  timeoutMs: number;
}): SmsSender {
  const url = new URL(options.url);
  return {
    kind: 'gateway',
    async send(phone, body) {
      const payload = JSON.stringify({ phone, body });
      const timestamp = String(Date.now());
      const nonce = randomUUID();
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADERS.appId]: options.appId,
            [SIGNATURE_HEADERS.timestamp]: timestamp,
            [SIGNATURE_HEADERS.nonce]: nonce,
            [SIGNATURE_HEADERS.signature]: sign(
              options.secret,
              'POST',
              url.pathname,
              timestamp,
              nonce,
              payload,
            ),
          },
          body: payload,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        if (response.ok) {
          const answer = (await response.json().catch(() => ({}))) as { reference?: string };
          return { status: 'sent', reference: answer.reference ?? nonce };
        }
        // 4xx means the gateway refused this message (bad number, blocked): retrying will not help.
        return {
          status: 'failed',
          reason: `gateway answered ${response.status}`,
          retry: response.status >= 500,
        };
      } catch {
        return { status: 'failed', reason: 'gateway unreachable or too slow', retry: true };
      }
    },
  };
}

/** The configured sender: the gateway, or the development sink outside production. */
export function smsSenderFor(config: Config, timeoutMs: number): SmsSender {
  const { url, appId, secret } = config.sms;
  if (!url) {
    if (config.env === 'production') throw new Error('SMS_GATEWAY_URL must be set in production');
    return createDevSink();
  }
  if (!secret) throw new Error('SMS_GATEWAY_SECRET must be set with SMS_GATEWAY_URL');
  return createSmsGateway({ url, appId, secret, timeoutMs });
}
