/**
 * Vite build and dev server for the web front end (src/web). The dev server forwards every
 * server-owned path to the API on port 3000 so the browser sees one origin and one cookie jar.
 *
 * The build is shaped for a family on an old phone (docs/PERFORMANCE.md, "The family's pages on a
 * phone"): a family page loads React, the antd parts it shows and the Chinese words of the
 * family's pages; staff pages, English and ECharts come in their own chunks when first used. The
 * e2e test family-bundle-budget.test.ts keeps a family page's JavaScript within its budget.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { ROUTE_HINTS } from './src/web/route-hints.ts';

// Overridable so a browser test can point the dev server at a server on another port.
const API_ORIGIN = process.env.LIANBAN_API_ORIGIN ?? 'http://127.0.0.1:3000';
const SERVER_PATHS = ['/api', '/auth', '/oidc', '/healthz', '/openapi.json'];

/**
 * Parts of antd that no page of ours uses but that antd imports unconditionally: every page
 * showing a Card would otherwise download antd's Tabs, Menu and Dropdown (for Card's tab strip),
 * every Typography a text area and tooltips (for editable and copyable text), and every page the
 * shared tooltip popup (ConfigProvider's tooltip.unique). Each is replaced,
 * for that one importer only, by a component that fails loudly if it is ever rendered, so using
 * one of these features shows up at once in the browser tests; remove its line here to use it.
 */
const LEFT_OUT: { importer: RegExp; source: string; feature: string }[] = [
  {
    importer: /antd[\\/]es[\\/]config-provider[\\/]index\.js$/,
    source: '../tooltip/UniqueProvider',
    feature: "ConfigProvider's tooltip.unique",
  },
  { importer: /antd[\\/]es[\\/]card[\\/]Card\.js$/, source: '../tabs', feature: "Card's tabList" },
  { importer: /antd[\\/]es[\\/]card[\\/]Card\.js$/, source: '../skeleton', feature: "Card's loading" },
  {
    importer: /antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/,
    source: '../Editable',
    feature: "Typography's editable",
  },
  {
    importer: /antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/,
    source: './CopyBtn',
    feature: "Typography's copyable",
  },
  {
    importer: /antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/,
    source: '../../tooltip',
    feature: "Typography's editable tooltip",
  },
  {
    importer: /antd[\\/]es[\\/]typography[\\/]Base[\\/]EllipsisTooltip\.js$/,
    source: '../../tooltip',
    feature: "Typography's ellipsis tooltip",
  },
];
const LEFT_OUT_PREFIX = '\0left-out:';

function leaveOutUnusedAntdParts(): Plugin {
  return {
    name: 'lianban:leave-out-unused-antd-parts',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const rule = importer && LEFT_OUT.find((r) => r.source === source && r.importer.test(importer));
      return rule ? `${LEFT_OUT_PREFIX}${rule.feature}` : null;
    },
    load(id) {
      if (!id.startsWith(LEFT_OUT_PREFIX)) return null;
      const feature = id.slice(LEFT_OUT_PREFIX.length);
      const message = `${feature} is left out of the web build; see LEFT_OUT in vite.config.ts`;
      return `export default function LeftOut() { throw new Error(${JSON.stringify(message)}); }`;
    },
  };
}

// antd's building blocks (@rc-component/*) declare no "sideEffects" in their package.json, so
// importing one name from a package (antd's Card and Input take only a form context from
// @rc-component/form) would keep every module of it. They have none: let unused modules go, as antd
// itself does.
const TREESHAKE = {
  moduleSideEffects: [{ test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }],
};

/**
 * `virtual:antd-family.css` (imported by src/web/main.tsx): antd's rules for the components the
 * family's pages use, written in Node by rendering one sample of each (src/web/antd-family-styles.ts)
 * and bundled into the app's stylesheet, so a phone does not write them as the page first draws.
 */
const FAMILY_ANTD_CSS = 'virtual:antd-family.css';

function familyAntdStyles(): Plugin {
  const resolved = `\0${FAMILY_ANTD_CSS}`;
  return {
    name: 'lianban:family-antd-styles',
    resolveId: (source) => (source === FAMILY_ANTD_CSS ? resolved : null),
    async load(id) {
      if (id !== resolved) return null;
      const { familyAntdCss } = await import('./src/web/antd-family-styles.ts');
      return familyAntdCss();
    },
  };
}

/** How every text file of the build is compressed, beside the original (brotli and gzip, at most). */
const BROTLI = { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } };
const GZIP = { level: 9 };

