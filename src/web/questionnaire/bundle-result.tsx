/**
 * The answer to "what do we have to do?", told once and completely (一次性告知): the matters that
 * apply with why and how long (those to apply for, the certificates the certifying bodies issue,
 * and what the departments do on their own), the matters that do not (folded away, each with its
 * reason), and one deduplicated list of materials saying which matters use each and which need not
 * be brought.
 * When the county's joint service does not cover the family, only that, calmly, and where to go.
 */
import { Button, Card } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { countOf } from '../../domain/bilingual.ts';
import { useAppState } from '../app-state.tsx';
import { type Bundle, type BundleMaterial, type BundleMatter, textIn } from '../guide/catalog-api.ts';
import { MaterialBadge } from '../guide/material-badge.tsx';

interface BundleResultProps {
  bundle: Bundle;
  regionName: string;
  headingRef: (element: HTMLHeadingElement | null) => void;
  /**
   * The one thing to do next (the portal's 开始申请): kept in reach at the bottom of a phone's
   * screen while the result scrolls, so nobody has to scroll past the whole list to find it.
   */
  primaryAction?: ReactNode;
  /** The other buttons under the result (print, go back, start over). */
  actions: ReactNode;
  /** A line under the buttons (the portal says what the online application covers). */
  note?: ReactNode;
}

const MATERIAL_ORDER = { none: 0, 'e-licence': 1, 'shared-data': 2 } as const;

