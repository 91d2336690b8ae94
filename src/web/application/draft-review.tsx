/**
 * The last look before submitting: every value of the form by group, every material with how it
 * is provided, and the declaration (承诺与授权) as a checkbox labelled with its own full text, so
 * what is ticked is exactly what is recorded. The window adds a second checkbox: the applicant
 * agreed in person to the clerk's help.
 */
import { Button, Checkbox } from 'antd';
import { useAppState } from '../app-state.tsx';
import type { DraftView } from './draft-api.ts';
import { displayValue, textIn } from './draft-field.tsx';
import { LINK_STYLE } from './link-style.ts';

interface DraftReviewProps {
  draft: DraftView;
  shownValue(key: string): string;
  idPrefix: string;
  /** Offered on the phone: go back to a group's screen (or the materials screen) to change it. */
  onEdit?: (screenId: string) => void;
}

export function DraftReview({ draft, shownValue, idPrefix, onEdit }: DraftReviewProps) {
  const { t, language } = useAppState();
  return (
    <div className="lb-review">
      {draft.form.map((group) => {
        const title = textIn(language, group.title);
        return (
          <section
            key={group.id}
            aria-labelledby={`${idPrefix}-review-${group.id}`}
            className="lb-review-group"
          >
            <div className="lb-review-heading">
              <h3 id={`${idPrefix}-review-${group.id}`}>{title}</h3>
              {onEdit ? (
                <Button
                  type="link"
                  className="lb-link-button"
                  style={LINK_STYLE}
                  aria-label={`${t('reviewChange')}${t('flagFor', { label: title })}`}
                  onClick={() => onEdit(group.id)}
                >
                  {t('reviewChange')}
                </Button>
              ) : null}
            </div>
            <dl className="lb-facts lb-review-list">
              {group.fields.map((field) => (
                <div key={field.key}>
                  <dt>{textIn(language, field.label)}</dt>
                  <dd>
                    {displayValue(language, field, shownValue(field.key))}
                    {field.flagged ? (
                      <span className="lb-flag-note-inline">{t('flaggedNote', { note: field.flagged })}</span>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
      <section aria-labelledby={`${idPrefix}-review-materials`} className="lb-review-group">
        <div className="lb-review-heading">
          <h3 id={`${idPrefix}-review-materials`}>{t('materialsTitle')}</h3>
          {onEdit ? (
            <Button
              type="link"
              className="lb-link-button"
              style={LINK_STYLE}
              aria-label={`${t('reviewChange')}${t('flagFor', { label: t('materialsTitle') })}`}
              onClick={() => onEdit('materials')}
            >
              {t('reviewChange')}
            </Button>
          ) : null}
        </div>
        <dl className="lb-facts lb-review-list">
          {draft.materials.map((material) => {
            const uploads = material.items.filter((i) => i.kind === 'upload').length;
            const other = material.items.find((i) => i.kind !== 'upload');
            return (
              <div key={material.code}>
                <dt>{textIn(language, material.name)}</dt>
                <dd>
                  {other
                    ? other.kind === 'e-licence'
                      ? t('reviewByELicence')
                      : t('reviewByIssuer')
                    : uploads > 0
                      ? t('reviewUploaded', { count: uploads })
                      : t('reviewNotUploaded')}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </div>
  );
}

interface ConsentCheckboxProps {
  id: string;
  text: string;
  checked: boolean;
  error: string | undefined;
  onChange(checked: boolean): void;
}

/** A declaration to accept: the checkbox is labelled with the whole text. */
export function ConsentCheckbox({ id, text, checked, error, onChange }: ConsentCheckboxProps) {
  return (
    <div className={`lb-consent${error ? ' lb-consent-invalid' : ''}`}>
      <Checkbox
        id={id}
        checked={checked}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.checked)}
      >
        {text}
      </Checkbox>
      {error ? (
        <p id={`${id}-error`} className="lb-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
