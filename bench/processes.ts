import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Starts a server for a benchmark, its output in bench/.data/<name>.log, and resolves once `ready()` says so (polled
 * every 250 ms, for at most 120 s); rejects if it exits first.
 */
export function startProcess(name: string, command: string[], env: NodeJS.ProcessEnv, ready: () => Promise<boolean>): Promise<ChildProcess> {
  fs.mkdirSync(path.join(__dirname, '.data'), { recursive: true });
  const logFile = fs.openSync(path.join(__dirname, '.data', `${name}.log`), 'w');
  const child = spawn(command[0], command.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', logFile, logFile] });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 120_000;
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before it was ready; see bench/.data/${name}.log`)));
    const poll = async () => {
      if (await ready().catch(() => false)) return resolve(child);
      if (Date.now() > deadline) return reject(new Error(`${name} was not ready in 120 s`));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

/** SIGTERM, up to 30 s to exit (time to write a --cpu-prof profile), then SIGKILL. */
export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}
