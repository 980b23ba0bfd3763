// Types of the API's answers, inferred from the shared zod contract (types only: no zod in the bundle).
import type { z } from 'zod';
import type { sessionResponse, sessionUser, totpSetupResponse } from '../../core/api/auth.js';
import type { office, officeCreateBody, officeUpdateBody, user, userCreateBody, userUpdateBody } from '../../core/api/people.js';
import type { region, regionDetail } from '../../core/api/regions.js';

export type SessionUser = z.infer<typeof sessionUser>;
export type Session = z.infer<typeof sessionResponse>;
export type TotpSetup = z.infer<typeof totpSetupResponse>;
export type Office = z.infer<typeof office>;
export type OfficeCreate = z.input<typeof officeCreateBody>;
export type OfficeUpdate = z.input<typeof officeUpdateBody>;
export type User = z.infer<typeof user>;
export type UserCreate = z.input<typeof userCreateBody>;
export type UserUpdate = z.input<typeof userUpdateBody>;
export type Region = z.infer<typeof region>;
export type RegionDetail = z.infer<typeof regionDetail>;
export type LevelName = Region['levelName'];
export type Items<T> = { items: T[] };

export type AuditEntry = {
  id: number;
  at: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  summary: unknown;
};
