/**
 * The exchange API (`/api/exchange/v1`) for departments' and banks' own systems, with its own
 * OpenAPI document (`/api/exchange/v1/openapi.json`, readable at `/docs/exchange`). Every request
 * but the description's is signed with the party's credential (HMAC-SM3; see exchange/auth.ts).
 */
import swagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../domain/field-problems.ts';
import { appendAudit } from '../../audit/audit-log.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import { deathNotices, exchangeParties } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { authenticateExchange, exchangeUse } from '../../exchange/auth.ts';
import type { ExchangeCaller } from '../../exchange/caller.ts';
import { noticePayload } from '../../exchange/death-notices.ts';
import {
  acknowledgeMessages,
  answerDeathNotice,
  decodeCursor,
  pullMessages,
  readSubCase,
  readSubCaseMaterial,
  returnSubCaseResult,
} from '../../exchange/party-api.ts';
import { EXCHANGE_PREFIX } from '../../exchange/payloads.ts';
import type { FileStore } from '../../materials/file-store.ts';
import { SIGNATURE_HEADERS } from '../../shared-data/signing.ts';
import {
  AcknowledgeMessagesRequest,
  AcknowledgeMessagesResponse,
  DeathNoticeAnswerRequest,
  ExchangeDeathNotice,
  ExchangeSubCase,
  ExchangeWhoAmI,
  IdempotencyKeyHeader,
  MessagePage,
  NoticeAnswerView,
  SubCaseResultRequest,
  SubCaseResultResponse,
} from '../exchange-schemas.ts';
import { sendPrivateFile } from '../files.ts';
import { documentRoute, finishDocument, MATERIAL_MEDIA_TYPES } from '../openapi.ts';

/** The security scheme of the exchange API's signed requests. */
export const EXCHANGE_SCHEME = 'exchangeSignature';
const SIGNED = [{ [EXCHANGE_SCHEME]: [] }] as const;
/** The security scheme of the platform's signed pushes to a party. */
const PUSH_SCHEME = 'platformSignature';
export const EXCHANGE_OPENAPI_PATH = `${EXCHANGE_PREFIX}/openapi.json`;
const PUBLIC_PATHS = new Set([EXCHANGE_OPENAPI_PATH]);

const Id = z.object({ id: z.uuid() });

function caller(request: FastifyRequest): ExchangeCaller {
  if (!request.exchangeCaller) throw new AppError('EXCHANGE_UNAUTHENTICATED');
  return request.exchangeCaller;
}

function idempotencyKey(request: FastifyRequest): string {
  const key = request.headers['idempotency-key'];
  if (typeof key !== 'string' || key.length === 0) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
  return key;
}

const DESCRIPTION = [
  'How departments’ and banks’ own business systems take part in the after-death "one thing": sub-cases routed to them, death notices for the benefits they pay (信息应用), and the results they return (办件结果回传).',
  '',
  '**Signing.** Every request carries four headers: `X-Lianban-App-Id` (the credential’s key id), `X-Lianban-Timestamp` (milliseconds since the epoch, within five minutes of the platform’s clock), `X-Lianban-Nonce` (8–64 characters `[A-Za-z0-9_-]`, never reused) and `X-Lianban-Signature`: lower-case hex of HMAC-SM3 with the credential’s secret over these lines joined by `\\n`: the method in capitals, the path with its query string, the timestamp, the nonce, and the lower-case hex SM3 digest of the body (of the empty string when there is none). A request that fails any check gets `401 EXCHANGE_UNAUTHENTICATED` (or `EXCHANGE_REPLAYED` for a reused nonce) and is audited.',
  '',
  '**Push.** A party configured for push receives each message as `POST` to its endpoint (the `messageDelivered` webhook below), signed the same way with the push key the administrator issued it, and with the message id as `Idempotency-Key`. Answer 2xx once the message is stored; a repeat of an id already stored must also get 2xx. 408, 425, 429 and 5xx, timeouts and broken connections are tried again with growing pauses; any other 4xx dead-letters the message for an administrator.',
  '',
  '**Pull.** A party configured for pull (or any party catching up) polls `GET /messages` from the start of its queue, pages on with `nextCursor`, stores what it gets, then acknowledges it (`POST /messages/acknowledgements`). Unacknowledged messages stay in its queue, so each poll starts without a cursor: nothing committed late is ever behind it.',
  '',
  '**Results.** `POST /sub-cases/{id}/result` and `POST /death-notices/{id}/acknowledgement` take an `Idempotency-Key`: the same key with the same body has one effect and returns the first answer; the same key with another body is refused with `409 IDEMPOTENCY_CONFLICT`.',
].join('\n');

