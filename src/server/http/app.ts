// Builds the Fastify app without listening: main.ts listens, tests call app.inject().
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAuditRoutes } from '../modules/audit/audit.routes.js';
import { installAuth } from '../modules/auth/auth.plugin.js';
import { registerAuthRoutes } from '../modules/auth/auth.routes.js';
import { registerCaseFileRoutes } from '../modules/cases/case-files.routes.js';
import { registerCaseRoutes } from '../modules/cases/cases.routes.js';
import { registerDelegationRoutes } from '../modules/cases/delegation.routes.js';
import { registerCaseExportRoute } from '../modules/cases/case-export.js';
import { registerNoticeRoutes } from '../modules/cases/notices.routes.js';
import { registerHealthRoutes } from '../modules/health/health.routes.js';
import { registerLawRoutes } from '../modules/law/law.routes.js';
import { registerOfficeRoutes } from '../modules/offices/offices.routes.js';
import { registerRegionRoutes } from '../modules/regions/regions.routes.js';
import { registerUserRoutes } from '../modules/users/users.routes.js';
import type { TrustProxy } from '../config.js';
import type { Deps } from './deps.js';
import { installErrorHandler, sendError } from './error-handler.js';
import { databaseRateLimitStore } from './rate-limit-store.js';
import { installTextGuard } from './text-guard.js';
import { negotiateLocale } from '../../core/i18n/errors.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';

const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { version: string };

/** A hop count as the function Fastify's types accept (its runtime takes the number too). */
function trustProxyOption(trust: TrustProxy): string | false | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

export async function buildApp(deps: Deps, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    // Request logs carry no IP address and no query string: reporters and whistleblowers must not
    // be traceable through the logs (UU 27/2022).
    logger: opts.logger
      ? {
          level: deps.config.logLevel,
          serializers: {
            req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
          },
        }
      : false,
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(deps.config.trustProxy),
    // Router-level errors (a malformed URL, an overlong path parameter) get the one error shape too.
    frameworkErrors: (error, req, reply) => {
      const locale = negotiateLocale(req.headers['accept-language']);
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      return sendError(reply, locale, 'VALIDATION_FAILED', status);
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installTextGuard(app);

  // Security headers: helmet's middleware, built once (the Fastify wrapper rebuilds it on every
  // request, a measurable share of a transition's CPU in bench/).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
  });
  app.addHook('onRequest', (req, reply, done) => {
    // Answers of the API carry personal data (a pelapor's name, a letter's PDF): no browser or
    // proxy keeps a copy, so none is left on an office's shared computer after sign-out.
    if (req.url.startsWith('/api/')) reply.raw.setHeader('cache-control', 'no-store');
    securityHeaders(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  // Before any request (see BlobStore.ready). A PostgreSQL that cannot be reached now (a server
  // process restarted during a failover) does not stop the start: its requests are answered 503
  // until it is back, and the key is loaded on first use then. PGlite is never unreachable.
  await deps.blobs.ready().catch((err: unknown) => {
    if (!isDatabaseUnavailable(err)) throw err;
  });
  await app.register(cookie);
  // One byte over the limit reaches the blob store, which refuses it whole (413) and keeps nothing.
  await app.register(multipart, { limits: { fileSize: deps.config.evidenceMaxBytes + 1, files: 1, fields: 10, fieldSize: 4096 } });
  // Counted in the database, so every server process counts against one limit.
  if (!deps.config.dataKey) throw new Error('buildApp: config.dataKey is not resolved (withDataKey)');
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(deps.db, deps.config.dataKey) });
  installAuth(app, deps);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Netra API',
        version: pkg.version,
        description: 'Pengawasan netralitas ASN / supervising the neutrality of civil servants. Pesan galat dalam bahasa permintaan (Accept-Language) / error messages in the request language.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'netra_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  registerHealthRoutes(app, deps, pkg.version);
  registerAuthRoutes(app, deps);
  registerRegionRoutes(app, deps);
  registerOfficeRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerLawRoutes(app, deps);
  registerCaseRoutes(app, deps);
  registerCaseExportRoute(app, deps);
  registerCaseFileRoutes(app, deps);
  registerDelegationRoutes(app, deps);
  registerNoticeRoutes(app, deps);

  const webRoot = deps.config.webDist;
  const hasWeb = existsSync(path.join(webRoot, 'index.html'));
  // The web app: Brotli or gzip copies where the browser takes them (scripts/compress-web.mjs), and
  // the files under /assets/, whose names carry a hash of their content, kept by the browser for a
  // year without asking again; the page itself is asked for each time, so a new version shows at once.
  if (hasWeb) {
    const assets = path.join(webRoot, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: true,
      index: ['index.html'],
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', filePath.startsWith(assets) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !hasWeb) return sendError(reply, req.locale, 'ROUTE_NOT_FOUND', 404);
    // The web app routes on the client: every other GET gets the shell.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
