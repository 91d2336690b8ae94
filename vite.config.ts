/**
 * Vite build and dev server for the web front end (src/web). The dev server forwards every
 * server-owned path to the API on port 3000 so the browser sees one origin and one cookie jar.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Overridable so a browser test can point the dev server at a server on another port.
const API_ORIGIN = process.env.LIANBAN_API_ORIGIN ?? 'http://127.0.0.1:3000';
const SERVER_PATHS = ['/api', '/auth', '/oidc', '/healthz', '/openapi.json'];

export default defineConfig({
  root: '.',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
  },
  server: {
    proxy: Object.fromEntries(SERVER_PATHS.map((path) => [path, { target: API_ORIGIN }])),
  },
});
