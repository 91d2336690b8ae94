/**
 * 情形引导, the questionnaire that finds which matters apply: the county first (and, for someone
 * signed in, optionally the deceased's ID number so shared data answers what it knows), then one
 * question per screen from the server's `questionnaire.next`, each answer sent to the bundle
 * preview, until the result. Nothing is created; the server decides every step.
 *
 * The family's portal keeps its place in sessionStorage (this tab only), so leaving for the
 * application form or reloading does not make them answer again. The window keeps nothing: the
 * next family at the desk starts fresh.
 */
import { Alert, Button, Card, Flex, Input } from 'antd';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { isValidResidentIdNumber } from '../../domain/identity-numbers.ts';
import { useAppState } from '../app-state.tsx';
import { Loading } from '../components/loading.tsx';
import { type Bundle, catalogApi, isRegionCode } from '../guide/catalog-api.ts';
import { PrintButton } from '../guide/print-button.tsx';
import { chosenRegion, rememberRegion } from '../guide/region-memory.ts';
import { RegionSelect, useRegions } from '../guide/region-select.tsx';
import { pick } from '../i18n.ts';
import { AutoAnswers, SharedDataNotice } from './auto-answers.tsx';
import { BundleResult } from './bundle-result.tsx';
import { QuestionScreen } from './question-screen.tsx';

interface Start {
  regionCode: string;
  idNumber?: string;
}

/** One answered screen: the answers so far, the server's answer to them, the choice made on it. */
interface Step {
  answers: Record<string, string>;
  bundle: Bundle | undefined;
  chosen?: string;
}

interface Saved {
  start: Start;
  steps: Step[];
}

/** What the questionnaire found out, for starting an application from its result. */
export interface GuideMeAnswers {
  regionCode: string;
  /** The family's own answers (shared data answers the rest again when the draft starts). */
  answers: Record<string, string>;
  /** The deceased's ID number, when it was given for the shared-data lookup. */
  deceasedIdNumber?: string;
}

interface GuideMeProps {
  /** The window serves its own county; the portal asks. */
  fixedRegion?: string;
  /** A county to start with (from ?region=). */
  initialRegion?: string;
  /** Whether the ID-number lookup in shared data is offered (signed-in citizen or clerk). */
  allowLookup: boolean;
  /** sessionStorage key to keep the place under; none keeps nothing. */
  storageKey?: string;
  /** Extra buttons on the result (the portal's 开始申请), given the answers that led to it. */
  resultActions?: (bundle: Bundle, answered: GuideMeAnswers) => ReactNode;
  /** Skip the first screen when there is nothing to ask on it. */
  autoStart?: boolean;
  /**
   * The deceased's ID number when the page already knows it (the proactive offer): used for the
   * shared-data lookup from the start, and kept when the family starts over.
   */
  initialIdNumber?: string;
  /** Shown on the first screen when the lookup is not offered (how to get it). */
  lookupHint?: ReactNode;
  /** Shown under the result's buttons. */
  resultNote?: ReactNode;
}

/** The place kept in this tab, unless a link asks for another county. */
function load(key: string | undefined, region: string | undefined): Saved | null {
  if (!key) return null;
  try {
    const raw = window.sessionStorage.getItem(key);
    const saved = raw ? (JSON.parse(raw) as Saved) : null;
    if (!saved || !isRegionCode(saved.start?.regionCode) || !Array.isArray(saved.steps)) return null;
    return region && region !== saved.start.regionCode ? null : saved;
  } catch {
    return null;
  }
}

function save(key: string | undefined, saved: Saved | null): void {
  if (!key) return;
  try {
    if (!saved) window.sessionStorage.removeItem(key);
    else {
      // Only the screen in view keeps its server answer; earlier ones are asked again on 上一步.
      const steps = saved.steps.map((s, i) =>
        i === saved.steps.length - 1 ? s : { ...s, bundle: undefined },
      );
      window.sessionStorage.setItem(key, JSON.stringify({ start: saved.start, steps }));
    }
  } catch {
    // Storage refused or full: the place is kept for this page view only.
  }
}

