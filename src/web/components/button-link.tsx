/**
 * A link that looks like a button, to another page of the app. It is a real link, so it works on
 * a prerendered page before the app's scripts have run; once they have, a plain click goes through
 * the app's router instead of loading the page again. A click with a modifier key (a new tab) is
 * left to the browser.
 */
import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

export function ButtonLink({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const navigate = useNavigate();
  function follow(event: MouseEvent<HTMLElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return <Button {...props} href={to} onClick={follow} />;
}
