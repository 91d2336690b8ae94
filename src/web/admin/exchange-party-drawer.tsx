/**
 * One exchange party in a drawer: who it is and how it is reached; its messages by state, with
 * "重新投递" for the dead-lettered ones (all, or those ticked); pausing and resuming delivery; and,
 * for a configured party, its credentials (issue, rotate with an overlap, revoke after a
 * confirmation) and the key the platform signs its pushes with. A new secret is shown once.
 */
import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Flex,
  Segmented,
  Table,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { MESSAGE_STATE_LABELS, type MessageState } from '../../domain/exchange.ts';
import type { Region } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { Attention } from '../components/attention.tsx';
import { LoadError } from '../components/load-error.tsx';
import { ScrollDrawer } from '../components/scroll-drawer.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type MessageKey, pick } from '../i18n.ts';
import { departmentName } from '../workflow-api.ts';
import {
  type ExchangeCredential,
  type ExchangeMessage,
  type ExchangeParty,
  exchangeAdminApi,
  type IssuedSecret,
  type MessageFilter,
} from './exchange-api.ts';
import { SecretModal, type ShownSecret } from './exchange-secret-modal.tsx';
import { adapterLabel, ageInWords, CIRCUIT_LABELS, partyName, regionInWords } from './exchange-words.ts';

const FILTERS: MessageFilter[] = ['all', 'pending', 'in_flight', 'dead', 'delivered'];

/** What each kind of message is, in words (a kind added later shows its code). */
const KIND_LABELS: Partial<Record<ExchangeMessage['kind'], MessageKey>> = {
  'sub-case.routed': 'exchangeKindSubCase',
  'sub-case.supplemented': 'exchangeKindSupplement',
  'death.notified': 'exchangeKindDeathNotice',
};

interface PartyDrawerProps {
  party: ExchangeParty | null;
  regions: Region[] | undefined;
  onClose(): void;
  /** Something about the party changed: the monitor loads again. */
  onChanged(): void;
  onEdit(party: ExchangeParty): void;
}

export function PartyDrawer({ party, regions, onClose, onChanged, onEdit }: PartyDrawerProps) {
  const { t } = useAppState();
  const title = party ? t('exchangePartyTitle', { code: party.code }) : t('exchangePartyTitleEmpty');
  return (
    <ScrollDrawer
      open={party !== null}
      onClose={onClose}
      title={title}
      regionLabel={title}
      size={820}
      destroyOnHidden
    >
      {party ? (
        <PartyDetail
          key={party.code}
          party={party}
          regions={regions}
          onChanged={onChanged}
          onEdit={() => onEdit(party)}
        />
      ) : null}
    </ScrollDrawer>
  );
}

