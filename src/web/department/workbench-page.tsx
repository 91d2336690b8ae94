/**
 * The department workbench (PC): the department's sub-cases with personal data masked, filtered
 * by state, each with its due date in words and colour (限时办结); opening one shows it in full in
 * a drawer, where the approver claims it and then completes, returns, refuses or transfers it.
 */
import { Button, Flex, Segmented, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
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
import { type DepartmentFilter, type DepartmentSubCaseRow, departmentApi } from '../workflow-api.ts';
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

export function WorkbenchPage() {
  return <RequireStaff action="sub_case.read">{(me) => <Workbench me={me} />}</RequireStaff>;
}

function Workbench({ me }: { me: StaffMe }) {
  const { t, language } = useAppState();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('state');
  const filter: SubCaseFilter = isFilter(requested) ? requested : 'pending';
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useLoad(filter, (signal) => departmentApi.list(filter, signal));

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
      <Table<DepartmentSubCaseRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        // antd draws the empty text in #bfbfbf (1.8:1 on white); ours is readable.
        locale={{ emptyText: <span className="lb-empty">{t('noSubCases')}</span> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), className: 'lb-clickable-row' })}
      />
      <SubCaseDrawer subCaseId={openId} onClose={() => setOpenId(null)} onDecided={list.reload} />
    </div>
  );
}