/** Where the prerendered pages go in the web build, with pages.json mapping address to file. */
const PRERENDERED_DIR = 'prerendered';
/** The app's entry, index.html, and a prerendered page's one script (src/web/static-page.ts). */
const APP_ENTRY = 'index';
const STATIC_PAGE = 'static-page';
/** The script of a draft's screen the server draws (src/web/application/drawn-draft.ts). */
const DRAWN_DRAFT = 'drawn-draft';
/** The build's output for the server, beside the web root (the renderer, the route hints). */
const SERVER_OUT_DIR = '../prerender';

/**
 * After the browser build: bundles src/web/prerender.tsx for Node into dist/prerender, with the
 * document its pages are drawn into (template.html: the built index.html naming the page's own
 * script, static-page.ts, instead of the app's), renders the front door and the portal with it
 * (docs/ARCHITECTURE.md, "Prerendered family pages") and compresses them like every other file. The
 * server (http/static-files.ts) sends one to a browser with no session and no language or
 * large-text choice, and draws the guide for such a browser with the same renderer.
 */
function prerenderFamilyPages(): Plugin {
  let root = '';
  let outDir = '';
  let browserBuild = false;
  let staticPageFile = '';
  let staticPageImports: string[] = [];
  let drawnDraftModules: string[] = [];
  return {
    name: 'lianban:prerender-family-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      browserBuild = !config.build.ssr;
    },
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find(
        (c) => c.type === 'chunk' && c.isEntry && c.name === STATIC_PAGE,
      );
      if (chunk?.type === 'chunk') {
        staticPageFile = `/${chunk.fileName}`;
        staticPageImports = chunk.imports.map((file) => `/${file}`);
      }
      const draft = Object.values(bundle).find(
        (c) => c.type === 'chunk' && c.isEntry && c.name === DRAWN_DRAFT,
      );
      if (draft?.type === 'chunk') {
        drawnDraftModules = [draft.fileName, ...draft.imports].map((file) => `/${file}`);
      }
    },
    async closeBundle() {
      if (!browserBuild) return;
      const serverOut = resolve(outDir, SERVER_OUT_DIR);
      await build({
        configFile: false,
        root,
        mode: 'production',
        logLevel: 'warn',
        plugins: [leaveOutUnusedAntdParts(), react()],
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        publicDir: false,
        ssr: { noExternal: true },
        build: {
          ssr: 'src/web/prerender.tsx',
          outDir: serverOut,
          emptyOutDir: true,
          rolldownOptions: { treeshake: TREESHAKE },
        },
      });
      const renderer = (await import(
        `${pathToFileURL(join(serverOut, 'prerender.js')).href}?build=${Date.now()}`
      )) as typeof import('./src/web/prerender.tsx');
      const built = readFileSync(join(outDir, 'index.html'), 'utf8');
      const emptyRoot = '<div id="root"></div>';
      // The app's entry and the modules it imports: a prerendered page does without them. It names
      // only its own script (src/web/static-page.ts), which starts them in the one case it must.
      const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(built);
      const preloads = [...built.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
      if (
        !built.includes(emptyRoot) ||
        !built.includes('</title>') ||
        !entry ||
        !staticPageFile ||
        drawnDraftModules.length === 0
      ) {
        throw new Error(
          'index.html has changed shape: prerendering needs an empty #root, a <title> and one module script',
        );
      }
      const modules = [entry[1], ...preloads.map((p) => p[1])].join(' ');
      let template = built.replace(
        entry[0],
        [
          `\n    <script type="module" crossorigin src="${staticPageFile}"></script>`,
          ...staticPageImports.map((href) => `\n    <link rel="modulepreload" crossorigin href="${href}">`),
        ].join(''),
      );
      for (const preload of preloads) template = template.replace(preload[0], '');
      template = template.replace('</title>', `</title>${renderer.STYLES_MARK}`).replace(
        emptyRoot,
        // data-draft-modules: the script of a draft's screen the server draws, which the page's
        // own script loads only where such a screen is on the page.
        `<div id="root" data-prerendered="zh" data-modules="${modules}" data-draft-modules="${drawnDraftModules.join(' ')}">${renderer.BODY_MARK}</div>`,
      );
      // For the pages the server draws while it runs (src/server/http/server-rendered-pages.ts).
      writeFileSync(join(serverOut, 'template.html'), template);
      mkdirSync(join(outDir, PRERENDERED_DIR), { recursive: true });
      const pages: Record<string, string> = {};
      for (const [name, address] of Object.entries(renderer.BUILT_PAGES)) {
        const html = await renderer.renderDocument(template, address);
        const file = join(outDir, PRERENDERED_DIR, `${name}.html`);
        writeFileSync(file, html);
        writeFileSync(`${file}.br`, brotliCompressSync(html, BROTLI));
        writeFileSync(`${file}.gz`, gzipSync(html, GZIP));
        pages[address] = `${PRERENDERED_DIR}/${name}.html`;
      }
      writeFileSync(join(outDir, PRERENDERED_DIR, 'pages.json'), `${JSON.stringify(pages, null, 2)}\n`);
    },
  };
}

