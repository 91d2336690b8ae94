/**
 * One field of the merged form, the same on the family's phone and at the window. A value from a
 * certified source (population registry, death certificate, unified identity) is shown as text
 * with where it came from, and cannot be changed — only reported as wrong with a note (信息有误？).
 * Every other value is an input with its label, hint, source (when prefilled) and problem under it.
 */
import { Button, Input } from 'antd';
import { type ReactNode, useState } from 'react';
import { KNOWN_BANKS } from '../../domain/form-validation.ts';
import { useAppState } from '../app-state.tsx';
import { NativeSelect } from '../components/native-select.tsx';
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

/** The value as a person reads it: a choice by its label, an empty value as a dash. */
export function displayValue(language: Language, field: DraftField, value: string): string {
  if (!value) return '—';
  const option = field.options.find((o) => o.value === value);
  return option ? pick(language, option.zh, option.en) : value;
}

/** Today in China, the latest date a date of death may have. */
function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
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
  const common = {
    id,
    value,
    onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    status: error ? ('error' as const) : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };

  let control: ReactNode;
  switch (field.input) {
    case 'select':
      control = (
        <NativeSelect
          id={id}
          value={value}
          placeholder={t('choosePlaceholder')}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
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
      break;
    case 'date':
      control = <Input {...common} type="date" min="1900-01-01" max={chinaToday()} />;
      break;
    case 'phone':
      control = <Input {...common} type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} />;
      break;
    case 'id-number':
      control = <Input {...common} autoComplete="off" spellCheck={false} maxLength={18} />;
      break;
    case 'bank-card':
      control = (
        <Input {...common} inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={23} />
      );
      break;
    case 'bank-name':
      control = (
        <>
          <Input {...common} list={`${id}-banks`} autoComplete="off" maxLength={30} />
          <datalist id={`${id}-banks`}>
            {KNOWN_BANKS.map((bank) => (
              <option key={bank} value={bank} />
            ))}
          </datalist>
        </>
      );
      break;
    default:
      control = (
        <Input
          {...common}
          autoComplete={field.key === 'applicant.name' ? 'name' : 'off'}
          maxLength={field.key.endsWith('name') || field.key.endsWith('Holder') ? 40 : 100}
        />
      );
  }

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
      <div id={`${id}-flag`} hidden={!open} className="lb-flag-box">
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
          <Button type="primary" loading={saving} disabled={!note.trim()} onClick={() => void send(note)}>
            {t('flagSend')}
          </Button>
          {field.flagged ? (
            <Button disabled={saving} onClick={() => void send('')}>
              {t('flagWithdraw')}
            </Button>
          ) : null}
          <Button disabled={saving} onClick={() => setOpen(false)}>
            {t('cancel')}
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
