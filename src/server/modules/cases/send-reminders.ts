// Reminders before a deadline: in the app (GET /api/v1/cases/reminders reads the same data), and by
// e-mail when SMTP is configured. Each deadline is reminded once: the claim records the due instant
// it reminded for, so reruns and several nodes never send twice; a moved deadline is reminded anew.
import nodemailer from 'nodemailer';
import type { Deps } from '../../http/deps.js';
import { appendAudit } from '../audit/append-audit.js';
import { clockRegion } from './case-deadlines.js';
import { claimReminders, reminderRecipients, type CaseRow } from './cases.repository.js';
import { localIso } from './local-time.js';

const CLOCK_NAMES: Record<string, string> = {
  kajianAwal: 'kajian awal',
  decision: 'putusan (penanganan)',
  completion: 'kelengkapan laporan',
  criminalForwarding: 'penerusan ke Sentra Gakkumdu (1×24 jam)',
};

/** The clock whose due instant is the case's next deadline. */
function clockOf(row: CaseRow): string | undefined {
  const deadlines = row.deadlines as Record<string, { due?: string } | undefined>;
  const next = row.nextDueAt?.getTime();
  return Object.keys(CLOCK_NAMES).find((k) => deadlines[k]?.due !== undefined && Date.parse(deadlines[k]!.due!) === next);
}

function message(row: CaseRow, due: string) {
  const number = row.registerNumber ?? row.receiptNumber;
  const clock = clockOf(row);
  const what = clock ? CLOCK_NAMES[clock] : 'tenggat berikutnya';
  return {
    subject: `[Netra] Tenggat ${what}: ${number}`,
    text: [
      `Perkara ${number} (${row.summary.slice(0, 120)})`,
      `Tenggat ${what}: ${due.replace('T', ' pukul ')}.`,
      '',
      `Deadline reminder for case ${number}: ${what}, due ${due}.`,
      'Netra — pengawasan netralitas ASN',
    ].join('\n'),
  };
}

/**
 * Claims the cases due within the window, nearest deadline first, `batch` at a time until none is
 * left, and e-mails each batch's handlers after its claim commits. With thousands due at once (a
 * voting day) the nearest are reminded first, and all in one sweep.
 */
export async function sendReminders(deps: Pick<Deps, 'db' | 'now' | 'config'>, batch = 200): Promise<{ cases: number; emails: number }> {
  const now = deps.now();
  const transport = deps.config.smtp ? nodemailer.createTransport(deps.config.smtp.url) : undefined;
  const windowEnd = new Date(now.getTime() + deps.config.remindHours * 3_600_000);
  let cases = 0;
  let emails = 0;
  for (;;) {
    const rows = await deps.db.transaction(async (tx) => {
      const claimed = await claimReminders(tx, now, windowEnd, batch);
      for (const row of claimed) {
        await appendAudit(tx, { at: now, actor: { id: null, label: 'system:reminder' }, action: 'case.reminded', entityType: 'case', entityId: row.id, regionCode: row.regionCode || null, summary: { due: row.nextDueAt?.toISOString() ?? null, email: !!transport } });
      }
      return claimed;
    });
    cases += rows.length;
    if (transport) {
      for (const row of rows) {
        const due = localIso(row.nextDueAt!, clockRegion(row.regionCode || null, row.eventRegionCode));
        const recipients = await reminderRecipients(deps.db, row);
        if (recipients.length === 0) continue;
        await transport.sendMail({ from: deps.config.smtp!.from, to: recipients.map((r) => `${r.displayName} <${r.email}>`), ...message(row, due) });
        emails += 1;
      }
    }
    if (rows.length < batch) return { cases, emails };
  }
}
