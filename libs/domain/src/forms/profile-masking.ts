import { maskIdentityNumber } from '../publication/resident-id';

/**
 * Profile fields that hold a person's 公民身份号码: the enterprise's own editing form is the only place that shows
 * them whole. Every other view (profile page after save, the application workspace, printed 申报书, reviewer pages)
 * shows them masked (first 3 and last 2 characters), and they never go into audit details or logs.
 */
export const MASKED_PROFILE_FIELDS = ['legalRepresentativeId'] as const;

export function isMaskedProfileField(name: string): boolean {
  return (MASKED_PROFILE_FIELDS as readonly string[]).includes(name);
}

/** A copy of profile data with every masked field masked (other fields as they are). */
export function maskEnterpriseProfile<T extends Record<string, unknown>>(data: T): T {
  const masked: Record<string, unknown> = { ...data };
  for (const name of MASKED_PROFILE_FIELDS) {
    const value = masked[name];
    if (typeof value === 'string' && value !== '') masked[name] = maskIdentityNumber(value);
  }
  return masked as T;
}
