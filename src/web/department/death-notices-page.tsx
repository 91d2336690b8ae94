/**
 * Death notices at the department (信息应用): when a death in the department's region is verified,
 * the platform tells each body that may pay the deceased a benefit, with no application by the
 * family. The list is masked (matter, region, name and ID number, date of death, when it was
 * sent, the answer); opening one shows the deceased's full identity to find them in the
 * department's own records — each such view is recorded on the server, and the page says so by
 * the button. The approver answers once: the benefit stopped from a date (with the department's
 * own reference, if it likes), or the deceased had no such benefit. A stop later than the day
 * after death shows, calmly, the days probably paid for after it, to recover.
 */
import {
  Alert,
  App,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Segmented,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { addCalendarDays } from '../../domain/clock.ts';
import { staffRolesFor } from '../../domain/permissions.ts';
import { ApiError, type StaffMe } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { Attention } from '../components/attention.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { ScrollDrawer } from '../components/scroll-drawer.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type MessageKey, pick } from '../i18n.ts';
import { RequireStaff } from '../staff/require-staff.tsx';
import {
  type DeathNoticeRow,
  deathNoticeApi,
  type NoticeAnswer,
  type NoticeAnswerRequest,
  type NoticeFilter,
} from './death-notices-api.ts';

const FILTERS: { value: NoticeFilter; key: MessageKey }[] = [
  { value: 'sent', key: 'noticeFilterSent' },
  { value: 'acknowledged', key: 'noticeFilterAcknowledged' },
  { value: 'all', key: 'filterAll' },
];

function isFilter(value: string | null): value is NoticeFilter {
  return FILTERS.some((f) => f.value === value);
}

export function DeathNoticesPage() {
  return <RequireStaff action="death_notice.read">{(me) => <DeathNotices me={me} />}</RequireStaff>;
}

