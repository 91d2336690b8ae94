/**
 * 好差评: the family rates the whole service once and each department that has finished once, on
 * five levels (非常满意 … 非常不满意), with an optional comment. A thank-you follows; after a poor
 * rating the page says plainly that a supervisor will call back, because one will (a follow-up is
 * opened for the supervisor with its own deadline).
 */
import { Alert, App, Button, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { pick } from '../i18n.ts';
import {
  familyApi,
  POOR_RATING,
  RATING_LEVEL_KEYS,
  RATING_LEVELS,
  type TrackedCase,
} from '../workflow-api.ts';

const ENDED = ['completed', 'rejected', 'approved'];

interface Target {
  target: string;
  name: string;
}

/** What may be rated now: the case once it is decided, and each department whose work has ended. */
export function ratingTargets(item: TrackedCase, language: 'zh' | 'en', caseName: string): Target[] {
  const targets: Target[] = [];
  if (['rejected', 'ready_for_delivery', 'delivered', 'completed'].includes(item.state)) {
    targets.push({ target: 'case', name: caseName });
  }
  const seen = new Set<string>();
  for (const sub of item.subCases) {
    if (seen.has(sub.departmentCode)) continue;
    const mine = item.subCases.filter((s) => s.departmentCode === sub.departmentCode);
    if (!mine.every((s) => ENDED.includes(s.state))) continue;
    seen.add(sub.departmentCode);
    targets.push({
      target: `department:${sub.departmentCode}`,
      name: pick(language, sub.departmentNameZh, sub.departmentNameEn),
    });
  }
  return targets;
}

export function CaseRating({ item, onRated }: { item: TrackedCase; onRated(updated: TrackedCase): void }) {
  const { t, language } = useAppState();
  const targets = ratingTargets(item, language, t('ratingWholeService'));
  if (targets.length === 0) return null;
  return (
    <section className="lb-rating" aria-labelledby="rating-heading">
      <Typography.Title level={2} id="rating-heading">
        {t('ratingTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('ratingIntro')}</Typography.Paragraph>
      {targets.map((target) => (
        <RatingForm key={target.target} item={item} target={target} onRated={onRated} />
      ))}
    </section>
  );
}

function RatingForm({
  item,
  target,
  onRated,
}: {
  item: TrackedCase;
  target: Target;
  onRated(updated: TrackedCase): void;
}) {
  const { t, describeError } = useAppState();
  const { message } = App.useApp();
  const given = item.ratings.find((r) => r.target === target.target);
  const [level, setLevel] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [justGiven, setJustGiven] = useState<number | null>(null);
  const id = `rating-${target.target.replace(/[^a-z0-9-]/g, '-')}`;

  async function send() {
    if (level === null) {
      setProblem(t('ratingChoose'));
      return;
    }
    setBusy(true);
    setProblem(null);
    setFailure(null);
    try {
      const updated = await familyApi.rate(item.code, target.target, level, comment.trim() || undefined);
      setJustGiven(level);
      onRated(updated);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ALREADY_RATED') {
        void message.info(describeError(error));
        onRated(await familyApi.get(item.code));
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  }

  const shown = justGiven ?? given?.level ?? null;
  return (
    <div className="lb-rating-target" data-testid="rating" data-target={target.target}>
      <Typography.Title level={3} className="lb-rating-name">
        {target.name}
      </Typography.Title>
      {shown !== null ? (
        <>
          <p className="lb-rating-given">
            {t('ratingGiven', { level: t(RATING_LEVEL_KEYS[shown] ?? 'notSet') })}
          </p>
          {justGiven !== null ? (
            <Alert
              type={justGiven <= POOR_RATING ? 'warning' : 'success'}
              className={justGiven <= POOR_RATING ? undefined : 'lb-alert-success'}
              showIcon
              role="status"
              title={t('ratingThanks')}
              description={justGiven <= POOR_RATING ? t('ratingCallBack') : undefined}
            />
          ) : null}
        </>
      ) : (
        <>
          {failure ? (
            <Alert
              className="lb-gap-small"
              type="error"
              showIcon
              role="alert"
              title={describeError(failure)}
            />
          ) : null}
          <fieldset className="lb-rating-levels" aria-describedby={problem ? `${id}-problem` : undefined}>
            <legend className="lb-visually-hidden">{t('ratingLevelFor', { name: target.name })}</legend>
            <Radio.Group
              name={id}
              value={level}
              onChange={(event) => {
                setLevel(event.target.value as number);
                setProblem(null);
              }}
              options={RATING_LEVELS.map((value) => ({
                value,
                label: t(RATING_LEVEL_KEYS[value] ?? 'notSet'),
              }))}
            />
          </fieldset>
          {problem ? (
            <p id={`${id}-problem`} className="lb-field-error">
              {problem}
            </p>
          ) : null}
          {level !== null && level <= POOR_RATING ? (
            <p className="lb-field-help">{t('ratingPoorHint')}</p>
          ) : null}
          <div className="lb-field">
            <label htmlFor={`${id}-comment`} className="lb-label">
              {t('ratingComment')}
            </label>
            <Input.TextArea
              id={`${id}-comment`}
              value={comment}
              maxLength={500}
              autoSize={{ minRows: 2, maxRows: 5 }}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          <Button type="primary" loading={busy} onClick={() => void send()}>
            {t('ratingSend')}
            <span className="lb-visually-hidden">{t('forMatter', { matter: target.name })}</span>
          </Button>
        </>
      )}
    </div>
  );
}
