/**
 * One sub-case in full, for the department approver: the fields this department is entitled to
 * see (opening it is audited on the server, and the page says so) and the two decisions. A
 * decision carries the version it was made on, so a sub-case changed meanwhile answers 409 and the
 * approver sees why instead of overwriting someone else's decision.
 */
import { Alert, App, Button, Descriptions, Drawer, Flex, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { RELATIONSHIPS } from '../../domain/fields.ts';
import { ApiError, api, type DepartmentSubCaseDetail } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, pick } from '../i18n.ts';

interface SubCaseDrawerProps {
  subCaseId: string | null;
  onClose(): void;
  /** Called after a decision was recorded, so the list can refresh. */
  onDecided(): void;
}

export function SubCaseDrawer({ subCaseId, onClose, onDecided }: SubCaseDrawerProps) {
  const { t } = useAppState();
  return (
    <Drawer open={subCaseId !== null} onClose={onClose} title={t('detailTitle')} size={640} destroyOnHidden>
      {subCaseId ? <SubCaseDetail id={subCaseId} onDecided={onDecided} /> : null}
    </Drawer>
  );
}

function SubCaseDetail({ id, onDecided }: { id: string; onDecided(): void }) {
  const { t, language, describeError } = useAppState();
  const { message } = App.useApp();
  const loaded = useLoad(id, (signal) => api.departmentSubCase(id, signal));
  const [current, setCurrent] = useState<DepartmentSubCaseDetail | undefined>(undefined);
  const [note, setNote] = useState('');
  const [acting, setActing] = useState<'approve' | 'reject' | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [rejectForm] = Form.useForm<{ reason: string }>();

  // A fresh load replaces whatever the last decision returned.
  useEffect(() => setCurrent(loaded.data), [loaded.data]);

  if (loaded.error && !current) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!current) return <Loading />;
  const detail = current;

  async function decide(action: 'approve' | 'reject', reason?: string) {
    setActing(action);
    setActionError(null);
    try {
      const updated =
        action === 'approve'
          ? await api.approveSubCase(detail.id, detail.version, note.trim() || undefined)
          : await api.rejectSubCase(detail.id, detail.version, reason ?? '');
      setCurrent(updated);
      setRejectOpen(false);
      rejectForm.resetFields();
      void message.success(action === 'approve' ? t('approved') : t('rejected'));
      onDecided();
    } catch (error) {
      const reasonProblem =
        error instanceof ApiError ? error.fields.find((f) => f.field === 'reason') : undefined;
      if (action === 'reject' && reasonProblem) {
        // A problem with the reason itself: keep the dialog open and say so on the field.
        rejectForm.setFields([
          { name: 'reason', errors: [language === 'en' ? reasonProblem.en : reasonProblem.zh] },
        ]);
        return;
      }
      setActionError(error);
      setRejectOpen(false);
      // Someone else may have decided; show what the sub-case looks like now.
      loaded.reload();
    } finally {
      setActing(null);
    }
  }

  // Coded values arrive as codes; show them in words.
  function fieldText(key: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return t('notSet');
    if (key === 'applicant.relationship') {
      const relationship = RELATIONSHIPS.find((r) => r.code === value);
      if (relationship) return language === 'en' ? relationship.en : relationship.zh;
    }
    return String(value);
  }

  const canApprove = detail.allowedActions.includes('approve');
  const canReject = detail.allowedActions.includes('reject');

  return (
    <>
      <Alert className="lb-gap" type="info" showIcon title={t('auditNote')} />
      {actionError ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(actionError)} />
      ) : null}
      <Descriptions
        column={1}
        size="small"
        bordered
        className="lb-gap"
        items={[
          {
            key: 'caseCode',
            label: t('caseCode'),
            children: <span className="lb-code">{detail.caseCode}</span>,
          },
          {
            key: 'matter',
            label: t('matter'),
            children: pick(language, detail.matterNameZh, detail.matterNameEn),
          },
          { key: 'region', label: t('regionColumn'), children: detail.regionNameZh },
          {
            key: 'state',
            label: t('state'),
            children: (
              <StateTag kind="sub-case" state={detail.state} t={t} testId="department-sub-case-state" />
            ),
          },
          {
            key: 'submittedAt',
            label: t('submittedAt'),
            children: formatDateTime(language, detail.submittedAt),
          },
          { key: 'decidedAt', label: t('decidedAt'), children: formatDateTime(language, detail.decidedAt) },
          ...(detail.decisionNote
            ? [{ key: 'decisionNote', label: t('decisionNote'), children: detail.decisionNote }]
            : []),
          ...detail.fields.map((field) => ({
            key: `field:${field.key}`,
            label: pick(language, field.labelZh, field.labelEn),
            children: fieldText(field.key, field.value),
          })),
        ]}
      />
      {canApprove || canReject ? (
        <>
          {canApprove ? (
            <div className="lb-gap">
              <label htmlFor="decision-note" className="lb-label">
                {t('note')}
              </label>
              <Input.TextArea
                id="decision-note"
                value={note}
                onChange={(event) => setNote(event.target.value)}
                maxLength={500}
                autoSize={{ minRows: 2, maxRows: 5 }}
              />
            </div>
          ) : null}
          <Flex gap="middle" wrap>
            {canApprove ? (
              <Button
                type="primary"
                loading={acting === 'approve'}
                disabled={acting !== null}
                onClick={() => void decide('approve')}
              >
                {t('approve')}
              </Button>
            ) : null}
            {canReject ? (
              <Button disabled={acting !== null} onClick={() => setRejectOpen(true)}>
                {t('reject')}
              </Button>
            ) : null}
          </Flex>
        </>
      ) : null}
      <Modal
        open={rejectOpen}
        title={t('rejectTitle')}
        okText={t('confirm')}
        cancelText={t('cancel')}
        confirmLoading={acting === 'reject'}
        onCancel={() => setRejectOpen(false)}
        onOk={() => rejectForm.submit()}
      >
        <Form
          form={rejectForm}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void decide('reject', values.reason.trim())}
        >
          <Form.Item
            label={t('rejectReason')}
            name="reason"
            rules={[
              { required: true, whitespace: true, message: t('rejectReasonRequired') },
              { min: 2, message: t('rejectReasonTooShort') },
            ]}
          >
            <Input.TextArea maxLength={500} autoSize={{ minRows: 3, maxRows: 6 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
