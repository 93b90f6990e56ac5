import net from 'node:net';

/** The API's port cannot be used; the message names `PORT` and says what to do. */
export class PortUnavailableError extends Error {}

/** The message for a listen error on the API's port, or null when the error is about something else. */
export function portProblem(error: unknown, host: string, port: number): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') {
    return (
      `PORT ${port} is already in use on ${host}: another server (another \`npm start\`?) is listening there. ` +
      'Stop it, or set PORT to another port (e.g. PORT=4001; PORT=0 picks a free one).'
    );
  }
  if (code === 'EACCES') return `PORT ${port} on ${host} needs privileges this process does not have: choose PORT=1024 or above.`;
  if (code === 'EADDRNOTAVAIL') return `HOST ${host} is not an address of this machine, so PORT ${port} cannot be opened there.`;
  return null;
}

/**
 * Fails at once when the API could not listen on host:port. Called before the database starts: starting an embedded
 * PostgreSQL and migrating take seconds, and a busy port found only after them reads like a database problem.
 * The server's own listen still reports the same message if the port is taken in between.
 */
export async function assertPortAvailable(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => {
      const problem = portProblem(error, host, port);
      reject(problem ? new PortUnavailableError(problem) : error);
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
