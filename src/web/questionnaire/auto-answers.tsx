/**
 * The questions the family was spared: answered from shared data (with the record each answer
 * came from) or settled by the county itself (a cremation area cremates). Shown small and calm,
 * so the family can see what was assumed and say so if it is wrong.
 */
import { Alert } from 'antd';
import { useAppState } from '../app-state.tsx';
import type { SharedDataStatus, SkippedQuestion } from '../guide/catalog-api.ts';
import { textIn } from '../guide/catalog-api.ts';

interface AutoAnswersProps {
  skipped: SkippedQuestion[];
  sharedData: SharedDataStatus;
  idPrefix: string;
}

export function SharedDataNotice({ sharedData }: { sharedData: SharedDataStatus }) {
  const { t } = useAppState();
  if (sharedData === 'not-found') {
    return <Alert className="lb-gap" type="info" showIcon title={t('sharedDataNotFound')} />;
  }
  if (sharedData === 'sign-in-required') {
    return <Alert className="lb-gap" type="warning" showIcon title={t('sharedDataSignInRequired')} />;
  }
  return null;
}

export function AutoAnswers({ skipped, sharedData, idPrefix }: AutoAnswersProps) {
  const { t } = useAppState();
  const fromSharedData = skipped.filter((s) => s.reason === 'shared-data');
  const fromRegion = skipped.filter((s) => s.reason === 'region');
  return (
    <>
      {sharedData === 'used' && fromSharedData.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-shared`} className="lb-auto-answers">
          <h2 id={`${idPrefix}-shared`} className="lb-small-heading">
            {t('autoSharedDataTitle')}
          </h2>
          <p className="lb-note">{t('autoSharedDataIntro')}</p>
          <AnswerList items={fromSharedData} />
        </section>
      ) : null}
      {fromRegion.length > 0 ? (
        <section aria-labelledby={`${idPrefix}-region`} className="lb-auto-answers">
          <h2 id={`${idPrefix}-region`} className="lb-small-heading">
            {t('autoRegionTitle')}
          </h2>
          <AnswerList items={fromRegion} />
        </section>
      ) : null}
    </>
  );
}

function AnswerList({ items }: { items: SkippedQuestion[] }) {
  const { t, language } = useAppState();
  return (
    <ul className="lb-auto-list">
      {items.map((item) => (
        <li key={item.id}>
          <span className="lb-auto-question">{textIn(language, item.question)}</span>
          <span className="lb-auto-answer">
            {item.valueLabel ? textIn(language, item.valueLabel) : t('notSet')}
          </span>
          {item.from ? (
            <span className="lb-note">{t('autoSource', { source: textIn(language, item.from) })}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
