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

/** The request's id: the caller's `X-Request-Id` if well-formed, else a new one. */
export function requestIdOf(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}

/** Runs `fn` as the request `requestId` (what `currentRequestId` answers in its async chain). */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** Gives every HTTP request an id (the caller's `X-Request-Id` if well-formed), echoed in the response header. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = requestIdOf(req.header('x-request-id'));
  res.setHeader('X-Request-Id', requestId);
  res.locals.requestId = requestId;
  storage.run({ requestId }, () => next());
}
