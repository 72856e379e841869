import type { Config } from '../../config';

/**
 * Which AAD tenants may use the bot: TEAMS_ALLOWED_TENANTS when set; else the app's own tenant
 * (MICROSOFT_APP_TENANT_ID, a single-tenant bot); else any (anonymous local testing).
 */
export function allowedTenants(teams: Config['teams']): string[] {
  if (teams.allowedTenants.length) return teams.allowedTenants.map((t) => t.toLowerCase());
  return teams.appTenantId ? [teams.appTenantId.toLowerCase()] : [];
}

/** True when a tenant may use the bot (an empty allow-list allows every tenant). */
export function isTenantAllowed(allowed: string[], tenantId: string): boolean {
  return allowed.length === 0 || allowed.includes(tenantId.toLowerCase());
}
