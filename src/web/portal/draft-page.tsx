/**
 * The family's application at /portal/drafts/:id (mobile first, large-text ready): one group of
 * the merged form per screen in the server's person order (逝者信息, 去世情况, 您的信息, 收款账户, …),
 * then the materials, then a review with the declaration and 提交. The screen is in the address
 * (?step=), so the phone's back button and a reload keep the place; what is typed is saved as it
 * is typed, so the draft can be finished later on any device until it expires.
 *
 * A screen of certified values only (逝者信息, first) is drawn by the server for a page load
 * (prerender.tsx, renderSignedInDocument; `DrawnByServer` here): then 下一步 and 上一步 are the
 * browser's own loads, and application/drawn-draft.ts works the page instead of the app.
 *
 * Problems are the server's: a field shows its problem once it has been left after typing, or
 * when 下一步 finds the screen incomplete; a refused submission shows every problem at once and
 * goes to the first.
 */
import { Button, Card, Flex, Typography } from 'antd';
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { forgetApplicationStart } from '../application/application-start.ts';
import type { DraftProblem, DraftView } from '../application/draft-api.ts';
import { DraftFieldView, fieldDomId, problemText, textIn } from '../application/draft-field.tsx';
import { DraftMaterials, materialDomId, materialOfProblem } from '../application/draft-materials.tsx';
import { ConsentCheckbox, DraftReview } from '../application/draft-review.tsx';
import { DraftExpiry, ProblemSummary, SaveStatus } from '../application/draft-status.tsx';
import { type DraftController, useDraft } from '../application/use-draft.ts';
import { LoadError } from '../components/load-error.tsx';
import { Loading } from '../components/loading.tsx';
import { DrawnByServer } from '../components/use-load.ts';
import { CitizenSignIn } from './citizen-sign-in.tsx';

const ID_PREFIX = 'apply';

interface Screen {
  id: string;
  kind: 'group' | 'materials' | 'review';
  title: string;
}

export function DraftPage() {
  const { t, me, sessionStatus } = useAppState();
  const { id = '' } = useParams();
  return (
    <div className="lb-portal">
      <Typography.Title level={1}>{t('draftTitle')}</Typography.Title>
      {sessionStatus === 'loading' ? (
        <Loading />
      ) : me.kind !== 'citizen' ? (
        <CitizenSignIn returnTo={`/portal/drafts/${encodeURIComponent(id)}`} />
      ) : (
        <DraftFlow key={id} draftId={id} />
      )}
    </div>
  );
}

function DraftFlow({ draftId }: { draftId: string }) {
  const { t } = useAppState();
  const controller = useDraft(draftId);
  const { draft, loadError } = controller;

  useEffect(() => {
    // The draft exists now; the questionnaire's start is not needed again.
    if (draft) forgetApplicationStart();
  }, [draft]);

  if (!draft) {
    if (loadError) {
      return (
        <>
          <LoadError error={loadError} onRetry={() => void controller.reload()} />
          <p className="lb-paragraph lb-gap-top">
            <Link to="/portal" className="lb-link-strong">
              {t('backToMyCases')}
            </Link>
          </p>
        </>
      );
    }
    return <Loading />;
  }
  return <DraftScreens draft={draft} controller={controller} />;
}

