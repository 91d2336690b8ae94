/**
 * Secrets the embedded OpenID provider needs to be the same on every instance: its token-signing
 * keys, its cookie-signing keys and the portal's client secret. Each is generated once per
 * installation and kept in `installation_secret`; instances that start together race on an
 * insert that ignores conflicts and then all read back the one row that won.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { JWK } from 'oidc-provider';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/database.ts';
import { installationSecrets } from '../../db/schema.ts';

export const SECRET_NAMES = {
  signingKeys: 'oidc.signing_jwks',
  cookieKeys: 'oidc.cookie_keys',
  clientSecret: 'oidc.client_secret',
} as const;

export async function loadInstallationSecret<T>(db: Executor, name: string, generate: () => T): Promise<T> {
  const read = async () => {
    const [row] = await db
      .select()
      .from(installationSecrets)
      .where(eq(installationSecrets.name, name))
      .limit(1);
    return row?.value as T | undefined;
  };
  const existing = await read();
  if (existing !== undefined) return existing;
  await db
    .insert(installationSecrets)
    .values({ name, value: generate() as Record<string, unknown> })
    .onConflictDoNothing();
  const stored = await read();
  if (stored === undefined) throw new Error(`installation secret ${name} could not be stored`);
  return stored;
}

function generateSigningKeys(): { keys: JWK[] } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { keys: [{ ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' } as JWK] };
}

export function loadSigningKeys(db: Executor): Promise<{ keys: JWK[] }> {
  return loadInstallationSecret(db, SECRET_NAMES.signingKeys, generateSigningKeys);
}

export async function loadCookieKeys(db: Executor): Promise<string[]> {
  const value = await loadInstallationSecret(db, SECRET_NAMES.cookieKeys, () => ({
    keys: [randomBytes(32).toString('base64url')],
  }));
  return value.keys;
}

/**
 * The portal's client secret at the embedded provider: OIDC_CLIENT_SECRET when set, else one
 * generated for this installation. The provider and the relying party both read it here.
 */
export async function embeddedClientSecret(db: Executor, config: Pick<Config, 'oidc'>): Promise<string> {
  if (config.oidc.clientSecret) return config.oidc.clientSecret;
  const value = await loadInstallationSecret(db, SECRET_NAMES.clientSecret, () => ({
    secret: randomBytes(32).toString('base64url'),
  }));
  return value.secret;
}
