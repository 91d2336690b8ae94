/**
 * How a material stands after a correction: the upload that came later is marked 新 with its time
 * and names the one it replaced; replaced uploads are kept on record and listed apart as 已被替换,
 * never as current material.
 */
import { Tag } from 'antd';
import { useAppState } from '../app-state.tsx';
import { formatDateTime } from '../i18n.ts';
import type { MaterialTrace, ReplacedMaterial } from '../workflow-api.ts';

/** 新 · corrected <time> · replaces the file uploaded <time>, beside a current upload. */
export function NewMark({ item }: { item: MaterialTrace }) {
  const { t, language } = useAppState();
  if (!item.isNew) return null;
  return (
    <span className="lb-material-new" data-testid="material-new">
      <Tag color="blue">{t('materialNewTag')}</Tag>
      <span className="lb-aside">
        {t('materialNewAt', { time: formatDateTime(language, item.addedAt) })}
        {(item.replaces ?? []).map((old) => (
          <span key={old.id}>
            {' · '}
            {t('materialReplaces', {
              time: formatDateTime(language, old.addedAt),
              name: old.fileName ? `「${old.fileName}」` : '',
            })}
          </span>
        ))}
      </span>
    </span>
  );
}

interface ReplacedListProps {
  items: (ReplacedMaterial & { label: string })[];
  fileUrl(itemId: string): string;
}

/** The uploads later corrections replaced, for the record. */
export function ReplacedList({ items, fileUrl }: ReplacedListProps) {
  const { t, language } = useAppState();
  if (items.length === 0) return null;
  return (
    <details className="lb-replaced" data-testid="material-replaced">
      <summary>{t('materialReplacedHeading')}</summary>
      <ul className="lb-plain-list">
        {items.map((item) => (
          <li key={item.id}>
            <Tag>{t('materialReplacedTag')}</Tag>
            {t('materialReplacedLine', {
              name: item.fileName ? `${item.label}「${item.fileName}」` : item.label,
              added: formatDateTime(language, item.addedAt),
              replaced: formatDateTime(language, item.supersededAt),
            })}{' '}
            <a href={fileUrl(item.id)} target="_blank" rel="noopener">
              {t('materialReplacedOpen')}
              <span className="lb-visually-hidden">{t('viewFileFor', { name: item.label })}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
