/**
 * The script of a draft's first screen as the server draws it (prerender.tsx,
 * renderSignedInDocument): a screen of certified values, which the family reads and goes on from
 * with 下一步, the browser's own GET of the next screen, where the app takes over. Loaded by the
 * drawn pages' script (static-page.ts) only where such a form is on the page.
 *
 * What needs a script here is what the app's form does on this screen beyond reading:
 *
 * - 信息有误？ opens the box the server drew closed under the value; 提交说明 and 撤回说明 send the
 *   note through the draft's autosave (PATCH /api/v1/drafts/{id}, as use-draft.ts does, with the
 *   draft's version, taking in a newer one once if the draft changed elsewhere), and the page is
 *   drawn again with it; a refusal is shown in the box.
 * - 退出 signs out as the app's header does.
 */
import { ApiError, api } from '../api.ts';
import { forgetApplicationStart } from './application-start.ts';
import { draftApi } from './draft-api.ts';

/** The field whose note was just sent: the page drawn again gives the focus back to it. */
const RETURN_KEY = 'lianban.drawnDraftReturn';

function takeReturn(): string | null {
  try {
    const key = window.sessionStorage.getItem(RETURN_KEY);
    window.sessionStorage.removeItem(RETURN_KEY);
    return key;
  } catch {
    return null; // storage refused: the page opens at its top, as any page does
  }
}

function keepReturn(key: string): void {
  try {
    window.sessionStorage.setItem(RETURN_KEY, key);
  } catch {
    // Storage refused: the note is shown all the same.
  }
}

const form = document.querySelector<HTMLFormElement>('form[data-drawn-draft]');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const draftId = form.dataset.drawnDraft ?? '';
  let version = Number(form.dataset.version);
  // The draft exists: the questionnaire's start is not needed again (as the app's page does).
  forgetApplicationStart();
  const returning = takeReturn();

  async function saveFlag(key: string, note: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await draftApi.save(draftId, { version, flags: { [key]: note } });
        return;
      } catch (error) {
        // Changed on another device meanwhile: the flag goes on top of what is there now.
        if (attempt > 0 || !(error instanceof ApiError) || error.status !== 409) throw error;
        version = (await draftApi.get(draftId)).version;
      }
    }
  }

  for (const opener of form.querySelectorAll<HTMLButtonElement>('[data-flag-open]')) {
    const key = opener.dataset.flagOpen ?? '';
    const box = form.querySelector<HTMLElement>(`[data-flag-box="${CSS.escape(key)}"]`);
    const note = box?.querySelector('textarea');
    const send = box?.querySelector<HTMLButtonElement>('[data-flag="send"]');
    if (!box || !note || !send) continue;
    const buttons = [...box.querySelectorAll<HTMLButtonElement>('[data-flag]')];

    const showError = (text: string | null) => {
      box.querySelector('[data-flag-error]')?.remove();
      if (text === null) return;
      const problem = document.createElement('p');
      problem.className = 'lb-field-error';
      problem.setAttribute('role', 'alert');
      problem.dataset.flagError = '';
      problem.textContent = text;
      box.querySelector('.lb-flag-actions')?.before(problem);
    };
    const setOpen = (open: boolean) => {
      box.hidden = !open;
      opener.setAttribute('aria-expanded', String(open));
      if (!open) return;
      note.value = box.dataset.note ?? '';
      send.disabled = !note.value.trim();
      showError(null);
      note.focus();
    };
    const submit = async (text: string) => {
      for (const button of buttons) button.disabled = true;
      showError(null);
      try {
        await saveFlag(key, text.trim());
        keepReturn(key);
        window.location.reload();
      } catch (error) {
        // As the app says it (app-state.tsx, describeError), in the words the server drew.
        const unexpected = box.dataset.unexpectedError ?? '';
        if (!(error instanceof ApiError)) showError(unexpected);
        else if (error.status === 0) showError(box.dataset.networkError ?? '');
        else
          showError(
            error.fields.map((problem) => problem.zh).join('；') || error.localMessage('zh') || unexpected,
          );
        for (const button of buttons) button.disabled = button === send && !note.value.trim();
      }
    };

    if (returning === key) {
      opener.focus();
      opener.scrollIntoView({ block: 'center' });
    }
    opener.addEventListener('click', () => setOpen(opener.getAttribute('aria-expanded') !== 'true'));
    note.addEventListener('input', () => {
      send.disabled = !note.value.trim();
    });
    box.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-flag]')?.dataset.flag;
      if (action === 'send') void submit(note.value);
      else if (action === 'withdraw') void submit('');
      else if (action === 'cancel') {
        setOpen(false);
        opener.focus();
      }
    });
  }

  document.querySelector('[data-action="sign-out"]')?.addEventListener('click', () => {
    // Signing out of a session the server no longer knows is still signing out.
    void api
      .signOut()
      .catch(() => undefined)
      .finally(() => window.location.assign('/'));
  });
}
