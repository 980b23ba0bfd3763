// A real SMTP server on loopback for tests: it keeps every message it accepts, refuses the
// recipients `refuse` names (as a full or mistyped mailbox is refused: 550), and answers 421
// ("service not available") for those `unavailable` names, as a server going down does.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Mail = { to: string[]; body: string };
/** `connections`: how many SMTP connections it has accepted so far. */
export type TestSmtp = { url: string; mails: Mail[]; readonly connections: number; close: () => Promise<void> };

/** `port`: listen there (to bring a stopped server back at its address); else any free port. */
export async function startSmtp(opts: { refuse?: (address: string) => boolean; unavailable?: (address: string) => boolean; port?: number } = {}): Promise<TestSmtp> {
  const mails: Mail[] = [];
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    onConnect(_session, done) {
      connections += 1;
      done();
    },
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, done) {
      if (opts.unavailable?.(address.address)) done(Object.assign(new Error('service not available'), { responseCode: 421 }));
      else done(opts.refuse?.(address.address) ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, done) {
      let body = '';
      stream.on('data', (c: Buffer) => (body += c.toString()));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    get connections() {
      return connections;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
