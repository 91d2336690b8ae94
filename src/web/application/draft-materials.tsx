/**
 * The materials of a draft, each once (一套材料): what it is for, and either how the platform
 * already has it (an e-licence, or the issuer's own upload) or a way to upload it. On a phone the
 * family can take a photo (the camera opens) or choose a file; at the window the clerk uploads
 * scans. The size limit is said before anything is chosen; a refusal (wrong type, too large,
 * unreadable) is said under the material, in the server's words.
 */
import { Button } from 'antd';
import { Fragment, useState } from 'react';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { type DraftMaterial, type DraftMaterialItem, type DraftView, draftApi } from './draft-api.ts';
import { problemText, textIn } from './draft-field.tsx';

interface DraftMaterialsProps {
  draft: DraftView;
  idPrefix: string;
  /** phone: a camera button and a file button; desk: one button for a scan. */
  mode: 'phone' | 'desk';
  /** A problem to show under a material (from a check or a submission), by material code. */
  errors: Record<string, string | undefined>;
  onUpload(materialCode: string, file: File): Promise<void>;
  onRemove(itemId: string): Promise<void>;
  /** The level of the headings over the two lists; each material's name is one below. */
  headingLevel: 3 | 4;
}

/** The DOM id of a material's section, for moving focus to it. */
export function materialDomId(idPrefix: string, code: string): string {
  return `${idPrefix}-material-${code}`;
}

/** Which material a problem key ('materials.<code>', 'relationshipProof') belongs to. */
export function materialOfProblem(draft: DraftView, field: string): string | undefined {
  if (field.startsWith('materials.')) return field.slice('materials.'.length);
  if (field === 'relationshipProof') {
    return draft.materials.find((m) => m.code === 'relationship-proof' || m.code === 'heirship-proof')?.code;
  }
  return undefined;
}

function providedBySomeoneElse(material: DraftMaterial): boolean {
  return material.items.some((item) => item.kind !== 'upload');
}

export function DraftMaterials(props: DraftMaterialsProps) {
  const { draft, idPrefix, mode, errors, onUpload, onRemove, headingLevel } = props;
  const { t } = useAppState();
  const ListHeading = headingLevel === 3 ? 'h3' : 'h4';
  const nameLevel = headingLevel === 3 ? 4 : 5;
  const toUpload = draft.materials.filter((m) => !providedBySomeoneElse(m));
  const provided = draft.materials.filter(providedBySomeoneElse);
  const megabytes = Math.round((draft.maxUploadBytes / 1024 / 1024) * 10) / 10;

  return (
    <div className="lb-materials">
      <p className="lb-paragraph" id={`${idPrefix}-upload-rules`}>
        {t('uploadRules', { size: megabytes })}
      </p>
      {[
        { key: 'to-upload', heading: t('materialsToUpload', { count: toUpload.length }), list: toUpload },
        { key: 'provided', heading: t('materialsProvided', { count: provided.length }), list: provided },
      ]
        .filter((group) => group.list.length > 0)
        .map((group) => (
          <Fragment key={group.key}>
            <ListHeading className="lb-group-heading">{group.heading}</ListHeading>
            <ul className="lb-plain-list">
              {group.list.map((material) => (
                <li key={material.code}>
                  <MaterialCard
                    draft={draft}
                    material={material}
                    idPrefix={idPrefix}
                    mode={mode}
                    error={errors[material.code]}
                    onUpload={onUpload}
                    onRemove={onRemove}
                    nameLevel={nameLevel}
                  />
                </li>
              ))}
            </ul>
          </Fragment>
        ))}
    </div>
  );
}

interface MaterialCardProps {
  draft: DraftView;
  material: DraftMaterial;
  idPrefix: string;
  mode: 'phone' | 'desk';
  error: string | undefined;
  onUpload(materialCode: string, file: File): Promise<void>;
  onRemove(itemId: string): Promise<void>;
  nameLevel: 4 | 5;
}

