// Typed fetch wrapper for the Netra API: JSON in and out, Accept-Language from the chosen
// language, X-CSRF-Token on every state-changing request, and errors as ApiError.
import { i18n } from '../i18n/index.js';

export type ErrorDetail = { path: string; message: string };
/** What a refused case action still lacks, in both languages. */
export type Missing = { key: string; id: string; en: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly missing: Missing[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Set from the login, /me and TOTP-enable answers; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type AuthListener = (error: ApiError) => void;
const authListeners = new Set<AuthListener>();

/** Called when a call answers UNAUTHENTICATED (session gone) or TOTP_ENROLLMENT_REQUIRED. */
export function onAuthProblem(listener: AuthListener): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

export type Query = Record<string, string | number | boolean | undefined | null>;

/** Builds a path with a query string, leaving out empty values (API calls, links, navigation). */
export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * An error that says nothing about the request itself: no answer came (the network), or the server
 * or its database could not answer (5xx, a restart). Asked again, it may well succeed.
 */
export function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

async function request<T>(method: string, path: string, opts: { query?: Query; body?: unknown; signal?: AbortSignal; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language === 'en' ? 'en' : 'id', ...opts.headers };
  const form = opts.body instanceof FormData;
  if (opts.body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : form ? (opts.body as FormData) : JSON.stringify(opts.body),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (res.ok) return data as T;
  const err = (data as { error?: { code?: string; message?: string; details?: ErrorDetail[]; missing?: Missing[] } } | undefined)?.error;
  const error = new ApiError(res.status, err?.code ?? `HTTP_${res.status}`, err?.message ?? i18n.t('errors.http', { status: res.status }), err?.details ?? [], err?.missing ?? []);
  const isSessionCall = path.startsWith('/api/v1/auth/login') || path.startsWith('/api/v1/auth/me');
  if (!isSessionCall && (error.code === 'UNAUTHENTICATED' || error.code === 'TOTP_ENROLLMENT_REQUIRED')) for (const l of authListeners) l(error);
  throw error;
}

export const api = {
  get: <T,>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  /** JSON, or multipart when given FormData (the browser sets the boundary). */
  post: <T,>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, { body: body ?? {}, ...(headers ? { headers } : {}) }),
  patch: <T,>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T,>(path: string) => request<T>('DELETE', path),
};
