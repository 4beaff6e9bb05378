import { type CallView, CallViewSchema, findProgrammeCategory, type LocalizedText } from '@shifan/domain';
import { ApiErrorAlert, NotFoundPage, PageHeading, useApiQuery, useLocale } from '@shifan/ui';
import { Flex, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { callPath } from './calls-api';
import { CALLS_TEXTS, LEVEL_LABELS } from './calls-texts';
import { CallForm } from './form/call-form';
import { CALL_FORM_TEXTS } from './form/call-form-texts';

/** `/calls/new`: an empty call of the first programme; saving it creates a draft and moves to its page. */
export function NewCallPage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title={CALL_FORM_TEXTS.newTitle} intro={CALL_FORM_TEXTS.newIntro} />
      <CallForm call={null} onChanged={(created) => void navigate(`/calls/${created.id}`, { replace: true })} onReload={() => undefined} />
    </>
  );
}

function subtitle(call: CallView): LocalizedText {
  const category = findProgrammeCategory(call.category)?.name ?? { zh: call.category, en: call.category };
  const level = LEVEL_LABELS[call.level];
  return { zh: `${call.year} 年度 · ${category.zh} · ${level.zh}`, en: `${call.year} · ${category.en} · ${level.en}` };
}

/** `/calls/:id`: the call's form; after each save, open or close the form starts again from the API's answer. */
export function CallEditPage() {
  const { t } = useLocale();
  const { id } = useParams();
  const callId = Number(id);
  const valid = Number.isInteger(callId) && callId > 0;
  const query = useApiQuery(valid ? callPath(callId) : callPath(0), CallViewSchema);
  const [latest, setLatest] = useState<CallView | null>(null);

  if (!valid) return <NotFoundPage />;
  if (query.error && query.error.status === 404) return <NotFoundPage />;
  // A save answers with the call as it now is; a reload (or a newer answer) supersedes it.
  const call = latest && query.data && latest.id === query.data.id && latest.version >= query.data.version ? latest : query.data;

  return (
    <>
      <PageHeading title={call ? { zh: call.title, en: call.title } : CALLS_TEXTS.title} intro={call ? subtitle(call) : undefined} />
      {query.error && (
        <Flex vertical gap={8}>
          <span>{t(CALL_FORM_TEXTS.loadFailed)}</span>
          <ApiErrorAlert error={query.error} />
        </Flex>
      )}
      {!call && query.loading && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin size="large" />
        </Flex>
      )}
      {call && (
        <CallForm
          key={`${call.id}:${call.version}`}
          call={call}
          onChanged={setLatest}
          onReload={() => {
            setLatest(null);
            query.reload();
          }}
        />
      )}
    </>
  );
}