function MaterialCard(props: MaterialCardProps) {
  const { draft, material, idPrefix, mode, error, onUpload, onRemove, nameLevel } = props;
  const NameHeading = nameLevel === 4 ? 'h4' : 'h5';
  const { t, language, describeError } = useAppState();
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const id = materialDomId(idPrefix, material.code);
  const name = textIn(language, material.name);
  const matterNames = material.neededBy
    .map((code) => draft.matters.find((m) => m.code === code))
    .filter((m) => m !== undefined)
    .map((m) => textIn(language, m.name));
  const uploads = material.items.filter((item) => item.kind === 'upload');
  const shown = uploadError ?? error;
  const errorId = `${id}-error`;

  async function choose(file: File | undefined) {
    if (!file) return;
    setUploadError(null);
    if (file.size > draft.maxUploadBytes) {
      setUploadError(t('uploadTooLarge', { size: Math.round(draft.maxUploadBytes / 1024 / 1024) }));
      return;
    }
    setBusy(true);
    try {
      await onUpload(material.code, file);
    } catch (caught) {
      const refusal = caught instanceof ApiError ? caught.fields[0] : undefined;
      setUploadError(refusal ? problemText(language, refusal) : describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  async function remove(item: DraftMaterialItem) {
    setUploadError(null);
    setBusy(true);
    try {
      await onRemove(item.id);
    } catch (caught) {
      setUploadError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  const input = (suffix: string, capture: boolean, text: string, primary: boolean) => (
    <>
      <input
        id={`${id}-${suffix}`}
        className="lb-file-input"
        type="file"
        accept="image/*,application/pdf"
        {...(capture ? { capture: 'environment' as const } : {})}
        disabled={busy}
        aria-describedby={[`${idPrefix}-upload-rules`, shown ? errorId : null].filter(Boolean).join(' ')}
        aria-invalid={shown ? true : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          void choose(file);
        }}
      />
      <label
        htmlFor={`${id}-${suffix}`}
        className={`lb-file-button${primary ? ' lb-file-button-primary' : ''}${busy ? ' lb-file-button-busy' : ''}`}
      >
        {text}
        <span className="lb-visually-hidden">{t('uploadFor', { material: name })}</span>
      </label>
    </>
  );

  return (
    <section
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-name`}
      className={`lb-material${shown ? ' lb-material-invalid' : ''}`}
      data-material={material.code}
    >
      <NameHeading id={`${id}-name`} className="lb-card-heading">
        {name}
      </NameHeading>
      {matterNames.length > 0 ? (
        <p className="lb-note">{t('materialUsedFor', { matters: matterNames.join(t('listSeparator')) })}</p>
      ) : null}
      {material.items.map((item) =>
        item.kind === 'upload' ? (
          <UploadedItem
            key={item.id}
            draftId={draft.id}
            item={item}
            material={name}
            busy={busy}
            onRemove={() => void remove(item)}
          />
        ) : (
          <p key={item.id} className="lb-material-ok" data-testid="material-provided">
            <span aria-hidden="true">✓ </span>
            {item.kind === 'e-licence' ? t('materialByELicence') : t('materialByIssuer')}
            <span className="lb-note-inline">（{textIn(language, item.label)}）</span>
          </p>
        ),
      )}
      {!providedBySomeoneElse(material) &&
      uploads.length === 0 &&
      material.replaceableBy === 'shared-data' ? (
        <p className="lb-note">{t('materialSharedNotYet')}</p>
      ) : null}
      {providedBySomeoneElse(material) ? null : (
        <div className="lb-upload-buttons">
          {mode === 'phone' ? (
            <>
              {input(
                'camera',
                true,
                uploads.length > 0 ? t('uploadAnotherPhoto') : t('uploadTakePhoto'),
                true,
              )}
              {input('file', false, t('uploadChooseFile'), false)}
            </>
          ) : (
            input('scan', false, uploads.length > 0 ? t('uploadAnotherScan') : t('uploadScan'), true)
          )}
        </div>
      )}
      <div aria-live="polite" className="lb-upload-status">
        {busy ? t('uploading') : ''}
      </div>
      {shown ? (
        <p id={errorId} className="lb-field-error" role="alert">
          {shown}
        </p>
      ) : null}
    </section>
  );
}

interface UploadedItemProps {
  draftId: string;
  item: DraftMaterialItem;
  material: string;
  busy: boolean;
  onRemove(): void;
}

function UploadedItem({ draftId, item, material, busy, onRemove }: UploadedItemProps) {
  const { t } = useAppState();
  const url = item.fileDigest ? draftApi.fileUrl(draftId, item.fileDigest) : null;
  const isImage = item.mediaType?.startsWith('image/') === true;
  const fileName = item.originalName ?? t('uploadedFile');
  return (
    <div className="lb-upload-item" data-testid="uploaded-item">
      {url && isImage ? (
        <img
          src={url}
          alt={t('uploadThumbAlt', { material })}
          className="lb-thumb"
          width={88}
          height={88}
          loading="lazy"
        />
      ) : (
        <span className="lb-file-icon" aria-hidden="true">
          PDF
        </span>
      )}
      <div className="lb-upload-meta">
        <span className="lb-upload-name">{fileName}</span>
        <span className="lb-note">{t('uploadDone')}</span>
        <span className="lb-upload-actions">
          {url ? (
            <a href={url} target="_blank" rel="noreferrer">
              {t('uploadView')}
              <span className="lb-visually-hidden">{t('uploadViewFor', { name: fileName })}</span>
            </a>
          ) : null}
          <Button
            size="small"
            onClick={onRemove}
            disabled={busy}
            aria-label={`${t('uploadRemove')}${t('uploadRemoveFor', { name: fileName })}`}
          >
            {t('uploadRemove')}
          </Button>
        </span>
      </div>
    </div>
  );
}
