/** Signing out: the session ends, and the audit trail says who left. */
import { appendAudit } from '../audit/audit-log.ts';
import type { AppContext } from '../context.ts';
import { actorOf, type Principal } from './principal.ts';
import { destroySession } from './sessions.ts';

export async function signOut(context: AppContext, token: string, principal: Principal | null) {
  await context.database.db.transaction(async (tx) => {
    await destroySession(tx, token);
    if (principal) {
      await appendAudit(tx, context.keys, {
        actor: actorOf(principal),
        action: `${principal.kind}.sign_out`,
        objectType: principal.kind === 'staff' ? 'staff_account' : 'citizen',
        objectId: principal.id,
      });
    }
  });
}
