/**
 * The clinic's queue of deaths at home (居家死亡报告): each family's report, oldest first, with the
 * deceased, the address, when they died and how to reach the family. 出具证明 opens the medical
 * certificate form filled in from the report; the certificate closes it. Opening the queue is
 * recorded on the server, as it shows ID numbers in full.
 */
import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import type { Loaded } from '../components/use-load.ts';
import { formatDateTime } from '../i18n.ts';
import type { HomeDeathItem } from './issuer-api.ts';

interface HomeDeathQueueProps {
  queue: Loaded<{ items: HomeDeathItem[] }>;
  onCertify(item: HomeDeathItem): void;
}

export function HomeDeathQueue({ queue, onCertify }: HomeDeathQueueProps) {
  const { t, language } = useAppState();
  const columns: TableColumnsType<HomeDeathItem> = [
    { title: t('deceasedNameColumn'), dataIndex: 'deceasedName', key: 'deceasedName' },
    {
      title: t('idNumberColumn'),
      dataIndex: 'deceasedIdNumber',
      key: 'deceasedIdNumber',
      render: (value: string) => <span className="lb-code">{value}</span>,
    },
    { title: t('issuerDateOfDeath'), dataIndex: 'dateOfDeath', key: 'dateOfDeath' },
    { title: t('issuerHomeAddress'), dataIndex: 'address', key: 'address' },
    {
      title: t('issuerHomePhone'),
      dataIndex: 'phone',
      key: 'phone',
      render: (phone: string) => <a href={`tel:${phone}`}>{phone}</a>,
    },
    {
      title: t('issuerHomeReportedAt'),
      dataIndex: 'reportedAt',
      key: 'reportedAt',
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('issuerHomeNote'),
      dataIndex: 'note',
      key: 'note',
      render: (note: string) => note || t('notSet'),
    },
    {
      title: t('issuerActions'),
      key: 'actions',
      render: (_value, item) => (
        <Button
          type="primary"
          onClick={() => onCertify(item)}
          aria-label={t('issuerHomeCertifyFor', { name: item.deceasedName })}
        >
          {t('issuerHomeCertify')}
        </Button>
      ),
    },
  ];
  return (
    <div data-testid="home-death-queue">
      <p className="lb-field-help">{t('issuerHomeIntro')}</p>
      <Flex justify="flex-end" className="lb-gap">
        <Button onClick={queue.reload} loading={queue.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      {queue.error ? <LoadError error={queue.error} onRetry={queue.reload} /> : null}
      <Table<HomeDeathItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={queue.data?.items ?? []}
        loading={queue.loading}
        locale={{ emptyText: <span className="lb-empty">{t('issuerHomeNone')}</span> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}
