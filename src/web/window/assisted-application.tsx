/**
 * 代办申请（帮办代办）at the window: the clerk runs the questionnaire for the family at the desk,
 * takes the deceased's and the applicant's ID numbers, then fills the same merged form the family
 * sees online — all groups on one dense screen — uploads the scans, and submits with two
 * confirmations: the declaration, and that the applicant agreed in person to the clerk's help.
 * The case code is shown to be told to the applicant. Unfinished ones can be picked up again.
 */
import { Alert, Button, Card, Flex, Input, Steps, Table, type TableColumnsType } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { isValidResidentIdNumber } from '../../domain/identity-numbers.ts';
import { ApiError, existingCaseOf } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import {
  type DraftProblem,
  type DraftSummary,
  type DraftView,
  draftApi,
  type SubmittedCase,
} from '../application/draft-api.ts';
import { DraftFieldView, fieldDomId, problemText, textIn } from '../application/draft-field.tsx';
import { DraftMaterials, materialDomId, materialOfProblem } from '../application/draft-materials.tsx';
import { ConsentCheckbox } from '../application/draft-review.tsx';
import { DraftExpiry, ProblemSummary, SaveStatus } from '../application/draft-status.tsx';
import { ExistingCaseNotice } from '../application/existing-case.tsx';
import { type DraftController, useDraft } from '../application/use-draft.ts';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDateTime } from '../i18n.ts';
import { GuideMe, type GuideMeAnswers } from '../questionnaire/guide-me.tsx';

const ID_PREFIX = 'assisted';

type Stage =
  | { kind: 'questions' }
  | { kind: 'ids'; answered: GuideMeAnswers }
  | { kind: 'form'; draftId: string }
  | { kind: 'done'; submitted: SubmittedCase };

const STAGE_INDEX: Record<Stage['kind'], number> = { questions: 0, ids: 1, form: 2, done: 3 };

export function AssistedApplication({ regionCode }: { regionCode: string }) {
  const { t } = useAppState();
  const [stage, setStage] = useState<Stage>({ kind: 'questions' });
  // A new round for every family: nothing of the previous one stays on screen.
  const [round, setRound] = useState(0);

  const restart = () => {
    setStage({ kind: 'questions' });
    setRound((n) => n + 1);
  };

  return (
    <div className="lb-assisted">
      <Steps
        className="lb-assisted-steps lb-no-print"
        size="small"
        current={STAGE_INDEX[stage.kind]}
        items={[
          { title: t('assistedStepQuestions') },
          { title: t('assistedStepIds') },
          { title: t('assistedStepForm') },
          { title: t('assistedStepDone') },
        ]}
      />
      {stage.kind === 'questions' ? (
        <>
          <OpenDrafts onOpen={(draftId) => setStage({ kind: 'form', draftId })} />
          <GuideMe
            key={round}
            fixedRegion={regionCode}
            allowLookup
            resultActions={(bundle, answered) =>
              bundle.covered === false ? null : (
                <Button type="primary" onClick={() => setStage({ kind: 'ids', answered })}>
                  {t('assistedStart')}
                </Button>
              )
            }
          />
        </>
      ) : null}
      {stage.kind === 'ids' ? (
        <IdNumbers
          answered={stage.answered}
          onBack={() => setStage({ kind: 'questions' })}
          onStarted={(draftId) => setStage({ kind: 'form', draftId })}
        />
      ) : null}
      {stage.kind === 'form' ? (
        <AssistedForm
          key={stage.draftId}
          draftId={stage.draftId}
          onLeave={restart}
          onSubmitted={(submitted) => setStage({ kind: 'done', submitted })}
        />
      ) : null}
      {stage.kind === 'done' ? <Done submitted={stage.submitted} onNext={restart} /> : null}
    </div>
  );
}