export function GuideMe(props: GuideMeProps) {
  const {
    fixedRegion,
    initialRegion,
    allowLookup,
    storageKey,
    resultActions,
    autoStart,
    initialIdNumber,
    lookupHint,
    resultNote,
  } = props;
  const { t, language, describeError } = useAppState();
  const [restored] = useState(() => load(storageKey, fixedRegion ?? initialRegion));
  const [start, setStart] = useState<Start | null>(restored?.start ?? null);
  const [steps, setSteps] = useState<Step[]>(restored?.steps ?? []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const movedRef = useRef(false);
  const regions = useRegions();

  const current = steps.at(-1);
  const bundle = current?.bundle;

  useEffect(() => {
    save(storageKey, start && steps.length > 0 ? { start, steps } : null);
  }, [storageKey, start, steps]);

  // After every move, focus the new screen's heading so screen readers announce it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new screen is the trigger
  useEffect(() => {
    if (!movedRef.current) return;
    headingRef.current?.focus();
  }, [steps.length, bundle, start]);

  const ask = useCallback(async (from: Start, answers: Record<string, string>): Promise<Bundle | null> => {
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    try {
      const result = await catalogApi.previewBundle({
        regionCode: from.regionCode,
        answers,
        ...(from.idNumber ? { deceasedIdNumber: from.idNumber } : {}),
      });
      return mine === generation.current ? result : null;
    } catch (caught) {
      if (mine === generation.current) setError(caught);
      return null;
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  }, []);

  const begin = useCallback(
    async (from: Start) => {
      const result = await ask(from, {});
      if (!result) return;
      movedRef.current = true;
      setStart(from);
      setSteps([{ answers: {}, bundle: result }]);
    },
    [ask],
  );

  // A restored place whose server answer was not kept (or a link with ?region=) is asked now.
  const autoStarted = useRef(false);
  useEffect(() => {
    if (autoStarted.current) return;
    autoStarted.current = true;
    const last = restored?.steps.at(-1);
    if (restored && last && !last.bundle) {
      void ask(restored.start, last.answers).then((result) => {
        if (result)
          setSteps((all) => all.map((s, i) => (i === all.length - 1 ? { ...s, bundle: result } : s)));
      });
    } else if (!restored && autoStart && isRegionCode(fixedRegion ?? initialRegion)) {
      void begin({
        regionCode: (fixedRegion ?? initialRegion) as string,
        ...(initialIdNumber ? { idNumber: initialIdNumber } : {}),
      });
    }
  }, [restored, autoStart, fixedRegion, initialRegion, initialIdNumber, ask, begin]);

  async function answer(value: string) {
    if (!start || !current?.bundle?.questionnaire.next) return;
    const question = current.bundle.questionnaire.next;
    const answers = { ...current.answers, [question.id]: value };
    const result = await ask(start, answers);
    if (!result) return;
    movedRef.current = true;
    setSteps((all) => [...all.slice(0, -1), { ...current, chosen: value }, { answers, bundle: result }]);
  }

  async function back() {
    if (!start) return;
    generation.current++;
    setBusy(false);
    setError(null);
    movedRef.current = true;
    if (steps.length <= 1) {
      setSteps([]);
      return;
    }
    const earlier = steps.slice(0, -1);
    setSteps(earlier);
    const previous = earlier.at(-1);
    if (previous && !previous.bundle) {
      const result = await ask(start, previous.answers);
      if (result) setSteps((all) => all.map((s, i) => (i === all.length - 1 ? { ...s, bundle: result } : s)));
    }
  }

  function restart() {
    generation.current++;
    movedRef.current = true;
    setBusy(false);
    setError(null);
    setSteps([]);
    setStart((s) =>
      s ? { regionCode: s.regionCode, ...(initialIdNumber ? { idNumber: initialIdNumber } : {}) } : s,
    );
  }

  const regionCode = start?.regionCode ?? fixedRegion ?? initialRegion;
  const regionRow = regions.data?.items.find((r) => r.code === regionCode);
  const regionName = regionRow ? pick(language, regionRow.nameZh, regionRow.nameEn) : (regionCode ?? '');

  const errorAlert = error ? (
    <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(error)} />
  ) : null;

  if (!start || steps.length === 0) {
    return (
      <>
        {errorAlert}
        <StartScreen
          fixedRegion={fixedRegion}
          initial={
            start ?? {
              regionCode: initialRegion ?? chosenRegion() ?? '',
              ...(initialIdNumber ? { idNumber: initialIdNumber } : {}),
            }
          }
          allowLookup={allowLookup}
          lookupHint={lookupHint}
          busy={busy}
          headingRef={(el) => {
            headingRef.current = el;
          }}
          onStart={(from) => {
            if (!fixedRegion) rememberRegion(from.regionCode);
            void begin(from);
          }}
        />
      </>
    );
  }

  if (!bundle) {
    return (
      <>
        {errorAlert}
        {busy ? <Loading /> : <Button onClick={() => void back()}>{t('previous')}</Button>}
      </>
    );
  }

  const finished = bundle.covered === false || bundle.questionnaire.complete || !bundle.questionnaire.next;
  const autoAnswers = (
    <AutoAnswers skipped={bundle.questionnaire.skipped} sharedData={bundle.sharedData} idPrefix="auto" />
  );

  if (finished) {
    return (
      <>
        {errorAlert}
        <BundleResult
          bundle={bundle}
          regionName={regionName}
          headingRef={(el) => {
            headingRef.current = el;
          }}
          primaryAction={resultActions?.(bundle, {
            regionCode: start.regionCode,
            answers: current?.answers ?? {},
            ...(start.idNumber ? { deceasedIdNumber: start.idNumber } : {}),
          })}
          actions={
            <Flex gap="middle" wrap>
              <PrintButton />
              <Button onClick={() => void back()} disabled={busy}>
                {t('resultChangeAnswers')}
              </Button>
              <Button onClick={restart} disabled={busy}>
                {t('resultRestart')}
              </Button>
            </Flex>
          }
          note={bundle.covered === false ? null : resultNote}
        />
        {bundle.covered === false ? null : autoAnswers}
      </>
    );
  }

  const question = bundle.questionnaire.next;
  if (!question) return null;
  return (
    <>
      <SharedDataNotice sharedData={bundle.sharedData} />
      {errorAlert}
      <Card>
        <QuestionScreen
          key={`${steps.length}:${question.id}`}
          question={question}
          number={bundle.questionnaire.answered.length + 1}
          remaining={bundle.questionnaire.remaining}
          initial={current?.chosen}
          busy={busy}
          headingRef={(el) => {
            headingRef.current = el;
          }}
          onAnswer={(value) => void answer(value)}
          onBack={() => void back()}
        />
      </Card>
      {autoAnswers}
    </>
  );
}

interface StartScreenProps {
  fixedRegion?: string;
  initial: Start;
  allowLookup: boolean;
  lookupHint: ReactNode;
  busy: boolean;
  headingRef: (element: HTMLHeadingElement | null) => void;
  onStart(start: Start): void;
}

function StartScreen(props: StartScreenProps) {
  const { fixedRegion, initial, allowLookup, lookupHint, busy, headingRef, onStart } = props;
  const { t } = useAppState();
  const [regionCode, setRegionCode] = useState(fixedRegion ?? initial.regionCode);
  const [idNumber, setIdNumber] = useState(initial.idNumber ?? '');
  const [problems, setProblems] = useState<{ region?: string; idNumber?: string }>({});

  return (
    <Card>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const id = idNumber.trim().toUpperCase();
          const found = {
            region: isRegionCode(regionCode) ? undefined : t('requiredChoice', { label: t('region') }),
            idNumber: id && !isValidResidentIdNumber(id) ? t('invalidIdNumber') : undefined,
          };
          setProblems(found);
          if (found.region) {
            document.getElementById('guide-me-region')?.focus();
            return;
          }
          if (found.idNumber) {
            document.getElementById('guide-me-id')?.focus();
            return;
          }
          onStart(id ? { regionCode, idNumber: id } : { regionCode });
        }}
      >
        <h2 ref={headingRef} tabIndex={-1} className="lb-question-heading">
          {/* With the county fixed and no lookup offered, there is nothing to choose here. */}
          {fixedRegion && !allowLookup ? t('guideMeBeginTitle') : t('guideMeStartTitle')}
        </h2>
        <p className="lb-paragraph">{t('guideMeIntro')}</p>
        {fixedRegion ? null : (
          <>
            <RegionSelect
              id="guide-me-region"
              value={regionCode}
              help={t('regionHelp')}
              invalid={Boolean(problems.region)}
              errorId="guide-me-region-error"
              onChange={(code) => {
                setRegionCode(code);
                setProblems((p) => ({ ...p, region: undefined }));
              }}
            />
            {problems.region ? (
              <p id="guide-me-region-error" className="lb-field-error">
                {problems.region}
              </p>
            ) : null}
          </>
        )}
        {allowLookup ? (
          <div className="lb-field">
            <label htmlFor="guide-me-id" className="lb-label">
              {t('guideMeIdLabel')}
            </label>
            <Input
              id="guide-me-id"
              value={idNumber}
              maxLength={18}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={problems.idNumber ? 'guide-me-id-help guide-me-id-error' : 'guide-me-id-help'}
              aria-invalid={problems.idNumber ? true : undefined}
              status={problems.idNumber ? 'error' : undefined}
              onChange={(event) => {
                setIdNumber(event.target.value);
                setProblems((p) => ({ ...p, idNumber: undefined }));
              }}
            />
            <div id="guide-me-id-help" className="lb-field-help">
              {t('guideMeIdHelp')}
            </div>
            {problems.idNumber ? (
              <p id="guide-me-id-error" className="lb-field-error">
                {problems.idNumber}
              </p>
            ) : null}
          </div>
        ) : (
          lookupHint
        )}
        <Button type="primary" size="large" block htmlType="submit" loading={busy}>
          {t('next')}
        </Button>
      </form>
    </Card>
  );
}
