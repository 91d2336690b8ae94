/**
 * The one correction notice (补正告知, 一次性告知): the clerk ticks every field and material that
 * must be put right — as many as needed — gives each its own reason, and sends them together, so
 * the family is told everything at once and asked nothing else afterwards.
 */
import { Alert, Checkbox, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useAppState } from '../app-state.tsx';
import { pick } from '../i18n.ts';
import { type CorrectionItem, type WindowCase, windowApi } from '../workflow-api.ts';

interface Choice {
  checked: boolean;
  reason: string;
}

const idOf = (kind: CorrectionItem['kind'], key: string) => `${kind}:${key}`;

/** Element ids may not contain dots or colons usefully in selectors; keep them plain. */
const domId = (id: string) => `correction-${id.replace(/[^a-zA-Z0-9-]/g, '-')}`;

export function CorrectionNoticeModal({
  item,
  onCancel,
  onSent,
}: {
  item: WindowCase;
  onCancel(): void;
  onSent(updated: WindowCase): void;
}) {
  const { t, language, describeError } = useAppState();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const chosen = Object.entries(choices).filter(([, c]) => c.checked);
  const missingReason = (id: string) => {
    const choice = choices[id];
    return Boolean(choice?.checked && choice.reason.trim().length < 2);
  };

  function update(id: string, patch: Partial<Choice>) {
    setChoices((all) => ({ ...all, [id]: { checked: false, reason: '', ...all[id], ...patch } }));
  }

  async function send() {
    setShowProblems(true);
    if (chosen.length === 0 || chosen.some(([id]) => missingReason(id))) return;
    setBusy(true);
    setFailure(null);
    try {
      const items: CorrectionItem[] = chosen.map(([id, choice]) => {
        const [kind, ...rest] = id.split(':');
        return { kind: kind as CorrectionItem['kind'], key: rest.join(':'), reason: choice.reason.trim() };
      });
      onSent(await windowApi.requestCorrection(item.id, item.version, items));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  // A plain function, not a component: a component defined here would be remounted on every
  // keystroke and the reason box would lose focus.
  function row(id: string, label: string) {
    const choice = choices[id];
    const problem = showProblems && missingReason(id);
    const reasonId = `${domId(id)}-reason`;
    return (
      <li key={id} className="lb-correction-row" data-item={id}>
        <Checkbox
          checked={choice?.checked ?? false}
          onChange={(event) => update(id, { checked: event.target.checked })}
        >
          {label}
        </Checkbox>
        {choice?.checked ? (
          <div className="lb-correction-reason">
            <label htmlFor={reasonId} className="lb-label">
              {t('correctionReasonFor', { label })}
            </label>
            <Input
              id={reasonId}
              value={choice.reason}
              maxLength={300}
              status={problem ? 'error' : undefined}
              aria-invalid={problem || undefined}
              aria-describedby={problem ? `${reasonId}-problem` : undefined}
              onChange={(event) => update(id, { reason: event.target.value })}
            />
            {problem ? (
              <p id={`${reasonId}-problem`} className="lb-field-error">
                {t('correctionReasonRequired')}
              </p>
            ) : null}
          </div>
        ) : null}
      </li>
    );
  }

  return (
    <Modal
      open
      width={760}
      title={t('correctionTitle')}
      okText={t('correctionSend', { count: chosen.length })}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void send()}
    >
      <Typography.Paragraph>{t('correctionIntro')}</Typography.Paragraph>
      {failure ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
      ) : null}
      {showProblems && chosen.length === 0 ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={t('correctionNothingChosen')} />
      ) : null}
      {item.form.map((group) => (
        <fieldset key={group.id} className="lb-correction-group">
          <legend>{pick(language, group.title.zh, group.title.en)}</legend>
          <ul className="lb-plain-list">
            {group.fields.map((field) =>
              row(idOf('field', field.key), pick(language, field.label.zh, field.label.en)),
            )}
          </ul>
        </fieldset>
      ))}
      <fieldset className="lb-correction-group">
        <legend>{t('materialsHeading')}</legend>
        <ul className="lb-plain-list">
          {item.materials.map((material) =>
            row(idOf('material', material.code), pick(language, material.name.zh, material.name.en)),
          )}
        </ul>
      </fieldset>
    </Modal>
  );
}
