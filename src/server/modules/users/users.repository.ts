// Every query of users. Scoped methods join the user's office and keep only offices inside the
// caller's region scope.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { offices, users } from '../../db/schema.js';
import type { RegionScope } from '../../../core/regions/region-code.js';
import { officeScopeFilter } from '../offices/offices.repository.js';

export type UserRow = typeof users.$inferSelect;
export type UserWithOffice = UserRow & { office: typeof offices.$inferSelect };

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.username}) = ${username.toLowerCase()}`);
  return row;
}

/** Unscoped: for the signed-in user's own record only. */
export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUserInScope(db: Executor, scope: RegionScope, id: string): Promise<UserWithOffice | undefined> {
  const [row] = await db
    .select({ user: users, office: offices })
    .from(users)
    .innerJoin(offices, eq(users.officeId, offices.id))
    .where(and(eq(users.id, id), officeScopeFilter(scope)));
  return row ? { ...row.user, office: row.office } : undefined;
}

export async function listUsersInScope(
  db: Executor,
  opts: { scope: RegionScope; officeId?: string | undefined; role?: string | undefined; q?: string | undefined; limit: number; offset: number },
): Promise<UserWithOffice[]> {
  const filters = [officeScopeFilter(opts.scope)];
  if (opts.officeId) filters.push(eq(users.officeId, opts.officeId));
  if (opts.role) filters.push(eq(users.role, opts.role));
  if (opts.q) {
    const needle = `%${opts.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(sql`(lower(${users.username}) like ${needle} or lower(${users.displayName}) like ${needle})`);
  }
  const rows = await db
    .select({ user: users, office: offices })
    .from(users)
    .innerJoin(offices, eq(users.officeId, offices.id))
    .where(and(...filters))
    .orderBy(asc(offices.regionCode), asc(users.username))
    .limit(opts.limit)
    .offset(opts.offset);
  return rows.map((r) => ({ ...r.user, office: r.office }));
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function insertUsers(db: Executor, values: (typeof users.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(users).values(values);
}

export async function updateUser(db: Executor, id: string, values: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row!;
}

export async function recordFailedLogin(db: Executor, id: string, maxFailures: number, lockMinutes: number): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxFailures} then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, id))
    .returning();
  return row!;
}