function PartyDetail({
  party,
  regions,
  onChanged,
  onEdit,
}: {
  party: ExchangeParty;
  regions: Region[] | undefined;
  onChanged(): void;
  onEdit(): void;
}) {
  const { t, language, describeError } = useAppState();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [messagesVersion, setMessagesVersion] = useState(0);

  async function act(name: string, run: () => Promise<void>) {
    setBusy(name);
    setFailure(null);
    try {
      await run();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
      onChanged();
    }
  }

  const togglePause = () =>
    act('pause', async () => {
      await exchangeAdminApi.setPaused(party.code, !party.paused);
      void message.success(t(party.paused ? 'exchangeResumedDone' : 'exchangePausedDone'));
    });

  const replay = (ids?: string[]) =>
    act('replay', async () => {
      const { replayed } = await exchangeAdminApi.replay(party.code, ids);
      setMessagesVersion((v) => v + 1);
      void message.success(t('exchangeReplayed', { count: replayed }));
    });

  const showSecret = (issued: IssuedSecret, purpose: ShownSecret['purpose']) =>
    setSecret({ ...issued, purpose });

  const issue = (rotate: boolean) =>
    act(rotate ? 'rotate' : 'issue', async () => {
      showSecret(
        await exchangeAdminApi.issueCredential(party.code, rotate),
        rotate ? 'rotation' : 'credential',
      );
    });

  const pushKey = () =>
    act('push-key', async () => {
      showSecret(await exchangeAdminApi.newPushKey(party.code), 'push-key');
    });

  function confirmPushKey() {
    if (!party.pushKeyId) {
      void pushKey();
      return;
    }
    modal.confirm({
      title: t('exchangePushKeyConfirmTitle'),
      content: t('exchangePushKeyConfirm', { keyId: party.pushKeyId }),
      okText: t('exchangePushKey'),
      cancelText: t('cancel'),
      onOk: () => void pushKey(),
    });
  }

  function confirmRevoke(credential: ExchangeCredential) {
    modal.confirm({
      title: t('exchangeRevokeConfirmTitle', { keyId: credential.keyId }),
      content: t('exchangeRevokeConfirm'),
      okText: t('exchangeRevoke'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: () =>
        act(`revoke:${credential.keyId}`, async () => {
          await exchangeAdminApi.revokeCredential(party.code, credential.keyId);
          void message.success(t('exchangeRevokedDone', { keyId: credential.keyId }));
        }),
    });
  }

  const department = departmentName(party.departmentCode);

  return (
    <>
      {failure ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
      ) : null}
      <Descriptions
        column={1}
        size="small"
        bordered
        className="lb-gap"
        items={[
          { key: 'name', label: t('exchangeName'), children: partyName(language, t, party) },
          {
            key: 'code',
            label: t('exchangeCode'),
            children: <span className="lb-code">{party.code}</span>,
          },
          {
            key: 'department',
            label: t('exchangeColDepartment'),
            children: `${pick(language, department.zh, department.en)}${party.bankName ? ` · ${party.bankName}` : ''}`,
          },
          {
            key: 'region',
            label: t('regionColumn'),
            children: regionInWords(language, regions, party.regionCode),
          },
          {
            key: 'adapter',
            label: t('exchangeColAdapter'),
            children: `${adapterLabel(language, party.adapter)}（${party.adapter}）`,
          },
          {
            key: 'endpoint',
            label: t('exchangeEndpoint'),
            children: party.endpointUrl ? <span className="lb-code">{party.endpointUrl}</span> : t('notSet'),
          },
          {
            key: 'circuit',
            label: t('exchangeColState'),
            children: (
              <Flex vertical gap={2}>
                {party.circuitState === 'open' ? (
                  <Attention>{t(CIRCUIT_LABELS.open)}</Attention>
                ) : (
                  <span>{t(CIRCUIT_LABELS[party.circuitState])}</span>
                )}
                {party.circuitChangedAt ? (
                  <span className="lb-note">
                    {t('exchangeCircuitSince', { time: formatDateTime(language, party.circuitChangedAt) })}
                  </span>
                ) : null}
                <span data-testid="party-paused">
                  {party.paused ? t('exchangePausedNote') : t('exchangeRunning')}
                </span>
              </Flex>
            ),
          },
          {
            key: 'oldest',
            label: t('exchangeColOldest'),
            children: party.oldestAgeSeconds === null ? t('notSet') : ageInWords(t, party.oldestAgeSeconds),
          },
        ]}
      />

      {party.configured ? (
        <Flex gap="small" wrap className="lb-gap">
          <Button onClick={onEdit}>{t('exchangeEditParty')}</Button>
          <Button onClick={() => void togglePause()} loading={busy === 'pause'} disabled={busy !== null}>
            {party.paused ? t('exchangeResume') : t('exchangePause')}
          </Button>
        </Flex>
      ) : (
        <Alert
          className="lb-gap"
          type="info"
          showIcon
          title={t('exchangeUnconfiguredTitle')}
          description={t('exchangeUnconfiguredBody')}
          action={<Button onClick={onEdit}>{t('exchangeConfigure')}</Button>}
        />
      )}

      <PartyMessages
        party={party}
        version={messagesVersion}
        busy={busy}
        onReplay={(ids) => void replay(ids)}
      />

      {party.configured ? (
        <>
          <section aria-labelledby="party-credentials" className="lb-admin-section">
            <h3 id="party-credentials">{t('exchangeCredentialsHeading')}</h3>
            <p className="lb-paragraph">{t('exchangeCredentialsIntro')}</p>
            <div data-testid="party-credentials">
              <Table<ExchangeCredential>
                rowKey="keyId"
                size="small"
                dataSource={party.credentials}
                pagination={false}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: <span className="lb-empty">{t('exchangeNoCredentials')}</span> }}
                columns={credentialColumns(t, language, busy, confirmRevoke)}
              />
            </div>
            <Flex gap="small" wrap className="lb-gap-top">
              <Button
                type="primary"
                onClick={() => void issue(false)}
                loading={busy === 'issue'}
                disabled={busy !== null}
              >
                {t('exchangeIssue')}
              </Button>
              <Button
                onClick={() => void issue(true)}
                loading={busy === 'rotate'}
                disabled={busy !== null || !party.credentials.some((c) => c.active)}
                aria-describedby="rotate-help"
              >
                {t('exchangeRotate')}
              </Button>
            </Flex>
            <p id="rotate-help" className="lb-note">
              {t('exchangeRotateHelp')}
            </p>
          </section>

          <section aria-labelledby="party-push-key" className="lb-admin-section">
            <h3 id="party-push-key">{t('exchangePushKeyHeading')}</h3>
            <p className="lb-paragraph" data-testid="push-key-id">
              {party.pushKeyId
                ? t('exchangePushKeyCurrent', { keyId: party.pushKeyId })
                : t('exchangePushKeyNone')}
            </p>
            <Button
              onClick={confirmPushKey}
              loading={busy === 'push-key'}
              disabled={busy !== null}
              aria-describedby="push-key-help"
            >
              {t('exchangePushKey')}
            </Button>
            <p id="push-key-help" className="lb-note">
              {t('exchangePushKeyHelp')}
            </p>
          </section>
        </>
      ) : null}

      {secret ? <SecretModal secret={secret} onClose={() => setSecret(null)} /> : null}
    </>
  );
}

