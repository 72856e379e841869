import { z } from 'zod';
import { LOCALES, PLATFORMS, REGIONS, freeText, id, isoDate, optionalText } from './common';

/** An improvement collaborative (LKT or any programme). Default length two years. */
export interface Collaborative {
  id: string;
  name: string;
  clinicalArea: string;
  startDate: string;
  endDate: string;
  goals: string | null;
  createdAt: Date;
}

/** Input for creating or updating a collaborative. */
export const collaborativeInput = z.object({
  id: id.optional(),
  name: freeText(200).pipe(z.string().min(1)),
  clinicalArea: freeText(200).pipe(z.string().min(1)),
  startDate: isoDate,
  endDate: isoDate.optional(),
  goals: optionalText(),
});
export type CollaborativeInput = z.input<typeof collaborativeInput>;

/** A local improvement team in one department. */
export interface Team {
  id: string;
  collaborativeId: string;
  name: string;
  department: string;
  region: (typeof REGIONS)[number];
  municipality: string | null;
  createdAt: Date;
}

/** Input for creating or updating a team. */
export const teamInput = z.object({
  id: id.optional(),
  collaborativeId: id,
  name: freeText(200).pipe(z.string().min(1)),
  department: freeText(200).pipe(z.string().min(1)),
  region: z.enum(REGIONS),
  municipality: optionalText(200),
});
export type TeamInput = z.input<typeof teamInput>;

/** A chat identity: Teams (AAD object id + tenant id) or Slack (user id + workspace id). */
export interface ChatIdentity {
  platform: (typeof PLATFORMS)[number];
  /** Teams tenant id, Slack team (workspace) id, or 'local'. */
  tenantId: string;
  /** Teams AAD object id, Slack user id, or the playground's person id. */
  userId: string;
}
export const chatIdentity = z.object({
  platform: z.enum(PLATFORMS),
  tenantId: z.string().min(1).max(200),
  userId: z.string().min(1).max(200),
});

/** A person; one person may have several chat identities. */
export interface Person {
  id: string;
  displayName: string;
  email: string | null;
  locale: (typeof LOCALES)[number];
  timeZone: string;
  identities: ChatIdentity[];
  /** Set when anonymised after a data-protection deletion request. */
  deletedAt: Date | null;
  createdAt: Date;
}

/** Input for creating or updating a person. */
export const personInput = z.object({
  id: id.optional(),
  displayName: freeText(200).pipe(z.string().min(1)),
  email: z.string().trim().toLowerCase().email().max(320).nullish(),
  locale: z.enum(LOCALES).default('da'),
  timeZone: z.string().min(1).max(64).default('Europe/Copenhagen'),
  identities: z.array(chatIdentity).default([]),
});
export type PersonInput = z.input<typeof personInput>;

/** Roles: member reports data; lead runs a team; sponsor and expert read; tovholder coordinates; admin manages all. */
export const ROLES = ['member', 'lead', 'sponsor', 'tovholder', 'expert', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A role held in a scope. member/lead/sponsor: teamId set. tovholder: collaborativeId set, and region
 * set when coordinating only one region's teams. expert: collaborativeId set. admin: no scope.
 */
export interface Membership {
  id: string;
  personId: string;
  role: Role;
  teamId: string | null;
  collaborativeId: string | null;
  region: (typeof REGIONS)[number] | null;
  createdAt: Date;
}

/** Input for granting a role. */
export const membershipInput = z
  .object({
    personId: id,
    role: z.enum(ROLES),
    teamId: id.nullish().transform((v) => v ?? null),
    collaborativeId: id.nullish().transform((v) => v ?? null),
    region: z
      .enum(REGIONS)
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((m) => !['member', 'lead', 'sponsor'].includes(m.role) || m.teamId !== null, {
    message: 'team roles need teamId',
    path: ['teamId'],
  })
  .refine((m) => !['tovholder', 'expert'].includes(m.role) || m.collaborativeId !== null, {
    message: 'collaborative roles need collaborativeId',
    path: ['collaborativeId'],
  });
export type MembershipInput = z.input<typeof membershipInput>;

/** A team invite code, used as `join CODE`. */
export interface Invite {
  code: string;
  teamId: string;
  role: Role;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  /** When a tovholder or the team's lead withdrew the code; a revoked code no longer joins. */
  revokedAt: Date | null;
}
