// Case API for the web app: the types of its answers (inferred from the shared zod contract, types
// only), and the queries and writes the inbox, the case page and the deadline board share.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { bulkResult, caseListItem, caseView, documentItem, evidenceItem } from '../../../core/api/case-views.js';
import type { informasiAwalCreateBody, IntakeCreateResponse, laporanCreateBody, partyContacts, reporterIdentity, temuanCreateBody } from '../../../core/api/cases.js';
import type { CaseAction } from '../../../core/cases/actions.js';
import { revisionTag } from '../../../core/cases/revision.js';
import { api, withQuery, type Query } from '../../api/client.js';
import type { Items, User } from '../../api/types.js';

export type CaseListItem = z.infer<typeof caseListItem>;
export type CaseView = z.infer<typeof caseView>;
export type EvidenceItem = z.infer<typeof evidenceItem>;
export type DocumentItem = z.infer<typeof documentItem>;
export type BulkResult = z.infer<typeof bulkResult>;
export type ReporterIdentity = z.infer<typeof reporterIdentity>;
export type PartyContacts = z.infer<typeof partyContacts>;
export type PartyContact = PartyContacts['witnesses'][number];
export type LaporanInput = z.input<typeof laporanCreateBody>;
export type TemuanInput = z.input<typeof temuanCreateBody>;
export type InformasiAwalInput = z.input<typeof informasiAwalCreateBody>;
export type IntakeReceipt = IntakeCreateResponse;
export type ClockStatus = NonNullable<CaseListItem['clockStatus']>;
export type { Missing } from '../../api/client.js';
export type TimelineItem = { id: number; at: string; actorLabel: string; action: string; summary: unknown };

export { DELIVERY_METHODS, DOCUMENT_KINDS, printsReporterIdentity, type DeliveryMethod, type DocumentKind } from '../../../core/cases/documents.js';
import type { DeliveryMethod } from '../../../core/cases/documents.js';
import type { DocumentKind } from '../../../core/cases/documents.js';
/** Documents about one clarification invitation. */
export const PER_INVITATION: readonly DocumentKind[] = ['undangan-klarifikasi', 'berita-acara-klarifikasi'];

/**
 * Personal data of a case behind an explicit reveal (decision 008): fetched only when asked, and
 * the case's history refreshed, since the read is recorded there.
 */
