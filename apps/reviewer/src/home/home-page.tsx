import { PageHeading, ServiceStatus } from '@shifan/ui';
import { DistrictTable } from './district-table';
import { HOME_TEXTS } from './home-texts';

/** The reviewer portal's first screen: who it serves, the districts, and whether the service answers. */
export function HomePage() {
  return (
    <>
      <PageHeading title={HOME_TEXTS.title} intro={HOME_TEXTS.intro} extra={<ServiceStatus />} />
      <DistrictTable />
    </>
  );
}
