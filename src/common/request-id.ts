import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

interface RequestScope {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The current request's id, wherever we are in its async chain (formatError, logger, services). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives every HTTP request an id (the caller's `X-Request-Id` if well-formed), echoed in the response header. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  res.locals.requestId = requestId;
  storage.run({ requestId }, () => next());
}
