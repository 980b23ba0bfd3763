import { z } from 'zod';
import { ROLES, OFFICE_KINDS } from '../access.js';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  totp: z
    .string()
    .regex(/^\d{6}$/, { message: 'Kode TOTP terdiri dari 6 angka / the TOTP code is 6 digits' })
    .optional(),
});

export const sessionUser = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    totpEnabled: z.boolean(),
    mustEnrollTotp: z.boolean(),
    office: z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      kind: z.enum(OFFICE_KINDS),
      regionCode: z.string().nullable(),
    }),
    permissions: z.array(z.string()),
    /** what this server offers: `email`, letters to the pelapor sent by e-mail (SMTP configured) */
    features: z.object({ email: z.boolean() }),
  })
  .meta({ id: 'SessionUser' });

export const sessionResponse = z.object({ user: sessionUser, csrfToken: z.string() }).meta({ id: 'Session' });

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUri: z.string() });
export const totpEnableBody = z.object({ code: z.string().regex(/^\d{6}$/) });
export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10, { message: 'Minimal 10 karakter / at least 10 characters' }).max(200),
});
