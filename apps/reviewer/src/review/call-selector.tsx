import { CALL_STATUSES, type CallStatus, type CallView, CallViewSchema } from '@shifan/domain';
import { toQueryString, useLocale, useOptionalQuery } from '@shifan/ui';
import { Flex, Select, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { CallPageSchema, CALLS_PATH, callPath } from '../calls/calls-api';
import { CALL_STATUS_LABELS } from '../calls/calls-texts';
import { REVIEW_TEXTS } from './review-texts';

/** How many calls the selector lists (newest deadline first). */
const CALL_OPTIONS_LIMIT = 100;

/** The selected call with its settings (quota, working days, checklist), or nothing while none is chosen. */
export function useSelectedCall(callId: number | undefined) {
  return useOptionalQuery(callId ? callPath(callId) : null, CallViewSchema);
}

export interface CallSelectorProps {
  callId: number | undefined;
  onChange: (callId: number | undefined) => void;
  /** The chosen call, when known, so that it shows by name even when the status filter hides it. */
  selected?: CallView | null;
  /** Whether "no call" (all calls) may be chosen. */
  allowClear?: boolean;
}

function callLabel(call: Pick<CallView, 'year' | 'title'>): string {
  return `${call.year} · ${call.title}`;
}

/** A call status filter and the calls (`GET /api/calls`) to choose from. */
export function CallSelector({ callId, onChange, selected, allowClear = true }: CallSelectorProps) {
  const { t } = useLocale();
  const [status, setStatus] = useState<CallStatus | undefined>(undefined);
  const calls = useOptionalQuery(`${CALLS_PATH}${toQueryString({ status, page: 1, pageSize: CALL_OPTIONS_LIMIT })}`, CallPageSchema);
  const items = calls.data?.items ?? [];
  const options = items.map((call) => ({ value: call.id, label: callLabel(call) }));
  if (selected && !items.some((call) => call.id === selected.id)) options.unshift({ value: selected.id, label: callLabel(selected) });
  const more = (calls.data?.total ?? 0) > CALL_OPTIONS_LIMIT;

  return (
    <Flex gap={12} wrap align="center">
      <Typography.Text strong>{t(REVIEW_TEXTS.call)}</Typography.Text>
      <Select<CallStatus>
        allowClear
        value={status}
        placeholder={t(REVIEW_TEXTS.allCallStatuses)}
        aria-label={t(REVIEW_TEXTS.callStatusFilter)}
        options={CALL_STATUSES.map((value) => ({ value, label: t(CALL_STATUS_LABELS[value]) }))}
        onChange={setStatus}
        style={{ width: 140 }}
        data-testid="call-status-filter"
      />
      <Tooltip title={more ? t(REVIEW_TEXTS.moreCalls) : undefined}>
        <Select<number>
          allowClear={allowClear}
          value={callId}
          loading={calls.loading}
          placeholder={t(allowClear ? REVIEW_TEXTS.callPlaceholder : REVIEW_TEXTS.callRequiredPlaceholder)}
          aria-label={t(REVIEW_TEXTS.call)}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(value) => onChange(value ?? undefined)}
          popupMatchSelectWidth={false}
          style={{ width: 420, maxWidth: '100%' }}
          status={calls.error ? 'error' : undefined}
          data-testid="call-select"
        />
      </Tooltip>
      {calls.error && <Typography.Text type="danger">{calls.error.message}</Typography.Text>}
    </Flex>
  );
}
