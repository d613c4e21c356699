import { LABELS } from '../labels';

/**
 * What ng-zorro tells a screen reader in English, with no option of its own to change it:
 * - every icon is `role="img" aria-label="<icon name>"`, so a button 新增 is read 「plus 新增」 and a
 *   select's arrow 「down」. Icons here are decoration: a control is named by its text or its own
 *   Chinese aria-label (an icon-only button carries one), so icons are hidden from screen readers.
 * - a drawer's and a dialog's close button is `aria-label="Close"`: it is named 关闭.
 */
const ICONS = '.anticon[role="img"]:not([aria-hidden])';
const CLOSE_BUTTONS = '.ant-drawer-close[aria-label="Close"], .ant-modal-close[aria-label="Close"]';

/** Applies the Chinese accessibility names to `root` and everything inside it. */
export function localizeZorroAria(root: Element): void {
  const within = (selector: string): Element[] => [...(root.matches(selector) ? [root] : []), ...Array.from(root.querySelectorAll(selector))];
  for (const icon of within(ICONS)) icon.setAttribute('aria-hidden', 'true');
  for (const button of within(CLOSE_BUTTONS)) button.setAttribute('aria-label', LABELS.shell.close);
}

/**
 * Keeps the document localized: what is there now, and whatever ng-zorro renders later (a drawer
 * opened, a row added, an icon swapped). Returns the observer, for a test to disconnect.
 */
export function watchZorroAria(document: Document): MutationObserver {
  localizeZorroAria(document.body);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes' && mutation.target instanceof Element) localizeZorroAria(mutation.target);
      for (const node of Array.from(mutation.addedNodes)) if (node instanceof Element) localizeZorroAria(node);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label', 'aria-hidden'] });
  return observer;
}
