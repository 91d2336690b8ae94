/** A signed-in citizen's own ID number, as the identity service gave it (decrypted), or null. */
import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import type { Executor } from '../db/database.ts';
import { citizens } from '../db/schema.ts';
import { decryptField } from '../security/national-crypto.ts';

export async function citizenIdNumber(
  context: Pick<AppContext, 'keys'>,
  db: Executor,
  citizenId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ idNumberEncrypted: citizens.idNumberEncrypted })
    .from(citizens)
    .where(eq(citizens.id, citizenId))
    .limit(1);
  return row?.idNumberEncrypted ? decryptField(context.keys, row.idNumberEncrypted) : null;
}