export async function exchangeRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
  await app.register(swagger, {
    decorator: 'exchangeSwagger',
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lianban 联办 department exchange API',
        version: '1.0.0',
        description: DESCRIPTION,
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: '/', description: 'This instance' }],
      tags: [
        { name: 'queue', description: 'Messages for the party: pull and acknowledge' },
        { name: 'sub-cases', description: 'Sub-cases routed to the party, and their results' },
        { name: 'death-notices', description: 'Information use: verified deaths, and the benefits stopped' },
        { name: 'party', description: 'The calling party' },
      ],
      components: {
        securitySchemes: {
          [EXCHANGE_SCHEME]: {
            type: 'apiKey',
            in: 'header',
            name: SIGNATURE_HEADERS.signature,
            description:
              'HMAC-SM3 request signature with the headers X-Lianban-App-Id, X-Lianban-Timestamp, X-Lianban-Nonce (see the description)',
          },
          [PUSH_SCHEME]: {
            type: 'apiKey',
            in: 'header',
            name: SIGNATURE_HEADERS.signature,
            description:
              'On a push to the party: the same signature, made by the platform with the push key the administrator issued to the party (its key id in X-Lianban-App-Id); the party verifies it',
          },
        },
      },
    },
    transform: documentRoute,
    transformObject: (input) => {
      const document = finishDocument(input) as unknown as Record<string, unknown> & {
        components: { schemas: Record<string, unknown> };
      };
      // The push: what the platform sends to a push party's endpoint.
      document.webhooks = {
        messageDelivered: {
          post: {
            operationId: 'receiveMessage',
            summary: 'A message pushed to the party’s endpoint (signed with the party’s push key)',
            security: [{ [PUSH_SCHEME]: [] }],
            parameters: [
              {
                name: 'Idempotency-Key',
                in: 'header',
                required: true,
                schema: { type: 'string' },
                description: 'The message id',
              },
            ],
            requestBody: {
              required: true,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ExchangeMessage' } } },
            },
            responses: {
              '200': { description: 'Stored (or stored before): the platform records the delivery' },
              '503': { description: 'Not now: the platform tries again later' },
            },
          },
        },
      };
      return document as never;
    },
  });
  await app.register(scalar, {
    routePrefix: '/docs/exchange',
    configuration: { url: EXCHANGE_OPENAPI_PATH },
  });
  app.get(EXCHANGE_OPENAPI_PATH, { schema: { hide: true } }, async () =>
    (app as unknown as { exchangeSwagger: () => unknown }).exchangeSwagger(),
  );

  // The signature covers the body exactly as sent: keep it beside the parsed JSON.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    request.rawBody = text;
    if (text.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new AppError('BAD_REQUEST'), undefined);
    }
  });
  app.decorateRequest('exchangeCaller', null);
  app.addHook('preValidation', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith(`${EXCHANGE_PREFIX}/`) || PUBLIC_PATHS.has(path)) return;
    request.exchangeCaller = await authenticateExchange(context, request);
  });

  // Every refusal of a signed caller (another party's sub-case, a malformed result, a state that
  // does not allow it…) is audited here, outside the transaction the refusal rolled back.
  app.addHook('onError', async (request, _reply, error) => {
    const who = request.exchangeCaller;
    if (!who) return;
    const refusal =
      error instanceof AppError ? error.code : 'statusCode' in error ? `HTTP ${error.statusCode}` : 'error';
    await appendAudit(context.database.db, context.keys, {
      ...exchangeUse(who, request, { path: request.url.split('?')[0]?.slice(0, 200), refusal }),
      action: 'exchange.request.refused',
      outcome: 'denied',
    }).catch(() => {});
  });

  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    `${EXCHANGE_PREFIX}/me`,
    {
      schema: {
        operationId: 'whoAmI',
        tags: ['party'],
        summary: 'The party the credential belongs to (a way to check signing)',
        security: SIGNED,
        response: { 200: ExchangeWhoAmI },
      },
    },
    async (request) => {
      const who = caller(request);
      const [party] = await context.database.db
        .select({ adapter: exchangeParties.adapter })
        .from(exchangeParties)
        .where(eq(exchangeParties.code, who.partyCode))
        .limit(1);
      await appendAudit(
        context.database.db,
        context.keys,
        exchangeUse(who, request, { operation: 'whoami' }),
      );
      return {
        party: who.partyCode,
        keyId: who.keyId,
        adapter: (party?.adapter ?? 'workbench') as 'workbench',
      };
    },
  );

  routes.get(
    `${EXCHANGE_PREFIX}/messages`,
    {
      schema: {
        operationId: 'pullMessages',
        tags: ['queue'],
        summary: 'Messages not yet acknowledged, oldest first, a page at a time',
        security: SIGNED,
        querystring: z.object({
          cursor: z
            .string()
            .max(64)
            .optional()
            .describe('The `nextCursor` of the page before, within one poll'),
          limit: z.coerce.number().int().min(1).max(100).default(50),
        }),
        response: { 200: MessagePage },
      },
    },
    async (request) => {
      const who = caller(request);
      const after = request.query.cursor === undefined ? 0 : decodeCursor(request.query.cursor);
      if (after === null) {
        throw new AppError('VALIDATION_FAILED', {
          fieldErrors: [
            problem(
              'cursor',
              '分页游标无效，请从第一页重新开始',
              'The cursor is not valid; start again from the first page',
            ),
          ],
        });
      }
      return pullMessages(context, who, request, { after, limit: request.query.limit });
    },
  );

  routes.post(
    `${EXCHANGE_PREFIX}/messages/acknowledgements`,
    {
      schema: {
        operationId: 'acknowledgeMessages',
        tags: ['queue'],
        summary: 'The party stored these messages: they leave its queue (safe to repeat)',
        security: SIGNED,
        body: AcknowledgeMessagesRequest,
        response: { 200: AcknowledgeMessagesResponse },
      },
    },
    async (request) => acknowledgeMessages(context, caller(request), request, request.body.ids),
  );

  routes.get(
    `${EXCHANGE_PREFIX}/sub-cases/:id`,
    {
      schema: {
        operationId: 'getSubCase',
        tags: ['sub-cases'],
        summary: 'A sub-case routed to the party, as it stands',
        security: SIGNED,
        params: Id,
        response: { 200: ExchangeSubCase },
      },
    },
    async (request) => readSubCase(context, caller(request), request, request.params.id),
  );

  routes.get(
    `${EXCHANGE_PREFIX}/sub-cases/:id/materials/:itemId`,
    {
      schema: {
        operationId: 'getSubCaseMaterial',
        tags: ['sub-cases'],
        summary: 'A file of a material the sub-case’s matter needs',
        security: SIGNED,
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        produces: [...MATERIAL_MEDIA_TYPES],
      },
    },
    async (request, reply) => {
      const file = await readSubCaseMaterial(
        context,
        caller(request),
        request,
        request.params.id,
        request.params.itemId,
      );
      return sendPrivateFile(reply, file.mediaType, await files.get(file.digest));
    },
  );

  routes.post(
    `${EXCHANGE_PREFIX}/sub-cases/:id/result`,
    {
      schema: {
        operationId: 'returnSubCaseResult',
        tags: ['sub-cases'],
        summary: 'The result of a sub-case: completed, refused or returned (idempotent by key)',
        description:
          'A sub-case still waiting is claimed and decided in one step. The result must be of the matter’s result type (`resultType`). Requires `Idempotency-Key`.',
        security: SIGNED,
        params: Id,
        headers: IdempotencyKeyHeader,
        body: SubCaseResultRequest,
        response: { 200: SubCaseResultResponse },
      },
    },
    async (request, reply) => {
      const outcome = await returnSubCaseResult(
        context,
        caller(request),
        request,
        request.params.id,
        idempotencyKey(request),
        request.body,
      );
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      return outcome.response;
    },
  );

  routes.get(
    `${EXCHANGE_PREFIX}/death-notices/:id`,
    {
      schema: {
        operationId: 'getDeathNotice',
        tags: ['death-notices'],
        summary: 'A death notice sent to the party, with its answer so far',
        security: SIGNED,
        params: Id,
        response: { 200: ExchangeDeathNotice },
      },
    },
    async (request) => {
      const who = caller(request);
      return context.database.db.transaction(async (tx) => {
        const notice = await noticePayload(tx, context, request.params.id);
        const mine = notice ? await partyOfNotice(tx, request.params.id) : null;
        if (!notice || mine !== who.partyCode) throw new AppError('DEATH_NOTICE_NOT_FOUND');
        await appendAudit(
          tx,
          context.keys,
          exchangeUse(who, request, {
            operation: 'read-notice',
            notice: notice.id,
            disclosed: ['deceased.idNumber'],
          }),
        );
        return notice;
      });
    },
  );

  routes.post(
    `${EXCHANGE_PREFIX}/death-notices/:id/acknowledgement`,
    {
      schema: {
        operationId: 'acknowledgeDeathNotice',
        tags: ['death-notices'],
        summary: 'The benefit was stopped from a date, or the deceased had none (idempotent by key)',
        description:
          'A stop later than the day after death comes back with `overpayment`: the days probably paid for after the death, to recover. Requires `Idempotency-Key`.',
        security: SIGNED,
        params: Id,
        headers: IdempotencyKeyHeader,
        body: DeathNoticeAnswerRequest,
        response: { 200: NoticeAnswerView },
      },
    },
    async (request, reply) => {
      const outcome = await answerDeathNotice(
        context,
        caller(request),
        request,
        request.params.id,
        idempotencyKey(request),
        request.body,
      );
      if (outcome.replayed) reply.header('idempotent-replayed', 'true');
      return outcome.response;
    },
  );
}

async function partyOfNotice(tx: Executor, noticeId: string) {
  const [row] = await tx
    .select({ party: deathNotices.partyCode })
    .from(deathNotices)
    .where(eq(deathNotices.id, noticeId))
    .limit(1);
  return row?.party ?? null;
}
