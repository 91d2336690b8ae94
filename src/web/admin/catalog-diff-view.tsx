/**
 * A catalog difference as a reviewer reads it: per part (basic information, matters, materials,
 * questions, regional profiles), each entry added, removed or changed, and for each change the
 * path with its old and new value.
 */
import { useAppState } from '../app-state.tsx';
import type { MessageKey } from '../i18n.ts';
import { TONES, type Tone } from '../theme.ts';
import type { CatalogDiff, CatalogProblem, EntryDiff, FieldChange } from './admin-api.ts';

const PARTS: { key: 'matters' | 'materials' | 'questions' | 'profiles'; label: MessageKey }[] = [
  { key: 'matters', label: 'diffPartMatters' },
  { key: 'materials', label: 'diffPartMaterials' },
  { key: 'questions', label: 'diffPartQuestions' },
  { key: 'profiles', label: 'diffPartProfiles' },
];

const CHANGE: Record<EntryDiff['change'], { label: MessageKey; tone: Tone }> = {
  added: { label: 'diffAdded', tone: 'success' },
  removed: { label: 'diffRemoved', tone: 'error' },
  changed: { label: 'diffChanged', tone: 'info' },
};

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
}

interface CatalogDiffViewProps {
  diff: CatalogDiff;
  /** Heading level of each part; the view sits under the caller's own heading. */
  level: 3 | 4;
  idPrefix: string;
}

export function CatalogDiffView({ diff, level, idPrefix }: CatalogDiffViewProps) {
  const { t } = useAppState();
  const Heading = level === 3 ? 'h3' : 'h4';
  const parts = PARTS.filter((part) => diff[part.key].length > 0);
  if (diff.meta.length === 0 && parts.length === 0) {
    return <p className="lb-paragraph">{t('diffNone')}</p>;
  }
  return (
    <div className="lb-diff" data-testid="catalog-diff">
      <p className="lb-paragraph">
        {t('diffFromTo', { from: diff.from, to: diff.to })}
        {diff.unchanged ? ` ${t('diffOnlyVersion')}` : ''}
      </p>
      {diff.meta.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-meta`} className="lb-diff-part">
          <Heading id={`${idPrefix}-meta`}>{t('diffPartMeta', { count: diff.meta.length })}</Heading>
          <ChangeList changes={diff.meta} />
        </section>
      ) : null}
      {parts.map((part) => (
        <section key={part.key} aria-labelledby={`${idPrefix}-${part.key}`} className="lb-diff-part">
          <Heading id={`${idPrefix}-${part.key}`}>{t(part.label, { count: diff[part.key].length })}</Heading>
          <ul className="lb-plain-list">
            {diff[part.key].map((entry) => (
              <li key={entry.key} className="lb-diff-entry">
                <p className="lb-diff-key">
                  <ChangeTag change={entry.change} /> <code className="lb-code">{entry.key}</code>
                </p>
                {entry.changes.length > 0 ? <ChangeList changes={entry.changes} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ChangeTag({ change }: { change: EntryDiff['change'] }) {
  const { t } = useAppState();
  const tone = TONES[CHANGE[change].tone];
  return (
    <span
      className="lb-state-tag"
      data-change={change}
      style={{ color: tone.color, background: tone.background, borderColor: tone.border }}
    >
      {t(CHANGE[change].label)}
    </span>
  );
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  const { t } = useAppState();
  return (
    <table className="lb-diff-table">
      <thead>
        <tr>
          <th scope="col">{t('diffPath')}</th>
          <th scope="col">{t('diffBefore')}</th>
          <th scope="col">{t('diffAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <td>
              <code className="lb-code">{change.path || t('notSet')}</code>
            </td>
            <td className="lb-diff-before">
              {change.before === null || change.before === undefined ? (
                <span className="lb-empty">{t('diffNothing')}</span>
              ) : (
                <del>{show(change.before)}</del>
              )}
            </td>
            <td className="lb-diff-after">
              {change.after === null || change.after === undefined ? (
                <span className="lb-empty">{t('diffNothing')}</span>
              ) : (
                <ins>{show(change.after)}</ins>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProblemList({ problems }: { problems: CatalogProblem[] }) {
  return (
    <ul className="lb-error-list lb-problem-list">
      {problems.map((problem) => (
        <li key={`${problem.file}:${problem.path}:${problem.message}`}>
          <code className="lb-code">{problem.file}</code>
          {problem.path ? (
            <>
              {' · '}
              <code className="lb-code">{problem.path}</code>
            </>
          ) : null}
          {' · '}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