function credentialColumns(
  t: ReturnType<typeof useAppState>['t'],
  language: ReturnType<typeof useAppState>['language'],
  busy: string | null,
  onRevoke: (credential: ExchangeCredential) => void,
): TableColumnsType<ExchangeCredential> {
  const status = (c: ExchangeCredential) => {
    if (c.revokedAt) return t('exchangeCredentialRevoked');
    if (!c.active) return t('exchangeCredentialExpired');
    // Until when is in the expiry column.
    if (c.expiresAt) return t('exchangeCredentialRetiring');
    return t('exchangeCredentialActive');
  };
  return [
    {
      title: t('exchangeKeyId'),
      dataIndex: 'keyId',
      key: 'keyId',
      render: (keyId: string) => <span className="lb-code">{keyId}</span>,
    },
    {
      title: t('exchangeCreatedAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('exchangeExpiresAt'),
      dataIndex: 'expiresAt',
      key: 'expiresAt',
      render: (value: string | null) => (value ? formatDateTime(language, value) : t('exchangeNoExpiry')),
    },
    {
      title: t('exchangeLastUsed'),
      dataIndex: 'lastUsedAt',
      key: 'lastUsedAt',
      render: (value: string | null) => (value ? formatDateTime(language, value) : t('exchangeNeverUsed')),
    },
    {
      title: t('state'),
      key: 'status',
      render: (_value, c) => <span data-testid="credential-status">{status(c)}</span>,
    },
    {
      title: t('actionsColumn'),
      key: 'actions',
      render: (_value, c) =>
        c.revokedAt || !c.active ? null : (
          <Button
            size="small"
            danger
            onClick={() => onRevoke(c)}
            loading={busy === `revoke:${c.keyId}`}
            disabled={busy !== null}
          >
            {t('exchangeRevoke')}
            <span className="lb-visually-hidden"> {c.keyId}</span>
          </Button>
        ),
    },
  ];
}

/** The party's messages in one state, newest first, with replay for the dead-lettered ones. */
function PartyMessages({
  party,
  version,
  busy,
  onReplay,
}: {
  party: ExchangeParty;
  version: number;
  busy: string | null;
  onReplay(ids?: string[]): void;
}) {
  const { t, language } = useAppState();
  const [filter, setFilter] = useState<MessageFilter>(party.counts.dead > 0 ? 'dead' : 'all');
  const [selected, setSelected] = useState<string[]>([]);
  const messages = useLoad(`exchange-messages:${party.code}:${filter}:${version}`, (signal) =>
    exchangeAdminApi.messages(party.code, filter, signal),
  );
  const rows = messages.data?.items ?? [];
  const deadShown = new Set(rows.filter((m) => m.state === 'dead').map((m) => m.id));
  const chosen = selected.filter((id) => deadShown.has(id));

  const stateLabel = (state: MessageState) =>
    pick(language, MESSAGE_STATE_LABELS[state].zh, MESSAGE_STATE_LABELS[state].en);
  const filterLabel = (value: MessageFilter) => (value === 'all' ? t('filterAll') : stateLabel(value));

  const columns: TableColumnsType<ExchangeMessage> = [
    {
      title: <span className="lb-visually-hidden">{t('exchangeSelectColumn')}</span>,
      key: 'select',
      width: 48,
      render: (_value, m) =>
        m.state === 'dead' ? (
          <Checkbox
            checked={selected.includes(m.id)}
            onChange={(event) =>
              setSelected((now) => (event.target.checked ? [...now, m.id] : now.filter((id) => id !== m.id)))
            }
          >
            <span className="lb-visually-hidden">{t('exchangeSelectMessage', { sequence: m.sequence })}</span>
          </Checkbox>
        ) : null,
    },
    {
      title: t('exchangeSequence'),
      dataIndex: 'sequence',
      key: 'sequence',
      render: (sequence: number) => <span className="lb-code">#{sequence}</span>,
    },
    {
      title: t('exchangeKind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: ExchangeMessage['kind']) => {
        const label = KIND_LABELS[kind];
        return label ? t(label) : <span className="lb-code">{kind}</span>;
      },
    },
    {
      title: t('state'),
      dataIndex: 'state',
      key: 'state',
      render: (state: MessageState) =>
        state === 'dead' ? (
          <Attention testId="message-state">{stateLabel(state)}</Attention>
        ) : (
          <span data-testid="message-state">{stateLabel(state)}</span>
        ),
    },
    {
      title: t('exchangeAttempts'),
      key: 'attempts',
      render: (_value, m) =>
        m.replays > 0
          ? t('exchangeAttemptsReplayed', { attempts: m.attempts, replays: m.replays })
          : m.attempts,
    },
    {
      title: t('exchangeCreatedAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('exchangeMessageWhen'),
      key: 'when',
      render: (_value, m) =>
        m.deliveredAt
          ? t('exchangeDeliveredAt', { time: formatDateTime(language, m.deliveredAt) })
          : m.nextAttemptAt
            ? t('exchangeNextAttempt', { time: formatDateTime(language, m.nextAttemptAt) })
            : m.lastAttemptAt
              ? t('exchangeLastAttempt', { time: formatDateTime(language, m.lastAttemptAt) })
              : t('notSet'),
    },
    {
      title: t('exchangeColLastError'),
      dataIndex: 'lastError',
      key: 'lastError',
      render: (value: string | null) =>
        value ? (
          <span className="lb-exchange-error">{value}</span>
        ) : (
          <span className="lb-empty">{t('notSet')}</span>
        ),
    },
  ];

  return (
    <section aria-labelledby="party-messages" className="lb-admin-section">
      <h3 id="party-messages">{t('exchangeMessagesHeading')}</h3>
      <Flex justify="space-between" align="center" gap="middle" wrap className="lb-gap">
        <Segmented<MessageFilter>
          aria-label={t('filterLabel')}
          value={filter}
          onChange={(value) => {
            setFilter(value);
            setSelected([]);
          }}
          options={FILTERS.map((value) => ({ value, label: filterLabel(value) }))}
        />
        <Button onClick={messages.reload} loading={messages.loading}>
          {t('refresh')}
        </Button>
      </Flex>
      {party.counts.dead > 0 ? (
        <Flex gap="small" wrap align="center" className="lb-gap">
          <Button
            onClick={() => {
              onReplay(chosen);
              setSelected([]);
            }}
            disabled={busy !== null || chosen.length === 0}
          >
            {t('exchangeReplaySelected', { count: chosen.length })}
          </Button>
          <Button
            type="primary"
            onClick={() => {
              onReplay();
              setSelected([]);
            }}
            loading={busy === 'replay'}
            disabled={busy !== null}
          >
            {t('exchangeReplayAll', { count: party.counts.dead })}
          </Button>
          <span className="lb-note">{t('exchangeReplayHelp')}</span>
        </Flex>
      ) : null}
      {messages.error ? <LoadError error={messages.error} onRetry={messages.reload} /> : null}
      <div data-testid="party-messages">
        <Table<ExchangeMessage>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={messages.loading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <span className="lb-empty">{t('exchangeNoMessages')}</span> }}
        />
      </div>
    </section>
  );
}
