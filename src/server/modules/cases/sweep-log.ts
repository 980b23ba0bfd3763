// What the log says of the deadline sweep's mail across sweeps. A mail server that is down for an
// hour would otherwise fill the log with one warning a sweep (every NETRA_SWEEP_SECONDS): it is
// said once when the server stops taking mail, again each hour it stays so, and once when it
// takes mail again.
import type { ReminderSweep } from './send-reminders.js';

export type SweepLogLine = { level: 'info' | 'warn'; fields: Record<string, unknown>; message: string };

const HOUR = 3_600_000;

export function mailOutageLog(repeatEveryMs = HOUR) {
  let downSince: number | undefined;
  let warnedAt = 0;
  let deferredSweeps = 0;
  return (sweep: ReminderSweep, now: number): SweepLogLine[] => {
    const lines: SweepLogLine[] = [];
    const down = sweep.mailServerDown !== undefined || sweep.deferred > 0;
    if (down) {
      deferredSweeps += 1;
      if (downSince === undefined || now - warnedAt >= repeatEveryMs) {
        const first = downSince === undefined;
        downSince ??= now;
        warnedAt = now;
        lines.push({
          level: 'warn',
          fields: { ...sweep, downSince: new Date(downSince).toISOString(), sweeps: deferredSweeps },
          message: first
            ? 'deadline reminders: the mail server cannot take mail now; each sweep tries again (said again each hour it stays so)'
            : 'deadline reminders: the mail server still cannot take mail; each sweep tries again',
        });
      }
    } else if (downSince !== undefined && (sweep.emails > 0 || sweep.refused > 0)) {
      // Only a sweep that reached the server says it is back: one with nothing due asks nothing.
      lines.push({ level: 'info', fields: { downSince: new Date(downSince).toISOString(), sweeps: deferredSweeps, emails: sweep.emails }, message: 'deadline reminders: the mail server takes mail again' });
      downSince = undefined;
      deferredSweeps = 0;
    }
    if (sweep.cases > 0) lines.push({ level: 'info', fields: { ...sweep }, message: 'deadline reminders sent' });
    if (sweep.later > 0) lines.push({ level: 'info', fields: { ...sweep }, message: 'deadline reminders: the mail server asked to send some mails later (4xx); the next sweeps try them again' });
    if (sweep.refused > 0) lines.push({ level: 'warn', fields: { ...sweep }, message: "deadline reminders: the mail server refused some mails (see the cases' history)" });
    return lines;
  };
}
