import { ArrowLeftOutlined } from '@ant-design/icons';
import { type ExpertAssignmentSummary, ExpertApplicationViewSchema, PanelScoresViewSchema, type ScoreView } from '@shifan/domain';
import { ApiErrorAlert, NotFoundPage, PageHeading, RouterButton, useApiQuery, useLocale, useOptionalQuery } from '@shifan/ui';
import { Alert, App, Flex, Result, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApplicantFacts, ApplicationContent, AttachmentsCard, EligibilityCard } from './application-view';
import type { AssignmentsLocationState } from './assignments-page';
import { DeclarationCard } from './declaration-card';
import { PanelScoresCard } from './panel-scores-card';
import { ScoreForm } from './score-form';
import { ASSIGNMENTS_PATH, AssignmentListSchema, expertApplicationPath, panelScoresPath } from './scoring-api';
import { ASSIGNMENTS_TEXTS, DECLARATION_TEXTS, SCORE_TEXTS, steppedDownText } from './scoring-texts';

function positiveId(value: string | undefined): number | null {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
}

function steppedDown(assignment: ExpertAssignmentSummary | null): boolean {
  return assignment !== null && (assignment.status === 'conflict' || assignment.status === 'declined');
}

/**
 * `/assignments/:applicationId` (experts): the no-conflict declaration first (the API answers 409
 * DECLARATION_REQUIRED until it is made); then the application (identity hidden in blind review), its eligibility
 * and attachments, and the score sheet; once submitted, the panel's anonymised totals.
 */
export function ScorePage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = positiveId(useParams().applicationId);
  const application = useOptionalQuery(id ? expertApplicationPath(id) : null, ExpertApplicationViewSchema);
  const assignments = useApiQuery(ASSIGNMENTS_PATH, AssignmentListSchema);
  const assignment = assignments.data?.find((item) => item.applicationId === id) ?? null;
  const [saved, setSaved] = useState<ScoreView | null>(null);
  const [generation, setGeneration] = useState(0);
  const data = application.data;
  // A save answers with the score as it now is; a reload (or a newer answer) supersedes it.
  const score = data ? (saved && saved.version >= data.score.version ? saved : data.score) : null;
  const panelScores = useOptionalQuery(id && score?.status === 'submitted' ? panelScoresPath(id) : null, PanelScoresViewSchema);

  const gone = steppedDown(assignment);
  if (id === null) return <NotFoundPage />;
  // Not assigned (or no longer, after stepping down: then the page says so rather than "not found").
  if (application.error?.status === 404 && !assignments.loading && !gone) return <NotFoundPage />;

  const reload = () => {
    setSaved(null);
    setGeneration((value) => value + 1);
    application.reload();
    assignments.reload();
    panelScores.reload();
  };

  const title = assignment ? { zh: assignment.projectName, en: assignment.projectName } : ASSIGNMENTS_TEXTS.title;
  const intro = assignment ? { zh: assignment.callTitle, en: assignment.callTitle } : data ? { zh: data.callTitle, en: data.callTitle } : undefined;
  const declarationRequired = application.error?.code === 'DECLARATION_REQUIRED';

  return (
    <>
      <PageHeading
        title={title}
        intro={intro}
        extra={
          <RouterButton icon={<ArrowLeftOutlined />} to="/assignments" data-testid="back-to-assignments">
            {t(SCORE_TEXTS.back)}
          </RouterButton>
        }
      />
      {!data && (application.loading || (application.error !== null && assignments.loading)) && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin size="large" />
        </Flex>
      )}
      {!data && !application.loading && !assignments.loading && gone && (
        <Result
          status="warning"
          title={t(ASSIGNMENTS_TEXTS.steppedDownTitle)}
          subTitle={t(steppedDownText(assignment?.projectName ?? ''))}
          extra={
            <RouterButton type="primary" to="/assignments">
              {t(SCORE_TEXTS.back)}
            </RouterButton>
          }
          data-testid="stepped-down"
        />
      )}
      {declarationRequired && !assignments.loading && !gone && (
        <DeclarationCard
          applicationId={id}
          assignment={assignment}
          onConfirmed={() => {
            void message.success(t(DECLARATION_TEXTS.confirmed));
            reload();
          }}
          onSteppedDown={(answer) => {
            void message.warning(t(DECLARATION_TEXTS.steppedDown));
            const state: AssignmentsLocationState = { steppedDown: answer.projectName };
            void navigate('/assignments', { state });
          }}
        />
      )}
      {application.error && !declarationRequired && !assignments.loading && !gone && (
        <Flex vertical gap={8}>
          <span>{t(SCORE_TEXTS.loadFailed)}</span>
          <ApiErrorAlert error={application.error} />
        </Flex>
      )}
      {data && score && (
        <Flex vertical gap={16} data-testid="score-page" data-blind={data.blind}>
          {data.blind && <Alert type="info" showIcon title={t(SCORE_TEXTS.blindTitle)} description={t(SCORE_TEXTS.blindNotice)} data-testid="blind-notice" />}
          <ApplicantFacts application={data} />
          <ApplicationContent application={data} />
          <EligibilityCard application={data} />
          <AttachmentsCard application={data} />
          <ScoreForm key={`${data.applicationId}:${generation}`} application={data} score={score} onSaved={setSaved} onReload={reload} />
          {score.status === 'submitted' && <PanelScoresCard query={panelScores} />}
        </Flex>
      )}
    </>
  );
}
