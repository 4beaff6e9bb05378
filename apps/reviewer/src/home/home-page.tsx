import { PageHeading, ServiceStatus } from '@shifan/ui';
import { Flex } from 'antd';
import { CalendarWarning } from '../calendar/calendar-warning';
import { DistrictTable } from './district-table';
import { HOME_TEXTS } from './home-texts';
import { StaffSignInButton } from './staff-sign-in-button';
import { StaffWelcome } from './staff-welcome';

/** The reviewer portal's first screen: who it serves, the signed-in person's start, the districts, the service. */
export function HomePage() {
  return (
    <>
      <PageHeading
        title={HOME_TEXTS.title}
        intro={HOME_TEXTS.intro}
        extra={
          <Flex align="center" gap={16} wrap>
            <ServiceStatus />
            <StaffSignInButton />
          </Flex>
        }
      />
      <CalendarWarning />
      <StaffWelcome />
      <DistrictTable />
    </>
  );
}
