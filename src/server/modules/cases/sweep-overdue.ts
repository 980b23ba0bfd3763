// The deadline sweep: claims every open case whose next deadline has passed and is not yet marked,
// marks it overdue and audits it. The claim is a conditional update, so two sweeps running at once
// or one after the other never mark (or audit) the same case twice.
import type { Deps } from '../../http/deps.js';
import { appendAudit } from '../audit/append-audit.js';
import { claimOverdue } from './cases.repository.js';
import { betweenBatches } from '../../db/client.js';

export async function sweepOverdue(deps: Pick<Deps, 'db' | 'now'>, batch = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const marked = await deps.db.transaction(async (tx) => {
      const rows = await claimOverdue(tx, deps.now(), batch);
      for (const row of rows) {
        await appendAudit(tx, {
          at: deps.now(),
          actor: { id: null, label: 'system:sweep' },
          action: 'case.overdue',
          entityType: 'case',
          entityId: row.id,
          regionCode: row.regionCode || null,
          summary: { state: row.state, nextDueAt: row.nextDueAt?.toISOString() ?? null },
        });
      }
      return rows.length;
    });
    total += marked;
    if (marked < batch) return total;
    await betweenBatches();
  }
}