function DeathNotices({ me }: { me: StaffMe }) {
  const { t, language } = useAppState();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('state');
  const filter: NoticeFilter = isFilter(requested) ? requested : 'sent';
  const list = useLoad(`death-notices:${filter}`, (signal) => deathNoticeApi.list(filter, signal));
  const [open, setOpen] = useState<DeathNoticeRow | null>(null);
  const mayAnswer = staffRolesFor('death_notice.acknowledge').includes(me.role);

  const columns: TableColumnsType<DeathNoticeRow> = [
    {
      title: t('matter'),
      key: 'matter',
      // A long matter name wraps instead of widening the table.
      render: (_value, row) => (
        <span style={{ display: 'inline-block', maxWidth: '14em', whiteSpace: 'normal' }}>
          {pick(language, row.matterName.zh, row.matterName.en)}
        </span>
      ),
    },
    { title: t('regionColumn'), dataIndex: 'regionNameZh', key: 'region' },
    { title: t('deceasedNameColumn'), dataIndex: 'deceasedNameMasked', key: 'name' },
    {
      title: t('idNumberColumn'),
      dataIndex: 'deceasedIdNumberMasked',
      key: 'idNumber',
      render: (value: string) => <span className="lb-code">{value}</span>,
    },
    { title: t('noticeDateOfDeath'), dataIndex: 'dateOfDeath', key: 'dateOfDeath' },
    {
      title: t('noticeSentAt'),
      dataIndex: 'sentAt',
      key: 'sentAt',
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('noticeOutcome'),
      key: 'outcome',
      render: (_value, row) => <NoticeOutcome answer={row} row={row} />,
    },
    {
      title: t('actionsColumn'),
      key: 'open',
      render: (_value, row) => (
        <Button
          size="small"
          onClick={(event) => {
            event.stopPropagation();
            setOpen(row);
          }}
          aria-describedby="notice-audit-note"
        >
          {t('noticeOpen')}
          <span className="lb-visually-hidden">
            {t('noticeOpenFor', {
              name: row.deceasedNameMasked,
              matter: pick(language, row.matterName.zh, row.matterName.en),
            })}
          </span>
        </Button>
      ),
    },
  ];

  const department = pick(language, me.departmentNameZh ?? '', me.departmentNameEn);
  const region = pick(language, me.regionNameZh, me.regionNameEn);

  return (
    <div className="lb-wide">
      <Typography.Title level={1}>{t('deathNoticesTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {[department, region].filter(Boolean).join(' · ')}
      </Typography.Paragraph>
      <Typography.Paragraph>{t('deathNoticesIntro')}</Typography.Paragraph>
      <Flex justify="space-between" align="center" gap="middle" wrap className="lb-gap">
        <Segmented<NoticeFilter>
          aria-label={t('filterLabel')}
          value={filter}
          onChange={(value) => {
            setOpen(null);
            setSearchParams(value === 'sent' ? {} : { state: value });
          }}
          options={FILTERS.map((f) => ({ value: f.value, label: t(f.key) }))}
        />
        <Button onClick={list.reload} loading={list.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      <p id="notice-audit-note" className="lb-paragraph" data-testid="notice-audit-note">
        {t('noticeAuditNote')}
      </p>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      <div data-testid="death-notices">
        <Table<DeathNoticeRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          locale={{ emptyText: <span className="lb-empty">{t('noticesNone')}</span> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </div>
      <ScrollDrawer
        open={open !== null}
        onClose={() => setOpen(null)}
        title={t('noticeDetailTitle')}
        regionLabel={t('noticeDetailTitle')}
        size={640}
        destroyOnHidden
      >
        {open ? (
          <NoticeDetail key={open.id} row={open} mayAnswer={mayAnswer} onAnswered={list.reload} />
        ) : null}
      </ScrollDrawer>
    </div>
  );
}

type AnswerShape = Pick<NoticeAnswer, 'state' | 'outcome' | 'effectiveOn' | 'overpayment'>;

/** The answer in a few words: 待确认, 已终止待遇（待遇终止日期 2026-11-06）, 无相关待遇. */
function NoticeOutcome({ answer, row }: { answer: AnswerShape; row: DeathNoticeRow }) {
  const { t, language } = useAppState();
  if (answer.state !== 'acknowledged' || !answer.outcome) {
    return <span data-testid="notice-outcome">{t('noticeAwaiting')}</span>;
  }
  if (answer.outcome === 'not-a-beneficiary') {
    return <span data-testid="notice-outcome">{t('noticeNotABeneficiary')}</span>;
  }
  return (
    <Flex vertical gap={2}>
      <span data-testid="notice-outcome">
        {t('noticeStoppedOn', {
          label: pick(language, row.resultDateLabel.zh, row.resultDateLabel.en),
          date: answer.effectiveOn ?? '',
        })}
      </span>
      {answer.overpayment ? (
        <Attention testId="notice-overpayment-days">
          {t('noticeOverpaymentShort', { days: answer.overpayment.days })}
        </Attention>
      ) : null}
    </Flex>
  );
}

interface AnswerValues {
  outcome?: 'terminated' | 'not-a-beneficiary';
  effectiveOn?: string;
  reference?: string;
}

const ANSWER_FIELDS = new Set(['outcome', 'effectiveOn', 'reference']);

function NoticeDetail({
  row,
  mayAnswer,
  onAnswered,
}: {
  row: DeathNoticeRow;
  mayAnswer: boolean;
  onAnswered(): void;
}) {
  const { t, language, describeError } = useAppState();
  const { message } = App.useApp();
  const notice = useLoad(`death-notice:${row.id}`, (signal) => deathNoticeApi.get(row.id, signal));
  const [answer, setAnswer] = useState<NoticeAnswer | null>(null);
  const [form] = Form.useForm<AnswerValues>();
  const outcome = Form.useWatch('outcome', form);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (notice.data) setAnswer(notice.data.answer);
  }, [notice.data]);

  if (notice.error && !notice.data) return <LoadError error={notice.error} onRetry={notice.reload} />;
  if (!notice.data || !answer) return <Loading />;
  const detail = notice.data;
  const dateLabel = pick(language, row.resultDateLabel.zh, row.resultDateLabel.en);
  const dayAfter = addCalendarDays(detail.dateOfDeath, 1);

  async function finish(values: AnswerValues) {
    const reference = (values.reference ?? '').trim();
    const body: NoticeAnswerRequest =
      values.outcome === 'terminated'
        ? {
            outcome: 'terminated',
            effectiveOn: values.effectiveOn ?? '',
            ...(reference ? { reference } : {}),
          }
        : { outcome: 'not-a-beneficiary', ...(reference ? { reference } : {}) };
    setBusy(true);
    setFailure(null);
    try {
      const answered = await deathNoticeApi.answer(row.id, body);
      setAnswer(answered);
      void message.success(t('noticeAnsweredDone'));
      onAnswered();
    } catch (error) {
      const onFields =
        error instanceof ApiError ? error.fields.filter((f) => ANSWER_FIELDS.has(f.field)) : [];
      form.setFields(
        onFields.map((problem) => ({
          name: problem.field as keyof AnswerValues,
          errors: [language === 'en' ? problem.en : problem.zh],
        })),
      );
      if (onFields.length === 0) setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Alert className="lb-gap" type="info" showIcon title={t('noticeViewRecorded')} />
      <Descriptions
        column={1}
        size="small"
        bordered
        className="lb-gap"
        items={[
          {
            key: 'matter',
            label: t('matter'),
            children: pick(language, detail.matterName.zh, detail.matterName.en),
          },
          { key: 'region', label: t('regionColumn'), children: row.regionNameZh },
          { key: 'name', label: t('deceasedNameColumn'), children: detail.deceased.name },
          {
            key: 'idNumber',
            label: t('idNumberColumn'),
            children: <span className="lb-code lb-code-whole">{detail.deceased.idNumber}</span>,
          },
          { key: 'dateOfDeath', label: t('noticeDateOfDeath'), children: detail.dateOfDeath },
          {
            key: 'verifiedAt',
            label: t('noticeVerifiedAt'),
            children: formatDateTime(language, detail.verifiedAt),
          },
          { key: 'sentAt', label: t('noticeSentAt'), children: formatDateTime(language, row.sentAt) },
        ]}
      />

      <section aria-labelledby="notice-answer" className="lb-admin-section">
        <h2 id="notice-answer">{t('noticeAnswerHeading')}</h2>
        {answer.state === 'acknowledged' ? (
          <AnswerView answer={answer} dateLabel={dateLabel} />
        ) : mayAnswer ? (
          <>
            {failure ? (
              <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
            ) : null}
            <Form<AnswerValues>
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={(values) => void finish(values)}
            >
              <Form.Item
                label={t('noticeOutcome')}
                name="outcome"
                rules={[{ required: true, message: t('requiredChoice', { label: t('noticeOutcome') }) }]}
              >
                <Radio.Group
                  options={[
                    { value: 'terminated', label: t('noticeTerminated') },
                    { value: 'not-a-beneficiary', label: t('noticeNotABeneficiary') },
                  ]}
                />
              </Form.Item>
              {outcome === 'terminated' ? (
                <Form.Item
                  label={dateLabel}
                  name="effectiveOn"
                  extra={t('noticeEffectiveHelp', { date: dayAfter })}
                  rules={[{ required: true, whitespace: true, message: t('required', { label: dateLabel }) }]}
                >
                  <Input type="date" />
                </Form.Item>
              ) : null}
              <Form.Item label={`${t('noticeReference')}${t('optionalMark')}`} name="reference">
                <Input maxLength={64} autoComplete="off" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} disabled={busy}>
                {t('noticeConfirm')}
              </Button>
            </Form>
          </>
        ) : (
          <p className="lb-paragraph">{t('noticeReadOnly')}</p>
        )}
      </section>
    </>
  );
}

function AnswerView({ answer, dateLabel }: { answer: NoticeAnswer; dateLabel: string }) {
  const { t, language } = useAppState();
  return (
    <div data-testid="notice-answer">
      <dl className="lb-facts">
        <div>
          <dt>{t('noticeOutcome')}</dt>
          <dd>{answer.outcome === 'terminated' ? t('noticeTerminated') : t('noticeNotABeneficiary')}</dd>
        </div>
        {answer.effectiveOn ? (
          <div>
            <dt>{dateLabel}</dt>
            <dd>{answer.effectiveOn}</dd>
          </div>
        ) : null}
        {answer.reference ? (
          <div>
            <dt>{t('noticeReference')}</dt>
            <dd className="lb-code">{answer.reference}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('noticeAnsweredAt')}</dt>
          <dd>{formatDateTime(language, answer.acknowledgedAt)}</dd>
        </div>
      </dl>
      {answer.overpayment ? (
        <Alert
          type="warning"
          showIcon
          data-testid="overpayment-warning"
          title={t('noticeOverpayment', {
            days: answer.overpayment.days,
            from: answer.overpayment.from,
            through: answer.overpayment.through,
          })}
          description={t('noticeOverpaymentWhy')}
        />
      ) : null}
    </div>
  );
}
