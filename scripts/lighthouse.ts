/**
 * Lighthouse on the family's pages as an old phone sees them: the production build served by
 * `lianban start` (demo data, embedded database, a throwaway data folder, a free loopback port),
 * measured in Lighthouse's mobile mode with its default simulated throttling (slow 4G, 4× slower
 * CPU). Pages: the front door (/), the public guide (/guide), the portal (/portal), the first
 * form step a family reaches after the questionnaire (/portal/drafts/:id, signed in as a demo
 * citizen through the embedded identity service; a screen of certified values, which the server
 * draws) and the first step to type in (/portal/drafts/:id?step=applicant, which the app draws).
 *
 *   npm run build && npm run lighthouse [-- --runs 3] [--out bench/results] [--pages /,/guide]
 *     [--reports DIR]   (keeps every run's full Lighthouse report)
 *     [--against DIR]   (another checkout of the project, built: see below)
 *
 * Each page is measured --runs times in a fresh headless Chromium (/usr/bin/chromium, or
 * CHROME_PATH); the run with the median performance score is reported. Results are written to
 * <out>/<date>-lighthouse.json and .md (-2, -3, … for later runs the same day) and printed. Not
 * part of the test suite's pass/fail.
 *
 * A single run can move by 20 points on a shared machine with the build unchanged, so two builds
 * are compared by measuring them in turn: with --against, that checkout's build is served by its
 * own `lianban start` beside this one, and each run of a page measures both, this build first in
 * odd runs and second in even ones, so whatever the machine does falls on both alike. Results go to <out>/<date>-lighthouse-ab.json
 * and .md, with each build's table and each page's medians side by side.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { chromium } from 'playwright-core';
import { median as medianOf } from '../bench/harness/stats.ts';
import { CHROMIUM_FLAGS } from '../e2e/support/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_CITIZEN = { username: 'zhangwei', password: 'Demo#2026' };
const DECEASED_ID = '530102194001050019';

interface PageSpec {
  name: string;
  path: string;
  signedIn: boolean;
}

interface PageFigures {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  siMs: number;
  /** JavaScript as transferred in the run (compressed only if the server compressed it). */
  jsTransferredBytes: number;
  /** The same scripts gzipped here (level 9), whatever the server sent. */
  jsGzipBytes: number;
  scripts: number;
  totalBytes: number;
  /** Lighthouse's measure of this machine's CPU speed at the time (higher is faster). */
  benchmarkIndex: number;
}

interface PageResult {
  name: string;
  path: string;
  runs: PageFigures[];
  median: PageFigures;
}

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/results' },
    pages: { type: 'string' },
    // A folder to keep every run's full Lighthouse report in (JSON), for looking into a figure.
    reports: { type: 'string' },
    // Another checkout of the project, built, to measure in turn with this one.
    against: { type: 'string' },
  },
});

const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const say = (message: string) => process.stdout.write(`${message}\n`);

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

/** `lianban start` of the checkout at `root` on demo data in a throwaway folder; resolves once it serves. */
async function startServer(
  root: string,
  dataDir: string,
  port: number,
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(root, 'src/cli.ts'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development', // demo accounts are refused in production
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATABASE_URL: '',
      LIANBAN_DATA_KEY: randomBytes(32).toString('hex'),
      DEMO_SEED: 'auto',
      DEMO_SIMULATOR: 'never',
      LOG_LEVEL: 'warn',
      // Sign-ins and drafts come faster than a person would make them.
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '10000',
      RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start in 120 s:\n${output}`)), 120_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Lianban is serving')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  return { url, child, stop };
}

/**
 * Signs the demo citizen in through the embedded identity service as a family would, then starts
 * an application for 王建国 (as the questionnaire's 开始填写 does). Returns the session cookie and
 * the draft page's path.
 */
async function signInAndStartDraft(url: string): Promise<{ cookie: string; draftPath: string }> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${url}/portal`);
    await page.getByRole('link', { name: '使用统一身份认证登录' }).click();
    await page.getByLabel('用户名').fill(DEMO_CITIZEN.username);
    await page.getByLabel('密码').fill(DEMO_CITIZEN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${url}/portal`);
    const session = (await context.cookies(url)).find((c) => c.name === 'lb_session');
    if (!session) throw new Error('signing in left no session cookie');
    const cookie = `lb_session=${session.value}`;
    const response = await fetch(`${url}/api/v1/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: url },
      body: JSON.stringify({
        regionCode: '530102',
        deceasedIdNumber: DECEASED_ID,
        answers: { notarisedWill: 'no', deposits: 'no', companyShares: 'no' },
      }),
    });
    if (response.status !== 201)
      throw new Error(`starting a draft failed: ${response.status} ${await response.text()}`);
    const draft = (await response.json()) as { id: string };
    return { cookie, draftPath: `/portal/drafts/${draft.id}` };
  } finally {
    await browser.close();
  }
}