export function BundleResult({
  bundle,
  regionName,
  headingRef,
  primaryAction,
  actions,
  note,
}: BundleResultProps) {
  const { t, language } = useAppState();

  if (bundle.covered === false) {
    return (
      <section aria-labelledby="result-not-covered" className="lb-result">
        <Card>
          <h2 id="result-not-covered" ref={headingRef} tabIndex={-1} className="lb-result-heading">
            {t('resultNotCoveredTitle')}
          </h2>
          <p className="lb-paragraph">{t('resultNotCoveredIntro', { region: regionName })}</p>
          <ul className="lb-bullets">
            {bundle.notCovered?.reasons.map((reason) => (
              <li key={reason.zh}>{textIn(language, reason)}</li>
            ))}
          </ul>
          {bundle.notCovered ? (
            <p className="lb-paragraph">
              <span className="lb-strong">{t('resultNotCoveredGoTo')}</span>
              {textIn(language, bundle.notCovered.goTo)}
            </p>
          ) : null}
          <p className="lb-paragraph">{t('resultContact', { contact: textIn(language, bundle.contact) })}</p>
        </Card>
        <div className="lb-result-actions lb-no-print">{actions}</div>
      </section>
    );
  }

  const included = bundle.matters.filter((m) => m.included === true);
  // Three kinds: applied for; issued by the certifying bodies (an issuer's act, never applied
  // for); done by the departments on their own.
  const toApply = included.filter((m) => m.needsApplication && !m.issuedBy);
  const issued = included.filter((m) => m.issuedBy);
  const automatic = included.filter((m) => !m.needsApplication && !m.issuedBy);
  const undecided = bundle.matters.filter((m) => m.included === null);
  const excluded = bundle.matters.filter((m) => m.included === false);
  const names = new Map(bundle.matters.map((m) => [m.code, textIn(language, m.name)]));
  const materials = [...bundle.materials].sort(
    (a, b) => MATERIAL_ORDER[a.replaceableBy ?? 'none'] - MATERIAL_ORDER[b.replaceableBy ?? 'none'],
  );
  const notToBring = materials.filter((m) => m.replaceableBy === 'shared-data').length;

  return (
    <div className="lb-result">
      <p className="lb-lead" ref={headingRef} tabIndex={-1} data-testid="result-summary">
        {t('resultSummary', {
          region: regionName,
          matters: included.length,
          materials: materials.length,
          free: notToBring,
        })}
      </p>

      <nav aria-label={t('resultJumpLabel')} className="lb-jump lb-no-print">
        <a href="#result-materials">{t('resultJumpMaterials', { count: materials.length })}</a>
        {excluded.length > 0 ? (
          <a href="#result-excluded">{t('resultJumpExcluded', { count: excluded.length })}</a>
        ) : null}
      </nav>

      <section aria-labelledby="result-included" className="lb-result-section lb-result-included">
        <h2 id="result-included">{t('resultIncludedTitle')}</h2>
        <p className="lb-note">{t('resultWorkingDays')}</p>
        {toApply.length > 0 ? (
          <>
            <h3 className="lb-group-heading">{t('resultToApply', { count: toApply.length })}</h3>
            <MatterList matters={toApply} regionCode={bundle.regionCode} />
          </>
        ) : null}
        {issued.length > 0 ? (
          <>
            <h3 className="lb-group-heading">{t('resultIssued', { count: issued.length })}</h3>
            <p className="lb-note">{t('resultIssuedIntro')}</p>
            <MatterList matters={issued} regionCode={bundle.regionCode} />
          </>
        ) : null}
        {automatic.length > 0 ? (
          <>
            <h3 className="lb-group-heading">{t('resultAutomatic', { count: automatic.length })}</h3>
            <p className="lb-note">{t('resultAutomaticIntro')}</p>
            <MatterList matters={automatic} regionCode={bundle.regionCode} />
          </>
        ) : null}
        {undecided.length > 0 ? (
          <>
            <h3 className="lb-group-heading">{t('resultUndecided', { count: undecided.length })}</h3>
            <MatterList matters={undecided} regionCode={bundle.regionCode} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="result-materials" className="lb-result-section lb-result-materials">
        <h2 id="result-materials">{t('resultMaterialsTitle')}</h2>
        <p className="lb-note">{t('resultMaterialsIntro')}</p>
        <ul className="lb-plain-list">
          {materials.map((material) => (
            <li key={material.code}>
              <MaterialItem material={material} names={names} />
            </li>
          ))}
        </ul>
      </section>

      <ExcludedMatters matters={excluded} />

      <p className="lb-paragraph lb-result-contact">
        {t('resultContact', { contact: textIn(language, bundle.contact) })}
      </p>
      {primaryAction ? (
        <div className="lb-result-primary lb-no-print" data-testid="result-primary-action">
          {primaryAction}
        </div>
      ) : null}
      <div className="lb-result-actions lb-no-print">
        {actions}
        {note}
      </div>
    </div>
  );
}

function MatterList({ matters, regionCode }: { matters: BundleMatter[]; regionCode: string }) {
  const { t, language } = useAppState();
  return (
    <ul className="lb-plain-list">
      {matters.map((matter) => (
        <li key={matter.code}>
          <Card size="small" className="lb-matter-card" data-matter={matter.code}>
            <h4 className="lb-card-heading">{textIn(language, matter.name)}</h4>
            {matter.issuedBy && matter.issued ? (
              // Already done: the certificate the death registry holds.
              <p className="lb-matter-line" data-testid="issued-done">
                <span className="lb-state-tag">{t('offerDone')}</span>
                <span>
                  {t('resultIssuedDone', {
                    who: textIn(language, matter.issued.institution),
                    number: matter.issued.certificateNumber,
                  })}
                </span>
              </p>
            ) : matter.issuedBy ? (
              // An issuer's act still to happen: who issues it matters, not a department's time limit.
              <p className="lb-matter-line">
                <span>{t('resultIssuedWho', { who: textIn(language, matter.implementer) })}</span>
                <span>{t('guideIssuedByInstitution')}</span>
              </p>
            ) : (
              <p className="lb-matter-line">
                <span>{textIn(language, matter.department.name)}</span>
                <span>
                  {t('resultTimeLimitValue', {
                    days: matter.committedWorkingDays,
                    workingDays: countOf(matter.committedWorkingDays, 'working day'),
                  })}
                </span>
                <span>{matter.needsApplication ? t('guideNeedsApplication') : t('guideNoApplication')}</span>
              </p>
            )}
            <p className="lb-note">{textIn(language, matter.reason)}</p>
            <Link
              className="lb-no-print lb-small-link"
              to={`/guide/${regionCode}/matters/${encodeURIComponent(matter.code)}`}
              target="_blank"
            >
              {t('resultMatterGuide')}
              <span className="lb-visually-hidden">
                {t('resultMatterGuideFor', { matter: textIn(language, matter.name) })}
              </span>
            </Link>
          </Card>
        </li>
      ))}
    </ul>
  );
}

function MaterialItem({ material, names }: { material: BundleMaterial; names: Map<string, string> }) {
  const { t, language } = useAppState();
  const usedBy = material.neededBy.map((code) => names.get(code) ?? code);
  return (
    <Card size="small" className="lb-material-card" data-material={material.code}>
      <p className="lb-material-name">
        <span className="lb-strong">{textIn(language, material.name)}</span>{' '}
        <MaterialBadge replaceableBy={material.replaceableBy} wording="short" />
      </p>
      {material.note ? <p className="lb-note">{textIn(language, material.note)}</p> : null}
      <p className="lb-note">
        {t('resultUsedBy', { count: usedBy.length })}
        {usedBy.join(t('listSeparator'))}
      </p>
    </Card>
  );
}

function ExcludedMatters({ matters }: { matters: BundleMatter[] }) {
  const { t, language } = useAppState();
  const [open, setOpen] = useState(false);
  if (matters.length === 0) return null;
  return (
    <section aria-labelledby="result-excluded" className="lb-result-section">
      <h2 id="result-excluded">{t('resultExcludedTitle')}</h2>
      <p className="lb-note">{t('resultExcludedIntro', { count: matters.length })}</p>
      <Button
        className="lb-no-print"
        aria-expanded={open}
        aria-controls="result-excluded-list"
        onClick={() => setOpen(!open)}
      >
        {open ? t('resultExcludedHide') : t('resultExcludedShow', { count: matters.length })}
      </Button>
      {/* Folded on screen, always printed: the paper is the complete notice. */}
      <ul id="result-excluded-list" className="lb-excluded-list lb-print-show" hidden={!open}>
        {matters.map((matter) => (
          <li key={matter.code}>
            <span className="lb-strong">{textIn(language, matter.name)}</span>
            <span className="lb-note">
              {textIn(language, matter.department.name)} · {textIn(language, matter.reason)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
