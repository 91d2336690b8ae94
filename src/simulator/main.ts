/**
 * Standalone simulated department and bank systems, for trying the exchange against a running
 * instance: `npm run simulator -- --config <file.json> [--host <address>] [--port <n>]`.
 * Prints each push party's endpoint (to configure in the platform), the parties' counts every
 * 30 seconds, and stops on SIGINT or SIGTERM. Listens on loopback only, unless `--host` names
 * another address explicitly. See docs/SIMULATOR.md.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isLoopbackHost, type PartyStats, startSimulator } from './simulator.ts';

const Credential = z.object({ keyId: z.string().min(4), secret: z.string().min(8) });

const Party = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9.:-]{1,62}$/),
    mode: z.enum(['push', 'pull']),
    credential: Credential,
    pushKey: Credential.optional(),
    pollMs: z.number().int().min(50).max(600_000).optional(),
    behaviour: z
      .object({
        latencyMs: z.tuple([z.number().min(0), z.number().min(0)]).optional(),
        errorRate: z.number().min(0).max(1).optional(),
        outages: z
          .array(
            z.object({
              fromMs: z.number().min(0),
              toMs: z.number().min(0),
              kind: z.enum(['status500', 'timeout', 'reset']),
            }),
          )
          .optional(),
      })
      .optional(),
    answer: z
      .object({
        delayMs: z.number().int().min(0).optional(),
        overpaymentDays: z.number().int().min(0).max(365).optional(),
        repeat: z.number().int().min(1).max(5).optional(),
        attempts: z.number().int().min(1).max(20).optional(),
        retryPauseMs: z.number().int().min(0).optional(),
        disabled: z.boolean().optional(),
      })
      .optional(),
  })
  .refine((p) => p.mode !== 'push' || p.pushKey, {
    message: 'a push party needs its pushKey (from the administrator: issue a push key)',
    path: ['pushKey'],
  });

const Config = z.object({
  platformUrl: z.url({ protocol: /^https?$/ }),
  host: z.string().optional(),
  port: z.number().int().min(0).max(65535).optional(),
  statsEverySeconds: z.number().int().min(1).max(3600).optional(),
  parties: z.array(Party).min(1),
});

const say = (line: string) => process.stdout.write(`${line}\n`);

function statsLine(s: PartyStats): string {
  const injected = Object.entries(s.injected)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  return [
    `  ${s.code.padEnd(28)} ${s.mode.padEnd(4)}`,
    `received ${s.received}`,
    `duplicates ${s.duplicates}`,
    `stored ${s.stored}`,
    `answered ${s.answered}`,
    `answer failures ${s.answerFailures}`,
    ...(s.refused > 0 ? [`refused ${s.refused}`] : []),
    ...(s.mode === 'pull' ? [`polls ${s.polls} (failed ${s.pollFailures})`] : []),
    ...(injected ? [`injected: ${injected}`] : []),
    ...(s.outage ? [`DOWN (${s.outage})`] : []),
  ].join(' · ');
}

async function main() {
  const { values } = parseArgs({
    options: {
      config: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.config) {
    say('usage: npm run simulator -- --config <file.json> [--host <address>] [--port <n>]');
    say('see docs/SIMULATOR.md; an example is src/simulator/example-config.json');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const parsed = Config.safeParse(JSON.parse(readFileSync(values.config, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`the configuration ${values.config} is not valid:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  const host = values.host ?? config.host ?? '127.0.0.1';
  if (!values.host && !isLoopbackHost(host)) {
    throw new Error(
      `refusing to listen on ${host}: the simulated systems accept pushes only on a loopback address unless --host is given explicitly`,
    );
  }
  const port = values.port !== undefined ? Number(values.port) : config.port;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`not a port: ${values.port}`);
  }
  const simulator = await startSimulator({
    platformUrl: config.platformUrl,
    host,
    ...(port !== undefined ? { port } : {}),
    parties: config.parties,
    log: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
  });
  say(`simulated systems for ${config.platformUrl}, listening at ${simulator.url}`);
  for (const party of config.parties) {
    say(
      party.mode === 'push'
        ? `  ${party.code.padEnd(28)} push  endpoint: ${simulator.endpointFor(party.code)}`
        : `  ${party.code.padEnd(28)} pull  every ${party.pollMs ?? 1000} ms`,
    );
  }
  const timer = setInterval(
    () => {
      say(`${new Date().toISOString()} stats`);
      for (const s of simulator.stats()) say(statsLine(s));
    },
    (config.statsEverySeconds ?? 30) * 1000,
  );
  const stop = async () => {
    clearInterval(timer);
    say('stopping…');
    await simulator.stop();
    for (const s of simulator.stats()) say(statsLine(s));
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`simulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
