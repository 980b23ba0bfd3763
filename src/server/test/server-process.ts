// Netra started as its operators start it (`src/server/main.ts` in a process of its own), for tests
// that need what only a real process shows: several processes on one database, a process that must
// survive its database going away. Talked to over real HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port.js';
import type { TestUser } from './factories.js';

export type NetraProcess = {
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output: () => string;
  /** SIGTERM, then resolves once it exited (at once if it already did). */
  stop: () => Promise<void>;
};

/** Starts main.ts with `env` on a free port and waits until /api/health answers 200. */
export async function startNetra(env: Record<string, string>): Promise<NetraProcess> {
  const port = await freePort();
  const childEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', NETRA_LOG_LEVEL: 'warn', NETRA_SWEEP_SECONDS: '0', ...env };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { url, child, output: () => out, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`server did not start: ${out}`);
}

/** Signs `user` in over HTTP: the headers of a JSON request in that session (cookie and CSRF token). */
export async function signInOver(url: string, user: TestUser): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user.username, password: user.password }) });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('netra_session='))!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
}
