// Offices and users.
import { z } from 'zod';
import { OFFICE_KINDS, ROLES } from '../access.js';
import { pagination, regionCode } from './common.js';

export const office = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(OFFICE_KINDS),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    parentId: z.uuid().nullable(),
    /** the parent office's name (named even outside the caller's jurisdiction: office names are public) */
    parentName: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    /** the Ketua, who signs outgoing letters (undangan, pemberitahuan, penerusan) */
    headName: z.string().nullable(),
    /** members (anggota) sitting in the plenary */
    memberCount: z.number().int().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'Office' });

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Huruf kecil, angka dan tanda hubung / lower-case letters, digits and hyphens' })
  .max(60);

export const officeCreateBody = z.object({
  code: slug,
  name: z.string().trim().min(3).max(200),
  kind: z.enum(OFFICE_KINDS),
  regionCode: regionCode.nullable(),
  parentId: z.uuid().nullable().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  email: z.email().nullable().optional(),
  headName: z.string().trim().min(3).max(200).nullable().optional(),
  memberCount: z.number().int().min(1).max(15).nullable().optional(),
});

export const officeUpdateBody = z
  .object({
    name: z.string().trim().min(3).max(200),
    address: z.string().trim().max(300).nullable(),
    phone: z.string().trim().max(50).nullable(),
    email: z.email().nullable(),
    headName: z.string().trim().min(3).max(200).nullable(),
    memberCount: z.number().int().min(1).max(15).nullable(),
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Tidak ada yang diubah / nothing to change' });

export const officeListQuery = z.object({
  kind: z.enum(OFFICE_KINDS).optional(),
  parentId: z.uuid().optional(),
  /** words of the office's name or its region's, in any order */
  q: z.string().trim().max(100).optional(),
  ...pagination,
});

export const user = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    role: z.enum(ROLES),
    active: z.boolean(),
    totpEnabled: z.boolean(),
    locked: z.boolean(),
    lastLoginAt: z.string().nullable(),
    office: z.object({ id: z.uuid(), code: z.string(), name: z.string(), regionCode: z.string().nullable() }),
  })
  .meta({ id: 'User' });

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,59}$/, {
    message: '3–60 huruf kecil, angka, titik, garis bawah atau tanda hubung / 3–60 lower-case letters, digits, dots, underscores or hyphens',
  });

export const userCreateBody = z.object({
  username,
  displayName: z.string().trim().min(2).max(120),
  email: z.email().nullable().optional(),
  officeId: z.uuid(),
  role: z.enum(ROLES),
  password: z.string().min(10, { message: 'Minimal 10 karakter / at least 10 characters' }).max(200),
});

export const userUpdateBody = z
  .object({
    displayName: z.string().trim().min(2).max(120),
    email: z.email().nullable(),
    role: z.enum(ROLES),
    active: z.boolean(),
    password: z.string().min(10, { message: 'Minimal 10 karakter / at least 10 characters' }).max(200),
    unlock: z.literal(true),
    resetTotp: z.literal(true),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Tidak ada yang diubah / nothing to change' });

export const userListQuery = z.object({
  officeId: z.uuid().optional(),
  role: z.enum(ROLES).optional(),
  q: z.string().trim().max(100).optional(),
  ...pagination,
});
