import { type AccountView, AccountViewSchema, type InviteColleague } from '@shifan/domain';
import { apiSend } from '@shifan/ui';
import { z } from 'zod';

export const COLLEAGUES_PATH = '/api/enterprise/colleagues';
export const ColleagueListSchema = z.array(AccountViewSchema);

export function inviteColleague(values: InviteColleague): Promise<AccountView> {
  return apiSend(COLLEAGUES_PATH, 'POST', values, AccountViewSchema);
}

export function setColleagueDisabled(id: number, disabled: boolean): Promise<AccountView> {
  return apiSend(`${COLLEAGUES_PATH}/${id}/${disabled ? 'disable' : 'enable'}`, 'POST', undefined, AccountViewSchema);
}
