/**
 * The front desk (前台综合受理) at the window: the county's cases in one state at a time — 待受理,
 * 待补正, 办理中, 待出件 — oldest first, with how long each has waited and which clerk is
 * responsible for it (首问负责). Opening one shows the whole application in a drawer, where the
 * clerk accepts it, refuses it, sends one correction notice, hands it over or delivers the results.
 */
import { Button, Flex, Segmented, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { RowOpenButton } from '../components/row-open-button.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type MessageKey, type Translate } from '../i18n.ts';
import { type QueueItem, type QueueState, windowApi } from '../workflow-api.ts';
import { channelText, FrontDeskCase } from './front-desk-case.tsx';

const QUEUES: { value: QueueState; key: MessageKey }[] = [
  { value: 'submitted', key: 'caseStateSubmitted' },
  { value: 'correction_requested', key: 'caseStateCorrection' },
  { value: 'in_progress', key: 'caseInProgress' },
  { value: 'ready_for_delivery', key: 'caseStateReady' },
];

/** "已等待 2 小时": minutes below an hour, hours below a day, then days. */
export function waitedText(t: Translate, minutes: number): string {
  if (minutes < 60) return t('waitedMinutes', { count: Math.max(minutes, 0) });
  if (minutes < 24 * 60) return t('waitedHours', { count: Math.floor(minutes / 60) });
  return t('waitedDays', { count: Math.floor(minutes / (24 * 60)) });
}

export function FrontDesk() {
  const { t, language } = useAppState();
  const [queue, setQueue] = useState<QueueState>('submitted');
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useLoad(queue, (signal) => windowApi.queue(queue, signal));

  const columns: TableColumnsType<QueueItem> = [
    {
      title: t('caseCode'),
      dataIndex: 'code',
      key: 'code',
      render: (code: string, row) => <RowOpenButton label={code} onOpen={() => setOpenId(row.id)} />,
    },
    { title: t('deceasedNameColumn'), dataIndex: 'deceasedNameMasked', key: 'deceased' },
    { title: t('applicantColumn'), dataIndex: 'applicantNameMasked', key: 'applicant' },
    {
      title: t('channelColumn'),
      dataIndex: 'channel',
      key: 'channel',
      render: (channel: string) => channelText(t, channel),
    },
    {
      title: t('submittedAt'),
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('waitedColumn'),
      dataIndex: 'waitedMinutes',
      key: 'waited',
      render: (minutes: number) => <span data-testid="queue-waited">{waitedText(t, minutes)}</span>,
    },
    {
      title: t('ownerColumn'),
      key: 'owner',
      render: (_value, row) =>
        row.ownerName ? (
          row.ownedByMe ? (
            t('ownerMe', { name: row.ownerName })
          ) : (
            row.ownerName
          )
        ) : (
          <span className="lb-empty">{t('ownerNone')}</span>
        ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" gap="middle" wrap className="lb-gap">
        <Segmented<QueueState>
          aria-label={t('queueLabel')}
          value={queue}
          onChange={setQueue}
          options={QUEUES.map((q) => ({ value: q.value, label: t(q.key) }))}
        />
        <Button onClick={list.reload} loading={list.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      <Table<QueueItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        // antd draws the empty text in #bfbfbf (1.8:1 on white); ours is readable.
        locale={{ emptyText: <span className="lb-empty">{t('queueEmpty')}</span> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), className: 'lb-clickable-row' })}
      />
      <FrontDeskCase caseId={openId} onClose={() => setOpenId(null)} onChanged={list.reload} />
    </>
  );
}
