/**
 * The department workbench (PC): the department's sub-cases with personal data masked, filtered
 * by state, oldest first, each with its due date in words and colour (限时办结); opening one shows
 * it in full in a drawer, where the approver claims it and then completes, returns, refuses or
 * transfers it. The list comes a page at a time: the total is shown, and "load more" appends the
 * next page after the last row shown (a keyset cursor, so rows are neither skipped nor repeated).
 */
import { Button, Flex, Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { staffRolesFor } from '../../domain/permissions.ts';
import type { StaffMe } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { RowOpenButton } from '../components/row-open-button.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { TimeLimitTag } from '../components/time-limit-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type MessageKey, pick } from '../i18n.ts';
import { RequireStaff } from '../staff/require-staff.tsx';
import {
  type DepartmentFilter,
  type DepartmentSubCasePage,
  type DepartmentSubCaseRow,
  departmentApi,
} from '../workflow-api.ts';
import { SubCaseDrawer } from './sub-case-drawer.tsx';

type SubCaseFilter = DepartmentFilter;

const FILTERS: { value: SubCaseFilter; key: MessageKey }[] = [
  { value: 'pending', key: 'subPending' },
  { value: 'in_review', key: 'subStateInReview' },
  { value: 'returned', key: 'subStateReturned' },
  { value: 'completed', key: 'subApproved' },
  { value: 'rejected', key: 'subRejected' },
  { value: 'all', key: 'filterAll' },
];

function isFilter(value: string | null): value is SubCaseFilter {
  return FILTERS.some((f) => f.value === value);
}

/** Rows fetched at a time, and the most the server gives in one page. */
const PAGE_SIZE = 50;
const SERVER_PAGE_MAX = 200;

/**
 * At least `want` rows of the list from its start (fewer when there are not so many), page after
 * page: a refresh keeps as many rows in view as were loaded before it.
 */
async function loadRows(
  filter: SubCaseFilter,
  want: number,
  signal: AbortSignal,
): Promise<DepartmentSubCasePage> {
  let page = await departmentApi.list(filter, { limit: Math.min(want, SERVER_PAGE_MAX) }, signal);
  const items = [...page.items];
  while (items.length < want && page.nextCursor) {
    page = await departmentApi.list(
      filter,
      { cursor: page.nextCursor, limit: Math.min(want - items.length, SERVER_PAGE_MAX) },
      signal,
    );
    items.push(...page.items);
  }
  return { items, nextCursor: page.nextCursor, total: page.total };
}

/** The first rows of the list for one filter, as loaded (or loaded again) in one go. */
interface Loaded {
  filter: SubCaseFilter;
  page: DepartmentSubCasePage;
}

/** Pages appended by "load more" to the rows `base` holds (dropped when the list is loaded again). */
interface MoreRows {
  base: Loaded;
  items: DepartmentSubCaseRow[];
  nextCursor: string | null;
  total: number;
}

export function WorkbenchPage() {
  return <RequireStaff action="sub_case.read">{(me) => <Workbench me={me} />}</RequireStaff>;
}

