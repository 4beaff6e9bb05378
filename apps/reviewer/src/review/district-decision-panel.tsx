import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { decodeLocalizedMessage, type FieldMeta, type FormSection, type ReviewApplicationDetail } from '@shifan/domain';
import { ApiError, useLocale } from '@shifan/ui';
import { Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { ActionModal } from './action-modal';
import { buildDistrictDecision, type DistrictDecisionDraft, EMPTY_RETURN_ITEM, OTHER_KEY, returnItemProblems, type ReturnItemDraft } from './district-decision';
import { decideDistrict } from './review-api';
import { DISTRICT_DECISION_TEXTS as TEXTS, REVIEW_TEXTS } from './review-texts';
import { useReviewAction } from './use-review-action';

type Kind = DistrictDecisionDraft['decision'];

export interface DistrictDecisionPanelProps {
  application: ReviewApplicationDetail;
  sections: readonly FormSection[];
  fields: Readonly<Record<string, FieldMeta>>;
  onDone: () => void;
  onStale: () => void;
}

function ReturnItemsEditor({
  items,
  onChange,
  fields,
  sections,
  showProblems,
}: {
  items: readonly ReturnItemDraft[];
  onChange: (items: ReturnItemDraft[]) => void;
  fields: Readonly<Record<string, FieldMeta>>;
  sections: readonly FormSection[];
  showProblems: boolean;
}) {
  const { t } = useLocale();
  const problems = returnItemProblems(items);
  const grouped = sections
    .map((section) => ({
      label: t(section.title),
      title: t(section.title),
      options: Object.keys(fields)
        .filter((name) => fields[name].section === section.id)
        .map((name) => ({ value: name, label: t(fields[name].label) })),
    }))
    .filter((group) => group.options.length > 0);
  const ungrouped = Object.keys(fields)
    .filter((name) => !sections.some((section) => section.id === fields[name].section))
    .map((name) => ({ value: name, label: t(fields[name].label) }));
  // 其他 first: the list of fields is long and scrolls.
  const options = [{ value: OTHER_KEY, label: t(TEXTS.other) }, ...grouped, ...(ungrouped.length > 0 ? [{ label: t(TEXTS.fieldsGroup), title: t(TEXTS.fieldsGroup), options: ungrouped }] : [])];
  const update = (index: number, change: Partial<ReturnItemDraft>) => onChange(items.map((item, at) => (at === index ? { ...item, ...change } : item)));

  return (
    <Flex vertical gap={12} data-testid="return-items">
      {items.map((item, index) => (
        <Flex key={index} gap={8} align="flex-start" wrap data-testid={`return-item-${index}`}>
          <Flex vertical gap={2} style={{ width: 220 }}>
            <Select<string>
              value={item.key ?? undefined}
              placeholder={t(TEXTS.itemKeyPlaceholder)}
              aria-label={t(TEXTS.itemKey)}
              options={options}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(key) => update(index, { key })}
              popupMatchSelectWidth={false}
              status={showProblems && problems[index]?.key ? 'error' : undefined}
              data-testid={`return-item-${index}-key`}
            />
            {showProblems && problems[index]?.key && <Typography.Text type="danger">{t(TEXTS.itemKeyRequired)}</Typography.Text>}
          </Flex>
          <Flex vertical gap={2} style={{ flex: 1, minWidth: 220 }}>
            <Input.TextArea
              value={item.message}
              placeholder={t(TEXTS.itemMessagePlaceholder)}
              aria-label={t(TEXTS.itemMessage)}
              autoSize={{ minRows: 1, maxRows: 6 }}
              maxLength={2000}
              onChange={(event) => update(index, { message: event.target.value })}
              status={showProblems && problems[index]?.message ? 'error' : undefined}
              data-testid={`return-item-${index}-message`}
            />
            {showProblems && problems[index]?.message && <Typography.Text type="danger">{t(TEXTS.itemMessageRequired)}</Typography.Text>}
          </Flex>
          <Button
            icon={<DeleteOutlined />}
            aria-label={t(TEXTS.removeItem)}
            disabled={items.length === 1}
            onClick={() => onChange(items.filter((_, at) => at !== index))}
            data-testid={`return-item-${index}-remove`}
          />
        </Flex>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...items, EMPTY_RETURN_ITEM])} data-testid="return-item-add">
        {t(TEXTS.addItem)}
      </Button>
    </Flex>
  );
}

