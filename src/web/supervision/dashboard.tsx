/**
 * Supervision's dashboard (监管总览), the first thing a supervisor sees: the figures of one region
 * within their scope (province, prefecture or county) for a period of months — cases received and
 * completed, sub-cases overdue or at risk, handling time beside the committed limit, ratings,
 * follow-ups of poor ratings, and what the reform saved families — read at a glance as key
 * figures, then as charts with their numbers in tables.
 *
 * A supervisor goes down a level by a region's bar, button or link, and back up by the breadcrumb;
 * every overdue or at-risk count opens the list of those sub-cases (and from there the case). The
 * region, period and department live in the address. The dashboard and its lists export to Excel,
 * and the monthly report of the region downloads as PDF or as a workbook.
 */
import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Typography } from 'antd';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { StaffMe } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { caseStateLabel } from '../components/state-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type Language, type MessageKey, pick, type Translate } from '../i18n.ts';
import { RATING_LEVEL_KEYS } from '../workflow-api.ts';
import { ChartCard } from './chart-card.tsx';
import {
  barsHeight,
  channelsOption,
  handlingOption,
  limitsOption,
  ratingLevelsOption,
  satisfactionOption,
  statesOption,
  trendOption,
} from './dashboard-options.ts';
import {
  CHANNEL_KEYS,
  dashboardPath,
  formatDays,
  formatNumber,
  formatShare,
  MONTH_PATTERN,
  monthOf,
  type Names,
  namesFor,
  previousMonth,
  regionPath,
  subCasesPath,
} from './dashboard-words.ts';
import { type Column, DataTable } from './data-table.tsx';
import { isOutOfScope, OutOfScope } from './out-of-scope.tsx';
import {
  allRegions,
  type DashboardFilter,
  dashboardApi,
  exportUrl,
  monthlyReportUrl,
  type SupervisedStatus,
  type SupervisionDashboard,
} from './supervision-api.ts';
import './supervision.css';

type Dashboard = SupervisionDashboard;

const REGION_PATTERN = /^\d{6}$/;
const DEPARTMENT_PATTERN = /^[a-z][a-z-]{0,39}$/;

function listIn(language: Language, items: string[]): string {
  return items.join(language === 'en' ? '; ' : '，');
}

export function filterFrom(params: URLSearchParams, me: StaffMe): DashboardFilter {
  const region = params.get('region');
  const department = params.get('department');
  return {
    region: region && REGION_PATTERN.test(region) ? region : undefined,
    from: monthOf(params.get('from')),
    to: monthOf(params.get('to')),
    // A department supervisor's figures are always their department's.
    department:
      !me.departmentCode && department && DEPARTMENT_PATTERN.test(department) ? department : undefined,
  };
}

