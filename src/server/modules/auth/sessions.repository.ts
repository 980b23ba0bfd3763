import { eq, lt } from 'drizzle-orm';
import { rawQuery, type Executor } from '../../db/client.js';
import { sessions } from '../../db/schema.js';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export type SessionActorRow = {
  sessionId: string;
  csrfToken: string;
  userId: string;
  username: string;
  displayName: string;
  role: string;
  totpEnabled: boolean;
  officeId: string;
  officeKind: string;
  officeRegionCode: string | null;
};

/**
 * The live session of an active user with the user and office, as a select other statements can
 * embed (the case read of a workflow action carries it, so that request is one round trip less).
 * Placeholders: `sessionParam` the session id, `nowParam` the time.
 */
export const liveSessionActorSql = (sessionParam: string, nowParam: string) =>
  `select s.id as "sessionId", s.csrf_token as "csrfToken", u.id as "userId", u.username, u.display_name as "displayName", u.role,
      u.totp_enabled as "totpEnabled", o.id as "officeId", o.kind as "officeKind", o.region_code as "officeRegionCode"
    from sessions s join users u on u.id = s.user_id join offices o on o.id = u.office_id
    where s.id = ${sessionParam} and s.expires_at > ${nowParam}::timestamptz and u.active`;

const LIVE_SESSION_ACTOR = { name: 'auth_live_session_actor', text: liveSessionActorSql('$1', '$2') };

/** The live session of an active user, with the user and office: one round trip on every request. */
export async function findLiveSessionActor(db: Executor, id: string, now: Date): Promise<SessionActorRow | undefined> {
  const [row] = await rawQuery<SessionActorRow>(db, LIVE_SESSION_ACTOR, [id, now.toISOString()]);
  return row;
}