const gzipCache = new Map<string, number>();

async function gzippedSize(url: string, cookie: string | undefined): Promise<number> {
  const known = gzipCache.get(url);
  if (known !== undefined) return known;
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  const size = gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
  gzipCache.set(url, size);
  return size;
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

async function figuresOf(lhr: Result, cookie: string | undefined): Promise<PageFigures> {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ??
    []) as NetworkItem[];
  const scripts = items.filter((item) => item.resourceType === 'Script');
  let jsGzipBytes = 0;
  for (const script of scripts) jsGzipBytes += await gzippedSize(script.url, cookie);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcpMs: Math.round(numeric('first-contentful-paint')),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
    siMs: Math.round(numeric('speed-index')),
    jsTransferredBytes: scripts.reduce((sum, s) => sum + (s.transferSize ?? 0), 0),
    jsGzipBytes,
    scripts: scripts.length,
    totalBytes: Math.round(numeric('total-byte-weight')),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

let reportCount = 0;

async function measure(url: string, cookie: string | undefined): Promise<PageFigures> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    if (args.reports) {
      mkdirSync(args.reports, { recursive: true });
      reportCount += 1;
      const name = new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      writeFileSync(
        join(args.reports, `${String(reportCount).padStart(2, '0')}-${name}.json`),
        JSON.stringify(result.lhr),
      );
    }
    return await figuresOf(result.lhr, cookie);
  } finally {
    await chrome.kill();
  }
}

function median(figures: PageFigures[]): PageFigures {
  const sorted = [...figures].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)] as PageFigures;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

function table(results: PageResult[]): string {
  const lines = [
    '| Page | Performance | Accessibility | FCP s | LCP s | TBT ms | CLS | SI s | JS gz KiB | JS transferred KiB | Total KiB | CPU index |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { name, median: m } of results) {
    lines.push(
      `| ${name} | ${m.performance} | ${m.accessibility} | ${seconds(m.fcpMs)} | ${seconds(m.lcpMs)} | ${m.tbtMs} | ${m.cls} | ${seconds(m.siMs)} | ${kb(m.jsGzipBytes)} | ${kb(m.jsTransferredBytes)} | ${kb(m.totalBytes)} | ${m.benchmarkIndex} |`,
    );
  }
  return lines.join('\n');
}

/** A build to measure: a checkout of the project, served by its own server. */
interface Build {
  label: string;
  root: string;
  dataDir: string;
  server?: Awaited<ReturnType<typeof startServer>>;
  cookie: string;
  draftPath: string;
}

function pagesOf(build: Build): PageSpec[] {
  const all: PageSpec[] = [
    { name: '/', path: '/', signedIn: false },
    { name: '/guide', path: '/guide', signedIn: false },
    { name: '/portal', path: '/portal', signedIn: false },
    { name: '/portal/drafts/:id', path: build.draftPath, signedIn: true },
    { name: '/portal/drafts/:id?step=applicant', path: `${build.draftPath}?step=applicant`, signedIn: true },
  ];
  const wanted = args.pages?.split(',').map((p) => p.trim());
  return wanted ? all.filter((p) => wanted.includes(p.name)) : all;
}

