import { PageHeading, ServiceStatus } from '@shifan/ui';
import { Flex } from 'antd';
import { HomeActions } from './home-actions';
import { HOME_TEXTS } from './home-texts';
import { KeyFieldList } from './key-field-list';
import { ProgrammeCategoryGrid } from './programme-category-grid';

/** The enterprise portal's first screen: what can be applied for, whether the service answers, and the way in. */
export function HomePage() {
  return (
    <>
      <PageHeading
        title={HOME_TEXTS.title}
        intro={HOME_TEXTS.intro}
        extra={
          <Flex align="center" gap={16} wrap>
            <ServiceStatus />
            <HomeActions />
          </Flex>
        }
      />
      <ProgrammeCategoryGrid />
      <KeyFieldList />
    </>
  );
}
