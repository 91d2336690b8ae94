/**
 * The embedded identity service's pages: sign-in, errors and sign-out. Plain server-rendered HTML
 * in Chinese, no scripts (the CSP forbids inline ones and none are needed), inline styles only.
 * Colours are chosen for at least 4.5:1 contrast.
 */
import { escapeHtml } from '../../http/escape-html.ts';
import { DEMO_CITIZENS } from '../demo-citizens.ts';

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:#f3f5f7;color:#1f2933;font:16px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
header{background:#1d4f7c;color:#fff;padding:.75rem 1rem}
header p{margin:0;font-weight:600}
main{max-width:28rem;margin:1.5rem auto;padding:0 1rem}
.card{background:#fff;border:1px solid #d5dbe1;border-radius:8px;padding:1.5rem}
h1{font-size:1.375rem;margin:0 0 .75rem}
.note{background:#fff8e1;border:1px solid #e6c56a;border-radius:6px;padding:.75rem;margin:0 0 1rem;font-size:.9375rem}
.note p{margin:0 0 .25rem}
.note ul{margin:.25rem 0 0;padding-left:1.25rem}
.error{background:#fdecea;border:1px solid #c62828;border-radius:6px;color:#8e1c1c;padding:.75rem;margin:0 0 1rem}
.error p{margin:0}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input{display:block;width:100%;font:inherit;padding:.625rem .75rem;border:1px solid #6b7785;border-radius:6px;background:#fff;color:#1f2933}
input:focus,button:focus,a:focus{outline:3px solid #f0b429;outline-offset:2px}
button,.button{display:inline-block;font:inherit;font-weight:600;padding:.625rem 1.25rem;border-radius:6px;border:1px solid #1d4f7c;background:#1d4f7c;color:#fff;cursor:pointer;text-decoration:none;margin-top:1.25rem}
button.secondary{background:#fff;color:#1d4f7c}
.actions{display:flex;gap:.75rem;flex-wrap:wrap}
.en{color:#4a5560;font-size:.9375rem}
a{color:#1d4f7c}
footer{max-width:28rem;margin:0 auto 2rem;padding:0 1rem;color:#4a5560;font-size:.875rem}
`;

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><p>统一身份认证平台（演示）</p></header>
<main>
<div class="card">
${body}
</div>
</main>
<footer><p>本服务仅用于演示，所有人员均为虚构。</p></footer>
</body>
</html>`;
}

export interface LoginPageOptions {
  /** Where the form posts to. */
  action: string;
  username?: string;
  failed?: boolean;
}

export function renderLoginPage(options: LoginPageOptions): string {
  const failed = options.failed === true;
  const invalid = failed ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  const people = DEMO_CITIZENS.map(
    (c) => `<li>${escapeHtml(c.name)}：用户名 <code>${escapeHtml(c.username)}</code></li>`,
  ).join('');
  const error = failed
    ? `<div class="error" id="login-error" role="alert">
<p>用户名或密码不正确，请重新输入。</p>
<p lang="en">Wrong user name or password. Please try again.</p>
</div>`
    : '';
  return layout(
    failed ? '登录失败 - 统一身份认证（演示）' : '登录 - 统一身份认证（演示）',
    `<h1>统一身份认证（演示）</h1>
<section class="note" aria-label="演示说明">
<p>这是演示用的身份认证服务，其中的人员均为虚构，请勿输入真实的个人信息。</p>
<p>可用的演示账号（密码均为 <code>${escapeHtml(DEMO_CITIZENS[0]?.password ?? '')}</code>）：</p>
<ul>${people}</ul>
</section>
${error}
<form method="post" action="${escapeHtml(options.action)}" novalidate>
<label for="username">用户名</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(options.username ?? '')}"${invalid}>
<label for="password">密码</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
<button type="submit">登录</button>
</form>`,
  );
}

export function renderMessagePage(
  title: string,
  zh: string,
  en: string,
  link?: { href: string; text: string },
): string {
  const action = link
    ? `<p><a class="button" href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>`
    : '';
  return layout(
    `${title} - 统一身份认证（演示）`,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(zh)}</p>
<p class="en" lang="en">${escapeHtml(en)}</p>
${action}`,
  );
}

/** The provider's sign-out confirmation; `form` is its hidden form, which the buttons submit. */
export function renderLogoutPage(form: string): string {
  return layout(
    '退出登录 - 统一身份认证（演示）',
    `<h1>退出统一身份认证？</h1>
<p>您已退出联办。是否同时退出统一身份认证？</p>
<p class="en" lang="en">You have signed out of Lianban. Sign out of the identity service as well?</p>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes">退出</button>
<button type="submit" form="op.logoutForm" class="secondary">保持登录</button>
</div>`,
  );
}