function DraftScreens({ draft, controller }: { draft: DraftView; controller: DraftController }) {
  const { t, language, describeError } = useAppState();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [accepted, setAccepted] = useState(false);
  const [busy, setBusy] = useState<'next' | 'submit' | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; problems: DraftProblem[] } | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const movedRef = useRef(false);
  const drawn = useContext(DrawnByServer);

  const screens = useMemo<Screen[]>(
    () => [
      ...draft.form.map((group) => ({
        id: group.id,
        kind: 'group' as const,
        title: textIn(language, group.title),
      })),
      { id: 'materials', kind: 'materials', title: t('materialsTitle') },
      { id: 'review', kind: 'review', title: t('reviewTitle') },
    ],
    [draft.form, language, t],
  );
  const requested = searchParams.get('step');
  const index = Math.max(
    0,
    screens.findIndex((s) => s.id === requested),
  );
  const screen = screens[index] as Screen;

  /** The screen a problem is shown on. */
  const screenOf = (field: string): string => {
    const group = draft.form.find((g) => g.fields.some((f) => f.key === field));
    if (group) return group.id;
    if (materialOfProblem(draft, field)) return 'materials';
    return 'review';
  };

  // Problems the draft itself does not report (the declaration) come from the last submission.
  const extra = (failure?.problems ?? []).filter(
    (p) => screenOf(p.field) === 'review' && !(p.field === 'declarationAccepted' && accepted),
  );
  const outstanding = [...draft.problems, ...extra];

  const fieldError = (key: string): string | undefined => {
    const refused = controller.refused.find((p) => p.field === key);
    if (refused) return problemText(language, refused);
    if (controller.isDirty(key)) return undefined;
    if (!touched.has(key) && !revealed.has(screenOf(key))) return undefined;
    const problem = draft.problems.find((p) => p.field === key);
    return problem ? problemText(language, problem) : undefined;
  };

  const materialErrors: Record<string, string | undefined> = {};
  if (revealed.has('materials')) {
    for (const problem of draft.problems) {
      const code = materialOfProblem(draft, problem.field);
      if (code && !materialErrors[code]) materialErrors[code] = problemText(language, problem);
    }
  }

  // A new screen: its heading is focused so screen readers announce it, and the draft is read
  // again, so what was changed on another device meanwhile is what is shown (and reviewed).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the screen is the trigger
  useEffect(() => {
    if (!movedRef.current) return;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus();
    controller.refresh();
  }, [screen.id]);

  // After a refusal, the first problem's field (or material) gets focus once it is on screen.
  useEffect(() => {
    if (!focusTarget) return;
    const element = document.getElementById(focusTarget);
    if (!element) return;
    element.focus();
    element.scrollIntoView({ block: 'center' });
    setFocusTarget(null);
  });

  function goTo(screenId: string) {
    movedRef.current = true;
    setSearchParams({ step: screenId });
  }

  function reveal(screenId: string) {
    setRevealed((all) => new Set([...all, screenId]));
  }

  function targetOf(problem: DraftProblem): string {
    const code = materialOfProblem(draft, problem.field);
    if (code) return materialDomId(ID_PREFIX, code);
    if (problem.field === 'declarationAccepted') return `${ID_PREFIX}-declaration`;
    if (screenOf(problem.field) === 'review') return 'apply-problems';
    return fieldDomId(ID_PREFIX, problem.field);
  }

  function show(problem: DraftProblem) {
    const target = screenOf(problem.field);
    reveal(target);
    if (target !== screen.id) goTo(target);
    setFocusTarget(targetOf(problem));
  }

  async function next() {
    if (busy) return;
    setBusy('next');
    let latest: DraftView;
    try {
      latest = await controller.flush();
    } catch (error) {
      setFailure({ error, problems: [] });
      setBusy(null);
      return;
    }
    setBusy(null);
    const blocking = latest.problems.filter((p) => {
      if (screen.kind === 'materials') return materialOfProblem(latest, p.field) !== undefined;
      const group = latest.form.find((g) => g.id === screen.id);
      return group?.fields.some((f) => f.key === p.field && !f.certified) === true;
    });
    if (blocking.length > 0) {
      reveal(screen.id);
      setFocusTarget(targetOf(blocking[0] as DraftProblem));
      return;
    }
    const following = screens[index + 1];
    if (following) goTo(following.id);
  }

  async function submit() {
    if (busy) return;
    setBusy('submit');
    setFailure(null);
    try {
      const created = await controller.submit({ accepted });
      navigate(`/portal/submitted/${encodeURIComponent(created.code)}`, { replace: true });
    } catch (error) {
      const problems = error instanceof ApiError ? error.fields : [];
      setFailure({ error, problems });
      if (problems.length > 0) {
        await controller.reload();
        setRevealed(new Set(screens.map((s) => s.id)));
        const first = [...problems].sort(
          (a, b) =>
            screens.findIndex((s) => s.id === screenOf(a.field)) -
            screens.findIndex((s) => s.id === screenOf(b.field)),
        )[0] as DraftProblem;
        const target = screenOf(first.field);
        if (target !== screen.id) goTo(target);
        setFocusTarget(targetOf(first));
      } else {
        setFocusTarget('apply-problems');
      }
    } finally {
      setBusy(null);
    }
  }

  const group = screen.kind === 'group' ? draft.form.find((g) => g.id === screen.id) : undefined;
  const declarationError = extra.find((p) => p.field === 'declarationAccepted');

  return (
    <>
      <div className="lb-draft-bar">
        <span className="lb-draft-step">{t('stepOf', { current: index + 1, total: screens.length })}</span>
        <SaveStatus state={controller.saveState} />
      </div>
      <p className="lb-note lb-draft-kept">
        <DraftExpiry expiresAt={draft.expiresAt} />
        {t('draftKeptHint')}
      </p>
      {failure ? (
        <ProblemSummary
          id="apply-problems"
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
          onGo={show}
        />
      ) : null}
      <Card>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void (screen.kind === 'review' ? submit() : next());
          }}
          // Drawn by the server (a first screen of certified values, prerender.tsx): 下一步 is the
          // browser's own GET of the next screen, and the page's script finds the draft by these.
          {...(drawn ? { method: 'get', 'data-drawn-draft': draft.id, 'data-version': draft.version } : {})}
        >
          {drawn && screens[index + 1] ? (
            <input type="hidden" name="step" value={(screens[index + 1] as Screen).id} />
          ) : null}
          <h2 ref={headingRef} tabIndex={-1} className="lb-step-heading">
            {screen.title}
          </h2>
          {index === 0 ? <MatterList draft={draft} /> : null}
          {group ? (
            <>
              {group.id === 'payee' ? <p className="lb-paragraph">{t('payeeIntro')}</p> : null}
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
            </>
          ) : null}
          {screen.kind === 'materials' ? (
            <DraftMaterials
              draft={draft}
              idPrefix={ID_PREFIX}
              mode="phone"
              headingLevel={3}
              errors={materialErrors}
              onUpload={controller.upload}
              onRemove={controller.removeItem}
            />
          ) : null}
          {screen.kind === 'review' ? (
            <>
              <p className="lb-paragraph">{t('reviewIntro')}</p>
              <MatterList draft={draft} />
              <DraftReview
                draft={draft}
                shownValue={controller.shownValue}
                idPrefix={ID_PREFIX}
                onEdit={(screenId) => goTo(screenId)}
              />
              <h3 className="lb-group-heading">{t('declarationTitle')}</h3>
              <ConsentCheckbox
                id={`${ID_PREFIX}-declaration`}
                text={textIn(language, draft.consent)}
                checked={accepted}
                error={declarationError ? problemText(language, declarationError) : undefined}
                onChange={setAccepted}
              />
            </>
          ) : null}
          <Flex gap="middle" className="lb-step-buttons">
            {index > 0 ? (
              <Button
                className="lb-grow"
                size="large"
                disabled={busy !== null}
                onClick={() => goTo((screens[index - 1] as Screen).id)}
                // Drawn by the server: a link the browser follows itself.
                href={drawn ? `?step=${encodeURIComponent((screens[index - 1] as Screen).id)}` : undefined}
              >
                {t('previous')}
              </Button>
            ) : null}
            <Button className="lb-grow" size="large" type="primary" htmlType="submit" loading={busy !== null}>
              {screen.kind === 'review' ? t('submit') : t('next')}
            </Button>
          </Flex>
        </form>
      </Card>
      <p className="lb-paragraph lb-gap-top">
        <Link
          to="/portal"
          className="lb-link-strong"
          onClick={() => {
            controller.flush().catch(() => undefined);
          }}
        >
          {t('draftLater')}
        </Link>
      </p>
    </>
  );
}

/** The matters this one application covers, folded so the form stays in front. */
function MatterList({ draft }: { draft: DraftView }) {
  const { t, language } = useAppState();
  return (
    <details className="lb-matters-fold">
      <summary>{t('draftMatters', { count: draft.matters.length })}</summary>
      <ul className="lb-bullets">
        {draft.matters.map((matter) => (
          <li key={matter.code}>{textIn(language, matter.name)}</li>
        ))}
      </ul>
    </details>
  );
}
