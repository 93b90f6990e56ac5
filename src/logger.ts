import pino from 'pino';

export type Logger = pino.Logger;

/** Credentials and personal data never reach the log: headers are redacted; CNICs are logged only as HMACs. */
export function createLogger(level: string, toStderr = false): Logger {
  return pino(
    {
    level,
    base: { service: 'tasdeeq' },
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', 'authorization', '*.cnic', 'cnic', 'variables'],
      censor: '[redacted]',
    },
  },
    // The server's log is written asynchronously (lines that arrive while a write is in flight go out together, one
    // system call for many; pino flushes on exit); command-line tools write to stderr synchronously.
    toStderr ? pino.destination(2) : pino.destination({ dest: 1, sync: false }),
  );
}
