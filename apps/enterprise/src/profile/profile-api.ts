import { type ProfileView, ProfileViewSchema } from '@shifan/domain';
import { apiSend } from '@shifan/ui';

export const PROFILE_PATH = '/api/enterprise/profile';

export function saveProfile(version: number, data: Record<string, unknown>): Promise<ProfileView> {
  return apiSend(PROFILE_PATH, 'PUT', { version, data }, ProfileViewSchema);
}
