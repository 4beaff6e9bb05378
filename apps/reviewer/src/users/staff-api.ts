import { type AccountView, AccountViewSchema, type CreateStaff, type UpdateStaff } from '@shifan/domain';
import { ApiError, apiSend } from '@shifan/ui';

export const ACCOUNTS_PATH = '/api/admin/accounts';

export function createStaff(values: CreateStaff): Promise<AccountView> {
  return apiSend(ACCOUNTS_PATH, 'POST', values, AccountViewSchema);
}

export function updateAccount(id: number, values: UpdateStaff): Promise<AccountView> {
  return apiSend(`${ACCOUNTS_PATH}/${id}`, 'PATCH', values, AccountViewSchema);
}

/** A 409 because the account's `version` is stale: someone else changed it since the list was loaded. */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.details.some((detail) => detail.code === 'STALE_VERSION');
}
