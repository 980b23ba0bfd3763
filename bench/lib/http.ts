// A minimal keep-alive HTTP/1.1 client on node:http: one socket per worker, no extra dependency.
import http from 'node:http';

export type Reply = { status: number; body: string; headers: http.IncomingHttpHeaders };

export function makeClient(baseUrl: string, sockets: number) {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  function request(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Reply> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          method,
          path,
          headers: { ...headers, ...(payload !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload).toString() } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }
  return { request, close: () => agent.destroy() };
}

export type Client = ReturnType<typeof makeClient>;
export type Session = { headers: Record<string, string> };

/** Signs in through the real endpoint, as a browser would: the session cookie and the CSRF header. */
export async function signIn(client: Client, username: string, password: string): Promise<Session> {
  const res = await client.request('POST', '/api/v1/auth/login', {}, { username, password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.body}`);
  const setCookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('netra_session='));
  if (!setCookie) throw new Error('no session cookie');
  const cookie = setCookie.split(';')[0]!;
  const csrf = (JSON.parse(res.body) as { csrfToken: string }).csrfToken;
  return { headers: { cookie, 'x-csrf-token': csrf } };
}