function comparison(builds: Build[], results: PageResult[][]): string {
  const [one, other] = builds as [Build, Build];
  const [ours, theirs] = results as [PageResult[], PageResult[]];
  const lines = [
    `| Page | Performance, ${one.label} | Performance, ${other.label} | TBT ms, ${one.label} | TBT ms, ${other.label} | FCP s, ${one.label} | FCP s, ${other.label} |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  ours.forEach((page, i) => {
    const their = theirs[i] as PageResult;
    const of = (result: PageResult, pick: (f: PageFigures) => number) => medianOf(result.runs.map(pick));
    lines.push(
      `| ${page.name} | ${of(page, (f) => f.performance)} | ${of(their, (f) => f.performance)} | ${of(page, (f) => f.tbtMs)} | ${of(their, (f) => f.tbtMs)} | ${seconds(of(page, (f) => f.fcpMs))} | ${seconds(of(their, (f) => f.fcpMs))} |`,
    );
  });
  return lines.join('\n');
}

async function main(): Promise<void> {
  const builds: Pick<Build, 'label' | 'root'>[] = [{ label: 'this build', root: ROOT }];
  if (args.against) builds.push({ label: `the build in ${args.against}`, root: resolve(args.against) });
  for (const build of builds) {
    if (!existsSync(join(build.root, 'dist/web/index.html'))) {
      process.stderr.write(`${build.root}/dist/web is missing: run \`npm run build\` there first.\n`);
      process.exitCode = 1;
      return;
    }
  }
  if (!existsSync(chromePath)) throw new Error(`Chromium not found at ${chromePath} (set CHROME_PATH)`);

  const ready: Build[] = builds.map((build) => ({
    ...build,
    dataDir: mkdtempSync(join(tmpdir(), 'lianban-lighthouse-')),
    cookie: '',
    draftPath: '',
  }));
  const cleanUp = async () => {
    for (const build of ready) {
      await build.server?.stop();
      rmSync(build.dataDir, { recursive: true, force: true });
    }
  };
  const interrupted = () => {
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    for (const build of ready) {
      build.server = await startServer(build.root, build.dataDir, await freePort());
      say(`${build.label}: server at ${build.server.url} (data in ${build.dataDir})`);
      Object.assign(build, await signInAndStartDraft(build.server.url));
    }

    const results: PageResult[][] = ready.map(() => []);
    const pageCount = pagesOf(ready[0] as Build).length;
    for (let index = 0; index < pageCount; index++) {
      const figures: PageFigures[][] = ready.map(() => []);
      for (let run = 1; run <= runs; run++) {
        // Each build in turn, run after run, the first one first in odd runs and last in even ones:
        // the machine's drift, and any advantage of going first or second, fall on both alike.
        const order = [...ready.entries()];
        if (run % 2 === 0) order.reverse();
        for (const [b, build] of order) {
          const page = pagesOf(build)[index] as PageSpec;
          const url = `${build.server?.url}${page.path}`;
          const measured = await measure(url, page.signedIn ? build.cookie : undefined);
          const who = ready.length > 1 ? `${build.label}, ` : '';
          say(
            `${who}${page.name} run ${run}/${runs}: performance ${measured.performance}, LCP ${seconds(measured.lcpMs)} s, TBT ${measured.tbtMs} ms`,
          );
          figures[b]?.push(measured);
        }
      }
      for (const [b, build] of ready.entries()) {
        const page = pagesOf(build)[index] as PageSpec;
        const runsOfPage = figures[b] as PageFigures[];
        results[b]?.push({ name: page.name, path: page.path, runs: runsOfPage, median: median(runsOfPage) });
      }
    }

    const date = new Date().toISOString().slice(0, 10);
    const outDir = resolve(ROOT, args.out);
    mkdirSync(outDir, { recursive: true });
    const lighthouseVersion = (
      JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const settings = {
      formFactor: 'mobile',
      throttling: 'simulated (Lighthouse default)',
      runsPerPage: runs,
    };
    const compared = ready.length > 1;
    const report = compared
      ? {
          date: new Date().toISOString(),
          lighthouse: lighthouseVersion,
          settings,
          builds: ready.map((build, b) => ({ label: build.label, root: build.root, pages: results[b] })),
        }
      : { date: new Date().toISOString(), lighthouse: lighthouseVersion, settings, pages: results[0] };
    // The day's first results keep the plain name; later runs that day get -2, -3, … and never
    // overwrite what is there.
    const stem = join(outDir, `${date}-lighthouse${compared ? '-ab' : ''}`);
    let base = stem;
    for (let n = 2; existsSync(`${base}.json`) || existsSync(`${base}.md`); n++) base = `${stem}-${n}`;
    writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    const tables = compared
      ? [
          `Each run measured both builds, ${ready.map((b) => b.label).join(' first in odd runs, ')} first in even ones. Medians of all runs:`,
          '',
          comparison(ready, results),
          '',
          ...ready.flatMap((build, b) => [
            `## ${build.label} (${build.root})`,
            '',
            table(results[b] ?? []),
            '',
          ]),
        ]
      : [table(results[0] ?? []), ''];
    const markdown = [
      `# Lighthouse ${lighthouseVersion}, mobile, simulated throttling — ${date}`,
      '',
      `Median of ${runs} run(s) per page, production build served by \`lianban start\` (demo data, embedded database).`,
      'JS gz: the scripts the page requested, gzipped at level 9 whatever the server sent. CPU index:',
      "Lighthouse's benchmarkIndex of the machine during the run (simulated throttling scales from it; a busy",
      'machine scores lower).',
      '',
      ...tables,
    ].join('\n');
    writeFileSync(`${base}.md`, markdown);
    say('');
    say(tables.join('\n'));
    say(`written: ${base}.json, ${base}.md`);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await cleanUp();
  }
}

await main();
