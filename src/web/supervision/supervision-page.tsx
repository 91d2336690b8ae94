/**
 * Supervision (监管) for supervisors and department supervisors, within their region (and
 * department), in three tabs. First the dashboard (监管总览: figures, charts and drill-down, loaded
 * on demand with its charts). Then the sub-cases whose time limits are near their end (黄灯) or
 * past it (红灯), and the follow-ups of poor ratings (回访整改), where the supervisor records the
 * call-back and the rectification and closes the follow-up. Last, benefits paid after a death
 * (死亡后多发待遇): stops a department dated later than the day after death, by how many days, to
 * see them recovered. The tab is in the address (`?tab=`), so each can be linked to.
 */
import { Button, Flex, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, type StaffMe } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { DueDate } from '../components/due-date.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { TimeLimitTag } from '../components/time-limit-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { type OverpaymentRow, overpaymentApi } from '../department/death-notices-api.ts';
import { textIn } from '../guide/catalog-api.ts';
import { type MessageKey, pick } from '../i18n.ts';
import { RequireStaff } from '../staff/require-staff.tsx';
import {
  catalogMatters,
  departmentName,
  type FollowUp,
  RATING_LEVEL_KEYS,
  supervisionApi,
  type TimeLimitAlert,
} from '../workflow-api.ts';
import { FollowUpModal } from './follow-up-modal.tsx';
import { exportUrl } from './supervision-api.ts';

// The dashboard brings ECharts; the lists do not need it.
const SupervisionDashboard = lazy(() => import('./dashboard.tsx'));

const TABS = ['overview', 'watch', 'overpayments'] as const;
type Tab = (typeof TABS)[number];

export function SupervisionPage() {
  return <RequireStaff action="supervision.read">{(me) => <Supervision me={me} />}</RequireStaff>;
}

export const FOLLOW_UP_STATES: Record<string, MessageKey> = {
  open: 'followUpOpen',
  called_back: 'followUpCalledBack',
  closed: 'followUpClosed',
};

