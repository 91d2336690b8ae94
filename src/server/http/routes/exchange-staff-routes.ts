/**
 * The staff side of department exchange: death notices a department answers at its workbench
 * (information use), probable overpayments for supervisors, and the administrator's exchange
 * management and delivery monitor. Answers go through the same command as a party's system.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MESSAGE_STATES } from '../../../domain/exchange.ts';
import type { AppContext } from '../../context.ts';
import {
  exchangeMonitor,
  issueCredential,
  newPushKey,
  partyMessages,
  replayMessages,
  revokeCredential,
  saveParty,
  setPartyPaused,
} from '../../exchange/admin.ts';
import {
  acknowledgeDeathNotice,
  listDeathNotices,
  listOverpayments,
  viewDeathNotice,
} from '../../exchange/death-notices.ts';
import { authorizeStaff } from '../../identity/authorize.ts';
import {
  DeathNoticeList,
  ExchangeDeathNotice,
  ExchangeMessageList,
  ExchangeMonitor,
  IssueCredentialRequest,
  IssuedSecret,
  NoticeAnswerView,
  OverpaymentList,
  PartyCodeParam,
  PausePartyRequest,
  ReplayRequest,
  ReplayResult,
  SavedParty,
  SavePartyRequest,
  StaffNoticeAnswerRequest,
} from '../exchange-schemas.ts';
import { SIGNED_IN } from '../openapi.ts';

const Id = z.object({ id: z.uuid() });

export async function exchangeStaffRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/department/death-notices',
    {
      schema: {
        operationId: 'listDeathNotices',
        tags: ['department'],
        summary: "Death notices for the department's benefits in its region (信息应用), newest first, masked",
        security: SIGNED_IN,
        querystring: z.object({ state: z.enum(['sent', 'acknowledged', 'all']).default('sent') }),
        response: { 200: DeathNoticeList },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'death_notice.read');
      return { items: await listDeathNotices(context, staff, { state: request.query.state }) };
    },
  );

  routes.get(
    '/api/v1/department/death-notices/:id',
    {
      schema: {
        operationId: 'getDepartmentDeathNotice',
        tags: ['department'],
        summary:
          'One death notice with the deceased’s identity, to find them in the department’s records (audited)',
        security: SIGNED_IN,
        params: Id,
        response: { 200: ExchangeDeathNotice },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'death_notice.read');
      const notice = await viewDeathNotice(context, staff, request.params.id);
      if (!notice) throw new Error('notice vanished');
      return notice;
    },
  );

  routes.post(
    '/api/v1/department/death-notices/:id/acknowledgement',
    {
      schema: {
        operationId: 'acknowledgeDeathNoticeAtWorkbench',
        tags: ['department'],
        summary: 'The benefit was stopped from a date, or the deceased had none',
        description:
          'The same command a department’s own system uses. Answering again with the same answer changes nothing; a different answer is refused.',
        security: SIGNED_IN,
        params: Id,
        body: StaffNoticeAnswerRequest,
        response: { 200: NoticeAnswerView },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'death_notice.acknowledge');
      return db.transaction((tx) =>
        acknowledgeDeathNotice(context, tx, { kind: 'staff', staff }, request.params.id, request.body),
      );
    },
  );

  routes.get(
    '/api/v1/supervision/overpayments',
    {
      schema: {
        operationId: 'listOverpayments',
        tags: ['supervision'],
        summary: 'Benefits stopped later than the day after death: probable overpayments to recover',
        security: SIGNED_IN,
        response: { 200: OverpaymentList },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'overpayment.read');
      return { items: await listOverpayments(context, staff) };
    },
  );

  routes.get(
    '/api/v1/admin/exchange',
    {
      schema: {
        operationId: 'getExchangeMonitor',
        tags: ['admin'],
        summary: 'Delivery per party: pending, in flight, failing, dead-lettered, oldest age, last error',
        security: SIGNED_IN,
        response: { 200: ExchangeMonitor },
      },
    },
    async (request) => exchangeMonitor(context, authorizeStaff(request, 'exchange.manage')),
  );

  routes.put(
    '/api/v1/admin/exchange/parties/:code',
    {
      schema: {
        operationId: 'saveExchangeParty',
        tags: ['admin'],
        summary: 'Create or change a party: a department office or a bank, and how it is reached',
        security: SIGNED_IN,
        params: PartyCodeParam,
        body: SavePartyRequest,
        response: { 200: SavedParty },
      },
    },
    async (request) =>
      saveParty(context, authorizeStaff(request, 'exchange.manage'), {
        ...request.body,
        code: request.params.code,
      }),
  );

  routes.get(
    '/api/v1/admin/exchange/parties/:code/messages',
    {
      schema: {
        operationId: 'listExchangeMessages',
        tags: ['admin'],
        summary: 'A party’s messages in a state, newest first',
        security: SIGNED_IN,
        params: PartyCodeParam,
        querystring: z.object({ state: z.enum([...MESSAGE_STATES, 'all']).default('all') }),
        response: { 200: ExchangeMessageList },
      },
    },
    async (request) => ({
      items: await partyMessages(
        context,
        authorizeStaff(request, 'exchange.manage'),
        request.params.code,
        request.query.state,
      ),
    }),
  );

  routes.post(
    '/api/v1/admin/exchange/parties/:code/messages/replay',
    {
      schema: {
        operationId: 'replayExchangeMessages',
        tags: ['admin'],
        summary: 'Send dead-lettered messages again, with fresh attempts',
        security: SIGNED_IN,
        params: PartyCodeParam,
        body: ReplayRequest,
        response: { 200: ReplayResult },
      },
    },
    async (request) =>
      replayMessages(
        context,
        authorizeStaff(request, 'exchange.manage'),
        request.params.code,
        request.body.ids,
      ),
  );

  routes.post(
    '/api/v1/admin/exchange/parties/:code/credentials',
    {
      schema: {
        operationId: 'issueExchangeCredential',
        tags: ['admin'],
        summary:
          'A new credential for the party (the secret is shown once); `rotate` retires the others after the overlap',
        security: SIGNED_IN,
        params: PartyCodeParam,
        body: IssueCredentialRequest,
        response: { 200: IssuedSecret },
      },
    },
    async (request) =>
      issueCredential(
        context,
        authorizeStaff(request, 'exchange.manage'),
        request.params.code,
        request.body.rotate,
      ),
  );

  routes.post(
    '/api/v1/admin/exchange/parties/:code/credentials/:keyId/revoke',
    {
      schema: {
        operationId: 'revokeExchangeCredential',
        tags: ['admin'],
        summary: 'Stop a credential at once',
        security: SIGNED_IN,
        params: PartyCodeParam.extend({ keyId: z.string().min(1).max(64) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeCredential(
        context,
        authorizeStaff(request, 'exchange.manage'),
        request.params.code,
        request.params.keyId,
      );
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/v1/admin/exchange/parties/:code/push-key',
    {
      schema: {
        operationId: 'issueExchangePushKey',
        tags: ['admin'],
        summary: 'A new key the platform signs its pushes to the party with (shown once)',
        security: SIGNED_IN,
        params: PartyCodeParam,
        response: { 200: IssuedSecret },
      },
    },
    async (request) => newPushKey(context, authorizeStaff(request, 'exchange.manage'), request.params.code),
  );

  routes.post(
    '/api/v1/admin/exchange/parties/:code/pause',
    {
      schema: {
        operationId: 'pauseExchangeParty',
        tags: ['admin'],
        summary: 'Hold delivery to the party (messages wait; nothing is lost)',
        security: SIGNED_IN,
        params: PartyCodeParam,
        body: PausePartyRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setPartyPaused(
        context,
        authorizeStaff(request, 'exchange.manage'),
        request.params.code,
        request.body.paused,
      );
      return reply.status(204).send(null);
    },
  );
}
