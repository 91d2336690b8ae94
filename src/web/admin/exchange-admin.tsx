/**
 * Department exchange (部门系统对接) for the administrator: the delivery monitor — every party in
 * the administrator's region (configured, or a county office's workbench that has messages) with
 * how it is reached, its circuit, and how its messages stand (pending, in flight, failing,
 * dead-lettered, delivered; how long the oldest undelivered one has waited; the last error) —
 * and, per party, a drawer to look at its messages, replay the dead-lettered ones, pause it and
 * manage its credentials. Dead-lettered messages and an open circuit are marked with an icon and
 * words. Parties are added or changed in a form whose problems are shown on their fields.
 */
import { Button, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { Attention } from '../components/attention.tsx';
import { LoadError } from '../components/load-error.tsx';
import { RowOpenButton } from '../components/row-open-button.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, pick } from '../i18n.ts';
import { departmentName } from '../workflow-api.ts';
import { EXCHANGE_DOCS_URL, type ExchangeParty, exchangeAdminApi } from './exchange-api.ts';
import { PartyDrawer } from './exchange-party-drawer.tsx';
import { PartyForm, type PartyFormStart } from './exchange-party-form.tsx';
import { adapterLabel, ageInWords, CIRCUIT_LABELS, partyName, regionInWords } from './exchange-words.ts';
import './exchange.css';

export function ExchangeAdmin() {
  const { t, language } = useAppState();
  const monitor = useLoad('exchange-monitor', (signal) => exchangeAdminApi.monitor(signal));
  const regions = useLoad('counties', (signal) => api.regions(signal));
  const [openCode, setOpenCode] = useState<string | null>(null);
  const [form, setForm] = useState<PartyFormStart | null>(null);
  const parties = monitor.data?.parties ?? [];
  const open = parties.find((p) => p.code === openCode) ?? null;
  const regionList = regions.data?.items;

  const count = (key: keyof ExchangeParty['counts']) => (_value: unknown, party: ExchangeParty) => {
    const n = party.counts[key];
    if (key === 'dead' && n > 0)
      return <Attention testId="party-dead">{t('exchangeDeadAttention', { count: n })}</Attention>;
    return <span className="lb-number">{n}</span>;
  };

  const columns: TableColumnsType<ExchangeParty> = [
    {
      title: t('exchangeColParty'),
      key: 'party',
      render: (_value, party) => (
        <div className="lb-party-cell">
          <RowOpenButton label={party.code} onOpen={() => setOpenCode(party.code)} />
          <div>{partyName(language, t, party)}</div>
          <div className="lb-note">
            {pick(language, departmentName(party.departmentCode).zh, departmentName(party.departmentCode).en)}
            {party.bankName ? ` · ${party.bankName}` : ''}
            {' · '}
            {regionInWords(language, regionList, party.regionCode)}
          </div>
        </div>
      ),
    },
    {
      title: t('exchangeColAdapter'),
      key: 'adapter',
      render: (_value, party) => (
        <>
          <div data-testid="party-adapter">{adapterLabel(language, party.adapter)}</div>
          <div className="lb-note lb-code">{party.adapter}</div>
          {party.endpointUrl ? <div className="lb-note lb-code lb-endpoint">{party.endpointUrl}</div> : null}
        </>
      ),
    },
    {
      title: t('exchangeColState'),
      key: 'state',
      render: (_value, party) => (
        <Flex vertical gap={2} className="lb-party-state">
          {party.circuitState === 'open' ? (
            <Attention testId="party-circuit">{t(CIRCUIT_LABELS.open)}</Attention>
          ) : (
            <span data-testid="party-circuit">{t(CIRCUIT_LABELS[party.circuitState])}</span>
          )}
          {party.paused ? <span className="lb-strong">{t('exchangePausedShort')}</span> : null}
          {party.configured ? null : <span className="lb-note">{t('exchangeNotConfigured')}</span>}
        </Flex>
      ),
    },
    { title: t('exchangePending'), key: 'pending', align: 'right', render: count('pending') },
    { title: t('exchangeInFlight'), key: 'in_flight', align: 'right', render: count('in_flight') },
    { title: t('exchangeFailing'), key: 'failing', align: 'right', render: count('failing') },
    { title: t('exchangeDead'), key: 'dead', align: 'right', render: count('dead') },
    { title: t('exchangeDelivered'), key: 'delivered', align: 'right', render: count('delivered') },
    {
      title: t('exchangeColOldest'),
      key: 'oldest',
      render: (_value, party) =>
        party.oldestAgeSeconds === null ? (
          <span className="lb-empty">{t('notSet')}</span>
        ) : (
          <span data-testid="party-oldest">{ageInWords(t, party.oldestAgeSeconds)}</span>
        ),
    },
    {
      title: t('exchangeColLastError'),
      key: 'lastError',
      render: (_value, party) =>
        party.lastError ? (
          <div className="lb-exchange-error">
            <div>{party.lastError}</div>
            <div className="lb-note">{formatDateTime(language, party.lastErrorAt)}</div>
          </div>
        ) : (
          <span className="lb-empty">{t('notSet')}</span>
        ),
    },
  ];

  return (
    <>
      <Typography.Paragraph>{t('exchangeIntro')}</Typography.Paragraph>
      <Typography.Paragraph>
        <a href={EXCHANGE_DOCS_URL} target="_blank" rel="noopener" data-testid="exchange-docs">
          {t('exchangeDocsLink')}
          <span className="lb-visually-hidden">{t('opensInNewWindow')}</span>
        </a>
      </Typography.Paragraph>

      <section aria-labelledby="exchange-parties" className="lb-admin-section">
        <Flex justify="space-between" align="center" gap="middle" wrap>
          <h2 id="exchange-parties">{t('exchangePartiesHeading')}</h2>
          <Flex gap="small" wrap>
            <Button type="primary" onClick={() => setForm({ kind: 'new' })}>
              {t('exchangeAddParty')}
            </Button>
            <Button onClick={monitor.reload} loading={monitor.loading}>
              {t('refresh')}
            </Button>
          </Flex>
        </Flex>
        {monitor.error ? <LoadError error={monitor.error} onRetry={monitor.reload} /> : null}
        <div data-testid="exchange-parties">
          <Table<ExchangeParty>
            rowKey="code"
            size="middle"
            className="lb-exchange-table"
            columns={columns}
            dataSource={parties}
            loading={monitor.loading}
            locale={{ emptyText: <span className="lb-empty">{t('exchangeNoParties')}</span> }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            onRow={(party) => ({
              onClick: () => setOpenCode(party.code),
              className: 'lb-clickable-row',
            })}
          />
        </div>
        {monitor.loadedAt ? (
          <p className="lb-note">
            {t('lastUpdated', { time: formatDateTime(language, monitor.loadedAt.toISOString()) })}
          </p>
        ) : null}
      </section>

      <PartyDrawer
        party={open}
        regions={regionList}
        onClose={() => setOpenCode(null)}
        onChanged={monitor.reload}
        onEdit={(party) => setForm({ kind: 'edit', party })}
      />
      {form ? (
        <PartyForm
          start={form}
          regions={regionList}
          onClose={() => setForm(null)}
          onSaved={(code) => {
            setForm(null);
            monitor.reload();
            setOpenCode(code);
          }}
        />
      ) : null}
    </>
  );
}
