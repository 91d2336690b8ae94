/**
 * Flags shared by the workloads: number and list parsing with bounds, the backend choice and the
 * results folder. Each workload declares its own flags with `parseArgs` and uses these to read them.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_DIR = join(ROOT, 'bench', 'results');

export type BackendKind = 'pglite' | 'postgres';

export class UsageError extends Error {}

export function int(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be an integer ${min}–${max}`);
  return n;
}

export function number(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a number ${min}–${max}`);
  return n;
}

/** A comma-separated list of integers, each within bounds, in the order given, without repeats. */
export function intList(name: string, text: string, min: number, max: number): number[] {
  const values = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => int(name, part, min, max));
  if (values.length === 0) throw new UsageError(`--${name} must list at least one value`);
  return [...new Set(values)];
}

export function backendsOf(text: string): BackendKind[] {
  if (text === 'both') return ['pglite', 'postgres'];
  if (text === 'pglite' || text === 'postgres') return [text];
  throw new UsageError('--backend must be pglite, postgres or both');
}

export function oneOf<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  if (!allowed.includes(text as T)) throw new UsageError(`--${name} must be ${allowed.join(' or ')}`);
  return text as T;
}

export const outDir = (text: string) => resolve(text);