export function useReveal<T>(caseId: string, what: 'reporter' | 'contacts') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.get<T>(`/api/v1/cases/${caseId}/${what}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['case', caseId, 'timeline'] }),
  });
}

/** `revision`: the case's revision the action was decided on, sent as If-Match (decision 018). */
export function runAction(caseId: string, action: CaseAction, payload: object, opts: { revision?: number; key?: string } = {}): Promise<CaseView> {
  return api.post<CaseView>(`/api/v1/cases/${caseId}/actions/${action}`, payload, {
    ...(opts.revision === undefined ? {} : { 'If-Match': revisionTag(opts.revision) }),
    ...(opts.key === undefined ? {} : { 'Idempotency-Key': opts.key }),
  });
}

/**
 * The inbox with these filters as a CSV file (GET /api/v1/cases/export.csv): a plain link, so the
 * browser downloads it as it comes. `semicolon` for Excel set to Indonesian, which reads commas as
 * decimals.
 */
export function exportUrl(filters: Query, opts: { semicolon: boolean; lang: 'id' | 'en' }): string {
  return withQuery('/api/v1/cases/export.csv', { ...filters, separator: opts.semicolon ? 'titik-koma' : 'koma', lang: opts.lang });
}

/** Multipart upload: the text fields first, then the file (the server reads them in that order). */
export function uploadEvidence(caseId: string, input: { file: File; label: string; sourceUrl?: string; capturedAt?: string }): Promise<EvidenceItem & { alreadyAttached: boolean }> {
  const form = new FormData();
  form.append('label', input.label);
  if (input.sourceUrl) form.append('sourceUrl', input.sourceUrl);
  if (input.capturedAt) form.append('capturedAt', input.capturedAt);
  form.append('file', input.file, input.file.name);
  return api.post<EvidenceItem & { alreadyAttached: boolean }>(`/api/v1/cases/${caseId}/evidence`, form);
}

export const evidenceUrl = (caseId: string, evidenceId: string) => `/api/v1/cases/${caseId}/evidence/${evidenceId}/file`;
export const documentUrl = (caseId: string, documentId: string) => `/api/v1/cases/${caseId}/documents/${documentId}/file`;

/** Sends a letter to the pelapor's e-mail address (a read of their identity, audited). */
export function emailDocument(caseId: string, documentId: string): Promise<{ emailedAt: string }> {
  return api.post<{ emailedAt: string }>(`/api/v1/cases/${caseId}/documents/${documentId}/email`, {});
}

export type DeliveryInput = { to?: DocumentItem['addressees'][number]; method: DeliveryMethod; deliveredOn: string; note?: string };
export function recordDelivery(caseId: string, documentId: string, input: DeliveryInput): Promise<DocumentItem['deliveries'][number]> {
  return api.post(`/api/v1/cases/${caseId}/documents/${documentId}/delivery`, input);
}

export function generateDocument(caseId: string, kind: DocumentKind, invitationId?: string, idempotencyKey?: string): Promise<DocumentItem> {
  return api.post<DocumentItem>(`/api/v1/cases/${caseId}/documents`, { kind, ...(invitationId ? { invitationId } : {}) }, idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined);
}

/** Starts a browser download of a same-origin file. */
export function download(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export type CaseListParams = {
  state?: string;
  kind?: string;
  due?: string;
  assigneeId?: string;
  agency?: string;
  q?: string;
  nip?: string;
  open?: string;
  notices?: string;
  sort?: 'received' | 'due';
  limit: number;
  offset: number;
};

export function fetchCases(params: CaseListParams, signal?: AbortSignal) {
  return api.get<{ items: CaseListItem[]; total: number }>('/api/v1/cases', params as Query, signal);
}

export function useCase(id: string) {
  return useQuery({
    queryKey: ['case', id],
    queryFn: ({ signal }) => api.get<CaseView>(`/api/v1/cases/${id}`, undefined, signal),
  });
}

/** The same civil servant's other cases in the user's area, by the terlapor's NIP (newest first). */
export function useCasesOfNip(nip: string | null) {
  return useQuery({
    queryKey: ['cases', 'nip', nip],
    queryFn: ({ signal }) => fetchCases({ nip: nip!, limit: 20, offset: 0 }, signal),
    enabled: nip !== null,
  });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: ['case', id, 'timeline'],
    queryFn: ({ signal }) => api.get<Items<TimelineItem>>(`/api/v1/cases/${id}/timeline`, undefined, signal),
  });
}

/** Open cases of the user's jurisdiction by nearest deadline (the deadline board and its summary). */
export function useDeadlineBoard() {
  return useQuery({
    queryKey: ['cases', 'board'],
    queryFn: ({ signal }) => fetchCases({ open: 'true', sort: 'due', limit: 200, offset: 0 }, signal),
    refetchInterval: 60_000,
  });
}

/**
 * How many open cases are overdue, due today, and due later this week, counted by the server for
 * the user's whole area (the board lists only the nearest 200): the home's summary and the
 * board's group counts.
 */
export function useDeadlineCounts() {
  return useQuery({
    queryKey: ['cases', 'deadline-counts'],
    queryFn: ({ signal }) => api.get<Record<'terlambat' | 'hari-ini' | 'minggu-ini', number>>('/api/v1/cases/deadline-counts', undefined, signal),
    refetchInterval: 60_000,
  });
}

/** Users of one office (assignment, members present at the pleno). */
export function useOfficeUsers(officeId: string | undefined, role?: string) {
  return useQuery({
    queryKey: ['users', 'office', officeId, role ?? ''],
    queryFn: ({ signal }) => api.get<Items<User>>('/api/v1/users', { officeId, role, limit: 200 }, signal),
    enabled: !!officeId,
    staleTime: 60_000,
  });
}
