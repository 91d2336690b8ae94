/**
 * The whole "one thing" for one county, told once and completely (一次性告知): the flow, who is
 * and is not covered, where to go and whom to ask, and every matter in full. The public guide
 * page and the window's 办事指南 tab both render this from the same GET /api/v1/guide.
 */
import { Card } from 'antd';
import { useAppState } from '../app-state.tsx';
import { type Guide, type MatterGuide, textIn } from './catalog-api.ts';
import { FlowChart } from './flow-chart.tsx';
import { MatterGuideCard } from './matter-guide-card.tsx';

export function GuideView({ guide }: { guide: Guide }) {
  const { t, language } = useAppState();
  // Applied for; issued by the certifying bodies (never applied for); done by the departments.
  const toApply = guide.matters.filter((m) => m.needsApplication && !m.issuedBy);
  const issued = guide.matters.filter((m) => m.issuedBy);
  const automatic = guide.matters.filter((m) => !m.needsApplication && !m.issuedBy);
  const fee = guide.matters[0]?.fee;

  return (
    <>
      <section aria-labelledby="guide-flow" className="lb-guide-section">
        <h2 id="guide-flow">{t('guideFlow')}</h2>
        <FlowChart flow={guide.flow} />
      </section>

      <section aria-labelledby="guide-coverage" className="lb-guide-section">
        <h2 id="guide-coverage">{t('guideCoverage')}</h2>
        <Card size="small">
          <p className="lb-paragraph">
            {t('guideCoveredIntro', { region: textIn(language, guide.region.name) })}
          </p>
          {guide.coverage.notCovered.length > 0 ? (
            <>
              <p className="lb-paragraph lb-strong">{t('guideNotCoveredIntro')}</p>
              <ul className="lb-bullets">
                {guide.coverage.notCovered.map((reason) => (
                  <li key={reason.zh}>{textIn(language, reason)}</li>
                ))}
              </ul>
              {guide.coverage.goTo ? (
                <p className="lb-paragraph">
                  <span className="lb-strong">{t('guideNotCoveredGoTo')}</span>
                  {textIn(language, guide.coverage.goTo)}
                </p>
              ) : null}
            </>
          ) : (
            <p className="lb-paragraph">{t('guideNoExclusions')}</p>
          )}
        </Card>
      </section>

      <section aria-labelledby="guide-where" className="lb-guide-section">
        <h2 id="guide-where">{t('guideWhereAndContact')}</h2>
        <Card size="small">
          <dl className="lb-facts lb-facts-wide">
            <div>
              <dt>{t('guideWhereToGo')}</dt>
              <dd>{textIn(language, guide.whereToGo)}</dd>
            </div>
            <div>
              <dt>{t('guideContact')}</dt>
              <dd>{textIn(language, guide.profile.contact)}</dd>
            </div>
            <div>
              <dt>{t('guideFee')}</dt>
              <dd>{fee ? textIn(language, fee) : t('guideFree')}</dd>
            </div>
            <div>
              <dt>{t('guidePayee')}</dt>
              <dd>
                {guide.profile.payee === 'deceased-account'
                  ? t('guidePayeeDeceased')
                  : t('guidePayeeApplicant')}
              </dd>
            </div>
          </dl>
        </Card>
      </section>

      <section aria-labelledby="guide-matters" className="lb-guide-section">
        <h2 id="guide-matters">{t('guideMatters', { count: guide.matters.length })}</h2>
        <p className="lb-paragraph">{t('guideMattersIntro')}</p>
        <nav aria-label={t('guideMatterIndex')} className="lb-matter-index lb-no-print">
          <ol>
            {[...toApply, ...issued, ...automatic].map((matter) => (
              <li key={matter.code}>
                <a href={`#matter-${matter.code}`}>{textIn(language, matter.name)}</a>
              </li>
            ))}
          </ol>
        </nav>
        <MatterGroup
          id="guide-to-apply"
          title={t('guideGroupApply', { count: toApply.length })}
          matters={toApply}
          regionCode={guide.region.code}
        />
        <MatterGroup
          id="guide-issued"
          title={t('guideGroupIssued', { count: issued.length })}
          intro={t('guideGroupIssuedIntro')}
          matters={issued}
          regionCode={guide.region.code}
        />
        <MatterGroup
          id="guide-automatic"
          title={t('guideGroupAutomatic', { count: automatic.length })}
          intro={t('guideGroupAutomaticIntro')}
          matters={automatic}
          regionCode={guide.region.code}
        />
      </section>
    </>
  );
}

interface MatterGroupProps {
  id: string;
  title: string;
  intro?: string;
  matters: MatterGuide[];
  regionCode: string;
}

function MatterGroup({ id, title, intro, matters, regionCode }: MatterGroupProps) {
  if (matters.length === 0) return null;
  return (
    <section aria-labelledby={id} className="lb-matter-group">
      <h3 id={id}>{title}</h3>
      {intro ? <p className="lb-paragraph">{intro}</p> : null}
      <ul className="lb-plain-list">
        {matters.map((matter) => (
          <li key={matter.code}>
            <MatterGuideCard matter={matter} level={4} regionCode={regionCode} />
          </li>
        ))}
      </ul>
    </section>
  );
}
