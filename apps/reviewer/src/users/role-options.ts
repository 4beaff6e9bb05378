import { type Locale, pickText, type Role, ROLE_LABELS } from '@shifan/domain';

/** Select options in the page's language. */

export function roleOptions(roles: readonly Role[], locale: Locale): { value: Role; label: string }[] {
  return roles.map((role) => ({ value: role, label: pickText(ROLE_LABELS[role], locale) }));
}

