/**
 * Where the master key for personal-data encryption comes from: LIANBAN_DATA_KEY (hex or base64,
 * at least 16 bytes), or — outside production only — a key generated once into DATA_DIR/secrets.
 * The key is never stored in the database it protects.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { type DataKeys, deriveDataKeys } from './national-crypto.ts';

export function parseKey(text: string, name = 'LIANBAN_DATA_KEY'): Buffer {
  const trimmed = text.trim();
  const buffer = /^[0-9a-fA-F]+$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (buffer.length < 16) throw new Error(`${name} must be at least 16 bytes (32 hex characters)`);
  return buffer;
}

export function loadDataKeys(config: Pick<Config, 'dataKey' | 'dataDir' | 'env' | 'audit'>): DataKeys {
  const audit = {
    key: config.audit.key ? parseKey(config.audit.key, 'LIANBAN_AUDIT_KEY') : undefined,
    retired: config.audit.retiredKeys.map((k) => parseKey(k, 'LIANBAN_AUDIT_KEYS_RETIRED')),
  };
  if (config.dataKey) return deriveDataKeys(parseKey(config.dataKey), audit);
  if (config.env === 'production') {
    throw new Error(
      'LIANBAN_DATA_KEY must be set in production (32+ hex characters, kept outside the database)',
    );
  }
  const folder = join(config.dataDir, 'secrets');
  const file = join(folder, 'data-key');
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return deriveDataKeys(parseKey(readFileSync(file, 'utf8')), audit);
}
