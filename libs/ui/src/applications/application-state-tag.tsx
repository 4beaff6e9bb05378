import { APPLICATION_STATE_LABELS, type ApplicationState } from '@shifan/domain';
import { Tag } from 'antd';
import { useLocale } from '../i18n/use-locale';

/** Ant Design tag colours per state: grey for drafts, blue while in review, orange when back with the enterprise. */
export const APPLICATION_STATE_COLOURS: Readonly<Record<ApplicationState, string>> = {
  draft: 'default',
  submitted: 'processing',
  returned_by_district: 'warning',
  district_recommended: 'processing',
  returned_for_revision: 'warning',
  formally_accepted: 'cyan',
  in_expert_review: 'purple',
  scored: 'purple',
  shortlisted: 'geekblue',
  in_public_notice: 'gold',
  approved: 'success',
  not_approved: 'default',
  rejected: 'error',
  withdrawn: 'default',
};

export interface ApplicationStateTagProps {
  state: ApplicationState;
}

/** An application's state as a coloured tag with its label from @shifan/domain (草稿, 已提交（待推荐单位审核）, …). */
export function ApplicationStateTag({ state }: ApplicationStateTagProps) {
  const { t } = useLocale();
  return (
    <Tag color={APPLICATION_STATE_COLOURS[state]} data-testid="application-state" data-state={state} style={{ marginInlineEnd: 0 }}>
      {t(APPLICATION_STATE_LABELS[state])}
    </Tag>
  );
}
