// Reminders before a deadline: in the app (GET /api/v1/cases/reminders reads the same data), and by
// e-mail when SMTP is configured. Each deadline is reminded once: the claim records the due instant
// it reminded for, so reruns and several nodes never send twice; a moved deadline is reminded anew.
// A claim whose mail could not go out is released for the next sweep (sendReminders).
import nodemailer, { type Transporter } from 'nodemailer';
import { betweenBatches, type Executor } from '../../db/client.js';
import type { Deps } from '../../http/deps.js';
import { appendAudit } from '../audit/append-audit.js';
import { clockRegion } from './case-deadlines.js';
import { anyReminderDue, claimReminders, laterFailures, releaseReminders, reminderRecipients, type CaseRow } from './cases.repository.js';
import { dateTimeText } from '../../../core/i18n/dates.js';
import { INTAKE_KIND_LABELS, type IntakeKind } from '../../../core/cases/intake.js';
import { STATES, type CaseState } from '../../../core/cases/states.js';
import type { Bilingual } from '../../../core/cases/text.js';

/** The clocks by name, as the case page labels them (messages of `cases.clocks`). */
const CLOCK_NAMES: Record<string, Bilingual> = {
  filing: { id: 'penyampaian laporan', en: 'filing the report' },
  temuan: { id: 'penetapan temuan', en: 'establishing the finding' },
  kajianAwal: { id: 'kajian awal', en: 'preliminary analysis (kajian awal)' },
  noticeToComplete: { id: 'pemberitahuan kelengkapan', en: 'notice to complete' },
  completion: { id: 'kelengkapan laporan', en: 'completion of the report' },
  decision: { id: 'tindak lanjut (putusan pleno)', en: 'follow-up (plenary decision)' },
  criminalForwarding: { id: 'penerusan ke Sentra Gakkumdu (1×24 jam)', en: 'forwarding to Sentra Gakkumdu (1×24 hours)' },
};

/** The clock whose due instant is the case's next deadline. */
function clockOf(row: CaseRow): string | undefined {
  const deadlines = row.deadlines as Record<string, { due?: string } | undefined>;
  const next = row.nextDueAt?.getTime();
  return Object.keys(CLOCK_NAMES).find((k) => deadlines[k]?.due !== undefined && Date.parse(deadlines[k]!.due!) === next);
}

/**
 * A reminder mail: which case, which deadline and when, in the local time of the case's clock,
 * and a link when NETRA_PUBLIC_URL is set. Nothing of the case's text: the event's description
 * may name the pelapor, and a mail is a copy outside Netra that no read log sees.
 */
function reminderMail(row: CaseRow, publicUrl: string | undefined): { subject: string; text: string } {
  const number = row.registerNumber ?? row.receiptNumber;
  const clock = clockOf(row);
  const what = clock ? CLOCK_NAMES[clock]! : undefined;
  const due = dateTimeText(row.nextDueAt!.toISOString(), clockRegion(row.regionCode || null, row.eventRegionCode));
  const kind = INTAKE_KIND_LABELS[row.kind as IntakeKind] ?? { id: row.kind, en: row.kind };
  const state = STATES[row.state as CaseState]?.label ?? { id: row.state, en: row.state };
  const link = publicUrl ? `${publicUrl}/konsol/perkara/${row.id}` : null;
  return {
    subject: `[Netra] Tenggat ${what ? what.id : 'berikutnya'}: ${number}`,
    text: [
      `Perkara ${number} (${kind.id}, status ${state.id})`,
      `Tenggat ${what ? what.id : 'berikutnya'}: ${due.id}.`,
      ...(link ? [`Buka perkara: ${link}`] : []),
      '',
      `Case ${number} (${kind.en}, status ${state.en})`,
      `Deadline${what ? ` for ${what.en}` : ''}: ${due.en}.`,
      ...(link ? [`Open the case: ${link}`] : []),
      '',
      'Isi perkara dibaca di Netra, tidak dikirim lewat surel. / The case itself is read in Netra, not sent by e-mail.',
      'Netra — pengawasan netralitas ASN',
    ].join('\n'),
  };
}

/** How often one deadline's mail is tried when the server says "later" (4xx) before giving up. */
export const LATER_TRIES = 10;

/**
 * Why a mail failed:
 * - `server-down`: the server cannot take mail now (unreachable, a timeout, a broken connection,
 *   or 421 "service not available"): the sweep stops and gives back what it had not sent;
 * - `later`: the server asks to send this mail again later (another 4xx: greylisting, a full
 *   mailbox, a local error; RFC 5321 §4.2.1): given back for the next sweeps, LATER_TRIES at most;
 * - `refused`: the server refused it for good (5xx: no such mailbox): not tried again.
 */
function mailFailure(err: unknown): 'server-down' | 'later' | 'refused' {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  if (typeof code !== 'number' || code === 421) return 'server-down';
  return code >= 400 && code < 500 ? 'later' : 'refused';
}

/** What an audit row keeps of a mail failure: codes only (a server's reply may name a mailbox). */
function failureOf(err: unknown): { code: string | null; responseCode: number | null } {
  const e = err as { code?: unknown; responseCode?: unknown } | null;
  return { code: typeof e?.code === 'string' ? e.code : null, responseCode: typeof e?.responseCode === 'number' ? e.responseCode : null };
}

