/**
 * The administrator's page (PC). The catalog tab: the published versions with the current one
 * marked, the difference between any version and the current one, and publishing a new version —
 * load the current YAML, edit, check (every problem with its file and path, or the difference),
 * publish. The 短信（开发） tab: the development SMS sink. Above both, when this year's or next
 * year's official holiday notice is not loaded, what that means for due dates and how to add it.
 */
import { Alert, App, Button, Flex, Input, Table, type TableColumnsType, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { calendarNotices } from '../components/due-date.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime } from '../i18n.ts';
import { RequireStaff } from '../staff/require-staff.tsx';
import { TONES } from '../theme.ts';
import {
  adminApi,
  type CatalogProblem,
  type CatalogVersion,
  type CheckResult,
  problemsOf,
} from './admin-api.ts';
import { CatalogDiffView, ProblemList } from './catalog-diff-view.tsx';
import { DevSmsList } from './dev-sms.tsx';
import { ExchangeAdmin } from './exchange-admin.tsx';

export function AdminPage() {
  return <RequireStaff action="catalog.manage">{() => <AdminDesk />}</RequireStaff>;
}

function AdminDesk() {
  const { t } = useAppState();
  return (
    <div className="lb-wide">
      <Typography.Title level={1}>{t('adminTitle')}</Typography.Title>
      <CalendarNotice />
      <Tabs
        items={[
          { key: 'catalog', label: t('adminCatalogTitle'), children: <CatalogAdmin /> },
          { key: 'exchange', label: t('adminTabExchange'), children: <ExchangeAdmin /> },
          { key: 'sms', label: t('adminTabSms'), children: <DevSmsList /> },
        ]}
      />
    </div>
  );
}

/** 2027 年节假日安排尚未载入…: due dates there are provisional until the notice is added. */
function CalendarNotice() {
  const { t, language } = useAppState();
  const notices = useLoad('calendar-notices', () => calendarNotices());
  const missing = notices.data?.missing ?? [];
  if (missing.length === 0) return null;
  const years = missing.join(language === 'en' ? ', ' : '、');
  return (
    <Alert
      className="lb-gap"
      type="warning"
      showIcon
      data-testid="calendar-notice"
      title={t('calendarMissingTitle', { years })}
      description={t('calendarMissingHowTo', { year: missing[0] ?? '' })}
    />
  );
}

function CatalogAdmin() {
  const { t, language } = useAppState();
  const versions = useLoad('catalog-versions', (signal) => adminApi.versions(signal));
  const current = versions.data?.items.find((v) => v.current);
  const [compareFrom, setCompareFrom] = useState<string | null>(null);

  const columns: TableColumnsType<CatalogVersion> = [
    {
      title: t('adminVersion'),
      dataIndex: 'version',
      key: 'version',
      render: (version: string, row) => (
        <Flex gap="small" align="center" wrap>
          <span className="lb-code">{version}</span>
          {row.current ? <CurrentTag /> : null}
        </Flex>
      ),
    },
    {
      title: t('adminPublishedAt'),
      dataIndex: 'publishedAt',
      key: 'publishedAt',
      render: (value: string) => formatDateTime(language, value),
    },
    { title: t('adminSource'), dataIndex: 'source', key: 'source' },
    {
      title: t('adminNote'),
      dataIndex: 'note',
      key: 'note',
      render: (note: string | null) => note ?? t('notSet'),
    },
    {
      title: t('adminActions'),
      key: 'actions',
      render: (_value, row) =>
        row.current ? (
          <span className="lb-empty">{t('adminIsCurrent')}</span>
        ) : (
          <Button size="small" onClick={() => setCompareFrom(row.version)}>
            {t('adminViewDiff')}
            <span className="lb-visually-hidden"> {row.version}</span>
          </Button>
        ),
    },
  ];

  return (
    <>
      <Typography.Paragraph>{t('adminCatalogIntro')}</Typography.Paragraph>

      <section aria-labelledby="admin-versions" className="lb-admin-section">
        <Flex justify="space-between" align="center" gap="middle" wrap>
          <h2 id="admin-versions">{t('adminVersions')}</h2>
          <Button onClick={versions.reload} loading={versions.loading}>
            {t('refresh')}
          </Button>
        </Flex>
        {versions.error ? <LoadError error={versions.error} onRetry={versions.reload} /> : null}
        <Table<CatalogVersion>
          rowKey="version"
          size="middle"
          columns={columns}
          dataSource={versions.data?.items ?? []}
          loading={versions.loading}
          locale={{ emptyText: <span className="lb-empty">{t('adminNoVersions')}</span> }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      </section>

      {compareFrom && current ? (
        <VersionDiff from={compareFrom} to={current.version} onClose={() => setCompareFrom(null)} />
      ) : null}

      {current ? (
        <PublishVersion
          current={current.version}
          onPublished={() => {
            setCompareFrom(null);
            versions.reload();
          }}
        />
      ) : versions.loading ? (
        <Loading />
      ) : null}
    </>
  );
}

function CurrentTag() {
  const { t } = useAppState();
  const tone = TONES.success;
  return (
    <span
      className="lb-state-tag"
      data-testid="current-version"
      style={{ color: tone.color, background: tone.background, borderColor: tone.border }}
    >
      {t('adminCurrent')}
    </span>
  );
}

function VersionDiff({ from, to, onClose }: { from: string; to: string; onClose: () => void }) {
  const { t } = useAppState();
  const diff = useLoad(`diff:${from}:${to}`, (signal) => adminApi.diff(from, to, signal));
  // Bring the comparison into view and to the screen reader when it is asked for.
  useEffect(() => {
    document.getElementById('admin-diff')?.focus();
  }, []);
  return (
    <section aria-labelledby="admin-diff" className="lb-admin-section">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <h2 id="admin-diff" tabIndex={-1}>
          {t('adminDiffTitle', { from, to })}
        </h2>
        <Button onClick={onClose}>{t('close')}</Button>
      </Flex>
      {diff.error ? <LoadError error={diff.error} onRetry={diff.reload} /> : null}
      {!diff.data && diff.loading ? <Loading /> : null}
      {diff.data ? <CatalogDiffView diff={diff.data} level={3} idPrefix="version-diff" /> : null}
    </section>
  );
}

type Outcome =
  | { kind: 'checked'; result: CheckResult }
  | { kind: 'published'; version: CatalogVersion }
  | { kind: 'failed'; error: unknown; problems: CatalogProblem[] };

function PublishVersion({ current, onPublished }: { current: string; onPublished: () => void }) {
  const { t, describeError } = useAppState();
  const { modal } = App.useApp();
  const [yaml, setYaml] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'check' | 'publish' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const source = useLoad(`export:${current}`, (signal) => adminApi.exportVersion(current, signal));

  // The current version's text is where every edit starts.
  useEffect(() => {
    if (source.data) setYaml(source.data.yaml);
  }, [source.data]);

  async function check() {
    setBusy('check');
    setOutcome(null);
    try {
      setOutcome({ kind: 'checked', result: await adminApi.check(yaml, note.trim() || undefined) });
    } catch (error) {
      setOutcome({ kind: 'failed', error, problems: [] });
    } finally {
      setBusy(null);
    }
  }

  async function publish() {
    setBusy('publish');
    setOutcome(null);
    try {
      const version = await adminApi.publish(yaml, note.trim() || undefined);
      setOutcome({ kind: 'published', version });
      setNote('');
      onPublished();
    } catch (error) {
      setOutcome({
        kind: 'failed',
        error,
        problems: error instanceof ApiError ? problemsOf(error.details) : [],
      });
    } finally {
      setBusy(null);
    }
  }

  function confirmPublish() {
    modal.confirm({
      title: t('adminPublishConfirmTitle'),
      content: t('adminPublishConfirm'),
      okText: t('adminPublishConfirmOk'),
      cancelText: t('cancel'),
      onOk: () => void publish(),
    });
  }

  return (
    <section aria-labelledby="admin-publish" className="lb-admin-section">
      <h2 id="admin-publish">{t('adminPublishTitle')}</h2>
      <ol className="lb-admin-steps">
        <li>{t('adminPublishStep1', { version: current })}</li>
        <li>{t('adminPublishStep2')}</li>
        <li>{t('adminPublishStep3')}</li>
      </ol>
      {source.error ? <LoadError error={source.error} onRetry={source.reload} /> : null}
      <div className="lb-field">
        <label htmlFor="catalog-yaml" className="lb-label">
          {t('adminYamlLabel')}
        </label>
        <Input.TextArea
          id="catalog-yaml"
          className="lb-yaml"
          value={yaml}
          onChange={(event) => setYaml(event.target.value)}
          autoSize={{ minRows: 16, maxRows: 32 }}
          spellCheck={false}
          aria-describedby="catalog-yaml-help"
          disabled={!source.data && source.loading}
        />
        <div id="catalog-yaml-help" className="lb-field-help">
          {t('adminYamlHelp')}
        </div>
      </div>
      <div className="lb-field">
        <label htmlFor="catalog-note" className="lb-label">
          {t('adminNoteLabel')}
        </label>
        <Input
          id="catalog-note"
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <Flex gap="middle" wrap className="lb-gap">
        <Button onClick={() => void check()} loading={busy === 'check'} disabled={busy !== null || !yaml}>
          {t('adminCheck')}
        </Button>
        <Button
          type="primary"
          onClick={confirmPublish}
          loading={busy === 'publish'}
          disabled={busy !== null || !yaml}
        >
          {t('adminPublish')}
        </Button>
        <Button
          onClick={() => {
            setOutcome(null);
            if (source.data) setYaml(source.data.yaml);
          }}
          disabled={busy !== null || !source.data}
        >
          {t('adminReload', { version: current })}
        </Button>
      </Flex>
      <div aria-live="polite">
        {outcome ? <OutcomeView outcome={outcome} describeError={describeError} /> : null}
      </div>
    </section>
  );
}

function OutcomeView({
  outcome,
  describeError,
}: {
  outcome: Outcome;
  describeError: (e: unknown) => string;
}) {
  const { t } = useAppState();
  if (outcome.kind === 'published') {
    return (
      <Alert
        className="lb-alert-success"
        type="success"
        showIcon
        title={t('adminPublished', { version: outcome.version.version })}
        description={t('adminPublishedHint')}
      />
    );
  }
  if (outcome.kind === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={describeError(outcome.error)}
        description={outcome.problems.length > 0 ? <ProblemList problems={outcome.problems} /> : undefined}
      />
    );
  }
  const { result } = outcome;
  if (!result.ok) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('adminCheckProblems', { count: result.problems.length })}
        description={<ProblemList problems={result.problems} />}
      />
    );
  }
  return (
    <>
      <Alert
        className="lb-gap lb-alert-success"
        type="success"
        showIcon
        title={result.diff?.unchanged ? t('adminCheckUnchanged') : t('adminCheckOk')}
      />
      {result.diff && result.diff.from === result.diff.to && !result.diff.unchanged ? (
        <Alert
          className="lb-gap"
          type="warning"
          showIcon
          title={t('adminCheckSameVersion', { version: result.diff.to })}
        />
      ) : null}
      {result.diff ? (
        <section aria-labelledby="check-diff">
          <h3 id="check-diff">{t('adminCheckDiffTitle')}</h3>
          <CatalogDiffView diff={result.diff} level={4} idPrefix="check-diff" />
        </section>
      ) : null}
    </>
  );
}
