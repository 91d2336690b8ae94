/**
 * Putting right what the correction notice lists (补正), and only that: each listed field with the
 * window's reason under it, each listed material with an upload, then 重新提交. Nothing else of the
 * application is asked again. A problem the server finds is shown on its own field or material.
 */
import { Alert, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { FORM_FIELDS } from '../../domain/form.ts';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { FieldControl } from '../application/draft-field.tsx';
import { pick } from '../i18n.ts';
import { type CorrectionItem, correctionItemName, familyApi, type TrackedCase } from '../workflow-api.ts';

const domId = (key: string) => `fix-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`;

export function CaseCorrection({
  item,
  onChanged,
}: {
  item: TrackedCase;
  onChanged(updated?: TrackedCase): void;
}) {
  const { t, language, describeError } = useAppState();
  const items = item.correction ?? [];
  const fields = items.filter((entry) => entry.kind === 'field');
  const materials = items.filter((entry) => entry.kind === 'material');
  const [values, setValues] = useState<Record<string, string>>({});
  const [uploaded, setUploaded] = useState<Record<string, string[]>>({});
  const [uploading, setUploading] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const problemText = (p: { zh: string; en: string }) => (language === 'en' ? p.en : p.zh);

  function showProblems(error: unknown): boolean {
    if (!(error instanceof ApiError) || error.fields.length === 0) return false;
    setProblems((all) => ({
      ...all,
      ...Object.fromEntries(error.fields.map((f) => [f.field, problemText(f)])),
    }));
    return true;
  }

  async function upload(entry: CorrectionItem, file: File | undefined) {
    if (!file) return;
    const key = `materials.${entry.key}`;
    setUploading(entry.key);
    setFailure(null);
    setProblems(({ [key]: _gone, ...rest }) => rest);
    try {
      await familyApi.correctMaterial(item.code, entry.key, file);
      setUploaded((all) => ({ ...all, [entry.key]: [...(all[entry.key] ?? []), file.name] }));
    } catch (error) {
      if (!showProblems(error)) setFailure(error);
    } finally {
      setUploading(null);
    }
  }

  async function resubmit() {
    const missing: Record<string, string> = {};
    for (const entry of fields) {
      if (!(values[entry.key] ?? '').trim())
        missing[entry.key] = t('required', { label: correctionItemName(language, entry) });
    }
    for (const entry of materials) {
      if (!uploaded[entry.key]?.length) missing[`materials.${entry.key}`] = t('fixUploadMissing');
    }
    setProblems(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      let version = item.version;
      if (fields.length > 0) {
        const corrected = await familyApi.correctFields(
          item.code,
          Object.fromEntries(fields.map((entry) => [entry.key, (values[entry.key] ?? '').trim()])),
        );
        version = corrected.version;
      }
      onChanged(await familyApi.resubmit(item.code, version));
    } catch (error) {
      if (!showProblems(error)) setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const hintOf = (entry: CorrectionItem) => {
    const hint = FORM_FIELDS.find((f) => f.key === entry.key)?.hint;
    return hint ? pick(language, hint.zh, hint.en) : null;
  };

  /** The same input as in the application: same choices, same suggestions, same limits. */
  function fieldInput(entry: CorrectionItem) {
    const id = domId(entry.key);
    const definition = FORM_FIELDS.find((f) => f.key === entry.key);
    const problem = problems[entry.key];
    const set = (next: string) => {
      setValues((all) => ({ ...all, [entry.key]: next }));
      setProblems(({ [entry.key]: _fixed, ...rest }) => rest);
    };
    return (
      <FieldControl
        id={id}
        field={{ key: entry.key, input: definition?.input ?? 'text', options: definition?.options ?? [] }}
        value={values[entry.key] ?? ''}
        describedBy={[
          `${id}-reason`,
          definition?.hint ? `${id}-hint` : null,
          problem ? `${id}-problem` : null,
        ]
          .filter(Boolean)
          .join(' ')}
        invalid={Boolean(problem)}
        onChange={set}
      />
    );
  }

  return (
    <Card className="lb-gap lb-correction" data-testid="correction">
      {/* Where 去补正 (on the case card and in the message) lands: focused, read first. */}
      <Typography.Title level={2} id="correction" tabIndex={-1}>
        {t('fixTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('fixIntro', { count: items.length })}</Typography.Paragraph>
      {failure ? (
        <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
      ) : null}
      {fields.map((entry) => {
        const id = domId(entry.key);
        const problem = problems[entry.key];
        return (
          <div key={entry.key} className="lb-field" data-fix={entry.key}>
            <label htmlFor={id} className="lb-label lb-strong">
              {correctionItemName(language, entry)}
            </label>
            <p id={`${id}-reason`} className="lb-field-help">
              {t('fixReason', { reason: entry.reason })}
            </p>
            {hintOf(entry) ? (
              <p id={`${id}-hint`} className="lb-field-help">
                {hintOf(entry)}
              </p>
            ) : null}
            {fieldInput(entry)}
            {problem ? (
              <p id={`${id}-problem`} className="lb-field-error">
                {problem}
              </p>
            ) : null}
          </div>
        );
      })}
      {materials.map((entry) => {
        const id = domId(`material-${entry.key}`);
        const problem = problems[`materials.${entry.key}`];
        const files = uploaded[entry.key] ?? [];
        return (
          <div key={entry.key} className="lb-field" data-fix-material={entry.key}>
            <p className="lb-label lb-strong lb-no-margin">{correctionItemName(language, entry)}</p>
            <p id={`${id}-reason`} className="lb-field-help">
              {t('fixReason', { reason: entry.reason })}
            </p>
            <div className="lb-fix-upload">
              {/* The input stays in the page for the keyboard and screen readers; its label is the
                  visible button, as on the application's materials step. */}
              <input
                id={id}
                type="file"
                className="lb-file-input"
                accept="image/*,application/pdf"
                aria-invalid={problem ? true : undefined}
                aria-describedby={`${id}-reason${problem ? ` ${id}-problem` : ''}`}
                disabled={uploading !== null}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = '';
                  void upload(entry, file);
                }}
              />
              <label
                htmlFor={id}
                className={`lb-file-button${uploading === entry.key ? ' lb-file-button-busy' : ''}`}
              >
                {uploading === entry.key
                  ? t('uploading')
                  : t('fixUpload', { material: correctionItemName(language, entry) })}
              </label>
            </div>
            {files.length > 0 ? (
              <p className="lb-upload-done" data-testid="fix-uploaded">
                {t('fixUploaded', { count: files.length })}
              </p>
            ) : null}
            {problem ? (
              <p id={`${id}-problem`} className="lb-field-error">
                {problem}
              </p>
            ) : null}
          </div>
        );
      })}
      <Button
        type="primary"
        size="large"
        block
        loading={busy}
        disabled={uploading !== null}
        onClick={() => void resubmit()}
      >
        {t('fixResubmit')}
      </Button>
    </Card>
  );
}
