/**
 * One matter of the service guide in full: department, implementer, level, result, time limits,
 * fee, whether an application is needed, when it applies, conditions, materials (with the marks
 * for shared data and e-licences) and legal basis. Used by the whole guide, the one-matter page
 * and the window alike, so every channel says the same thing.
 */
import { Card } from 'antd';
import { createElement, type ReactNode } from 'react';
import { Link } from 'react-router';
import { countOf } from '../../domain/bilingual.ts';
import { useAppState } from '../app-state.tsx';
import { type MatterGuide, textIn } from './catalog-api.ts';
import { MaterialBadge } from './material-badge.tsx';

interface MatterGuideCardProps {
  matter: MatterGuide;
  /** The heading level of the matter's name in the page's outline. */
  level: 1 | 2 | 3 | 4;
  /** When set, the name links to the matter's own page for this region. */
  regionCode?: string;
  /** The name is shown by the page itself (the one-matter page's h1). */
  hideName?: boolean;
}

export function MatterGuideCard({ matter, level, regionCode, hideName }: MatterGuideCardProps) {
  const { t, language } = useAppState();
  const name = textIn(language, matter.name);
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'department', label: t('department'), value: textIn(language, matter.department.name) },
    { key: 'implementer', label: t('guideImplementer'), value: textIn(language, matter.implementer) },
    { key: 'level', label: t('guideLevel'), value: textIn(language, matter.level) },
    { key: 'result', label: t('guideResultType'), value: textIn(language, matter.resultType) },
    {
      key: 'limit',
      label: t('guideTimeLimit'),
      value: t('guideTimeLimitValue', {
        committed: matter.committedWorkingDays,
        statutory: matter.statutoryWorkingDays,
        committedDays: countOf(matter.committedWorkingDays, 'working day'),
        statutoryDays: countOf(matter.statutoryWorkingDays, 'working day'),
      }),
    },
    { key: 'fee', label: t('guideFee'), value: textIn(language, matter.fee) },
    {
      key: 'application',
      label: t('guideApplication'),
      value: matter.issuedBy
        ? t('guideIssuedByInstitution')
        : matter.needsApplication
          ? t('guideNeedsApplication')
          : t('guideNoApplication'),
    },
  ];
  if (matter.appliesWhen) {
    facts.push({ key: 'when', label: t('guideAppliesWhen'), value: textIn(language, matter.appliesWhen) });
  }
  if (matter.conditions.length > 0) {
    facts.push({
      key: 'conditions',
      label: t('guideConditions'),
      value: <TextList items={matter.conditions.map((c) => textIn(language, c))} />,
    });
  }
  facts.push({
    key: 'materials',
    label: t('guideMaterials'),
    value:
      matter.materials.length === 0 ? (
        t('guideNoMaterials')
      ) : (
        <ul className="lb-bullets">
          {matter.materials.map((material) => (
            <li key={material.code}>
              <span>{textIn(language, material.name)}</span>{' '}
              <MaterialBadge replaceableBy={material.replaceableBy} wording="guide" />
              {material.note ? <div className="lb-note">{textIn(language, material.note)}</div> : null}
            </li>
          ))}
        </ul>
      ),
  });
  if (matter.legalBasis.length > 0) {
    facts.push({ key: 'basis', label: t('guideLegalBasis'), value: <TextList items={matter.legalBasis} /> });
  }

  return (
    <Card size="small" className="lb-matter-card" id={`matter-${matter.code}`}>
      {hideName
        ? null
        : createElement(
            `h${level}`,
            { className: 'lb-card-heading' },
            regionCode ? (
              <Link to={`/guide/${regionCode}/matters/${encodeURIComponent(matter.code)}`}>{name}</Link>
            ) : (
              name
            ),
          )}
      <dl className="lb-facts lb-facts-wide">
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

function TextList({ items }: { items: string[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="lb-bullets">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