/** The chunks `start` needs before it runs: itself and what it imports statically, in turn. */
function staticClosure(start: Rolldown.OutputChunk, bundle: Rolldown.OutputBundle): Rolldown.OutputChunk[] {
  const found = new Map<string, Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk) => {
    if (found.has(chunk.fileName)) return;
    found.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const imported = bundle[file];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  visit(start);
  return [...found.values()];
}

/**
 * After the browser build: for each page of src/web/route-hints.ts, the chunks its module needs
 * that index.html does not name already (the module's chunk and what it imports statically, less
 * the app entry's own), written with the route and its reads to dist/prerender/route-hints.json,
 * outside the web root. The server (http/route-hints.ts) names them in the page it sends at such
 * an address (docs/ARCHITECTURE.md, "Hints for a family page"). A page module that is not in the
 * bundle, or a route whose parameters the list does not declare, fails the build.
 */
function writeRouteHints(): Plugin {
  let root = '';
  let outDir = '';
  let base = '/';
  let browserBuild = false;
  let hints: { route: string; params: Record<string, string>; modules: string[]; reads: string[] }[] = [];
  return {
    name: 'lianban:route-hints',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
      browserBuild = !config.build.ssr;
    },
    generateBundle(_options, bundle) {
      if (!browserBuild) return;
      const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry && c.name === APP_ENTRY);
      if (!entry) throw new Error(`route hints: the bundle has no '${APP_ENTRY}' entry`);
      const named = new Set(staticClosure(entry, bundle).map((c) => c.fileName));
      hints = ROUTE_HINTS.map((hint) => {
        const placeholders = [
          ...[...hint.route.matchAll(/:(\w+)/g)].map((m) => m[1]),
          ...hint.reads.flatMap((read) => [...read.matchAll(/\{(\w+)\}/g)].map((m) => m[1])),
        ];
        const undeclared = placeholders.filter((name) => !name || !Object.hasOwn(hint.params, name));
        if (undeclared.length > 0)
          throw new Error(`route hints: ${hint.route} does not declare ${undeclared.join(', ')}`);
        const module = resolve(root, hint.module);
        const page = chunks.find((c) => c.facadeModuleId === module || c.moduleIds.includes(module));
        if (!page) throw new Error(`route hints: ${hint.module} (${hint.route}) is in no chunk of the build`);
        const modules = staticClosure(page, bundle)
          .filter((c) => !named.has(c.fileName))
          .map((c) => `${base}${c.fileName}`);
        return { route: hint.route, params: hint.params, modules, reads: hint.reads };
      });
    },
    // After the renderer's build, which empties the folder first (prerenderFamilyPages).
    closeBundle: {
      order: 'post',
      handler() {
        if (!browserBuild) return;
        const serverOut = resolve(outDir, SERVER_OUT_DIR);
        mkdirSync(serverOut, { recursive: true });
        writeFileSync(join(serverOut, 'route-hints.json'), `${JSON.stringify(hints, null, 2)}\n`);
      },
    },
  };
}

export default defineConfig({
  root: '.',
  plugins: [
    leaveOutUnusedAntdParts(),
    familyAntdStyles(),
    prerenderFamilyPages(),
    writeRouteHints(),
    react(),
    // .br and .gz next to every text file worth compressing, originals kept, so the server can
    // answer Accept-Encoding without compressing on each request.
    compression({
      include: /\.(js|css|html|svg|json|txt)$/,
      threshold: 1024,
      algorithms: [defineAlgorithm('brotliCompress', BROTLI), defineAlgorithm('gzip', GZIP)],
      deleteOriginalAssets: false,
      skipIfLargerOrEqual: true,
    }),
  ],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        [APP_ENTRY]: resolve(import.meta.dirname, 'index.html'),
        [STATIC_PAGE]: resolve(import.meta.dirname, 'src/web/static-page.ts'),
        [DRAWN_DRAFT]: resolve(import.meta.dirname, 'src/web/application/drawn-draft.ts'),
      },
      treeshake: TREESHAKE,
    },
  },
  server: {
    proxy: Object.fromEntries(SERVER_PATHS.map((path) => [path, { target: API_ORIGIN }])),
  },
});
