/**
 * One case as a supervisor sees it (督办查看): where each department stands against its time
 * limit, with the family's names and phone masked. Opening it is recorded on the server, and the
 * drawer says so before anything else.
 */
import { Alert, Typography } from 'antd';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { ScrollDrawer } from '../components/scroll-drawer.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime, type MessageKey } from '../i18n.ts';
import { TONES, type Tone } from '../theme.ts';
import { RATING_LEVEL_KEYS } from '../workflow-api.ts';
import { CHANNEL_KEYS, formatDays, type Names } from './dashboard-words.ts';
import { type Column, DataTable } from './data-table.tsx';
import { isOutOfScope } from './out-of-scope.tsx';
import { dashboardApi, type SupervisedCase } from './supervision-api.ts';

type SubCase = SupervisedCase['subCases'][number];

const STATUS: Record<SubCase['status'], { key: MessageKey; tone: Tone }> = {
  'on-track': { key: 'limitOnTrack', tone: 'success' },
  'due-soon': { key: 'limitDueSoon', tone: 'warning' },
  overdue: { key: 'limitOverdue', tone: 'error' },
  paused: { key: 'limitPaused', tone: 'neutral' },
  ended: { key: 'limitEnded', tone: 'neutral' },
  'not-started': { key: 'limitNotStarted', tone: 'neutral' },
};

export function SupervisedCaseDrawer({
  code,
  names,
  onClose,
}: {
  code: string | null;
  names: Names;
  onClose: () => void;
}) {
  const { t } = useAppState();
  const title = code ? t('caseViewTitle', { code }) : t('caseViewTitle', { code: '' });
  return (
    <ScrollDrawer
      open={code !== null}
      onClose={onClose}
      title={title}
      regionLabel={title}
      size={760}
      destroyOnHidden
    >
      {code ? <CaseView code={code} names={names} /> : null}
    </ScrollDrawer>
  );
}

function CaseView({ code, names }: { code: string; names: Names }) {
  const { t, language } = useAppState();
  const loaded = useLoad(`supervised-case-${code}`, (signal) => dashboardApi.supervisedCase(code, signal));
  const data = loaded.data;

  const audited = (
    <Alert
      type="info"
      showIcon
      title={t('caseViewAudited')}
      className="lb-gap"
      data-testid="case-view-audited"
    />
  );
  if (loaded.error) {
    return isOutOfScope(loaded.error) ? (
      <Alert type="warning" showIcon title={t('caseViewRefused')} data-testid="case-view-refused" />
    ) : (
      <LoadError error={loaded.error} onRetry={loaded.reload} />
    );
  }
  if (!data) return <Loading />;

  const columns: Column<SubCase>[] = [
    { key: 'matter', title: t('matter'), render: (s) => names.matter(s.matterCode) },
    { key: 'department', title: t('department'), render: (s) => names.department(s.departmentCode) },
    { key: 'state', title: t('state'), render: (s) => <StateTag kind="sub-case" state={s.state} t={t} /> },
    { key: 'due', title: t('colDue'), nowrap: true, render: (s) => s.dueOn ?? t('notSet') },
    {
      key: 'limit',
      title: t('colLimitStatus'),
      render: (s) => {
        const status = STATUS[s.status];
        const tone = TONES[status.tone];
        // The case view carries the due date (its own column), not the working days left.
        const words = t(status.key);
        return (
          <span
            className="lb-state-tag"
            data-testid="case-view-limit"
            data-status={s.status}
            style={{ color: tone.color, background: tone.background, borderColor: tone.border }}
          >
            {words}
            {s.escalated ? ` · ${t('escalatedYes')}` : ''}
          </span>
        );
      },
    },
    { key: 'ended', title: t('colEndedOn'), nowrap: true, render: (s) => s.endedOn ?? t('notSet') },
    {
      key: 'handled',
      title: t('colHandled'),
      numeric: true,
      render: (s) =>
        s.handledWorkingDays === null
          ? t('notSet')
          : t('workingDays', { days: formatDays(language, s.handledWorkingDays) }),
    },
  ];

  return (
    <div className="lb-case-view" data-testid="supervised-case">
      {audited}
      <dl className="lb-facts">
        <div>
          <dt>{t('caseState')}</dt>
          <dd>
            <StateTag kind="case" state={data.state} t={t} testId="case-view-state" />
          </dd>
        </div>
        <div>
          <dt>{t('channelColumn')}</dt>
          <dd>{t(CHANNEL_KEYS[data.channel])}</dd>
        </div>
        <div>
          <dt>{t('regionColumn')}</dt>
          <dd>{names.region(data.regionCode)}</dd>
        </div>
        <div>
          <dt>{t('deceased')}</dt>
          <dd data-testid="case-view-deceased">{data.deceasedNameMasked}</dd>
        </div>
        <div>
          <dt>{t('caseViewApplicant')}</dt>
          <dd>
            {data.applicantNameMasked}
            <span className="lb-note"> {data.applicantPhoneMasked}</span>
          </dd>
        </div>
        <div>
          <dt>{t('submittedAt')}</dt>
          <dd>{formatDateTime(language, data.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('decidedAt')}</dt>
          <dd>{formatDateTime(language, data.completedAt)}</dd>
        </div>
      </dl>
      <Typography.Title level={2} className="lb-drawer-heading">
        {t('progressByDepartment')}
      </Typography.Title>
      <DataTable
        caption={t('progressByDepartment')}
        columns={columns}
        rows={data.subCases}
        rowKey={(s) => `${s.departmentCode}|${s.matterCode}`}
        testId="case-view-sub-cases"
      />
      <Typography.Title level={2} className="lb-drawer-heading">
        {t('caseViewRatings')}
      </Typography.Title>
      {data.ratings.length === 0 ? (
        <p className="lb-empty">{t('caseViewNoRatings')}</p>
      ) : (
        <ul className="lb-plain-list">
          {data.ratings.map((r) => (
            <li key={r.target}>
              <span className="lb-strong">
                {r.target === 'case'
                  ? t('ratingWholeService')
                  : names.department(r.target.replace(/^department:/, ''))}
              </span>
              {'：'}
              {t(RATING_LEVEL_KEYS[r.level] ?? 'notSet')}
              {r.comment ? <span className="lb-note"> {r.comment}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