/** The clerk's own unfinished assisted applications, to pick up again. */
function OpenDrafts({ onOpen }: { onOpen: (draftId: string) => void }) {
  const { t, language } = useAppState();
  const drafts = useLoad('window-drafts', (signal) => draftApi.list(signal));
  const items = drafts.data?.items ?? [];
  if (drafts.error) return <LoadError error={drafts.error} onRetry={drafts.reload} />;
  if (items.length === 0) return null;
  const columns: TableColumnsType<DraftSummary> = [
    {
      title: t('deceased'),
      dataIndex: 'deceasedName',
      key: 'deceasedName',
      render: (name: string | null) => name ?? t('notSet'),
    },
    {
      title: t('draftSavedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('draftKeptLabel'),
      dataIndex: 'expiresAt',
      key: 'expiresAt',
      render: (value: string) => formatDateTime(language, value),
    },
    {
      title: t('adminActions'),
      key: 'open',
      render: (_value, row) => (
        <Button
          size="small"
          aria-label={row.deceasedName ? `${t('draftContinue')} ${row.deceasedName}` : undefined}
          onClick={() => onOpen(row.id)}
        >
          {t('draftContinue')}
        </Button>
      ),
    },
  ];
  return (
    <section aria-labelledby="assisted-open" className="lb-assisted-open">
      <h2 id="assisted-open" className="lb-small-heading">
        {t('assistedOpenDrafts')}
      </h2>
      <Table<DraftSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
      />
    </section>
  );
}

interface IdNumbersProps {
  answered: GuideMeAnswers;
  onBack(): void;
  onStarted(draftId: string): void;
}

function IdNumbers({ answered, onBack, onStarted }: IdNumbersProps) {
  const { t, language, describeError } = useAppState();
  const [deceased, setDeceased] = useState(answered.deceasedIdNumber ?? '');
  const [applicant, setApplicant] = useState('');
  const [problems, setProblems] = useState<{ deceased?: string; applicant?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function begin() {
    if (busy) return;
    const deceasedId = deceased.trim().toUpperCase();
    const applicantId = applicant.trim().toUpperCase();
    const found = {
      deceased: isValidResidentIdNumber(deceasedId) ? undefined : t('invalidIdNumber'),
      applicant: !isValidResidentIdNumber(applicantId)
        ? t('invalidIdNumber')
        : applicantId === deceasedId
          ? t('assistedSamePerson')
          : undefined,
    };
    setProblems(found);
    if (found.deceased || found.applicant) {
      document.getElementById(found.deceased ? 'assisted-deceased-id' : 'assisted-applicant-id')?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const draft = await draftApi.start({
        regionCode: answered.regionCode,
        answers: answered.answers,
        deceasedIdNumber: deceasedId,
        applicantIdNumber: applicantId,
      });
      onStarted(draft.id);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      const onDeceased = fields.find((f) => f.field === 'deceased.idNumber');
      const onApplicant = fields.find((f) => f.field === 'applicant.idNumber');
      if (onDeceased || onApplicant) {
        setProblems({
          deceased: onDeceased ? problemText(language, onDeceased) : undefined,
          applicant: onApplicant ? problemText(language, onApplicant) : undefined,
        });
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  }

  const idField = (id: string, label: string, value: string, set: (v: string) => void, problem?: string) => (
    <div className="lb-field lb-id-field">
      <label htmlFor={id} className="lb-label">
        {label}
      </label>
      <Input
        id={id}
        value={value}
        maxLength={18}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={problem ? `${id}-error` : undefined}
        aria-invalid={problem ? true : undefined}
        status={problem ? 'error' : undefined}
        onChange={(event) => set(event.target.value)}
      />
      {problem ? (
        <p id={`${id}-error`} className="lb-field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );

  const existing = existingCaseOf(failure);

  return (
    <Card>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void begin();
        }}
      >
        <h2 ref={headingRef} tabIndex={-1} className="lb-step-heading">
          {t('assistedIdsTitle')}
        </h2>
        <p className="lb-paragraph">{t('assistedIdsIntro')}</p>
        <Flex gap="large" wrap>
          {idField('assisted-deceased-id', t('deceasedIdNumber'), deceased, setDeceased, problems.deceased)}
          {idField(
            'assisted-applicant-id',
            t('applicantIdNumber'),
            applicant,
            setApplicant,
            problems.applicant,
          )}
        </Flex>
        {existing ? (
          <div className="lb-gap" role="alert">
            <ExistingCaseNotice existing={existing} deceasedIdNumber={deceased} audience="window" />
          </div>
        ) : failure ? (
          <Alert className="lb-gap" type="error" showIcon role="alert" title={describeError(failure)} />
        ) : null}
        <Flex gap="middle">
          <Button onClick={onBack} disabled={busy}>
            {t('previous')}
          </Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('applyStartButton')}
          </Button>
        </Flex>
      </form>
    </Card>
  );
}

interface AssistedFormProps {
  draftId: string;
  onLeave(): void;
  onSubmitted(submitted: SubmittedCase): void;
}

function AssistedForm({ draftId, onLeave, onSubmitted }: AssistedFormProps) {
  const controller = useDraft(draftId);
  const { draft, loadError } = controller;
  const { t } = useAppState();
  if (!draft) {
    return loadError ? (
      <>
        <LoadError error={loadError} onRetry={() => void controller.reload()} />
        <Button className="lb-gap-top" onClick={onLeave}>
          {t('back')}
        </Button>
      </>
    ) : (
      <Loading />
    );
  }
  return <DenseForm draft={draft} controller={controller} onLeave={onLeave} onSubmitted={onSubmitted} />;
}

interface DenseFormProps {
  draft: DraftView;
  controller: DraftController;
  onLeave(): void;
  onSubmitted(submitted: SubmittedCase): void;
}

function DenseForm({ draft, controller, onLeave, onSubmitted }: DenseFormProps) {
  const { t, language, describeError } = useAppState();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [declaration, setDeclaration] = useState(false);
  const [assisted, setAssisted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; problems: DraftProblem[] } | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const isDraftKey = (field: string) =>
    draft.form.some((g) => g.fields.some((f) => f.key === field)) ||
    materialOfProblem(draft, field) !== undefined;
  const extra = (failure?.problems ?? []).filter(
    (p) =>
      !isDraftKey(p.field) &&
      !(p.field === 'declarationAccepted' && declaration) &&
      !(p.field === 'assistedConsent' && assisted),
  );
  const outstanding = [...draft.problems, ...extra];

  const fieldError = (key: string): string | undefined => {
    const refused = controller.refused.find((p) => p.field === key);
    if (refused) return problemText(language, refused);
    if (controller.isDirty(key) || (!attempted && !touched.has(key))) return undefined;
    const problem = draft.problems.find((p) => p.field === key);
    return problem ? problemText(language, problem) : undefined;
  };
  const materialErrors: Record<string, string | undefined> = {};
  if (attempted) {
    for (const problem of draft.problems) {
      const code = materialOfProblem(draft, problem.field);
      if (code && !materialErrors[code]) materialErrors[code] = problemText(language, problem);
    }
  }
  const extraError = (field: string) => {
    const problem = extra.find((p) => p.field === field);
    return problem ? problemText(language, problem) : undefined;
  };

  function go(problem: DraftProblem) {
    const code = materialOfProblem(draft, problem.field);
    const id = code
      ? materialDomId(ID_PREFIX, code)
      : problem.field === 'declarationAccepted'
        ? `${ID_PREFIX}-declaration`
        : problem.field === 'assistedConsent'
          ? `${ID_PREFIX}-assisted-consent`
          : fieldDomId(ID_PREFIX, problem.field);
    const element = document.getElementById(id);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  }

  async function submit() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      onSubmitted(await controller.submit({ accepted: declaration, assisted }));
    } catch (error) {
      const problems = error instanceof ApiError ? error.fields : [];
      setAttempted(true);
      setFailure({ error, problems });
      if (problems.length > 0) await controller.reload();
      requestAnimationFrame(() => document.getElementById('assisted-problems')?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      noValidate
      className="lb-assisted-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Flex justify="space-between" align="baseline" gap="middle" wrap className="lb-draft-bar">
        <h2 ref={headingRef} tabIndex={-1} className="lb-step-heading lb-no-margin">
          {t('assistedFormTitle')}
        </h2>
        <Flex gap="middle" align="baseline" wrap>
          <SaveStatus state={controller.saveState} />
          <span className="lb-note">
            <DraftExpiry expiresAt={draft.expiresAt} />
          </span>
        </Flex>
      </Flex>
      <p className="lb-note lb-gap">
        {t('assistedMatters', { count: draft.matters.length })}
        {draft.matters.map((m) => textIn(language, m.name)).join(t('listSeparator'))}
      </p>
      {failure ? (
        <ProblemSummary
          id="assisted-problems"
          title={
            failure.problems.length > 0
              ? outstanding.length === 0
                ? t('problemsFixed')
                : // The list below names each problem; the title only says there are some.
                  (failure.error instanceof ApiError && failure.error.localMessage(language)) ||
                  describeError(failure.error)
              : describeError(failure.error)
          }
          problems={failure.problems.length > 0 ? outstanding : []}
          onGo={go}
        />
      ) : null}
      <div className="lb-dense-groups">
        {draft.form.map((group) => (
          <section
            key={group.id}
            aria-labelledby={`${ID_PREFIX}-group-${group.id}`}
            className="lb-dense-group"
            data-group={group.id}
          >
            <h3 id={`${ID_PREFIX}-group-${group.id}`} className="lb-dense-heading">
              {textIn(language, group.title)}
            </h3>
            {group.fields.map((field) => (
              <DraftFieldView
                key={field.key}
                field={field}
                idPrefix={ID_PREFIX}
                value={controller.shownValue(field.key)}
                error={fieldError(field.key)}
                onChange={(value) => controller.setValue(field.key, value)}
                onBlur={() => {
                  if (controller.isDirty(field.key)) setTouched((all) => new Set([...all, field.key]));
                  controller.commit(field.key);
                }}
                onFlag={(note) => controller.flag(field.key, note)}
              />
            ))}
          </section>
        ))}
      </div>
      <section aria-labelledby="assisted-materials" className="lb-dense-section">
        <h3 id="assisted-materials" className="lb-dense-heading">
          {t('materialsTitle')}
        </h3>
        <DraftMaterials
          draft={draft}
          idPrefix={ID_PREFIX}
          mode="desk"
          headingLevel={4}
          errors={materialErrors}
          onUpload={controller.upload}
          onRemove={controller.removeItem}
        />
      </section>
      <section aria-labelledby="assisted-consent-title" className="lb-dense-section">
        <h3 id="assisted-consent-title" className="lb-dense-heading">
          {t('declarationTitle')}
        </h3>
        <ConsentCheckbox
          id={`${ID_PREFIX}-declaration`}
          text={textIn(language, draft.consent)}
          checked={declaration}
          error={extraError('declarationAccepted')}
          onChange={setDeclaration}
        />
        <ConsentCheckbox
          id={`${ID_PREFIX}-assisted-consent`}
          text={language === 'en' ? draft.consent.assistedEn : draft.consent.assistedZh}
          checked={assisted}
          error={extraError('assistedConsent')}
          onChange={setAssisted}
        />
      </section>
      <Flex gap="middle" className="lb-step-buttons">
        <Button
          onClick={() => {
            controller.flush().catch(() => undefined);
            onLeave();
          }}
          disabled={busy}
        >
          {t('assistedLater')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('assistedSubmit')}
        </Button>
      </Flex>
    </form>
  );
}

function Done({ submitted, onNext }: { submitted: SubmittedCase; onNext: () => void }) {
  const { t } = useAppState();
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <Card className="lb-assisted-done">
      <h2 ref={headingRef} tabIndex={-1} className="lb-step-heading">
        {t('assistedDoneTitle')}
      </h2>
      <p className="lb-paragraph">{t('caseCode')}</p>
      <p className="lb-case-code" data-testid="case-code">
        {submitted.code}
      </p>
      <p className="lb-paragraph">{t('assistedDoneHint', { name: submitted.deceasedName })}</p>
      <Button type="primary" onClick={onNext}>
        {t('assistedNext')}
      </Button>
    </Card>
  );
}