/** 推荐单位初审 actions on a submitted application: recommend (optional comment), return with itemised reasons, reject. */
export function DistrictDecisionPanel({ application, sections, fields, onDone, onStale }: DistrictDecisionPanelProps) {
  const { locale, t } = useLocale();
  const action = useReviewAction();
  const [open, setOpen] = useState<Kind | null>(null);
  const [items, setItems] = useState<ReturnItemDraft[]>([EMPTY_RETURN_ITEM]);
  const [tried, setTried] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);

  const show = (kind: Kind) => {
    action.clearError();
    setInvalid(null);
    setTried(false);
    if (kind === 'return') setItems([EMPTY_RETURN_ITEM]);
    setOpen(kind);
  };
  const close = () => setOpen(null);

  const submit = (draft: DistrictDecisionDraft) => {
    const parsed = buildDistrictDecision(application.version, draft, fields);
    if (!parsed.success) {
      setInvalid(decodeLocalizedMessage(parsed.error.issues[0]?.message ?? '', locale));
      return;
    }
    setInvalid(null);
    const success = draft.decision === 'recommend' ? TEXTS.recommended : draft.decision === 'return' ? TEXTS.returned : TEXTS.rejected;
    void action.run(() => decideDistrict(application.id, parsed.data), {
      success,
      onDone: () => {
        close();
        onDone();
      },
      onStale: () => {
        close();
        onStale();
      },
    });
  };

  // A client-side problem (from the domain schema) shows like an API error, in the dialog.
  const error = invalid ? new ApiError({ code: 'VALIDATION_FAILED', message: invalid }, 400) : action.error;

  return (
    <Card size="small" title={t(TEXTS.panelTitle)} data-testid="district-decision">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t(TEXTS.panelIntro)}</Typography.Text>
        <Flex gap={8} wrap>
          <Button type="primary" onClick={() => show('recommend')} data-testid="district-recommend">
            {t(TEXTS.recommend)}
          </Button>
          <Button onClick={() => show('return')} data-testid="district-return">
            {t(TEXTS.return)}
          </Button>
          <Button danger onClick={() => show('reject')} data-testid="district-reject">
            {t(TEXTS.reject)}
          </Button>
        </Flex>
      </Flex>

      <ActionModal
        open={open === 'recommend'}
        title={TEXTS.recommendTitle}
        description={t(TEXTS.recommendText)}
        okText={TEXTS.recommend}
        reason={{ label: TEXTS.comment, required: false, placeholder: TEXTS.commentPlaceholder }}
        busy={action.busy}
        error={error}
        onSubmit={(comment) => submit({ decision: 'recommend', comment })}
        onCancel={close}
        testId="district-recommend"
      />
      <ActionModal
        open={open === 'return'}
        title={TEXTS.returnTitle}
        description={t(TEXTS.returnText)}
        okText={TEXTS.return}
        busy={action.busy}
        canSubmit={() => {
          setTried(true);
          return returnItemProblems(items).every((problem) => !problem.key && !problem.message);
        }}
        error={error}
        onSubmit={() => submit({ decision: 'return', items })}
        onCancel={close}
        testId="district-return"
      >
        <ReturnItemsEditor items={items} onChange={setItems} fields={fields} sections={sections} showProblems={tried} />
      </ActionModal>
      <ActionModal
        open={open === 'reject'}
        title={TEXTS.rejectTitle}
        description={t(TEXTS.rejectText)}
        okText={TEXTS.reject}
        danger
        reason={{ label: REVIEW_TEXTS.rejectReason, required: true }}
        busy={action.busy}
        error={error}
        onSubmit={(reason) => submit({ decision: 'reject', reason })}
        onCancel={close}
        testId="district-reject"
      />
    </Card>
  );
}
