import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './ApiError.js';

interface ValidationItem {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

function describeValidation(context: string | undefined, items: readonly ValidationItem[]): string {
  const first = items[0];
  if (!first) return 'The request is malformed.';
  const extra = first.params?.additionalProperty;
  const where = `${context ?? 'body'}${first.instancePath ?? ''}`;
  if (typeof extra === 'string') return `${where}: unknown property "${extra}".`;
  return `${where} ${first.message ?? 'is invalid'}.`;
}

/**
 * The one place errors become HTTP responses: catalogue errors as they are, Fastify's
 * client errors (validation, bad JSON, too large, wrong content type) as 4xx with the
 * same shape, anything else as a logged 500 that reveals nothing.
 */
export function onError(
  error: FastifyError | ApiError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error instanceof ApiError) {
    void reply
      .status(error.status)
      .send({ error: { id: error.id, message: error.message, fix: error.fix } });
    return;
  }
  const validation = (error as FastifyError).validation;
  if (validation) {
    void reply.status(400).send({
      error: {
        id: 'request.invalid',
        message: describeValidation((error as FastifyError).validationContext, validation),
        fix: 'Correct the request as the message says; the API reference is at /api/docs.',
      },
    });
    return;
  }
  const status = (error as FastifyError).statusCode ?? 500;
  if (status >= 400 && status < 500) {
    void reply.status(status).send({
      error: {
        id: `request.${(error as FastifyError).code ?? 'invalid'}`.toLowerCase().replace(/_/g, '-'),
        message: error.message,
        fix:
          status === 429
            ? 'Wait and try again.'
            : 'Correct the request; the API reference is at /api/docs.',
      },
    });
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  void reply.status(500).send({
    error: {
      id: 'server.internal',
      message: 'Internal error; it has been logged.',
      fix: 'Retry; if it persists, tell the administrator.',
    },
  });
}
