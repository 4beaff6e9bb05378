// The public face of @shifan/ui: the shared React parts of the enterprise and reviewer apps.
export { LanguageProvider, type LanguageProviderProps } from './i18n/language-provider';
export { useLocale } from './i18n/use-locale';
export type { LanguageContextValue } from './i18n/language-context';
export { LanguageSwitch, type LanguageSwitchProps } from './i18n/language-switch';
export { LOCALE_STORAGE_KEY, getLocale } from './i18n/locale-store';
export { UI_TEXTS } from './i18n/ui-texts';
export { AppShell, type AppShellProps } from './layout/app-shell';
export { PageHeading, type PageHeadingProps } from './layout/page-heading';
export { ApiError, NETWORK_ERROR, toApiError } from './api/api-error';
export { apiFetch, type ResponseParser } from './api/api-fetch';
export { ApiErrorAlert, type ApiErrorAlertProps } from './api/api-error-alert';
export { ServiceStatus } from './health/service-status';
export { useServiceHealth, HEALTH_PATH, type ServiceHealth } from './health/use-service-health';