export default function SupervisionDashboardView({ me }: { me: StaffMe }) {
  const { t, language } = useAppState();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filter = filterFrom(params, me);
  const key = JSON.stringify(filter);
  const loaded = useLoad(key, (signal) => dashboardApi.dashboard(filter, signal));
  const regions = useLoad('regions-all', (signal) => allRegions(signal));
  const data = loaded.data;
  const names = useMemo(() => namesFor(language, t, data, regions.data), [language, t, data, regions.data]);

  const go = (next: DashboardFilter) => navigate(dashboardPath(next));

  if (isOutOfScope(loaded.error)) {
    return <OutOfScope me={me} error={loaded.error} />;
  }
  if (!data) {
    return loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  }
  // What the figures on screen are for (the address may leave parts to the server's defaults).
  // Where links lead: the same view elsewhere, the period left to the default unless chosen.
  const base: DashboardFilter = { ...filter, region: data.scope.regionCode };
  const shown: DashboardFilter = {
    region: data.scope.regionCode,
    from: data.period.from,
    to: data.period.to,
    department: filter.department,
  };

  return (
    <div className="lb-dashboard" aria-busy={loaded.loading} data-testid="supervision-dashboard">
      <DashboardHeader
        me={me}
        data={data}
        filter={filter}
        shown={shown}
        names={names}
        regions={regions.data}
        onChange={go}
        loading={loaded.loading}
        onReload={loaded.reload}
      />
      {loaded.error ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
      <KeyFigures data={data} base={base} />
      <CaseCharts data={data} />
      <LimitCharts data={data} base={base} names={names} onDrill={(region) => go({ ...base, region })} />
      <HandlingChart data={data} base={base} names={names} />
      <RatingCharts data={data} names={names} />
      <Savings data={data} />
    </div>
  );
}

// ── Header: where, when, which department, downloads ───────────────────────────────────────────

function DashboardHeader({
  me,
  data,
  filter,
  shown,
  names,
  regions,
  onChange,
  loading,
  onReload,
}: {
  me: StaffMe;
  data: Dashboard;
  filter: DashboardFilter;
  shown: DashboardFilter;
  names: Names;
  regions: Parameters<typeof regionPath>[0];
  onChange: (filter: DashboardFilter) => void;
  loading: boolean;
  onReload: () => void;
}) {
  const { t, language } = useAppState();
  const fromId = useId();
  const toId = useId();
  const departmentId = useId();
  const reportId = useId();
  const [periodError, setPeriodError] = useState<string | null>(null);
  const [reportMonth, setReportMonth] = useState(() => previousMonth(data.today.slice(0, 7)));
  const path = regionPath(regions, me.regionCode, data.scope.regionCode);
  const regionName = pick(language, data.scope.nameZh, data.scope.nameEn);
  const department = data.scope.departmentCode ? names.department(data.scope.departmentCode) : null;

  const setMonth = (which: 'from' | 'to', value: string) => {
    if (!MONTH_PATTERN.test(value)) return;
    const next = { ...shown, [which]: value };
    if ((next.from ?? '') > (next.to ?? '')) {
      setPeriodError(t('dashPeriodInvalid'));
      return;
    }
    setPeriodError(null);
    onChange(next);
  };

  return (
    <header className="lb-dashboard-header">
      {path.length > 1 || data.scope.parentCode ? (
        <nav aria-label={t('dashRegionNav')} className="lb-region-path">
          <ol>
            {path.map((code, index) => (
              <li key={code}>
                {index < path.length - 1 ? (
                  <Link to={dashboardPath({ ...filter, region: code === me.regionCode ? undefined : code })}>
                    {names.region(code)}
                  </Link>
                ) : (
                  <span aria-current="page">{names.region(code)}</span>
                )}
              </li>
            ))}
          </ol>
          {data.scope.parentCode ? (
            <Link
              className="lb-region-up"
              to={dashboardPath({
                ...filter,
                region: data.scope.parentCode === me.regionCode ? undefined : data.scope.parentCode,
              })}
            >
              {t('dashUp', { region: names.region(data.scope.parentCode) })}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <Typography.Title level={2} className="lb-dashboard-title">
        {t('dashHeading', { region: regionName })}
        {department ? <span className="lb-dashboard-department"> · {department}</span> : null}
      </Typography.Title>
      <p className="lb-note" data-testid="dashboard-as-of">
        {t('dashPeriod', { from: data.period.from, to: data.period.to })}
        {' · '}
        {t('dashAsOf', { time: formatDateTime(language, data.asOf) })}
        {data.source === 'replica' ? (
          <>
            {' · '}
            <span data-testid="dashboard-replica">
              {data.replicaLagSeconds === null
                ? t('dashReplicaUnknown')
                : t('dashReplica', { seconds: Math.round(data.replicaLagSeconds) })}
            </span>
          </>
        ) : null}
      </p>

      <Flex wrap gap="large" justify="space-between" align="flex-end" className="lb-dashboard-filters">
        <Flex wrap gap="middle" align="flex-end">
          <div className="lb-filter">
            <label htmlFor={fromId}>{t('dashPeriodFrom')}</label>
            <Input
              id={fromId}
              key={`from-${data.period.from}`}
              type="month"
              defaultValue={data.period.from}
              max={data.period.to}
              aria-invalid={periodError ? true : undefined}
              aria-describedby={periodError ? `${fromId}-error` : undefined}
              onChange={(event) => setMonth('from', event.target.value)}
            />
          </div>
          <div className="lb-filter">
            <label htmlFor={toId}>{t('dashPeriodTo')}</label>
            <Input
              id={toId}
              key={`to-${data.period.to}`}
              type="month"
              defaultValue={data.period.to}
              min={data.period.from}
              onChange={(event) => setMonth('to', event.target.value)}
            />
          </div>
          {filter.from || filter.to ? (
            <Button onClick={() => onChange({ ...filter, from: undefined, to: undefined })}>
              {t('dashPeriodReset')}
            </Button>
          ) : null}
          {me.departmentCode ? null : (
            <div className="lb-filter">
              <label htmlFor={departmentId}>{t('dashDepartmentFilter')}</label>
              <select
                id={departmentId}
                className="lb-native-select lb-filter-select"
                value={filter.department ?? ''}
                onChange={(event) => onChange({ ...filter, department: event.target.value || undefined })}
              >
                <option value="">{t('dashAllDepartments')}</option>
                {data.departments.map((d) => (
                  <option key={d.code} value={d.code}>
                    {pick(language, d.nameZh, d.nameEn)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <Button onClick={onReload} loading={loading}>
            {t('refresh')}
          </Button>
        </Flex>
        <Flex wrap gap="middle" align="flex-end">
          <Button type="primary" href={exportUrl('dashboard', shown)} download data-testid="dashboard-export">
            {t('dashExport')}
          </Button>
          <div className="lb-filter">
            <label htmlFor={reportId}>{t('dashReportMonth')}</label>
            <Input
              id={reportId}
              type="month"
              value={reportMonth}
              max={data.today.slice(0, 7)}
              onChange={(event) => {
                if (MONTH_PATTERN.test(event.target.value)) setReportMonth(event.target.value);
              }}
            />
          </div>
          <Button href={monthlyReportUrl(data.scope.regionCode, reportMonth, 'pdf')} download>
            {t('dashReportPdf')}
          </Button>
          <Button href={monthlyReportUrl(data.scope.regionCode, reportMonth, 'xlsx')} download>
            {t('dashReportXlsx')}
          </Button>
        </Flex>
      </Flex>
      {periodError ? (
        <p id={`${fromId}-error`} className="lb-field-error" role="alert">
          {periodError}
        </p>
      ) : null}
    </header>
  );
}

// ── Key figures ────────────────────────────────────────────────────────────────────────────────

type Tone = 'plain' | 'overdue' | 'warning' | 'good';

function Figure({
  label,
  value,
  unit,
  note,
  tone = 'plain',
  link,
  testId,
}: {
  label: string;
  value: string;
  unit?: string;
  note?: ReactNode;
  tone?: Tone;
  link?: ReactNode;
  testId: string;
}) {
  return (
    <li className={`lb-figure lb-figure-${tone}`} data-testid={testId}>
      <span className="lb-figure-label">
        {tone === 'overdue' || tone === 'warning' ? <WarningOutlined aria-hidden="true" /> : null}
        {label}
      </span>
      <span className="lb-figure-value">
        {value}
        {unit ? <span className="lb-figure-unit">{unit}</span> : null}
      </span>
      {note ? <span className="lb-figure-note">{note}</span> : null}
      {link}
    </li>
  );
}

/** Share of sub-cases ended within the committed limit, over every matter. */
function onTimeShare(data: Dashboard): number | null {
  let ended = 0;
  let onTime = 0;
  for (const h of data.handling) {
    if (h.onTimeShare === null) continue;
    ended += h.ended;
    onTime += h.onTimeShare * h.ended;
  }
  return ended > 0 ? onTime / ended : null;
}

function KeyFigures({ data, base }: { data: Dashboard; base: DashboardFilter }) {
  const { t, language } = useAppState();
  const n = (value: number) => formatNumber(language, value);
  const list = (status: SupervisedStatus, label: string) => (
    <Link className="lb-figure-link" to={subCasesPath({ status, ...base })}>
      {label}
    </Link>
  );
  const endedTotal = data.handling.reduce((sum, h) => sum + h.ended, 0);
  return (
    <section aria-labelledby="dash-figures" className="lb-dashboard-section">
      <h2 id="dash-figures" className="lb-visually-hidden">
        {t('dashKeyFigures')}
      </h2>
      <ul className="lb-figures">
        <Figure
          testId="figure-received"
          label={t('figReceived')}
          value={n(data.cases.received)}
          unit={t('unitCases')}
          note={t('figReceivedNote')}
        />
        <Figure
          testId="figure-completed"
          label={t('figCompleted')}
          value={n(data.cases.completed)}
          unit={t('unitCases')}
          note={t('figCompletedNote')}
        />
        <Figure
          testId="figure-overdue"
          tone={data.timeLimits.overdue > 0 ? 'overdue' : 'plain'}
          label={t('figOverdue')}
          value={n(data.timeLimits.overdue)}
          unit={t('unitCases')}
          note={t('figOverdueNote', { open: n(data.timeLimits.open) })}
          link={data.timeLimits.overdue > 0 ? list('overdue', t('figOverdueList')) : null}
        />
        <Figure
          testId="figure-at-risk"
          tone={data.timeLimits.atRisk > 0 ? 'warning' : 'plain'}
          label={t('figAtRisk')}
          value={n(data.timeLimits.atRisk)}
          unit={t('unitCases')}
          note={t('figAtRiskNote')}
          link={data.timeLimits.atRisk > 0 ? list('at-risk', t('figAtRiskList')) : null}
        />
        <Figure
          testId="figure-on-time"
          label={t('figOnTime')}
          value={formatShare(language, onTimeShare(data))}
          note={t('figOnTimeNote', { ended: n(endedTotal) })}
        />
        <Figure
          testId="figure-satisfied"
          label={t('figSatisfied')}
          value={formatShare(language, data.ratings.satisfiedShare)}
          note={t('figSatisfiedNote', { count: n(data.ratings.total) })}
        />
        <Figure
          testId="figure-follow-ups"
          tone={data.followUps.overdue > 0 ? 'overdue' : 'plain'}
          label={t('figFollowUps')}
          value={n(data.followUps.open)}
          unit={t('unitCases')}
          note={t('figFollowUpsNote', { overdue: n(data.followUps.overdue) })}
          link={
            data.followUps.open > 0 ? (
              <Link className="lb-figure-link" to="/supervision?tab=watch">
                {t('figFollowUpsLink')}
              </Link>
            ) : null
          }
        />
        <Figure
          testId="figure-visits"
          tone="good"
          label={t('figVisits')}
          value={n(data.savings.visitsAvoided)}
          unit={t('unitTimes')}
          note={t('figVisitsNote')}
        />
      </ul>
    </section>
  );
}

// ── Chart helpers ──────────────────────────────────────────────────────────────────────────────

/** A count that opens its list; zero needs no link. */
function CountLink({ count, to, what }: { count: number; to: string; what: string }) {
  const { language } = useAppState();
  if (count === 0) return <span className="lb-number">0</span>;
  return (
    <Link to={to} className="lb-number lb-count-link">
      {formatNumber(language, count)}
      <span className="lb-visually-hidden">{what}</span>
    </Link>
  );
}

// ── Cases: over time, by state, by channel ─────────────────────────────────────────────────────

function CaseCharts({ data }: { data: Dashboard }) {
  const { t, language } = useAppState();
  const n = (value: number) => formatNumber(language, value);
  const channels = data.cases.byChannel.map((c) => c.channel);
  const channelName = (channel: keyof typeof CHANNEL_KEYS) => t(CHANNEL_KEYS[channel]);

  const trend = useMemo(() => trendOption(data, t), [data, t]);

  const peak = data.cases.byMonth.reduce<{ month: string; count: number } | null>((best, m) => {
    const count = m.online + m.window + m.proactive;
    return count > (best?.count ?? 0) ? { month: m.month, count } : best;
  }, null);
  const byChannelWords = data.cases.byChannel.map((c) => `${channelName(c.channel)} ${n(c.count)}`);
  const trendSummary =
    data.cases.received === 0
      ? t('chartTrendEmpty', { from: data.period.from, to: data.period.to })
      : t('chartTrendSummary', {
          from: data.period.from,
          to: data.period.to,
          received: n(data.cases.received),
          channels: listIn(language, byChannelWords),
          completed: n(data.cases.completed),
          peak: peak?.month ?? '—',
          peakCount: n(peak?.count ?? 0),
        });

  const monthColumns: Column<Dashboard['cases']['byMonth'][number]>[] = [
    { key: 'month', title: t('colMonth'), render: (m) => m.month },
    ...channels.map((channel) => ({
      key: channel,
      title: channelName(channel),
      numeric: true,
      render: (m: Dashboard['cases']['byMonth'][number]) => n(m[channel]),
    })),
    {
      key: 'total',
      title: t('colReceivedTotal'),
      numeric: true,
      render: (m) => n(m.online + m.window + m.proactive),
    },
    { key: 'completed', title: t('figCompleted'), numeric: true, render: (m) => n(m.completed) },
  ];

  const states = data.cases.byState;
  const statesChart = useMemo(() => statesOption(data, t, (state) => caseStateLabel(t, state)), [data, t]);
  const statesSummary = t('chartStatesSummary', {
    total: n(data.cases.total),
    states: listIn(
      language,
      states.filter((s) => s.count > 0).map((s) => `${caseStateLabel(t, s.state)} ${n(s.count)}`),
    ),
  });

  const channelChart = useMemo(() => channelsOption(data, t), [data, t]);
  const share = (count: number, of: number) => formatShare(language, of > 0 ? count / of : null);

  return (
    <section aria-labelledby="dash-cases" className="lb-dashboard-section">
      <h2 id="dash-cases">{t('dashCasesHeading')}</h2>
      <div className="lb-chart-grid">
        <ChartCard
          testId="chart-trend"
          title={t('chartTrendHeading')}
          note={t('chartTrendNote')}
          summary={trendSummary}
          option={trend}
          height={320}
          wide
          table={
            <DataTable
              caption={t('chartTrendHeading')}
              columns={monthColumns}
              rows={data.cases.byMonth}
              rowKey={(m) => m.month}
            />
          }
        />
        <ChartCard
          testId="chart-states"
          title={t('chartStatesHeading')}
          note={t('chartStatesNote')}
          summary={statesSummary}
          option={statesChart}
          height={barsHeight(states.length, 32)}
          empty={data.cases.total === 0}
          table={
            <DataTable
              caption={t('chartStatesHeading')}
              columns={[
                { key: 'state', title: t('colState'), render: (s) => caseStateLabel(t, s.state) },
                { key: 'count', title: t('colCount'), numeric: true, render: (s) => n(s.count) },
                {
                  key: 'share',
                  title: t('colShare'),
                  numeric: true,
                  render: (s) => share(s.count, data.cases.total),
                },
              ]}
              rows={states}
              rowKey={(s) => s.state}
            />
          }
        />
        <ChartCard
          testId="chart-channels"
          title={t('chartChannelsHeading')}
          note={t('chartChannelsNote')}
          summary={
            data.cases.received === 0
              ? t('chartTrendEmpty', { from: data.period.from, to: data.period.to })
              : t('chartChannelsSummary', {
                  received: n(data.cases.received),
                  channels: listIn(language, byChannelWords),
                })
          }
          option={channelChart}
          height={260}
          empty={data.cases.received === 0}
          table={
            <DataTable
              caption={t('chartChannelsHeading')}
              columns={[
                { key: 'channel', title: t('colChannel'), render: (c) => channelName(c.channel) },
                { key: 'count', title: t('colCount'), numeric: true, render: (c) => n(c.count) },
                {
                  key: 'share',
                  title: t('colShare'),
                  numeric: true,
                  render: (c) => share(c.count, data.cases.received),
                },
              ]}
              rows={data.cases.byChannel}
              rowKey={(c) => c.channel}
            />
          }
        />
      </div>
    </section>
  );
}

// ── Time limits: overdue and at risk, by department and by region ──────────────────────────────

function statusOfSeries(t: Translate, seriesName: string | undefined): SupervisedStatus {
  return seriesName === t('figAtRisk') ? 'at-risk' : 'overdue';
}

function LimitCharts({
  data,
  base,
  names,
  onDrill,
}: {
  data: Dashboard;
  base: DashboardFilter;
  names: Names;
  onDrill: (region: string) => void;
}) {
  const { t, language } = useAppState();
  const navigate = useNavigate();
  const n = (value: number) => formatNumber(language, value);
  const limits = data.timeLimits;

  const departments = useMemo(
    () =>
      [...limits.byDepartment]
        .filter((d) => d.open > 0)
        .sort((a, b) => b.overdue - a.overdue || b.atRisk - a.atRisk || b.open - a.open),
    [limits],
  );
  const departmentOption = useMemo(
    () =>
      limitsOption(
        t,
        departments.map((d) => names.department(d.departmentCode)),
        departments,
      ),
    [departments, t, names],
  );
  const worst = departments[0];
  const departmentSummary =
    limits.open === 0
      ? t('chartLimitsNone')
      : t('chartLimitsSummary', {
          open: n(limits.open),
          overdue: n(limits.overdue),
          atRisk: n(limits.atRisk),
          waiting: n(limits.waitingOnFamily),
          worst:
            worst && worst.overdue > 0
              ? t('chartLimitsWorst', {
                  name: names.department(worst.departmentCode),
                  count: n(worst.overdue),
                })
              : '',
        });

  const what = (status: SupervisedStatus, name: string) =>
    t(status === 'overdue' ? 'dashOverdueOf' : 'dashAtRiskOf', { name });

  const regionRows = useMemo(
    () =>
      data.children.map((child) => {
        const limit = data.timeLimits.byRegion.find((r) => r.regionCode === child.code);
        const cases = data.cases.byRegion.find((r) => r.regionCode === child.code);
        const rating = data.ratings.byRegion.find((r) => r.regionCode === child.code);
        return {
          code: child.code,
          name: pick(language, child.nameZh, child.nameEn),
          open: limit?.open ?? 0,
          overdue: limit?.overdue ?? 0,
          atRisk: limit?.atRisk ?? 0,
          received: cases?.received ?? 0,
          completed: cases?.completed ?? 0,
          openCases: cases?.open ?? 0,
          ratings: rating?.count ?? 0,
          satisfiedShare: rating?.satisfiedShare ?? null,
        };
      }),
    [data, language],
  );
  const regionOption = useMemo(
    () =>
      limitsOption(
        t,
        regionRows.map((r) => r.name),
        regionRows,
        true,
      ),
    [regionRows, t],
  );
  const regionsWithOverdue = [...regionRows]
    .filter((r) => r.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue);
  const regionSummary =
    regionRows.length === 0
      ? ''
      : t('chartRegionsSummary', {
          count: n(regionRows.length),
          regions:
            regionsWithOverdue.length === 0
              ? t('chartRegionsNoOverdue')
              : listIn(
                  language,
                  regionsWithOverdue
                    .slice(0, 5)
                    .map((r) => t('chartRegionOverdue', { name: r.name, count: n(r.overdue) })),
                ),
        });

  return (
    <section aria-labelledby="dash-limits" className="lb-dashboard-section">
      <h2 id="dash-limits">{t('dashLimitsHeading')}</h2>
      <p className="lb-note">{t('dashLimitsIntro')}</p>
      <div className="lb-chart-grid">
        <ChartCard
          testId="chart-limits-departments"
          title={t('chartLimitsDepartmentsHeading')}
          note={departments.length > 0 ? t('chartLimitsDepartmentsNote') : undefined}
          summary={departmentSummary}
          option={departmentOption}
          height={barsHeight(departments.length, 44)}
          empty={departments.length === 0}
          onItemClick={(item) => {
            const row = departments[item.dataIndex];
            if (row)
              navigate(
                subCasesPath({
                  ...base,
                  status: statusOfSeries(t, item.seriesName),
                  department: row.departmentCode,
                }),
              );
          }}
          table={
            <DataTable
              caption={t('chartLimitsDepartmentsHeading')}
              testId="table-limits-departments"
              columns={[
                {
                  key: 'department',
                  title: t('department'),
                  render: (d) => names.department(d.departmentCode),
                },
                { key: 'open', title: t('colOpenSubCases'), numeric: true, render: (d) => n(d.open) },
                {
                  key: 'overdue',
                  title: t('figOverdue'),
                  numeric: true,
                  render: (d) => (
                    <CountLink
                      count={d.overdue}
                      to={subCasesPath({ ...base, status: 'overdue', department: d.departmentCode })}
                      what={what('overdue', names.department(d.departmentCode))}
                    />
                  ),
                },
                {
                  key: 'atRisk',
                  title: t('figAtRisk'),
                  numeric: true,
                  render: (d) => (
                    <CountLink
                      count={d.atRisk}
                      to={subCasesPath({ ...base, status: 'at-risk', department: d.departmentCode })}
                      what={what('at-risk', names.department(d.departmentCode))}
                    />
                  ),
                },
              ]}
              rows={departments}
              rowKey={(d) => d.departmentCode}
            />
          }
        />
        {regionRows.length > 0 ? (
          <ChartCard
            testId="chart-limits-regions"
            title={t('chartLimitsRegionsHeading')}
            note={t('chartLimitsRegionsNote')}
            summary={regionSummary}
            option={regionOption}
            height={barsHeight(regionRows.length, 44)}
            onItemClick={(item) => {
              const row = regionRows[item.dataIndex] ?? regionRows.find((r) => r.name === item.name);
              if (row) onDrill(row.code);
            }}
            table={
              <DataTable
                caption={t('chartLimitsRegionsHeading')}
                testId="table-regions"
                columns={[
                  {
                    key: 'region',
                    title: t('regionColumn'),
                    render: (r) => <Link to={dashboardPath({ ...base, region: r.code })}>{r.name}</Link>,
                  },
                  { key: 'received', title: t('figReceived'), numeric: true, render: (r) => n(r.received) },
                  {
                    key: 'completed',
                    title: t('figCompleted'),
                    numeric: true,
                    render: (r) => n(r.completed),
                  },
                  {
                    key: 'openCases',
                    title: t('colOpenCases'),
                    numeric: true,
                    render: (r) => n(r.openCases),
                  },
                  {
                    key: 'overdue',
                    title: t('figOverdue'),
                    numeric: true,
                    render: (r) => (
                      <CountLink
                        count={r.overdue}
                        to={subCasesPath({ ...base, status: 'overdue', region: r.code })}
                        what={what('overdue', r.name)}
                      />
                    ),
                  },
                  {
                    key: 'atRisk',
                    title: t('figAtRisk'),
                    numeric: true,
                    render: (r) => (
                      <CountLink
                        count={r.atRisk}
                        to={subCasesPath({ ...base, status: 'at-risk', region: r.code })}
                        what={what('at-risk', r.name)}
                      />
                    ),
                  },
                  {
                    key: 'satisfied',
                    title: t('figSatisfied'),
                    numeric: true,
                    render: (r) => formatShare(language, r.satisfiedShare),
                  },
                ]}
                rows={regionRows}
                rowKey={(r) => r.code}
              />
            }
          >
            <nav aria-label={t('dashDrillNav')} className="lb-drill-list">
              <ul>
                {regionRows.map((r) => (
                  <li key={r.code}>
                    <Link to={dashboardPath({ ...base, region: r.code })} data-testid="drill-region">
                      {t('dashDrillInto', { region: r.name })}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </ChartCard>
        ) : null}
      </div>
    </section>
  );
}

// ── Handling time per matter, beside the committed limit ───────────────────────────────────────

function HandlingChart({ data, base, names }: { data: Dashboard; base: DashboardFilter; names: Names }) {
  const { t, language } = useAppState();
  const n = (value: number) => formatNumber(language, value);
  const days = (value: number | null) => formatDays(language, value);
  const ended = useMemo(
    () => data.handling.filter((h) => h.ended > 0 && h.medianWorkingDays !== null),
    [data],
  );

  const option = useMemo(() => handlingOption(ended, t, names), [ended, t, names]);

  const late = ended.filter(
    (h) =>
      h.committedWorkingDays !== null &&
      h.p90WorkingDays !== null &&
      h.p90WorkingDays > h.committedWorkingDays,
  );
  const slowest = [...ended].sort((a, b) => (b.medianWorkingDays ?? 0) - (a.medianWorkingDays ?? 0))[0];
  const summary =
    ended.length === 0
      ? t('chartHandlingEmpty')
      : t('chartHandlingSummary', {
          count: n(ended.length),
          ended: n(ended.reduce((sum, h) => sum + h.ended, 0)),
          slowest: slowest ? names.matter(slowest.matterCode) : '—',
          median: days(slowest?.medianWorkingDays ?? null),
          committed: days(slowest?.committedWorkingDays ?? null),
          late:
            late.length === 0
              ? t('chartHandlingNoneLate')
              : t('chartHandlingLate', {
                  matters: listIn(
                    language,
                    late.map((h) => names.matter(h.matterCode)),
                  ),
                }),
        });

  // Every matter with something ended or open: the table also carries the overdue counts.
  type Row = {
    key: string;
    matterCode: string;
    departmentCode: string;
    handling: Dashboard['handling'][number] | undefined;
    limits: Dashboard['timeLimits']['byMatter'][number] | undefined;
  };
  const rows: Row[] = [];
  for (const h of data.handling)
    rows.push({
      key: `${h.departmentCode}|${h.matterCode}`,
      matterCode: h.matterCode,
      departmentCode: h.departmentCode,
      handling: h,
      limits: data.timeLimits.byMatter.find(
        (m) => m.matterCode === h.matterCode && m.departmentCode === h.departmentCode,
      ),
    });
  for (const m of data.timeLimits.byMatter)
    if (!rows.some((r) => r.key === `${m.departmentCode}|${m.matterCode}`))
      rows.push({
        key: `${m.departmentCode}|${m.matterCode}`,
        matterCode: m.matterCode,
        departmentCode: m.departmentCode,
        handling: undefined,
        limits: m,
      });
  const committedOf = (r: Row) =>
    r.handling?.committedWorkingDays ??
    data.matters.find((m) => m.code === r.matterCode)?.committedWorkingDays ??
    null;

  return (
    <section aria-labelledby="dash-handling" className="lb-dashboard-section">
      <h2 id="dash-handling">{t('dashHandlingHeading')}</h2>
      <div className="lb-chart-grid">
        <ChartCard
          testId="chart-handling"
          title={t('chartHandlingHeading')}
          note={t('chartHandlingNote')}
          summary={summary}
          option={option}
          height={barsHeight(ended.length, 48)}
          empty={ended.length === 0}
          wide
          table={
            <DataTable
              caption={t('chartHandlingHeading')}
              testId="table-handling"
              columns={[
                { key: 'matter', title: t('matter'), render: (r) => names.matter(r.matterCode) },
                {
                  key: 'department',
                  title: t('department'),
                  render: (r) => names.department(r.departmentCode),
                },
                {
                  key: 'ended',
                  title: t('colEnded'),
                  numeric: true,
                  render: (r) => n(r.handling?.ended ?? 0),
                },
                {
                  key: 'median',
                  title: t('seriesMedian'),
                  numeric: true,
                  render: (r) => days(r.handling?.medianWorkingDays ?? null),
                },
                {
                  key: 'p90',
                  title: t('seriesP90'),
                  numeric: true,
                  render: (r) => {
                    const p90 = r.handling?.p90WorkingDays ?? null;
                    const committed = committedOf(r);
                    return (
                      <>
                        {days(p90)}
                        {p90 !== null && committed !== null && p90 > committed ? (
                          <span className="lb-over-limit"> {t('colOverLimit')}</span>
                        ) : null}
                      </>
                    );
                  },
                },
                {
                  key: 'committed',
                  title: t('seriesCommitted'),
                  numeric: true,
                  render: (r) => days(committedOf(r)),
                },
                {
                  key: 'onTime',
                  title: t('figOnTime'),
                  numeric: true,
                  render: (r) => formatShare(language, r.handling?.onTimeShare),
                },
                {
                  key: 'overdue',
                  title: t('figOverdue'),
                  numeric: true,
                  render: (r) => (
                    <CountLink
                      count={r.limits?.overdue ?? 0}
                      to={subCasesPath({
                        ...base,
                        status: 'overdue',
                        department: r.departmentCode,
                        matter: r.matterCode,
                      })}
                      what={t('dashOverdueOf', { name: names.matter(r.matterCode) })}
                    />
                  ),
                },
                {
                  key: 'atRisk',
                  title: t('figAtRisk'),
                  numeric: true,
                  render: (r) => (
                    <CountLink
                      count={r.limits?.atRisk ?? 0}
                      to={subCasesPath({
                        ...base,
                        status: 'at-risk',
                        department: r.departmentCode,
                        matter: r.matterCode,
                      })}
                      what={t('dashAtRiskOf', { name: names.matter(r.matterCode) })}
                    />
                  ),
                },
              ]}
              rows={rows}
              rowKey={(r) => r.key}
            />
          }
        />
      </div>
    </section>
  );
}

// ── Ratings ────────────────────────────────────────────────────────────────────────────────────

function RatingCharts({ data, names }: { data: Dashboard; names: Names }) {
  const { t, language } = useAppState();
  const n = (value: number) => formatNumber(language, value);
  const ratings = data.ratings;
  const levelName = (level: number) => t(RATING_LEVEL_KEYS[level] ?? 'notSet');

  const levelOption = useMemo(() => ratingLevelsOption(data, t), [data, t]);
  const levelSummary =
    ratings.total === 0
      ? t('chartRatingsEmpty')
      : t('chartRatingsSummary', {
          total: n(ratings.total),
          share: formatShare(language, ratings.satisfiedShare),
          levels: listIn(
            language,
            ratings.byLevel.map((l) => `${levelName(l.level)} ${n(l.count)}`),
          ),
        });

  const departments = useMemo(() => ratings.byDepartment.filter((d) => d.count > 0), [ratings]);
  const departmentOption = useMemo(
    () =>
      satisfactionOption(
        t,
        departments.map((d) => names.department(d.departmentCode)),
        departments.map((d) => d.satisfiedShare),
      ),
    [departments, t, names],
  );
  const departmentSummary =
    departments.length === 0
      ? t('chartRatingsEmpty')
      : t('chartSatisfactionSummary', {
          items: listIn(
            language,
            departments.map(
              (d) => `${names.department(d.departmentCode)} ${formatShare(language, d.satisfiedShare)}`,
            ),
          ),
        });

  const regionRows = useMemo(
    () =>
      data.children
        .map((c) => ({ child: c, rating: ratings.byRegion.find((r) => r.regionCode === c.code) }))
        .filter((r) => (r.rating?.count ?? 0) > 0),
    [data.children, ratings],
  );
  const regionOption = useMemo(
    () =>
      satisfactionOption(
        t,
        regionRows.map((r) => pick(language, r.child.nameZh, r.child.nameEn)),
        regionRows.map((r) => r.rating?.satisfiedShare ?? null),
      ),
    [regionRows, t, language],
  );

  return (
    <section aria-labelledby="dash-ratings" className="lb-dashboard-section">
      <h2 id="dash-ratings">{t('dashRatingsHeading')}</h2>
      <div className="lb-chart-grid">
        <ChartCard
          testId="chart-ratings"
          title={t('chartRatingsHeading')}
          summary={levelSummary}
          option={levelOption}
          height={260}
          empty={ratings.total === 0}
          table={
            <DataTable
              caption={t('chartRatingsHeading')}
              columns={[
                { key: 'level', title: t('ratingLevel'), render: (l) => levelName(l.level) },
                { key: 'count', title: t('colRatings'), numeric: true, render: (l) => n(l.count) },
                {
                  key: 'share',
                  title: t('colShare'),
                  numeric: true,
                  render: (l) => formatShare(language, ratings.total > 0 ? l.count / ratings.total : null),
                },
              ]}
              rows={ratings.byLevel}
              rowKey={(l) => String(l.level)}
            />
          }
        />
        <ChartCard
          testId="chart-satisfaction-departments"
          title={t('chartSatisfactionDepartmentsHeading')}
          note={t('chartSatisfactionNote')}
          summary={departmentSummary}
          option={departmentOption}
          height={barsHeight(departments.length, 32)}
          empty={departments.length === 0}
          table={
            <DataTable
              caption={t('chartSatisfactionDepartmentsHeading')}
              columns={[
                {
                  key: 'department',
                  title: t('department'),
                  render: (d) => names.department(d.departmentCode),
                },
                { key: 'count', title: t('colRatings'), numeric: true, render: (d) => n(d.count) },
                {
                  key: 'share',
                  title: t('figSatisfied'),
                  numeric: true,
                  render: (d) => formatShare(language, d.satisfiedShare),
                },
                { key: 'poor', title: t('colPoor'), numeric: true, render: (d) => n(d.poor) },
              ]}
              rows={departments}
              rowKey={(d) => d.departmentCode ?? 'case'}
            />
          }
        />
        {regionRows.length > 0 ? (
          <ChartCard
            testId="chart-satisfaction-regions"
            title={t('chartSatisfactionRegionsHeading')}
            note={t('chartSatisfactionNote')}
            summary={t('chartSatisfactionSummary', {
              items: listIn(
                language,
                regionRows.map(
                  (r) =>
                    `${pick(language, r.child.nameZh, r.child.nameEn)} ${formatShare(language, r.rating?.satisfiedShare)}`,
                ),
              ),
            })}
            option={regionOption}
            height={barsHeight(regionRows.length, 32)}
            table={
              <DataTable
                caption={t('chartSatisfactionRegionsHeading')}
                columns={[
                  {
                    key: 'region',
                    title: t('regionColumn'),
                    render: (r) => pick(language, r.child.nameZh, r.child.nameEn),
                  },
                  {
                    key: 'count',
                    title: t('colRatings'),
                    numeric: true,
                    render: (r) => n(r.rating?.count ?? 0),
                  },
                  {
                    key: 'share',
                    title: t('figSatisfied'),
                    numeric: true,
                    render: (r) => formatShare(language, r.rating?.satisfiedShare),
                  },
                ]}
                rows={regionRows}
                rowKey={(r) => r.child.code}
              />
            }
          />
        ) : null}
        <FollowUpsCard data={data} />
      </div>
    </section>
  );
}

// ── Follow-ups and savings ─────────────────────────────────────────────────────────────────────

const FOLLOW_UP_STATE_KEYS: Record<string, MessageKey> = {
  open: 'followUpOpen',
  called_back: 'followUpCalledBack',
  closed: 'followUpClosed',
};

/** The follow-ups of poor ratings: how many wait, how many are late, and the next deadline. */
function FollowUpsCard({ data }: { data: Dashboard }) {
  const { t, language } = useAppState();
  const n = (value: number) => formatNumber(language, value);
  const follow = data.followUps;
  return (
    <section aria-labelledby="dash-follow-ups" className="lb-chart-card" data-testid="dash-follow-ups">
      <h3 id="dash-follow-ups">{t('dashFollowUpsHeading')}</h3>
      <p>
        {follow.open === 0
          ? t('dashFollowUpsNone')
          : t('dashFollowUpsSummary', {
              open: n(follow.open),
              overdue: n(follow.overdue),
              next: follow.nextDue ?? '—',
            })}
      </p>
      {follow.overdue > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t('dashFollowUpsOverdue', { overdue: n(follow.overdue) })}
          className="lb-gap"
        />
      ) : null}
      <ul className="lb-count-list">
        {follow.byState.map((s) => (
          <li key={s.state}>
            <span>{t(FOLLOW_UP_STATE_KEYS[s.state] ?? 'notSet')}</span>
            <span className="lb-number lb-strong">{n(s.count)}</span>
          </li>
        ))}
      </ul>
      <Link to="/supervision?tab=watch" className="lb-figure-link">
        {t('dashFollowUpsLink')}
      </Link>
    </section>
  );
}

/** What the reform saved families in the period, each figure with what it counts. */
function Savings({ data }: { data: Dashboard }) {
  const { t, language } = useAppState();
  const n = (value: number) => formatNumber(language, value);
  const savings = data.savings;
  const onlineShare = formatShare(language, savings.cases > 0 ? savings.onlineCases / savings.cases : null);
  const saved: { key: string; label: MessageKey; value: number; unit: MessageKey; note: string }[] = [
    {
      key: 'materials',
      label: 'savingsMaterials',
      value: savings.materialsNotDemanded,
      unit: 'unitCopies',
      note: t('savingsMaterialsNote'),
    },
    {
      key: 'fields',
      label: 'savingsFields',
      value: savings.fieldsPrefilled,
      unit: 'unitItems',
      note: t('savingsFieldsNote'),
    },
    {
      key: 'visits',
      label: 'savingsVisits',
      value: savings.visitsAvoided,
      unit: 'unitTimes',
      note: t('savingsVisitsNote'),
    },
    {
      key: 'online',
      label: 'savingsOnline',
      value: savings.onlineCases,
      unit: 'unitCases',
      note: t('savingsOnlineNote', { share: onlineShare, cases: n(savings.cases) }),
    },
    {
      key: 'benefits',
      label: 'savingsBenefits',
      value: savings.benefitsStopped,
      unit: 'unitItems',
      note: t('savingsBenefitsNote'),
    },
  ];

  return (
    <section aria-labelledby="dash-savings" className="lb-dashboard-section" data-testid="dash-savings">
      <h2 id="dash-savings">{t('dashSavingsHeading')}</h2>
      <p className="lb-note">{t('dashSavingsIntro', { from: data.period.from, to: data.period.to })}</p>
      <ul className="lb-savings">
        {saved.map((s) => (
          <li key={s.key} data-testid={`savings-${s.key}`}>
            <span className="lb-figure-label">{t(s.label)}</span>
            <span className="lb-figure-value">
              {n(s.value)}
              <span className="lb-figure-unit">{t(s.unit)}</span>
            </span>
            <span className="lb-figure-note">{s.note}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
