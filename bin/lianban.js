#!/usr/bin/env node
// Entry point for the `lianban` command; the TypeScript sources run on Node's type stripping, so an
// older Node.js gets one plain line saying what to install instead of a stack trace.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../scripts/require-node.cjs');
await import('../src/cli.ts');