function Workbench({ me }: { me: StaffMe }) {
  const { t, language } = useAppState();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('state');
  const filter: SubCaseFilter = isFilter(requested) ? requested : 'pending';
  const [openId, setOpenId] = useState<string | null>(null);
  const [more, setMore] = useState<MoreRows | null>(null);
  const [moreError, setMoreError] = useState<{ base: Loaded; error: unknown } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  // How many rows were in view, and for which filter: a refresh (or a decision) loads as many
  // again; another filter starts at its first page.
  const inView = useRef<{ filter: SubCaseFilter | null; count: number }>({ filter: null, count: 0 });
  const list = useLoad(filter, async (signal): Promise<Loaded> => {
    const want = inView.current.filter === filter ? Math.max(PAGE_SIZE, inView.current.count) : PAGE_SIZE;
    return { filter, page: await loadRows(filter, want, signal) };
  });
  const extra = more && more.base === list.data ? more : null;
  const rows = [...(list.data?.page.items ?? []), ...(extra?.items ?? [])];
  const nextCursor = extra ? extra.nextCursor : (list.data?.page.nextCursor ?? null);
  const total = extra ? extra.total : list.data?.page.total;
  const shownError = moreError && moreError.base === list.data ? moreError.error : null;

  useEffect(() => {
    inView.current = { filter: list.data?.filter ?? null, count: rows.length };
  });

  // After "load more", the keyboard goes on from the first row it added.
  useEffect(() => {
    if (!focusRow) return;
    tableRef.current
      ?.querySelector<HTMLButtonElement>(`tr[data-row-key="${CSS.escape(focusRow)}"] button`)
      ?.focus();
    setFocusRow(null);
  }, [focusRow]);

  async function loadMore() {
    const base = list.data;
    if (!base || !nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await departmentApi.list(base.filter, { cursor: nextCursor, limit: PAGE_SIZE });
      const seen = new Set(rows.map((r) => r.id));
      const added = page.items.filter((r) => !seen.has(r.id));
      setMore((previous) => ({
        base,
        items: [...(previous && previous.base === base ? previous.items : []), ...added],
        nextCursor: page.nextCursor,
        total: page.total,
      }));
      if (added[0]) setFocusRow(added[0].id);
    } catch (caught) {
      setMoreError({ base, error: caught });
    } finally {
      setLoadingMore(false);
    }
  }

  const columns: TableColumnsType<DepartmentSubCaseRow> = [
    {
      title: t('caseCode'),
      dataIndex: 'caseCode',
      key: 'caseCode',
      render: (code: string, row) => <RowOpenButton label={code} onOpen={() => setOpenId(row.id)} />,
    },
    {
      title: t('matter'),
      key: 'matter',
      render: (_value, row) => pick(language, row.matterNameZh, row.matterNameEn),
    },
    { title: t('deceasedNameColumn'), dataIndex: 'deceasedNameMasked', key: 'deceasedNameMasked' },
    {
      title: t('idNumberColumn'),
      dataIndex: 'deceasedIdNumberMasked',
      key: 'deceasedIdNumberMasked',
      render: (value: string | null) => <span className="lb-code">{value ?? t('notSet')}</span>,
    },
    { title: t('regionColumn'), dataIndex: 'regionNameZh', key: 'regionNameZh' },
    {
      title: t('submittedAt'),
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('limitColumn'),
      key: 'limit',
      render: (_value, row) => <TimeLimitTag limit={row.limit} t={t} testId="sub-case-limit" />,
    },
    {
      title: t('state'),
      dataIndex: 'state',
      key: 'state',
      render: (state: string, row) => (
        <>
          <StateTag kind="sub-case" state={state} t={t} />
          {row.answeredAt ? (
            <Tag color="blue" data-testid="sub-case-answered">
              {t('supplementAnsweredTag')}
            </Tag>
          ) : null}
        </>
      ),
    },
  ];

  const department = pick(language, me.departmentNameZh ?? '', me.departmentNameEn);
  const region = pick(language, me.regionNameZh, me.regionNameEn);

  return (
    <div className="lb-wide">
      <Typography.Title level={1}>{t('workbenchTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {[department, region].filter(Boolean).join(' · ')}
        {staffRolesFor('supervision.read').includes(me.role) ? (
          <>
            {' · '}
            <Link to="/supervision">{t('supervisionLink')}</Link>
          </>
        ) : null}
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" gap="middle" wrap className="lb-gap">
        <Segmented<SubCaseFilter>
          aria-label={t('filterLabel')}
          value={filter}
          onChange={(value) => setSearchParams(value === 'pending' ? {} : { state: value })}
          options={FILTERS.map((f) => ({ value: f.value, label: t(f.key) }))}
        />
        <Button onClick={list.reload} loading={list.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      <p className="lb-gap" role="status" data-testid="sub-case-count">
        {total === undefined ? null : (
          <Typography.Text type="secondary">
            {t('subCasesShown', { total, shown: rows.length })}
          </Typography.Text>
        )}
      </p>
      <div ref={tableRef}>
        <Table<DepartmentSubCaseRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.loading}
          // antd draws the empty text in #bfbfbf (1.8:1 on white); ours is readable.
          locale={{ emptyText: <span className="lb-empty">{t('noSubCases')}</span> }}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ onClick: () => setOpenId(row.id), className: 'lb-clickable-row' })}
        />
      </div>
      {shownError ? <LoadError error={shownError} onRetry={loadMore} /> : null}
      {nextCursor && !list.loading ? (
        <Flex justify="center" className="lb-gap-top">
          <Button onClick={loadMore} loading={loadingMore}>
            {t('loadMore')}
          </Button>
        </Flex>
      ) : null}
      <SubCaseDrawer subCaseId={openId} onClose={() => setOpenId(null)} onDecided={list.reload} />
    </div>
  );
}
