/**
 * Death registry review (死亡登记核查), for supervisors and administrators in their region: the
 * records where the bodies that reported a death disagree — on the name, the date or place of
 * death, a medical certificate beside a police proof, a cremation beside a burial. For each
 * disputed field the reviewer sees what each report says (which institution, which certificate)
 * and says which report stands, and why. The reports themselves are never changed: an issuer who
 * got it wrong corrects their own.
 */
import { Alert, App, Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { REPORT_KIND_LABELS, type ReportKind } from '../../domain/death-registry.ts';
import { client, ok, type Schemas } from '../api/client.ts';
import { ApiError, api } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, pick } from '../i18n.ts';
import { RequireStaff } from '../staff/require-staff.tsx';
import '../issuer/issuer.css';

type ConflictRecord = Schemas['DeathRegistryConflicts']['items'][number];
type Conflict = ConflictRecord['conflicts'][number];
type Resolution = Schemas['ConflictResolution'];

const registryApi = {
  conflicts: (signal?: AbortSignal) => ok(client.GET('/api/v1/death-registry/conflicts', { signal })),
  resolve: (recordId: string, body: Resolution) =>
    ok(client.POST('/api/v1/death-registry/{id}/resolutions', { params: { path: { id: recordId } }, body })),
};

export function RegistryPage() {
  return <RequireStaff action="death_registry.review">{() => <RegistryReview />}</RequireStaff>;
}

function RegistryReview() {
  const { t, language } = useAppState();
  const conflicts = useLoad('death-registry-conflicts', (signal) => registryApi.conflicts(signal));
  const regions = useLoad('counties', (signal) => api.regions(signal));
  const regionName = (code: string) => {
    const region = regions.data?.items.find((r) => r.code === code);
    return region ? pick(language, region.nameZh, region.nameEn) : code;
  };
  const items = conflicts.data?.items ?? [];

  return (
    <div className="lb-wide lb-registry">
      <Typography.Title level={1}>{t('registryTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('registryIntro')}</Typography.Paragraph>
      <Flex justify="flex-end" className="lb-gap">
        <Button onClick={conflicts.reload} loading={conflicts.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      {conflicts.error ? <LoadError error={conflicts.error} onRetry={conflicts.reload} /> : null}
      {conflicts.loading && !conflicts.data ? <Loading /> : null}
      {conflicts.data && items.length === 0 ? (
        <Card data-testid="registry-empty">
          <p className="lb-empty">{t('registryNone')}</p>
        </Card>
      ) : null}
      <ul className="lb-plain-list" data-testid="registry-conflicts">
        {items.map((record) => (
          <li key={record.recordId}>
            <Card className="lb-conflict-card" data-record={record.recordId}>
              <Typography.Title level={2} className="lb-card-title">
                {t('registryRecordHeading', { id: record.deceasedIdNumberMasked })}
              </Typography.Title>
              <p className="lb-field-help">
                {regionName(record.regionCode)} ·{' '}
                {t('lastUpdated', { time: formatDateTime(language, record.updatedAt) })}
              </p>
              {record.conflicts.map((conflict) => (
                <ConflictForm
                  key={`${record.recordId}:${conflict.field}`}
                  recordId={record.recordId}
                  conflict={conflict}
                  onResolved={conflicts.reload}
                />
              ))}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface ChoiceValues {
  reportId?: string;
  reason?: string;
}

function ConflictForm({
  recordId,
  conflict,
  onResolved,
}: {
  recordId: string;
  conflict: Conflict;
  onResolved(): void;
}) {
  const { t, language, describeError } = useAppState();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChoiceValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const headingId = `conflict-${recordId}-${conflict.field}`;
  const kindLabel = (kind: ReportKind) =>
    pick(language, REPORT_KIND_LABELS[kind].zh, REPORT_KIND_LABELS[kind].en);
  // For "which certifies" and "cremated or buried" the value is the kind of report itself.
  const valueText = (value: string) => (value in REPORT_KIND_LABELS ? kindLabel(value as ReportKind) : value);

  async function resolve(values: ChoiceValues) {
    setBusy(true);
    setFailure(null);
    try {
      await registryApi.resolve(recordId, {
        field: conflict.field,
        reportId: values.reportId ?? '',
        reason: (values.reason ?? '').trim(),
      });
      void message.success(t('registryResolvedDone'));
      onResolved();
    } catch (error) {
      const onForm =
        error instanceof ApiError
          ? error.fields.filter((p) => p.field === 'reason' || p.field === 'reportId')
          : [];
      if (onForm.length > 0) {
        form.setFields(
          onForm.map((p) => ({
            name: p.field as keyof ChoiceValues,
            errors: [language === 'en' ? p.en : p.zh],
          })),
        );
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="lb-conflict" aria-labelledby={headingId} data-field={conflict.field}>
      <Typography.Title level={3} id={headingId} className="lb-drawer-heading">
        {pick(language, conflict.label.zh, conflict.label.en)}
      </Typography.Title>
      {failure ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
      ) : null}
      <Form<ChoiceValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void resolve(v)}
      >
        <Form.Item
          label={t('registryChoose')}
          name="reportId"
          rules={[{ required: true, message: t('registryChooseRequired') }]}
        >
          <Radio.Group className="lb-conflict-choice">
            {conflict.reports.map((report) => (
              <Radio key={report.reportId} value={report.reportId}>
                <span className="lb-strong">{valueText(report.value)}</span>
                {' — '}
                {report.institution || t('notSet')}
                {' · '}
                {report.value in REPORT_KIND_LABELS ? null : `${kindLabel(report.kind)} · `}
                <span className="lb-code">{report.certificateNumber || t('notSet')}</span>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label={t('registryReason')}
          name="reason"
          extra={t('registryReasonHelp')}
          rules={[
            { required: true, whitespace: true, message: t('required', { label: t('registryReason') }) },
          ]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('registryResolve')}
        </Button>
      </Form>
    </section>
  );
}
