/**
 * antd's Drawer whose scrolling body can be reached by keyboard: the body itself does not scroll;
 * one named region inside it does, and takes focus (Tab, then the arrow keys scroll it), so a
 * long case can be read without a mouse — and axe-core's scrollable-region-focusable holds.
 */
import { Drawer, type DrawerProps } from 'antd';

const BODY_STYLES: DrawerProps['styles'] = { body: { padding: 0, overflow: 'hidden' } };

export function ScrollDrawer({
  regionLabel,
  children,
  ...props
}: Omit<DrawerProps, 'styles'> & { regionLabel: string }) {
  return (
    <Drawer {...props} styles={BODY_STYLES}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard */}
      <section className="lb-scroll-area" tabIndex={0} aria-label={regionLabel}>
        {children}
      </section>
    </Drawer>
  );
}
