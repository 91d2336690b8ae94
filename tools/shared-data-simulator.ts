/**
 * A simulator of the provincial data-sharing service, speaking the same signed protocol as the
 * real one (docs/SHARED-DATA.md), over the sandbox's synthetic people. Tests use it to exercise
 * the HTTP connector, including a service that is down or slow. Loopback only.
 *
 *   node tools/shared-data-simulator.ts --port 4100 --app-id lianban --secret dev-secret
 */
import { createServer, type Server } from 'node:http';
import { createSandboxGateway } from '../src/server/shared-data/sandbox-gateway.ts';
import { SIGNATURE_HEADERS, verifySignature } from '../src/server/shared-data/signing.ts';

export interface Simulator {
  url: string;
  requests: number;
  /** When true, every request is answered 503. */
  down: boolean;
  /** Delay before each answer, to test timeouts. */
  delayMs: number;
  stop(): Promise<void>;
}

export async function startSharedDataSimulator(options: {
  port?: number;
  appId: string;
  secret: string;
}): Promise<Simulator> {
  const sandbox = createSandboxGateway();
  const seenNonces = new Set<string>();
  const state: Simulator = { url: '', requests: 0, down: false, delayMs: 0, stop: async () => {} };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      state.requests++;
      const body = Buffer.concat(chunks).toString('utf8');
      const reply = (status: number, payload: unknown) => {
        setTimeout(() => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(payload));
        }, state.delayMs);
      };
      if (state.down) return reply(503, { error: 'maintenance' });
      const header = (name: string) => String(req.headers[name] ?? '');
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const nonce = header(SIGNATURE_HEADERS.nonce);
      const valid =
        header(SIGNATURE_HEADERS.appId) === options.appId &&
        !seenNonces.has(nonce) &&
        verifySignature(options.secret, {
          method: req.method ?? 'POST',
          path,
          timestamp: header(SIGNATURE_HEADERS.timestamp),
          nonce,
          body,
          signature: header(SIGNATURE_HEADERS.signature),
        });
      if (!valid) return reply(401, { error: 'bad signature' });
      seenNonces.add(nonce);
      let query: Record<string, string>;
      try {
        query = JSON.parse(body) as Record<string, string>;
      } catch {
        return reply(400, { error: 'bad body' });
      }
      const id = query.idNumber ?? '';
      const resource = path.replace(/^\/v1\//, '');
      const outcome =
        resource === 'person'
          ? await sandbox.person(id)
          : resource === 'death-record'
            ? await sandbox.deathRecord(id)
            : resource === 'cremation-record'
              ? await sandbox.cremationRecord(id)
              : resource === 'facts'
                ? await sandbox.facts(id, query.regionCode ?? '')
                : resource === 'licences'
                  ? await sandbox.licences(id)
                  : resource === 'relationship-proof'
                    ? await sandbox.relationshipProof(
                        query.applicantIdNumber ?? '',
                        query.deceasedIdNumber ?? '',
                      )
                    : null;
      if (!outcome) return reply(404, { error: 'no such resource' });
      if (outcome.status === 'ok') return reply(200, { value: outcome.value });
      return reply(404, { error: 'not found' });
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  state.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  state.stop = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const simulator = await startSharedDataSimulator({
    port: Number(arg('port', '4100')),
    appId: arg('app-id', 'lianban'),
    secret: arg('secret', 'dev-secret'),
  });
  process.stdout.write(`shared-data simulator listening on ${simulator.url}\n`);
}
