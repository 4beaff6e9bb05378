import { ArrowLeftOutlined, TrophyOutlined } from '@ant-design/icons';
import { CallViewSchema, type ReviewApplicationDetail, ReviewApplicationDetailSchema } from '@shifan/domain';
import { ApiErrorAlert, NotFoundPage, PageHeading, RouterButton, useLocale, useSession, useOptionalQuery } from '@shifan/ui';
import { Alert, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { callPath } from '../calls/calls-api';
import { RANKED_STATES, SCORING_STATES } from './catalogue-labels';
import { AttachmentsCard, EligibilityCard, FormDataCard, SummaryCard } from './application-cards';
import { DistrictDecisionPanel } from './district-decision-panel';
import { formLayout } from './field-format';
import { FormalCheckPanel } from './formal-check-panel';
import { reviewApplicationPath } from './review-api';
import { ChangesCard, FormalHistoryCard, NoticeCard, TimelineCard } from './review-history-cards';
import { REVIEW_TEXTS } from './review-texts';
import { ScoresCard } from './scores-card';
import { StaleVersionModal } from './stale-version-modal';

/** The application id of the route, or null when it is not a positive integer. */
export function applicationIdOf(param: string | undefined): number | null {
  if (!param || !/^\d+$/.test(param)) return null;
  const id = Number(param);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function rankingLink(application: Pick<ReviewApplicationDetail, 'callId'>): string {
  return `/ranking?callId=${application.callId}`;
}

/**
 * `/applications/:id`, for district and city officers: the application as submitted (summary, form, eligibility,
 * attachments), its notices, formal checks, changes since the last check and timeline, and the actions of the
 * signed-in role in the application's state.
 */
export function ReviewApplicationPage() {
  const { t } = useLocale();
  const { session } = useSession();
  const id = applicationIdOf(useParams().id);
  const query = useOptionalQuery(id === null ? null : reviewApplicationPath(id), ReviewApplicationDetailSchema);
  const application = query.data;
  const call = useOptionalQuery(application ? callPath(application.callId) : null, CallViewSchema);
  const [stale, setStale] = useState(false);

  if (id === null) return <NotFoundPage />;
  if (query.error?.status === 404) return <NotFoundPage />;

  const role = session?.account.role;
  const back = role === 'city_officer' ? { to: '/formal-check', text: REVIEW_TEXTS.backToCity } : { to: '/district', text: REVIEW_TEXTS.backToDistrict };
  const category = call.data?.category ?? application?.eligibility?.category ?? null;
  const { sections, fields } = formLayout(category);
  const slots = call.data?.attachmentSlots ?? [];
  const reload = () => {
    setStale(false);
    query.reload();
  };

  return (
    <>
      <PageHeading
        title={application?.projectName ? { zh: application.projectName, en: application.projectName } : REVIEW_TEXTS.detailTitle}
        intro={application ? { zh: `${application.enterpriseName} · ${application.callTitle}`, en: `${application.enterpriseName} · ${application.callTitle}` } : undefined}
        extra={
          <RouterButton icon={<ArrowLeftOutlined />} to={back.to} data-testid="review-back">
            {t(back.text)}
          </RouterButton>
        }
      />
      {query.error && (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <span>{t(REVIEW_TEXTS.loadFailed)}</span>
          <ApiErrorAlert error={query.error} />
        </Flex>
      )}
      {!application && query.loading && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin size="large" />
        </Flex>
      )}
      {application && (
        <Flex vertical gap={16} data-testid="review-application" data-state={application.state} data-version={application.version}>
          {call.error && <ApiErrorAlert error={call.error} />}
          {role === 'district_officer' && application.state === 'submitted' && (
            <DistrictDecisionPanel key={application.version} application={application} sections={sections} fields={fields} onDone={query.reload} onStale={() => setStale(true)} />
          )}
          {role === 'city_officer' && application.state === 'district_recommended' && (
            <FormalCheckPanel key={application.version} application={application} call={call.data} onDone={query.reload} onStale={() => setStale(true)} />
          )}
          {role === 'city_officer' && RANKED_STATES.includes(application.state) && (
            <Alert
              type="info"
              showIcon
              title={t(REVIEW_TEXTS.toRankingHint)}
              action={
                <RouterButton size="small" icon={<TrophyOutlined />} to={rankingLink(application)} data-testid="ranking-link">
                  {t(REVIEW_TEXTS.toRanking)}
                </RouterButton>
              }
            />
          )}
          <SummaryCard application={application} />
          {application.reviewNotice && <NoticeCard notice={application.reviewNotice} fields={fields} />}
          {application.changesSinceLastCheck.length > 0 && <ChangesCard changes={application.changesSinceLastCheck} fields={fields} slots={slots} />}
          {role === 'city_officer' && SCORING_STATES.includes(application.state) && (
            <ScoresCard key={application.version} applicationId={application.id} state={application.state} call={call.data} onReopened={query.reload} />
          )}
          <FormDataCard data={application.data} sections={sections} fields={fields} />
          <EligibilityCard report={application.eligibility} />
          <AttachmentsCard applicationId={application.id} attachments={application.attachments} slots={slots} />
          {application.formalChecks.length > 0 && <FormalHistoryCard checks={application.formalChecks} />}
          <TimelineCard events={application.timeline} />
        </Flex>
      )}
      <StaleVersionModal open={stale} onReload={reload} />
    </>
  );
}
