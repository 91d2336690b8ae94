/**
 * The family's 情形引导 at /portal/guide-me (mobile first, large-text ready): anyone may answer
 * the questions; a signed-in family may also give the deceased's ID number so shared data answers
 * what it knows. ?region= picks the county, as the guide's link does.
 */
import { Button, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { useAppState } from '../app-state.tsx';
import { rememberApplicationStart } from '../application/application-start.ts';
import { Loading } from '../components/loading.tsx';
import { isRegionCode } from '../guide/catalog-api.ts';
import { citizenSignInUrl } from '../portal/citizen-sign-in.tsx';
import { GuideMe } from './guide-me.tsx';

export function QuestionnairePage() {
  const { t, me, sessionStatus } = useAppState();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('region');
  const initialRegion = isRegionCode(requested) ? requested : undefined;
  const citizen = me.kind === 'citizen';

  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{t('guideMeTitle')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : (
        <GuideMe
          // A new sign-in state is a new questionnaire: the lookup is offered or not from the start.
          key={citizen ? me.id : 'anonymous'}
          initialRegion={initialRegion}
          allowLookup={citizen}
          autoStart={!citizen}
          storageKey={`lianban.guideMe.${citizen ? me.id : 'anonymous'}`}
          lookupHint={
            <p className="lb-note lb-hint">
              {t('guideMeSignInHint')}{' '}
              <a href={citizenSignInUrl('/portal/guide-me')}>{t('guideMeSignInLink')}</a>
            </p>
          }
          resultActions={(bundle, answered) =>
            bundle.covered === false ? null : (
              <Button
                type="primary"
                size="large"
                onClick={() => {
                  // The application starts from exactly these answers, also after a reload.
                  rememberApplicationStart(answered);
                  navigate('/portal/apply', { state: answered });
                }}
              >
                {t('resultStartApplication')}
              </Button>
            )
          }
          resultNote={<p className="lb-note lb-apply-note">{t('guideMeApplyNote')}</p>}
        />
      )}
    </div>
  );
}
