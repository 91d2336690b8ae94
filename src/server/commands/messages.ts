/** Reading a message: marked once, and only the reader's own. */
import { and, eq, isNull } from 'drizzle-orm';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import { notifications } from '../db/schema.ts';
import type { CitizenPrincipal } from '../identity/principal.ts';

export async function markMessageRead(context: AppContext, citizen: CitizenPrincipal, id: string) {
  await context.database.db
    .update(notifications)
    .set({ readAt: clock.now() })
    .where(
      and(eq(notifications.id, id), eq(notifications.recipientId, citizen.id), isNull(notifications.readAt)),
    );
}