function Supervision({ me }: { me: StaffMe }) {
  const { t, language } = useAppState();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = TABS.find((key) => key === requested) ?? 'overview';

  const scope = [
    me.departmentNameZh ? pick(language, me.departmentNameZh, me.departmentNameEn) : null,
    pick(language, me.regionNameZh, me.regionNameEn),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="lb-wide">
      <Typography.Title level={1}>{t('supervisionTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{scope}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'overview' ? {} : { tab: key })}
        items={[
          {
            key: 'overview',
            label: t('supervisionTabOverview'),
            children: (
              <Suspense fallback={<Loading />}>
                <SupervisionDashboard me={me} />
              </Suspense>
            ),
          },
          { key: 'watch', label: t('supervisionTabWatch'), children: <Watch /> },
          { key: 'overpayments', label: t('overpaymentsHeading'), children: <Overpayments /> },
        ]}
      />
    </div>
  );
}

/** Names of matters, departments and regions, and of a rating's target, for the lists. */
function useListNames() {
  const { t, language } = useAppState();
  const matters = useLoad('catalog-matters', () => catalogMatters());
  const regions = useLoad('counties', (signal) => api.regions(signal));
  const matterName = (code: string) => {
    const matter = matters.data?.find((m) => m.code === code);
    return matter ? textIn(language, matter.name) : code;
  };
  const regionName = (code: string) => {
    const region = regions.data?.items.find((r) => r.code === code);
    return region ? pick(language, region.nameZh, region.nameEn) : code;
  };
  const targetName = (target: string) =>
    target === 'case'
      ? t('ratingWholeService')
      : textIn(language, departmentName(target.replace(/^department:/, '')));
  return { matterName, regionName, targetName };
}

/** Sub-cases near or past their time limit, and the follow-ups of poor ratings. */
function Watch() {
  const { t, language } = useAppState();
  const { matterName, regionName, targetName } = useListNames();
  const limits = useLoad('time-limits', (signal) => supervisionApi.timeLimits(signal));
  const followUps = useLoad('follow-ups', (signal) => supervisionApi.followUps(signal));
  const [editing, setEditing] = useState<FollowUp | null>(null);

  const limitColumns: TableColumnsType<TimeLimitAlert> = [
    {
      title: t('caseCode'),
      dataIndex: 'caseCode',
      key: 'caseCode',
      render: (code: string) => <span className="lb-code">{code}</span>,
    },
    { title: t('matter'), key: 'matter', render: (_v, row) => matterName(row.matterCode) },
    {
      title: t('department'),
      key: 'department',
      render: (_v, row) => textIn(language, departmentName(row.departmentCode)),
    },
    { title: t('regionColumn'), key: 'region', render: (_v, row) => regionName(row.regionCode) },
    {
      title: t('state'),
      key: 'state',
      render: (_v, row) => <StateTag kind="sub-case" state={row.state} t={t} />,
    },
    {
      title: t('limitColumn'),
      key: 'limit',
      render: (_v, row) => <TimeLimitTag limit={row} t={t} testId="supervision-limit" />,
    },
    {
      title: t('escalatedColumn'),
      dataIndex: 'escalated',
      key: 'escalated',
      render: (escalated: boolean) => (escalated ? t('escalatedYes') : t('escalatedNo')),
    },
  ];

  const followUpColumns: TableColumnsType<FollowUp> = [
    {
      title: t('caseCode'),
      dataIndex: 'caseCode',
      key: 'caseCode',
      width: 200,
      render: (code: string) => <span className="lb-code">{code}</span>,
    },
    { title: t('ratingTarget'), key: 'target', render: (_v, row) => targetName(row.target) },
    {
      title: t('ratingLevel'),
      dataIndex: 'level',
      key: 'level',
      render: (level: number) => t(RATING_LEVEL_KEYS[level] ?? 'notSet'),
    },
    {
      title: t('ratingCommentColumn'),
      dataIndex: 'comment',
      key: 'comment',
      width: '18%',
      render: (comment: string | null) => comment ?? t('notSet'),
    },
    {
      title: t('followUpDue'),
      dataIndex: 'dueOn',
      key: 'dueOn',
      render: (_v, row) => <DueDate date={row.dueOn} provisional={row.dueProvisional} />,
    },
    {
      title: t('state'),
      dataIndex: 'state',
      key: 'state',
      render: (state: string) => (
        <span data-testid="follow-up-state">{t(FOLLOW_UP_STATES[state] ?? 'notSet')}</span>
      ),
    },
    {
      title: t('followUpCallBack'),
      dataIndex: 'callBackNote',
      key: 'callBackNote',
      width: '18%',
      render: (note: string | null) => note ?? t('notSet'),
    },
    {
      title: t('followUpRectification'),
      dataIndex: 'rectificationNote',
      key: 'rectificationNote',
      width: '18%',
      render: (note: string | null) => note ?? t('notSet'),
    },
    {
      title: t('actionsColumn'),
      key: 'actions',
      render: (_v, row) =>
        row.state === 'closed' ? null : (
          <Button size="small" onClick={() => setEditing(row)}>
            {t('followUpRecord')}
            <span className="lb-visually-hidden">{t('forMatter', { matter: row.caseCode })}</span>
          </Button>
        ),
    },
  ];

  return (
    <>
      <section aria-labelledby="limits-heading" className="lb-admin-section">
        <Flex justify="space-between" align="center" gap="middle" wrap>
          <Typography.Title level={2} id="limits-heading">
            {t('limitsHeading')}
          </Typography.Title>
          <Flex gap="small" wrap>
            <Button href={exportUrl('time-limits', {})} download>
              {t('dashExport')}
            </Button>
            <Button onClick={limits.reload} loading={limits.loading}>
              {t('refresh')}
            </Button>
          </Flex>
        </Flex>
        <Typography.Paragraph>{t('limitsIntro')}</Typography.Paragraph>
        {limits.error ? <LoadError error={limits.error} onRetry={limits.reload} /> : null}
        <Table<TimeLimitAlert>
          rowKey="subCaseId"
          size="middle"
          columns={limitColumns}
          dataSource={limits.data?.items ?? []}
          loading={limits.loading}
          locale={{ emptyText: <span className="lb-empty">{t('limitsNone')}</span> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </section>

      <section aria-labelledby="follow-ups-heading" className="lb-admin-section">
        <Flex justify="space-between" align="center" gap="middle" wrap>
          <Typography.Title level={2} id="follow-ups-heading">
            {t('followUpsHeading')}
          </Typography.Title>
          <Flex gap="small" wrap>
            <Button href={exportUrl('follow-ups', {})} download>
              {t('dashExport')}
            </Button>
            <Button onClick={followUps.reload} loading={followUps.loading}>
              {t('refresh')}
            </Button>
          </Flex>
        </Flex>
        <Typography.Paragraph>{t('followUpsIntro')}</Typography.Paragraph>
        {followUps.error ? <LoadError error={followUps.error} onRetry={followUps.reload} /> : null}
        <Table<FollowUp>
          rowKey="id"
          size="middle"
          columns={followUpColumns}
          dataSource={followUps.data?.items ?? []}
          loading={followUps.loading}
          locale={{ emptyText: <span className="lb-empty">{t('followUpsNone')}</span> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          // No horizontal scrolling: the notes wrap, so the table needs no keyboard scrolling.
          tableLayout="fixed"
        />
      </section>
      {editing ? (
        <FollowUpModal
          followUp={editing}
          targetName={targetName(editing.target)}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            followUps.reload();
          }}
        />
      ) : null}
    </>
  );
}

/** Benefits a department stopped later than the day after death, to see them recovered. */
function Overpayments() {
  const { t, language } = useAppState();
  const { regionName } = useListNames();
  const overpayments = useLoad('overpayments', (signal) => overpaymentApi.list(signal));

  const overpaymentColumns: TableColumnsType<OverpaymentRow> = [
    { title: t('deceasedNameColumn'), dataIndex: 'deceasedNameMasked', key: 'name' },
    {
      title: t('matter'),
      key: 'matter',
      render: (_v, row) => textIn(language, row.matterName),
    },
    { title: t('department'), key: 'department', render: (_v, row) => textIn(language, row.department) },
    { title: t('regionColumn'), key: 'region', render: (_v, row) => regionName(row.regionCode) },
    { title: t('noticeDateOfDeath'), dataIndex: 'dateOfDeath', key: 'dateOfDeath' },
    {
      title: t('overpaymentEffectiveOn'),
      dataIndex: 'effectiveOn',
      key: 'effectiveOn',
      render: (value: string | null) => value ?? t('notSet'),
    },
    {
      title: t('overpaymentDays'),
      key: 'days',
      render: (_v, row) =>
        row.overpayment ? (
          <span data-testid="overpayment-days">
            {t('overpaymentDaysValue', {
              days: row.overpayment.days,
              from: row.overpayment.from,
              through: row.overpayment.through,
            })}
          </span>
        ) : (
          t('notSet')
        ),
    },
  ];

  return (
    <section aria-labelledby="overpayments-heading" className="lb-admin-section">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={2} id="overpayments-heading">
          {t('overpaymentsHeading')}
        </Typography.Title>
        <Button onClick={overpayments.reload} loading={overpayments.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      <Typography.Paragraph>{t('overpaymentsIntro')}</Typography.Paragraph>
      {overpayments.error ? <LoadError error={overpayments.error} onRetry={overpayments.reload} /> : null}
      <div data-testid="overpayments">
        <Table<OverpaymentRow>
          rowKey="id"
          size="middle"
          columns={overpaymentColumns}
          dataSource={overpayments.data?.items ?? []}
          loading={overpayments.loading}
          locale={{ emptyText: <span className="lb-empty">{t('overpaymentsNone')}</span> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </div>
    </section>
  );
}