export type ReminderSweep = {
  /** cases reminded in this sweep (in the app, and by e-mail when configured) */
  cases: number;
  emails: number;
  /** mails the server refused (recorded on the case, not tried again for this deadline) */
  refused: number;
  /** mails the server asked to send later (4xx): claims given back, tried again by the next sweeps */
  later: number;
  /** claims given back because the mail server failed in the middle of a batch (cases with someone to mail) */
  deferred: number;
  /** the mail server could not be reached before anything was claimed: nothing was, the next sweep tries */
  mailServerDown?: { code: string | null; responseCode: number | null };
};

/** The SMTP URL asking for a pool (nodemailer reads `pool` from the URL when one is given). */
function pooled(url: string): string {
  const u = new URL(url);
  u.searchParams.set('pool', 'true');
  return u.toString();
}

/**
 * Claims the cases due within the window, nearest deadline first, `batch` at a time until none is
 * left, and e-mails each batch's handlers after its claim commits. With thousands due at once (a
 * voting day) the nearest are reminded first, and all in one sweep.
 *
 * A reminder is never lost to a mail server that is down. The server is asked first (only when a
 * reminder is due): if it cannot be reached, nothing is claimed and the next sweep tries again. If
 * it fails in the middle of a batch, the claims not yet mailed are given back and recorded, and the
 * sweep stops. A mail the server asks to send later (4xx: greylisting, a full mailbox) is given
 * back for the next sweeps, LATER_TRIES times at most, and the others go on. A mail the server
 * refuses (a mailbox that does not exist) is recorded on its case and the others go on. A
 * reminder goes twice only if the server took a mail and then failed to say so.
 */
export async function sendReminders(deps: Pick<Deps, 'db' | 'now' | 'config'>, batch = 200): Promise<ReminderSweep> {
  // A pool of a few connections for the whole sweep: on a voting day with thousands due, a
  // connection per mail would be throttled or refused by many mail servers.
  const transport = deps.config.smtp ? nodemailer.createTransport(pooled(deps.config.smtp.url)) : undefined;
  try {
    return await remind(deps, transport, batch);
  } finally {
    transport?.close();
  }
}

async function remind(deps: Pick<Deps, 'db' | 'now' | 'config'>, transport: Transporter | undefined, batch: number): Promise<ReminderSweep> {
  const now = deps.now();
  const windowEnd = new Date(now.getTime() + deps.config.remindHours * 3_600_000);
  const sweep: ReminderSweep = { cases: 0, emails: 0, refused: 0, later: 0, deferred: 0 };
  if (transport && (await anyReminderDue(deps.db, now, windowEnd))) {
    try {
      await transport.verify();
    } catch (err) {
      return { ...sweep, mailServerDown: failureOf(err) };
    }
  }
  const actor = { id: null, label: 'system:reminder' };
  const audit = (tx: Executor, row: CaseRow, action: 'case.reminded' | 'case.reminder-failed', summary: Record<string, unknown>) =>
    appendAudit(tx, { at: now, actor, action, entityType: 'case', entityId: row.id, regionCode: row.regionCode || null, summary: { due: row.nextDueAt?.toISOString() ?? null, ...summary } });
  const failed = (tx: Executor, row: CaseRow, retry: boolean, err: unknown) => audit(tx, row, 'case.reminder-failed', { retry, ...failureOf(err) });
  // Mails given back to be sent later are not tried again within this sweep (a greylisting server
  // wants minutes, not the next batch).
  const triedLater: string[] = [];
  for (;;) {
    const rows = await deps.db.transaction(async (tx) => {
      const claimed = await claimReminders(tx, now, windowEnd, batch, triedLater);
      for (const row of claimed) await audit(tx, row, 'case.reminded', { email: !!transport });
      return claimed;
    });
    sweep.cases += rows.length;
    const refused: { row: CaseRow; err: unknown }[] = [];
    const later: { row: CaseRow; err: unknown }[] = [];
    let stopped: { rows: CaseRow[]; err: unknown } | undefined;
    for (const row of transport ? rows : []) {
      const recipients = await reminderRecipients(deps.db, row);
      if (recipients.length === 0) continue; // nothing to mail: the reminder is the app's alone
      if (stopped) {
        stopped.rows.push(row); // the server stopped taking mail: given back, untried
        continue;
      }
      try {
        await transport!.sendMail({ from: deps.config.smtp!.from, to: recipients.map((r) => `${r.displayName} <${r.email}>`), ...reminderMail(row, deps.config.publicUrl) });
        sweep.emails += 1;
      } catch (err) {
        const failure = mailFailure(err);
        if (failure === 'server-down') stopped = { rows: [row], err };
        else (failure === 'later' ? later : refused).push({ row, err });
      }
    }
    if (refused.length > 0 || later.length > 0 || stopped) {
      const halt = stopped;
      await deps.db.transaction(async (tx) => {
        for (const { row, err } of refused) await failed(tx, row, false, err);
        for (const { row, err } of later) {
          // Given back while tries are left for this deadline; then recorded as refused.
          const again = (await laterFailures(tx, row.id, row.nextDueAt!)) + 1 < LATER_TRIES && (await releaseReminders(tx, [row.id])).has(row.id);
          await failed(tx, row, again, err);
          if (again) {
            sweep.later += 1;
            triedLater.push(row.id);
          } else sweep.refused += 1;
        }
        if (!halt) return;
        const released = await releaseReminders(tx, halt.rows.map((r) => r.id));
        for (const row of halt.rows) if (released.has(row.id)) await failed(tx, row, true, halt.err);
      });
      sweep.refused += refused.length;
    }
    if (stopped) {
      sweep.cases -= stopped.rows.length;
      sweep.deferred += stopped.rows.length;
      return sweep;
    }
    if (rows.length < batch) return sweep;
    await betweenBatches();
  }
}
