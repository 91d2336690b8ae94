/**
 * Turns anything thrown in a request into the coded error body. Validation failures name every
 * field; unexpected failures are logged with the request id and answered with INTERNAL only.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problem } from '../../domain/field-problems.ts';
import { fieldLabel } from '../../domain/fields.ts';
import { AppError, type ErrorCode, errorBody, type FieldError } from '../errors.ts';

export function requestLanguage(request: FastifyRequest): 'zh' | 'en' {
  const query = request.query as Record<string, unknown> | undefined;
  const explicit = typeof query?.lang === 'string' ? query.lang : request.headers['x-lianban-lang'];
  const header = typeof explicit === 'string' ? explicit : (request.headers['accept-language'] ?? '');
  return header.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  params?: { minimum?: number | bigint; input?: unknown };
}

function issueToFieldError(issue: ValidationIssue, part: string): FieldError {
  const path = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const field = path || part;
  const label = fieldLabel(field);
  switch (issue.keyword) {
    case 'invalid_type':
      return issue.params?.input === undefined
        ? problem(field, `请填写${label.zh}`, `${label.en} is required`)
        : problem(field, `${label.zh}的格式不正确`, `${label.en} has the wrong type`);
    case 'too_small':
      return Number(issue.params?.minimum ?? 0) <= 1
        ? problem(field, `请填写${label.zh}`, `${label.en} is required`)
        : problem(field, `${label.zh}太短`, `${label.en} is too short`);
    case 'too_big':
      return problem(field, `${label.zh}太长`, `${label.en} is too long`);
    case 'invalid_value':
      return problem(field, `${label.zh}不是可选的值`, `${label.en} is not one of the allowed values`);
    case 'unrecognized_keys':
      return problem(field, '包含不认识的字段', 'Contains unknown fields');
    default:
      return problem(field, `${label.zh}的格式不正确`, `${label.en} is not in the expected format`);
  }
}

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError & { validation?: ValidationIssue[]; validationContext?: string };
  if (
    hasZodFastifySchemaValidationErrors(error) ||
    (fastifyError.validation && fastifyError.statusCode === 400)
  ) {
    const issues = fastifyError.validation ?? [];
    const part = fastifyError.validationContext ?? 'body';
    return new AppError('VALIDATION_FAILED', { fieldErrors: issues.map((i) => issueToFieldError(i, part)) });
  }
  // Whatever Fastify or a plugin refused (a body it could not parse, over the limit, of a type no
  // parser takes, a URL it could not decode, a multipart stream cut short) gets a code of ours.
  const status = fastifyError.statusCode;
  if (status === 429) return new AppError('RATE_LIMITED');
  if (status === 404) return new AppError('NOT_FOUND');
  if (fastifyError.code === 'FST_REQ_FILE_TOO_LARGE')
    return new AppError('UPLOAD_REFUSED', { details: { reason: 'too-large' } });
  if (status === 413) return new AppError('REQUEST_TOO_LARGE');
  if (status === 415) return new AppError('UNSUPPORTED_CONTENT_TYPE');
  if (status && status >= 400 && status < 500) return new AppError('BAD_REQUEST');
  return null;
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const appError = toAppError(error);
  if (appError) {
    if (appError.code === 'RATE_LIMITED') reply.header('retry-after', '60');
    return reply.status(appError.status).send(errorBody(appError, requestLanguage(request)));
  }
  request.log.error({ err: error }, 'unexpected failure');
  const internal = new AppError('INTERNAL' satisfies ErrorCode);
  return reply.status(500).send(errorBody(internal, requestLanguage(request)));
}

/**
 * A request the HTTP parser could not read (bytes that are not HTTP, a request line or headers
 * over the size limit) never reaches Fastify's routing or error handler: it is answered here, in
 * the same coded shape, and the connection is closed, since what follows on it cannot be trusted.
 */
export function answerClientError(
  error: Error & { code?: string; rawPacket?: unknown },
  socket: Socket,
): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  // As Node itself does: once an answer on this connection has begun, a second one would be
  // read as part of it; the connection is only closed.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const appError = new AppError(error.code === 'HPE_HEADER_OVERFLOW' ? 'REQUEST_TOO_LARGE' : 'BAD_REQUEST');
  const body = JSON.stringify(errorBody(appError, 'zh'));
  const lines = [
    `HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status] ?? ''}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'cache-control: no-store',
    'x-content-type-options: nosniff',
    'connection: close',
  ];
  // The answer to HEAD has headers only, or the client would read the body as a next response.
  // The packet may start with what is left of an earlier request on the same connection, so the
  // request line is looked for anywhere in it.
  const raw = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '';
  const headOnly = /HEAD \S/.test(raw);
  socket.end(`${lines.join('\r\n')}\r\n\r\n${headOnly ? '' : body}`, () => socket.destroy());
}
