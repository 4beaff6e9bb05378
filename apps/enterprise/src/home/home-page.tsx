import { PageHeading, ServiceStatus } from '@shifan/ui';
import { HOME_TEXTS } from './home-texts';
import { KeyFieldList } from './key-field-list';
import { ProgrammeCategoryGrid } from './programme-category-grid';

/** The enterprise portal's first screen: what can be applied for, and whether the service answers. */
export function HomePage() {
  return (
    <>
      <PageHeading title={HOME_TEXTS.title} intro={HOME_TEXTS.intro} extra={<ServiceStatus />} />
      <ProgrammeCategoryGrid />
      <KeyFieldList />
    </>
  );
}
