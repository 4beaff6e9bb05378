import { DISTRICTS, type Locale, pickText, type Role, ROLE_LABELS } from '@shifan/domain';

/** Select options in the page's language. */

export function roleOptions(roles: readonly Role[], locale: Locale): { value: Role; label: string }[] {
  return roles.map((role) => ({ value: role, label: pickText(ROLE_LABELS[role], locale) }));
}

export function districtOptions(locale: Locale): { value: string; label: string }[] {
  return DISTRICTS.map((district) => ({ value: district.code, label: locale === 'en' ? `${district.name.en} (${district.code})` : `${district.name.zh}（${district.code}）` }));
}
