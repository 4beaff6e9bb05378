import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { ReviewApplicationSummary } from '@shifan/domain';
import { type ApiError, ApiErrorAlert, ApplicationStateTag, toApiError, useLocale } from '@shifan/ui';
import { App, Button, Card, Flex, Table, type TableColumnsType, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { subFieldLabel } from './catalogue-labels';
import { moveItem, sortByPriority } from './priority-order';
import { DISTRICT_APPLICATIONS_PATH, fetchAllApplications, orderRecommendations } from './review-api';
import { applicationLink } from './review-table';
import { recommendedCountText, REVIEW_TEXTS } from './review-texts';

const PAGE_SIZE = 20;

interface RecommendedState {
  items: ReviewApplicationSummary[];
  loading: boolean;
  error: ApiError | null;
}

/** Every application of the district recommended in the call, in priority order. */
function useRecommended(callId: number, generation: number) {
  const [state, setState] = useState<RecommendedState>({ items: [], loading: true, error: null });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    fetchAllApplications(DISTRICT_APPLICATIONS_PATH, { callId, state: 'district_recommended' }, undefined, controller.signal).then(
      (fetched) => setState({ items: sortByPriority(fetched.items), loading: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, loading: false, error: toApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [callId, generation]);
  return [state, setState] as const;
}

export interface RecommendedListProps {
  callId: number;
  /** The call's limit of recommendations per district (0: none). */
  quota: number | null;
  /** Called after the order changed, so the main list shows the new priorities. */
  onReordered: () => void;
}

/** 推荐名单: the 推荐单位's recommendations of a call, moved up and down one place at a time (saved at once). */
export function RecommendedList({ callId, quota, onReordered }: RecommendedListProps) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useRecommended(callId, generation);
  const [saving, setSaving] = useState<number | null>(null);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [page, setPage] = useState(1);

  const move = useCallback(
    async (id: number, delta: number) => {
      const index = state.items.findIndex((item) => item.id === id);
      const next = moveItem(state.items, index, delta);
      const previous = state.items;
      setSaveError(null);
      setSaving(id);
      // Optimistic: show the new order at once, go back to the old one if the API refuses it.
      setState((current) => ({ ...current, items: next }));
      try {
        const saved = await orderRecommendations(
          callId,
          next.map((item) => item.id),
        );
        setState((current) => ({ ...current, items: sortByPriority(saved) }));
        void message.success(t(REVIEW_TEXTS.orderSaved));
        onReordered();
      } catch (error) {
        setState((current) => ({ ...current, items: previous }));
        setSaveError(toApiError(error));
        setGeneration((value) => value + 1);
      } finally {
        setSaving(null);
      }
    },
    [callId, message, onReordered, setState, state.items, t],
  );

  const columns = useMemo<TableColumnsType<ReviewApplicationSummary>>(
    () => [
      {
        key: 'priority',
        title: t(REVIEW_TEXTS.priority),
        width: 90,
        render: (_, item) => (
          <Typography.Text strong data-testid={`priority-${item.id}`}>
            {state.items.indexOf(item) + 1}
          </Typography.Text>
        ),
      },
      {
        key: 'project',
        title: t(REVIEW_TEXTS.project),
        render: (_, item) => (
          <Flex vertical gap={2} style={{ minWidth: 200 }}>
            <Link to={applicationLink(item.id)}>{item.projectName}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.receiptNo ?? t(REVIEW_TEXTS.none)}
            </Typography.Text>
          </Flex>
        ),
      },
      { key: 'enterprise', title: t(REVIEW_TEXTS.enterprise), dataIndex: 'enterpriseName' },
      { key: 'subField', title: t(REVIEW_TEXTS.subField), render: (_, item) => t(subFieldLabel(item.subFieldCode)) },
      { key: 'state', title: t(REVIEW_TEXTS.state), render: (_, item) => <ApplicationStateTag state={item.state} /> },
      {
        key: 'actions',
        title: t(REVIEW_TEXTS.actions),
        render: (_, item) => {
          const index = state.items.indexOf(item);
          return (
            <Flex gap={4}>
              <Tooltip title={t(REVIEW_TEXTS.moveUp)}>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={t(REVIEW_TEXTS.moveUp)}
                  disabled={index === 0 || saving !== null}
                  loading={saving === item.id}
                  onClick={() => void move(item.id, -1)}
                  data-testid={`priority-up-${item.id}`}
                />
              </Tooltip>
              <Tooltip title={t(REVIEW_TEXTS.moveDown)}>
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={t(REVIEW_TEXTS.moveDown)}
                  disabled={index === state.items.length - 1 || saving !== null}
                  onClick={() => void move(item.id, 1)}
                  data-testid={`priority-down-${item.id}`}
                />
              </Tooltip>
            </Flex>
          );
        },
      },
    ],
    [t, state.items, saving, move],
  );

  return (
    <Card size="small" title={t(REVIEW_TEXTS.recommendedTitle)} data-testid="recommended-section">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t(REVIEW_TEXTS.recommendedIntro)}</Typography.Text>
        {quota !== null && !state.loading && <Typography.Text data-testid="recommended-count">{t(recommendedCountText(state.items.length, quota))}</Typography.Text>}
        {state.error && <ApiErrorAlert error={state.error} />}
        {saveError && <ApiErrorAlert error={saveError} />}
        <Table<ReviewApplicationSummary>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={state.items}
          loading={state.loading}
          locale={{ emptyText: t(REVIEW_TEXTS.recommendedEmpty) }}
          pagination={{ current: page, pageSize: PAGE_SIZE, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 'max-content' }}
          data-testid="recommended-list"
        />
      </Flex>
    </Card>
  );
}
