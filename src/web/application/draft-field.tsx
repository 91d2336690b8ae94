/**
 * One field of the merged form, the same on the family's phone and at the window. A value from a
 * certified source (population registry, death certificate, unified identity) is shown as text
 * with where it came from, and cannot be changed — only reported as wrong with a note (信息有误？).
 * Every other value is an input with its label, hint, source (when prefilled) and problem under it.
 */
import { Button, Input } from 'antd';
import { type ReactNode, useContext, useState } from 'react';
import { serviceDate } from '../../domain/clock.ts';
import { fieldDisplayText } from '../../domain/field-display.ts';
import { BANK_NAME_MAX_LENGTH, KNOWN_BANKS } from '../../domain/form-validation.ts';
import { useAppState } from '../app-state.tsx';
import { NativeSelect } from '../components/native-select.tsx';
import { DrawnByServer } from '../components/use-load.ts';
import { type Language, pick } from '../i18n.ts';
import type { DraftField, DraftProblem } from './draft-api.ts';
import { LINK_STYLE } from './link-style.ts';

/** A DOM id for a field key ("payee.accountNumber" → "apply-payee-accountNumber"). */
export function fieldDomId(idPrefix: string, key: string): string {
  return `${idPrefix}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function textIn(language: Language, text: { zh: string; en: string }): string {
  return pick(language, text.zh, text.en);
}

export function problemText(language: Language, problem: DraftProblem): string {
  return pick(language, problem.zh, problem.en);
}

/** The value as a person reads it (the same words the window and departments see), or a dash. */
export function displayValue(language: Language, field: Pick<DraftField, 'key'>, value: string): string {
  const text = fieldDisplayText(field.key, value);
  return text ? pick(language, text.zh, text.en) : '—';
}

interface DraftFieldViewProps {
  field: DraftField;
  idPrefix: string;
  value: string;
  /** The problem to show under the field, if it is to be shown now. */
  error: string | undefined;
  onChange(value: string): void;
  onBlur(): void;
  onFlag(note: string): Promise<void>;
}

export function DraftFieldView(props: DraftFieldViewProps) {
  return props.field.certified ? <CertifiedField {...props} /> : <EditableField {...props} />;
}

/** The props of one input of the merged form, wherever it is asked (application or correction). */
export interface FieldControlProps {
  id: string;
  field: { key: string; input: string; options: readonly { value: string; zh: string; en: string }[] };
  value: string;
  describedBy: string | undefined;
  invalid: boolean;
  onChange(value: string): void;
  onBlur?(): void;
}

/**
 * The input for one field of the merged form — the same control, choices and suggestions (the
 * list of banks) whether the family fills in the application or puts a field right afterwards.
 */
export function FieldControl({
  id,
  field,
  value,
  describedBy,
  invalid,
  onChange,
  onBlur,
}: FieldControlProps) {
  const { t, language } = useAppState();
  const common = {
    id,
    value,
    onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? true : undefined,
    status: invalid ? ('error' as const) : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  switch (field.input) {
    case 'select':
      return (
        <NativeSelect
          id={id}
          value={value}
          placeholder={t('choosePlaceholder')}
          aria-describedby={describedBy}
          aria-invalid={invalid ? true : undefined}
          onChange={(event) => {
            onChange(event.target.value);
          }}
          onBlur={onBlur}
        >
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {pick(language, option.zh, option.en)}
            </option>
          ))}
        </NativeSelect>
      );
    case 'date':
      return <Input {...common} type="date" min="1900-01-01" max={serviceDate(new Date())} />;
    case 'phone':
      return <Input {...common} type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} />;
    case 'id-number':
      return <Input {...common} autoComplete="off" spellCheck={false} maxLength={18} />;
    case 'bank-card':
      return <Input {...common} inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={23} />;
    case 'bank-name':
      return (
        <>
          <Input {...common} list={`${id}-banks`} autoComplete="off" maxLength={BANK_NAME_MAX_LENGTH} />
          <datalist id={`${id}-banks`}>
            {KNOWN_BANKS.map((bank) => (
              <option key={bank} value={bank} />
            ))}
          </datalist>
        </>
      );
    default:
      return (
        <Input
          {...common}
          autoComplete={field.key === 'applicant.name' ? 'name' : 'off'}
          maxLength={field.key.endsWith('name') || field.key.endsWith('Holder') ? 40 : 100}
        />
      );
  }
}

function EditableField({ field, idPrefix, value, error, onChange, onBlur }: DraftFieldViewProps) {
  const { t, language } = useAppState();
  const id = fieldDomId(idPrefix, field.key);
  const sourceId = `${id}-source`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [field.sourceLabel ? sourceId : null, field.hint ? hintId : null, error ? errorId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const control: ReactNode = (
    <FieldControl
      id={id}
      field={field}
      value={value}
      describedBy={describedBy}
      invalid={Boolean(error)}
      onChange={onChange}
      onBlur={onBlur}
    />
  );

  return (
    <div className="lb-field lb-draft-field" data-field={field.key}>
      <label htmlFor={id} className="lb-label">
        {textIn(language, field.label)}
        {field.optional ? <span className="lb-optional">{t('optionalMark')}</span> : null}
      </label>
      {control}
      {field.sourceLabel ? (
        <div id={sourceId} className="lb-field-source">
          {t('fieldSourceEditable', { source: textIn(language, field.sourceLabel) })}
        </div>
      ) : null}
      {field.hint ? (
        <div id={hintId} className="lb-field-help">
          {textIn(language, field.hint)}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="lb-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function CertifiedField({ field, idPrefix, value, error, onFlag }: DraftFieldViewProps) {
  const { t, language, describeError } = useAppState();
  const id = fieldDomId(idPrefix, field.key);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState(field.flagged ?? '');
  const [saving, setSaving] = useState(false);
  const [flagError, setFlagError] = useState<string | null>(null);
  const label = textIn(language, field.label);
  // On a screen the server draws, the page's script opens the box (application/drawn-draft.ts).
  const drawn = useContext(DrawnByServer);

  async function send(text: string) {
    setSaving(true);
    setFlagError(null);
    try {
      await onFlag(text.trim());
      setOpen(false);
    } catch (caught) {
      setFlagError(describeError(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <fieldset id={id} tabIndex={-1} className="lb-field lb-draft-field lb-certified" data-field={field.key}>
      <legend className="lb-label">{label}</legend>
      <p className="lb-certified-value">{displayValue(language, field, value)}</p>
      <p className="lb-field-source">
        {field.sourceLabel
          ? t('fieldSourceCertified', { source: textIn(language, field.sourceLabel) })
          : t('fieldSourceStart')}
      </p>
      {field.flagged ? (
        <p className="lb-flag-note" data-testid="flag-note">
          {t('flaggedNote', { note: field.flagged })}
        </p>
      ) : null}
      {error ? <p className="lb-field-error">{error}</p> : null}
      <Button
        type="link"
        className="lb-link-button lb-flag-button"
        data-flag-open={drawn ? field.key : undefined}
        style={LINK_STYLE}
        aria-expanded={open}
        aria-controls={`${id}-flag`}
        aria-label={`${field.flagged ? t('flagChange') : t('flagOpen')}${t('flagFor', { label })}`}
        onClick={() => {
          setNote(field.flagged ?? '');
          setOpen(!open);
        }}
      >
        {field.flagged ? t('flagChange') : t('flagOpen')}
      </Button>
      {/* Drawn only when opened: a form has one such box per certified field, each a text area
          that measures itself as it appears. The server draws it closed, for its script. */}
      <div
        id={`${id}-flag`}
        hidden={!open}
        className="lb-flag-box"
        {...(drawn
          ? {
              'data-flag-box': field.key,
              'data-note': field.flagged ?? '',
              'data-network-error': t('networkError'),
              'data-unexpected-error': t('unexpectedError'),
            }
          : {})}
      >
        {open || drawn ? (
          <>
            <label htmlFor={`${id}-flag-note`} className="lb-label">
              {t('flagNoteLabel', { label })}
            </label>
            <Input.TextArea
              id={`${id}-flag-note`}
              value={note}
              maxLength={200}
              autoSize={{ minRows: 2, maxRows: 5 }}
              aria-describedby={`${id}-flag-help`}
              onChange={(event) => setNote(event.target.value)}
            />
            <div id={`${id}-flag-help`} className="lb-field-help">
              {t('flagNoteHelp')}
            </div>
            {flagError ? (
              <p className="lb-field-error" role="alert">
                {flagError}
              </p>
            ) : null}
            <div className="lb-flag-actions">
              <Button
                type="primary"
                loading={saving}
                disabled={!note.trim()}
                data-flag="send"
                onClick={() => void send(note)}
              >
                {t('flagSend')}
              </Button>
              {field.flagged ? (
                <Button disabled={saving} data-flag="withdraw" onClick={() => void send('')}>
                  {t('flagWithdraw')}
                </Button>
              ) : null}
              <Button disabled={saving} data-flag="cancel" onClick={() => setOpen(false)}>
                {t('cancel')}
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
