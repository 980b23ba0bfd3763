// A real SMTP server on loopback for tests: it keeps every message it accepts, refuses the
// recipients `refuse` names (as a full or mistyped mailbox is refused: 550), and answers 421
// ("service not available") for those `unavailable` names, as a server going down does.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** `body`: the raw message as received; `text`: its text/plain part, decoded (quoted-printable or base64). */
export type Mail = { to: string[]; body: string; text: string };

/** The first text/plain part of a raw message, decoded from its transfer encoding. */
export function plainText(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const head = part.slice(0, split);
    if (!/^content-type:\s*text\/plain/im.test(head)) continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/, '').replace(/\r?\n--[^\r\n]*--\s*$/, '');
    const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
    if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (encoding === 'quoted-printable') {
      const src = body.replace(/=\r?\n/g, ''); // soft line breaks
      const bytes: number[] = [];
      for (let i = 0; i < src.length; i++) {
        const hex = src.slice(i + 1, i + 3);
        if (src[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
          bytes.push(parseInt(hex, 16));
          i += 2;
        } else bytes.push(src.charCodeAt(i));
      }
      return Buffer.from(bytes).toString('utf8');
    }
    return body;
  }
  return '';
}
/** `connections`: how many SMTP connections it has accepted so far. */
export type TestSmtp = { url: string; mails: Mail[]; readonly connections: number; close: () => Promise<void> };

/** `port`: listen there (to bring a stopped server back at its address); else any free port. */
/**
 * `refuse`: 550 for good; `later`: 451 "try again later" (greylisting, a full mailbox);
 * `unavailable`: 421 (the server itself cannot take mail now).
 */
export async function startSmtp(opts: { refuse?: (address: string) => boolean; later?: (address: string) => boolean; unavailable?: (address: string) => boolean; port?: number } = {}): Promise<TestSmtp> {
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
      else if (opts.later?.(address.address)) done(Object.assign(new Error('greylisted, try again later'), { responseCode: 451 }));
      else done(opts.refuse?.(address.address) ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, done) {
      let body = '';
      stream.on('data', (c: Buffer) => (body += c.toString()));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body, text: plainText(body) });
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
