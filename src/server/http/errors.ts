/**
 * Turns anything thrown in a request into the coded error body. Validation failures name every
 * field; unexpected failures are logged with the request id and answered with INTERNAL only.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problem } from '../../domain/application.ts';
import { AppError, type ErrorCode, errorBody, type FieldError } from '../errors.ts';

export function requestLanguage(request: FastifyRequest): 'zh' | 'en' {
  const query = request.query as Record<string, unknown> | undefined;
  const explicit = typeof query?.lang === 'string' ? query.lang : request.headers['x-lianban-lang'];
  const header = typeof explicit === 'string' ? explicit : (request.headers['accept-language'] ?? '');
  return header.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

interface ZodIssueLike {
  path?: PropertyKey[];
  instancePath?: string;
  message?: string;
  code?: string;
  params?: { issue?: { path?: PropertyKey[]; code?: string; expected?: string } };
}

function issueToFieldError(issue: ZodIssueLike, part: string): FieldError {
  const rawPath = issue.params?.issue?.path ?? issue.path;
  const path = Array.isArray(rawPath)
    ? rawPath.map(String).join('.')
    : (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const field = path || part;
  const code = issue.params?.issue?.code ?? issue.code;
  if (code === 'invalid_type') {
    return problem(field, '缺少此项或格式不正确', 'Missing or of the wrong type');
  }
  if (code === 'too_small') return problem(field, '内容太短或为空', 'Too short or empty');
  if (code === 'too_big') return problem(field, '内容太长', 'Too long');
  if (code === 'unrecognized_keys') return problem(field, '包含不认识的字段', 'Contains unknown fields');
  return problem(field, '格式不正确', 'Not in the expected format');
}

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError & { validation?: ZodIssueLike[]; validationContext?: string };
  if (
    hasZodFastifySchemaValidationErrors(error) ||
    (fastifyError.validation && fastifyError.statusCode === 400)
  ) {
    const issues = (fastifyError.validation ?? []) as ZodIssueLike[];
    const part = fastifyError.validationContext ?? 'body';
    return new AppError('VALIDATION_FAILED', { fieldErrors: issues.map((i) => issueToFieldError(i, part)) });
  }
  const status = fastifyError.statusCode;
  if (status === 429) return new AppError('RATE_LIMITED');
  if (status === 404) return new AppError('NOT_FOUND');
  if (status === 415 || status === 413 || fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new AppError('BAD_REQUEST');
  }
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
