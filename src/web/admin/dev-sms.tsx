/**
 * 短信（开发）: on a development or demo install with no SMS gateway, the SMS the platform would
 * have sent are kept in a sink instead; administrators read them here (numbers masked). A real
 * install has a gateway and the server says this list does not exist, which is said plainly.
 */
import { Alert, Button, Flex, Table, type TableColumnsType } from 'antd';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { type DevSms, devSmsApi } from '../application/draft-api.ts';
import { LoadError } from '../components/load-error.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type MessageKey } from '../i18n.ts';

const STATUS: Record<string, MessageKey> = {
  queued: 'smsQueued',
  sent: 'smsSent',
  retrying: 'smsRetrying',
  failed: 'smsFailed',
};

export function DevSmsList() {
  const { t, language } = useAppState();
  const sms = useLoad('dev-sms', (signal) => devSmsApi.list(signal));
  const absent = sms.error instanceof ApiError && sms.error.status === 404;

  const columns: TableColumnsType<DevSms> = [
    {
      title: t('smsTime'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 170,
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('smsTo'),
      dataIndex: 'to',
      key: 'to',
      width: 140,
      render: (to: string | null) => <span className="lb-code">{to ?? t('notSet')}</span>,
    },
    { title: t('smsBody'), dataIndex: 'body', key: 'body' },
    {
      title: t('state'),
      dataIndex: 'status',
      key: 'status',
      width: 100,
      render: (status: string) => (STATUS[status] ? t(STATUS[status]) : status),
    },
  ];

  return (
    <section aria-labelledby="dev-sms-title" className="lb-admin-section">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <h2 id="dev-sms-title">{t('smsTitle')}</h2>
        <Button onClick={sms.reload} loading={sms.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      <p className="lb-paragraph">{t('smsIntro')}</p>
      {absent ? (
        <Alert type="info" showIcon title={t('smsAbsent')} />
      ) : sms.error ? (
        <LoadError error={sms.error} onRetry={sms.reload} />
      ) : (
        // The list scrolls sideways on a narrow screen: its scrolling box takes focus (Tab, then
        // the arrow keys) and is named, so the keyboard reaches every column.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard
        <section className="lb-table-scroll" tabIndex={0} aria-label={t('smsListLabel')}>
          <Table<DevSms>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={sms.data?.items ?? []}
            loading={sms.loading}
            locale={{ emptyText: <span className="lb-empty">{t('smsNone')}</span> }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        </section>
      )}
    </section>
  );
}
