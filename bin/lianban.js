#!/usr/bin/env node
// Entry point for the `lianban` command; the TypeScript sources run on Node's type stripping.
import '../src/cli.ts';
