import { ProfileViewSchema } from '@shifan/domain';
import { ApiErrorAlert, PageHeading, useApiQuery } from '@shifan/ui';
import { Skeleton } from 'antd';
import { PROFILE_PATH } from './profile-api';
import { ProfileForm } from './profile-form';
import { PROFILE_TEXTS } from './profile-texts';

/** 企业信息: the enterprise profile form with the computed size class and 规上. */
export function ProfilePage() {
  const profile = useApiQuery(PROFILE_PATH, ProfileViewSchema);
  return (
    <>
      <PageHeading title={PROFILE_TEXTS.title} intro={PROFILE_TEXTS.intro} />
      {profile.error && <ApiErrorAlert error={profile.error} />}
      {profile.data ? <ProfileForm initial={profile.data} /> : profile.loading && <Skeleton active />}
    </>
  );
}
