/**
 * The sub-cases behind a supervision figure (督办清单): open sub-cases of a region (and department
 * and matter) that are overdue, at risk or simply open, soonest due first, a page at a time with
 * "load more" (keyset cursor), exportable to Excel. A case code opens the case as a supervisor
 * sees it — masked, and recorded. The filters live in the address, so the dashboard links here
 * and "back" returns to the same dashboard view.
 */
import { Button, Flex, Segmented, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { StaffMe } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { RowOpenButton } from '../components/row-open-button.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { TimeLimitTag } from '../components/time-limit-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { textIn } from '../guide/catalog-api.ts';
import { pick } from '../i18n.ts';
import { RequireStaff } from '../staff/require-staff.tsx';
import { catalogMatters, departmentName } from '../workflow-api.ts';
import { SupervisedCaseDrawer } from './case-drawer.tsx';
import { dashboardPath, monthOf, type Names, STATUS_TITLES } from './dashboard-words.ts';
import { isOutOfScope, OutOfScope } from './out-of-scope.tsx';
import {
  allRegions,
  dashboardApi,
  exportUrl,
  SUPERVISED_STATUSES,
  type SubCaseFilter,
  type SupervisedStatus,
  type SupervisedSubCase,
  type SupervisedSubCaseList,
} from './supervision-api.ts';
import './supervision.css';

const PAGE_SIZE = 50;

function isStatus(value: string | null): value is SupervisedStatus {
  return SUPERVISED_STATUSES.some((s) => s === value);
}

export function SupervisedSubCasesPage() {
  return <RequireStaff action="supervision.read">{(me) => <SubCases me={me} />}</RequireStaff>;
}

interface Loaded {
  key: string;
  page: SupervisedSubCaseList;
}

function SubCases({ me }: { me: StaffMe }) {
  const { t, language } = useAppState();
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const region = params.get('region');
  const department = params.get('department');
  const matter = params.get('matter');
  const filter: SubCaseFilter = {
    status: isStatus(requested) ? requested : 'overdue',
    region: region && /^\d{6}$/.test(region) ? region : undefined,
    department: department && /^[a-z][a-z-]{0,39}$/.test(department) ? department : undefined,
    matter: matter && /^[a-z0-9][a-z0-9-]{0,59}$/.test(matter) ? matter : undefined,
  };
  const period = { from: monthOf(params.get('from')), to: monthOf(params.get('to')) };
  const openCode = params.get('case');
  const key = JSON.stringify(filter);

  const list = useLoad(
    key,
    async (signal): Promise<Loaded> => ({
      key,
      page: await dashboardApi.subCases(filter, { limit: PAGE_SIZE }, signal),
    }),
  );
  const regions = useLoad('regions-all', (signal) => allRegions(signal));
  const matters = useLoad('catalog-matters', () => catalogMatters());
  const [more, setMore] = useState<{
    base: Loaded;
    items: SupervisedSubCase[];
    nextCursor: string | null;
  } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);

  const extra = more && more.base === list.data ? more : null;
  const rows = [...(list.data?.page.items ?? []), ...(extra?.items ?? [])];
  const nextCursor = extra ? extra.nextCursor : (list.data?.page.nextCursor ?? null);
  const total = list.data?.page.total;

  useEffect(() => {
    if (!focusRow) return;
    tableRef.current
      ?.querySelector<HTMLButtonElement>(`tr[data-row-key="${CSS.escape(focusRow)}"] button`)
      ?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const names: Names = {
    region(code) {
      const found = regions.data?.find((r) => r.code === code);
      return found ? pick(language, found.nameZh, found.nameEn) : code;
    },
    department(code) {
      if (code === null) return t('ratingWholeService');
      const name = departmentName(code);
      return pick(language, name.zh, name.en);
    },
    matter(code) {
      const found = matters.data?.find((m) => m.code === code);
      return found ? textIn(language, found.name) : code;
    },
  };

  async function loadMore() {
    const base = list.data;
    if (!base || !nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await dashboardApi.subCases(filter, { cursor: nextCursor, limit: PAGE_SIZE });
      const seen = new Set(rows.map((r) => r.subCaseId));
      const added = page.items.filter((r) => !seen.has(r.subCaseId));
      setMore((previous) => ({
        base,
        items: [...(previous && previous.base === base ? previous.items : []), ...added],
        nextCursor: page.nextCursor,
      }));
      if (added[0]) setFocusRow(added[0].subCaseId);
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next);
  };

  if (isOutOfScope(list.error)) {
    return (
      <div className="lb-wide">
        <Typography.Title level={1}>{t(STATUS_TITLES[filter.status])}</Typography.Title>
        <OutOfScope me={me} error={list.error} />
      </div>
    );
  }

  const columns: TableColumnsType<SupervisedSubCase> = [
    {
      title: t('caseCode'),
      dataIndex: 'caseCode',
      key: 'caseCode',
      render: (code: string) => <RowOpenButton label={code} onOpen={() => setParam('case', code)} />,
    },
    { title: t('matter'), key: 'matter', render: (_v, row) => names.matter(row.matterCode) },
    { title: t('department'), key: 'department', render: (_v, row) => names.department(row.departmentCode) },
    { title: t('regionColumn'), key: 'region', render: (_v, row) => names.region(row.regionCode) },
    {
      title: t('state'),
      key: 'state',
      render: (_v, row) => <StateTag kind="sub-case" state={row.state} t={t} />,
    },
    {
      title: t('limitColumn'),
      key: 'limit',
      render: (_v, row) => (
        <TimeLimitTag
          t={t}
          testId="supervised-limit"
          limit={{
            due: row.dueOn,
            status: row.status === 'at-risk' ? 'due-soon' : row.status,
            remainingWorkingDays: row.remainingWorkingDays,
            provisional: false,
          }}
        />
      ),
    },
    {
      title: t('escalatedColumn'),
      dataIndex: 'escalated',
      key: 'escalated',
      render: (escalated: boolean) => (escalated ? t('escalatedYes') : t('escalatedNo')),
    },
  ];

  const scope = [
    names.region(filter.region ?? me.regionCode),
    filter.department ? names.department(filter.department) : null,
    filter.matter ? names.matter(filter.matter) : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="lb-wide">
      <Typography.Paragraph>
        <Link to={dashboardPath({ region: filter.region, department: filter.department, ...period })}>
          {t('subListBack')}
        </Link>
      </Typography.Paragraph>
      <Typography.Title level={1}>{t(STATUS_TITLES[filter.status])}</Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="sub-list-scope">
        {scope}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" gap="middle" wrap className="lb-gap">
        <Segmented<SupervisedStatus>
          aria-label={t('subListStatus')}
          value={filter.status}
          onChange={(value) => setParam('status', value)}
          options={SUPERVISED_STATUSES.map((s) => ({ value: s, label: t(STATUS_TITLES[s]) }))}
        />
        <Flex gap="small" wrap>
          <Button href={exportUrl('sub-cases', filter)} download data-testid="sub-list-export">
            {t('dashExport')}
          </Button>
          <Button onClick={list.reload} loading={list.loading}>
            {t('refresh')}
          </Button>
        </Flex>
      </Flex>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      <p className="lb-gap" role="status" data-testid="sub-list-count">
        {total === undefined ? null : (
          <Typography.Text type="secondary">
            {t('subCasesShown', { total, shown: rows.length })}
          </Typography.Text>
        )}
      </p>
      <div ref={tableRef} data-testid="sub-list">
        <Table<SupervisedSubCase>
          rowKey="subCaseId"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.loading}
          locale={{ emptyText: <span className="lb-empty">{t('subListNone')}</span> }}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ onClick: () => setParam('case', row.caseCode), className: 'lb-clickable-row' })}
        />
      </div>
      {moreError ? <LoadError error={moreError} onRetry={loadMore} /> : null}
      {nextCursor && !list.loading ? (
        <Flex justify="center" className="lb-gap-top">
          <Button onClick={loadMore} loading={loadingMore}>
            {t('loadMore')}
          </Button>
        </Flex>
      ) : null}
      <SupervisedCaseDrawer code={openCode} names={names} onClose={() => setParam('case', null)} />
    </div>
  );
}
