/**
 * Published catalog versions in the database. At start the catalog shipped in the repository is
 * published if its content is new; an administrator may publish further versions. The newest is
 * current; a case reads the version it began with, so in-flight cases never change under it.
 */
import { desc, eq } from 'drizzle-orm';
import { buildCatalog, type CatalogContent } from '../../domain/catalog.ts';
import { type Actor, type AuditSealer, appendAudit, canonicalJson } from '../audit/audit-log.ts';
import type { Db, Executor } from '../db/database.ts';
import { preparedFor } from '../db/prepared.ts';
import { catalogVersions } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { sm3Hex } from '../security/national-crypto.ts';

export function catalogDigest(content: CatalogContent): string {
  return sm3Hex(canonicalJson(content));
}

export interface CatalogVersionSummary {
  version: string;
  digest: string;
  source: string;
  note: string | null;
  publishedAt: string;
  current: boolean;
}

/** Rebuilds content read back from the database through the same checks as files. */
function revive(content: unknown): CatalogContent {
  const c = content as CatalogContent;
  return buildCatalog([
    { file: 'catalog.yaml', kind: 'meta', value: c.meta },
    { file: 'matters.yaml', kind: 'matters', value: c.matters },
    { file: 'materials.yaml', kind: 'materials', value: c.materials },
    { file: 'questionnaire.yaml', kind: 'questions', value: c.questions },
    ...c.profiles.map((p) => ({ file: `profiles/${p.code}`, kind: 'profile' as const, value: p })),
  ]);
}

export class CatalogStore {
  private readonly cache = new Map<string, CatalogContent>();
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Publish the repository's catalog if no version has this content yet. Safe on concurrent starts. */
  async syncRepositoryCatalog(content: CatalogContent): Promise<string> {
    const digest = catalogDigest(content);
    const [existing] = await this.db
      .select()
      .from(catalogVersions)
      .where(eq(catalogVersions.digest, digest))
      .limit(1);
    if (existing) return existing.version;
    const [clash] = await this.db
      .select({ version: catalogVersions.version })
      .from(catalogVersions)
      .where(eq(catalogVersions.version, content.meta.version))
      .limit(1);
    // Same label, different content: keep both, telling them apart by digest.
    const version = clash ? `${content.meta.version}+${digest.slice(0, 8)}` : content.meta.version;
    await this.db
      .insert(catalogVersions)
      .values({
        version,
        digest,
        content: { ...content, meta: { ...content.meta, version } },
        source: 'repository',
      })
      .onConflictDoNothing();
    const [row] = await this.db
      .select()
      .from(catalogVersions)
      .where(eq(catalogVersions.digest, digest))
      .limit(1);
    return row?.version ?? version;
  }

  async currentVersion(db: Executor = this.db): Promise<string> {
    const [row] = await preparedFor(db, 'lianban_current_catalog', () =>
      db
        .select({ version: catalogVersions.version })
        .from(catalogVersions)
        .orderBy(desc(catalogVersions.publishedAt))
        .limit(1)
        .prepare('lianban_current_catalog'),
    ).execute();
    if (!row) throw new AppError('SERVICE_UNAVAILABLE');
    return row.version;
  }

  async get(version: string, db: Executor = this.db): Promise<CatalogContent> {
    const cached = this.cache.get(version);
    if (cached) return cached;
    const [row] = await db
      .select()
      .from(catalogVersions)
      .where(eq(catalogVersions.version, version))
      .limit(1);
    if (!row) throw new AppError('NOT_FOUND');
    const content = revive(row.content);
    this.cache.set(version, content);
    return content;
  }

  async current(db: Executor = this.db): Promise<CatalogContent> {
    return this.get(await this.currentVersion(db), db);
  }

  async list(): Promise<CatalogVersionSummary[]> {
    const rows = await this.db
      .select({
        version: catalogVersions.version,
        digest: catalogVersions.digest,
        source: catalogVersions.source,
        note: catalogVersions.note,
        publishedAt: catalogVersions.publishedAt,
      })
      .from(catalogVersions)
      .orderBy(desc(catalogVersions.publishedAt));
    return rows.map((r, i) => ({ ...r, publishedAt: r.publishedAt.toISOString(), current: i === 0 }));
  }

  /** Publish a new version from an administrator. The content has passed `buildCatalog` already. */
  async publish(
    content: CatalogContent,
    actor: Actor,
    staffId: string,
    note: string | undefined,
    keys: AuditSealer,
  ): Promise<string> {
    const digest = catalogDigest(content);
    const version = content.meta.version;
    return this.db.transaction(async (tx) => {
      const [sameContent] = await tx
        .select()
        .from(catalogVersions)
        .where(eq(catalogVersions.digest, digest))
        .limit(1);
      if (sameContent) {
        throw new AppError('CATALOG_UNCHANGED', { details: { version: sameContent.version } });
      }
      const [sameLabel] = await tx
        .select()
        .from(catalogVersions)
        .where(eq(catalogVersions.version, version))
        .limit(1);
      if (sameLabel) throw new AppError('CATALOG_VERSION_EXISTS', { details: { version } });
      await tx
        .insert(catalogVersions)
        .values({ version, digest, content, source: 'admin', note: note ?? null, publishedBy: staffId });
      await appendAudit(tx, keys, {
        actor,
        action: 'catalog.published',
        objectType: 'catalog_version',
        objectId: version,
        details: { digest, note: note ?? null },
      });
      return version;
    });
  }
}
