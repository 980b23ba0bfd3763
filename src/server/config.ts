// The environment, parsed once. Nothing else in the codebase reads process.env.
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseDataKey } from './crypto/data-key.js';

const bool = (fallback: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['1', 'true', 'yes'].includes(v)));

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  NETRA_DATA_DIR: z.string().default('./data'),
  NETRA_DEMO: bool(true),
  NETRA_DEMO_PASSWORD: z.string().min(8).default('netra-demo-2024'),
  NETRA_COOKIE_SECURE: bool(true),
  NETRA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NETRA_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  NETRA_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  NETRA_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  NETRA_PERSONAL_READS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  NETRA_TRUST_PROXY: z
    .string()
    .default('loopback,linklocal,uniquelocal')
    .transform((v, ctx): TrustProxy => {
      const text = v.trim();
      if (['', 'none', 'false', '0', 'no'].includes(text)) return false;
      if (/^[1-9]\d?$/.test(text)) return Number(text);
      const items = text.split(',').map((i) => i.trim());
      const named = ['loopback', 'linklocal', 'uniquelocal'];
      const bad = items.filter((i) => {
        if (named.includes(i)) return false;
        const [address, bits, ...rest] = i.split('/');
        const family = isIP(address ?? '');
        const max = family === 4 ? 32 : 128;
        return family === 0 || rest.length > 0 || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max));
      });
      if (bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message:
            `bukan alamat, CIDR, 'loopback', jumlah hop, atau 'none': ${bad.join(', ')} / ` +
            `not an address, a CIDR, 'loopback', a hop count or 'none': ${bad.join(', ')}`,
        });
        return z.NEVER;
      }
      return items.join(',');
    }),
  NETRA_SESSION_HOURS: z.coerce.number().int().min(1).default(12),
  NETRA_EVIDENCE_MAX_MB: z.coerce.number().int().min(1).max(2048).default(100),
  NETRA_SWEEP_SECONDS: z.coerce.number().int().min(0).default(60),
  NETRA_DB_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  NETRA_SMTP_URL: z.string().url().optional(),
  NETRA_SMTP_FROM: z.string().default('Netra <netra@localhost>'),
  NETRA_REMIND_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  NETRA_PUBLIC_URL: z
    .string()
    .refine((v) => {
      try {
        return ['http:', 'https:'].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, 'bukan alamat http(s)://, mis. https://netra.bawaslu.go.id / not an http(s):// address, e.g. https://netra.bawaslu.go.id')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  NETRA_CASE_CACHE: z.coerce.number().int().min(0).max(100_000).default(1000),
  NETRA_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  /** set by the primary process for each server process it starts (cluster.ts); not for operators */
  NETRA_WORKER_INDEX: z.coerce.number().int().min(0).max(63).default(0),
  NETRA_DATA_KEY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return null;
      const parsed = parseDataKey(v);
      if (parsed.ok) return parsed.key;
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }),
  /** keys that sealed data before a rotation: they open, never seal; comma- or space-separated */
  NETRA_DATA_KEY_PREVIOUS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const keys: Buffer[] = [];
      for (const text of (v ?? '').split(/[\s,]+/).filter(Boolean)) {
        const parsed = parseDataKey(text);
        if (parsed.ok) keys.push(parsed.key);
        else ctx.addIssue({ code: 'custom', message: parsed.message });
      }
      return keys;
    }),
  NETRA_S3_BUCKET: z.string().min(3).optional(),
  NETRA_S3_ENDPOINT: z.string().url().optional(),
  NETRA_S3_REGION: z.string().default('us-east-1'),
  NETRA_S3_ACCESS_KEY: z.string().optional(),
  NETRA_S3_SECRET_KEY: z.string().optional(),
  NETRA_S3_PATH_STYLE: bool(true),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  demoPassword: string;
  cookieSecure: boolean;
  logLevel: z.infer<typeof schema>['NETRA_LOG_LEVEL'];
  login: { maxFailures: number; lockMinutes: number; ratePerMinute: number };
  /** reveals of a reporter's identity or the parties' contacts one user may make per minute */
  personalReadsPerMinute: number;
  sessionHours: number;
  /** NETRA_TRUST_PROXY: the reverse proxies whose X-Forwarded-For names the client (default: private networks) */
  trustProxy: TrustProxy;
  webDist: string;
  /** evidence and generated documents (content-addressed files) */
  blobDir: string;
  evidenceMaxBytes: number;
  /** seconds between deadline sweeps; 0 turns the sweep off */
  sweepSeconds: number;
  /** How long a start waits for PostgreSQL to accept connections before giving up. */
  dbWaitSeconds: number;
  /** e-mail reminders: SMTP server URL (smtp:// or smtps://); none when absent */
  smtp: { url: string; from: string } | undefined;
  /** a reminder goes out this many hours before a deadline */
  remindHours: number;
  /** the address staff open Netra at (no trailing slash), for links in e-mails; none when absent */
  publicUrl: string | undefined;
  /** cases (and sessions) a process keeps to decide workflow actions on, confirmed by the write; 0 turns it off (decision 011) */
  caseCacheEntries: number;
  /** server processes on this machine (node:cluster), each with its own pool and case cache; > 1 only with PostgreSQL (decision 012) */
  workers: number;
  /** which of them this process is (0 … workers − 1); process 0 runs the deadline sweep and reminders */
  workerIndex: number;
  /**
   * the key that seals personal data at rest (reporter identity, TOTP secrets; decision 013), from
   * NETRA_DATA_KEY; null until start-up resolves it from the key file in the data directory
   */
  dataKey: Buffer | null;
  /** keys of before a rotation (NETRA_DATA_KEY_PREVIOUS): they open what they sealed; start-up re-seals it under dataKey */
  previousDataKeys: Buffer[];
  /** S3-compatible object storage for evidence and documents; local disk when absent */
  s3: { bucket: string; endpoint: string | undefined; region: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean } | undefined;
};

