import { z } from 'zod';

export const LogInInput = z.object({
  email: z.email({ error: 'an email address' }).max(320),
  password: z.string().min(1, 'your password').max(1024),
});
export type LogInInput = z.infer<typeof LogInInput>;

export const RedeemLinkInput = z.object({
  token: z.string().min(16, 'the token from your sign-in link').max(200),
});
export type RedeemLinkInput = z.infer<typeof RedeemLinkInput>;

export const SetPasswordInput = z.object({
  currentPassword: z.string().max(1024).optional(),
  newPassword: z.string().min(10, 'at least 10 characters').max(1024),
});
export type SetPasswordInput = z.infer<typeof SetPasswordInput>;

export const CreateApiTokenInput = z.object({
  name: z.string().trim().min(1, 'a name for the token').max(100),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const ROLES = ['owner', 'admin', 'agent', 'champion'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What the console learns about the signed-in person (GET /api/console/session). */
export interface SessionView {
  user: { id: string; email: string; name: string; role: Role; hasPassword: boolean };
  workspace: { id: string; name: string; publicKey: string; isDemo: boolean };
  csrfToken: string;
}

export interface MemberView {
  id: string;
  email: string;
  name: string;
  role: Role;
  hasPassword: boolean;
  createdAt: string;
}

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
