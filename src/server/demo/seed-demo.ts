import { ROLES_BY_OFFICE_KIND, ROLE_LABELS } from '../../core/access.js';
import type { Db } from '../db/client.js';
import { appendAudit } from '../modules/audit/append-audit.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { insertOffice } from '../modules/offices/offices.repository.js';
import { findChildren } from '../modules/regions/regions.repository.js';
import { insertUsers } from '../modules/users/users.repository.js';
import { DEMO_KABKOTA, demoOffices } from './demo-offices.js';

export type DemoSeedResult = { offices: number; users: string[] };

/**
 * Seeds the Banten demo into an empty database: offices, and one user per role per office
 * (`<office>.<role>`, plus `admin` at Bawaslu RI). All demo users share one password.
 */
export async function seedDemo(opts: { db: Db; password: string; now: Date }): Promise<DemoSeedResult> {
  const districts = (await Promise.all(DEMO_KABKOTA.map((k) => findChildren(opts.db, k.regionCode)))).flat();
  const offices = demoOffices(districts);
  // One hash for the shared demo password: argon2 per user would make the first start slow.
  const passwordHash = await hashPassword(opts.password);
  const usernames: string[] = [];
  await opts.db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const o of offices) {
      const row = await insertOffice(tx, {
        code: o.code,
        name: o.name,
        kind: o.kind,
        regionCode: o.regionCode,
        parentId: o.parent ? (ids.get(o.parent) ?? null) : null,
        address: o.address ?? null,
        // who signs the office's letters (a made-up name, like every person in the demo)
        headName: 'Ketua Demo',
        memberCount: o.memberCount ?? null,
      });
      ids.set(o.code, row.id);
    }
    const users = offices.flatMap((o) =>
      ROLES_BY_OFFICE_KIND[o.kind].map((role) => ({
        username: o.code === 'ri' && role === 'administrator' ? 'admin' : `${o.code}.${role}`,
        displayName: `${ROLE_LABELS[role].id} — ${o.name}`,
        officeId: ids.get(o.code)!,
        role,
        passwordHash,
      })),
    );
    await insertUsers(tx, users);
    usernames.push(...users.map((u) => u.username));
    await appendAudit(tx, {
      at: opts.now,
      actor: { id: null, label: 'system' },
      action: 'demo.seeded',
      entityType: 'system',
      summary: { offices: offices.length, users: users.length },
    });
  });
  return { offices: offices.length, users: usernames };
}

/** The sign-in names worth printing: every user of the province and kab/kota offices, and a pattern for kecamatan. */
export function demoSignInSummary(usernames: string[]): string[] {
  const kecamatan = usernames.filter((u) => /^(kota-serang|kab-serang|kota-cilegon)-[^.]+\./.test(u));
  const others = usernames.filter((u) => !kecamatan.includes(u));
  return [
    ...others,
    `… dan ${kecamatan.length} pengguna Panwaslu Kecamatan / and ${kecamatan.length} district users, e.g. ${kecamatan.slice(0, 2).join(', ')}`,
  ];
}
