// The public face of @shifan/ui: the shared React parts of the enterprise and reviewer apps.
export { LanguageProvider, type LanguageProviderProps } from './i18n/language-provider';
export { useLocale } from './i18n/use-locale';
export type { LanguageContextValue } from './i18n/language-context';
export { LanguageSwitch, type LanguageSwitchProps } from './i18n/language-switch';
export { LOCALE_STORAGE_KEY, getLocale } from './i18n/locale-store';
export { UI_TEXTS } from './i18n/ui-texts';
export { AppShell, type AppShellProps } from './layout/app-shell';
export { PageHeading, type PageHeadingProps } from './layout/page-heading';
export { RouterButton, type RouterButtonProps } from './layout/router-button';
export { NotFoundPage } from './layout/not-found-page';
export { VisuallyHidden } from './layout/visually-hidden';
export { ApiError, NETWORK_ERROR, toApiError } from './api/api-error';
export { apiFetch, apiSend, type ResponseParser } from './api/api-fetch';
export { useApiQuery, type ApiQuery } from './api/use-api-query';
export { useOptionalQuery } from './api/use-optional-query';
export { ApiErrorAlert, type ApiErrorAlertProps } from './api/api-error-alert';
export { CSRF_COOKIE, CSRF_HEADER, readCookie } from './api/cookies';
export { isSessionLost, onSessionLost, SESSION_LOST_CODES, type SessionLostCode } from './api/session-events';
export { ServiceStatus } from './health/service-status';
export { useServiceHealth, HEALTH_PATH, type ServiceHealth } from './health/use-service-health';

// Sessions (issue #4)
export { SessionProvider, type SessionProviderProps } from './session/session-provider';
export { useSession } from './session/use-session';
export type { SessionContextValue, SessionNotice, SignInOutcome } from './session/session-context';
export { RequireSession, type RequireSessionProps, type SignInRedirectState } from './session/require-session';
export { UserMenu, type UserMenuLink, type UserMenuProps } from './session/user-menu';
export { WrongPortalNotice } from './session/wrong-portal-notice';
export { ForbiddenNotice } from './session/forbidden-notice';
export { audienceOf, PORTALS, SIGN_IN_ROUTE, type Audience, type Portal } from './session/audience';
export { AUTH_PATHS, fetchSession } from './session/session-api';
export { SESSION_TEXTS } from './session/session-texts';

// Forms
export { useSchemaForm, type SchemaFormOptions } from './forms/use-schema-form';
export { useApiSubmit, type ApiSubmit, type ApiSubmitOptions } from './forms/use-api-submit';
export { applyErrorDetails } from './forms/apply-error-details';
export { FormField, type FieldFeedback, type FieldInputProps, type FormFieldProps } from './forms/form-field';
export { SchemaForm, type SchemaFormProps } from './forms/schema-form';
export { PasswordHints, type PasswordHintsProps } from './forms/password-hints';

// Auth pages shared by both apps
export { AuthCard, type AuthCardProps } from './auth/auth-card';
export { AUTH_TEXTS } from './auth/auth-texts';
export { SignInPage, type SignInPageProps } from './auth/sign-in-page';
export { ForgotPasswordPage } from './auth/forgot-password-page';
export { TokenPasswordPage, type TokenPasswordPageProps } from './auth/token-password-page';
export { ChangePasswordCard } from './auth/change-password-card';

// Accounts
export { AccountStatusTag, type AccountStatusTagProps } from './accounts/account-status-tag';
export { AccountProfileCard, type AccountProfileCardProps } from './accounts/account-profile-card';
export { ACCOUNT_STATUS_LABELS, ACCOUNT_TEXTS, districtName, recommendingUnitName, toggledText } from './accounts/account-texts';
export { type RecommendingUnitsQuery, useRecommendingUnitOptions, useRecommendingUnits } from './catalogue/use-recommending-units';
export { AccountPage, type AccountPageProps } from './accounts/account-page';
export { AccountToggleButton, type AccountToggleButtonProps } from './accounts/account-toggle-button';
export { useAccountColumns, type AccountColumnKey, type AccountColumns } from './accounts/account-columns';

// Lists
export { toQueryString } from './lists/query-string';
export { useListParams, DEFAULT_PAGE_SIZE, PAGE_SIZES, type ListFilters, type ListParams } from './lists/use-list-params';
export { usePagedList, type Page, type PagedList } from './lists/use-paged-list';
export { useTablePagination } from './lists/table-pagination';
export { LIST_TEXTS, totalText } from './lists/list-texts';
export { csvCell, downloadText, toCsv, type CsvColumn } from './lists/csv';
export { formatDateTime } from './format/format-date-time';

// Calls and applications (issue #5)
export { uploadFile, type UploadFileOptions, type UploadProgress } from './api/upload-file';
export { formatBytes } from './format/format-bytes';
export { BEIJING_TIME_LABEL, BEIJING_TIME_ZONE, formatBeijingDateTime, formatBeijingDeadline } from './format/format-beijing';
export { useNow } from './time/use-now';
export { durationText, TIME_TEXTS } from './time/time-texts';
export { DeadlineCountdown, type DeadlineCountdownProps } from './time/deadline-countdown';
export { APPLICATION_STATE_COLOURS, ApplicationStateTag, type ApplicationStateTagProps } from './applications/application-state-tag';
export { type ConflictRow, VersionConflictModal, type VersionConflictModalProps } from './conflicts/version-conflict-modal';
export { CONFLICT_TEXTS, differencesText, serverVersionText } from './conflicts/conflict-texts';
export { NotificationBell, NOTIFICATIONS_PATH, type NotificationBellProps } from './notifications/notification-bell';
export { NOTIFICATION_TEXTS } from './notifications/notification-texts';
