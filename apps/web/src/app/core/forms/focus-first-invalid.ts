const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Scrolls the first control marked invalid into the middle of the screen and puts the cursor in
 * it. Controls are the elements with `data-field` (an nz-form-item; several fields separated by
 * spaces when one item shows them), taken in document order,
 * which is the form's reading order; with none marked, the form's own error line (`data-form-errors`)
 * is shown.
 * Returns the element focused, if any.
 */
export function focusFirstInvalid(root: HTMLElement, invalid: (field: string) => boolean): HTMLElement | null {
  const items = Array.from(root.querySelectorAll<HTMLElement>('[data-field]'));
  const first =
    items.find((item) => (item.dataset['field'] ?? '').split(' ').some(invalid)) ?? root.querySelector<HTMLElement>('[data-form-errors], [data-testid="reception-form-errors"]');
  if (!first) return null;
  first.scrollIntoView?.({ block: 'center' });
  // An item with several controls names the one to fix (the number, not its document type).
  const control = first.querySelector<HTMLElement>('[data-error-focus]') ?? first.querySelector<HTMLElement>(FOCUSABLE) ?? first;
  control.focus({ preventScroll: true });
  return control;
}