/**
 * Which peers may say who the client is (X-Forwarded-For), as Fastify's trustProxy takes it: a
 * list of addresses and CIDRs (or 'loopback'), a number of hops, or false. Trusting every peer
 * would let any client pick the address its sign-in attempts are counted under.
 */
export type TrustProxy = string | number | false;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Konfigurasi tidak valid / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const workers = e.NETRA_WORKERS === 'auto' ? os.availableParallelism() : e.NETRA_WORKERS;
  if (workers > 1 && !e.DATABASE_URL) {
    throw new Error(
      'Konfigurasi tidak valid / invalid configuration:\n' +
        `  NETRA_WORKERS: ${workers} proses butuh PostgreSQL (DATABASE_URL); basis data tertanam (PGlite) hanya dapat dibuka oleh satu proses. / ` +
        `${workers} processes need PostgreSQL (DATABASE_URL); the embedded database (PGlite) can be opened by one process only.`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.NETRA_DATA_DIR),
    demo: e.NETRA_DEMO,
    demoPassword: e.NETRA_DEMO_PASSWORD,
    cookieSecure: e.NETRA_COOKIE_SECURE,
    logLevel: e.NETRA_LOG_LEVEL,
    login: {
      maxFailures: e.NETRA_LOGIN_MAX_FAILURES,
      lockMinutes: e.NETRA_LOGIN_LOCK_MINUTES,
      ratePerMinute: e.NETRA_LOGIN_RATE_PER_MINUTE,
    },
    sessionHours: e.NETRA_SESSION_HOURS,
    personalReadsPerMinute: e.NETRA_PERSONAL_READS_PER_MINUTE,
    trustProxy: e.NETRA_TRUST_PROXY,
    webDist: path.resolve('dist/web'),
    blobDir: path.join(path.resolve(e.NETRA_DATA_DIR), 'blobs'),
    evidenceMaxBytes: e.NETRA_EVIDENCE_MAX_MB * 1024 * 1024,
    sweepSeconds: e.NETRA_SWEEP_SECONDS,
    dbWaitSeconds: e.NETRA_DB_WAIT_SECONDS,
    smtp: e.NETRA_SMTP_URL ? { url: e.NETRA_SMTP_URL, from: e.NETRA_SMTP_FROM } : undefined,
    remindHours: e.NETRA_REMIND_HOURS,
    publicUrl: e.NETRA_PUBLIC_URL,
    caseCacheEntries: e.NETRA_CASE_CACHE,
    workers,
    workerIndex: e.NETRA_WORKER_INDEX,
    dataKey: e.NETRA_DATA_KEY,
    previousDataKeys: e.NETRA_DATA_KEY_PREVIOUS,
    s3: e.NETRA_S3_BUCKET
      ? {
          bucket: e.NETRA_S3_BUCKET,
          endpoint: e.NETRA_S3_ENDPOINT,
          region: e.NETRA_S3_REGION,
          accessKeyId: e.NETRA_S3_ACCESS_KEY ?? '',
          secretAccessKey: e.NETRA_S3_SECRET_KEY ?? '',
          forcePathStyle: e.NETRA_S3_PATH_STYLE,
        }
      : undefined,
  };
}
