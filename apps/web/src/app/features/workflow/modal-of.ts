import type { ElementRef } from '@angular/core';

/**
 * The dialog a form sits in (its fields, and in its footer the errors beside the submit button):
 * where a failed submit looks for the first error to focus. The form itself before the dialog renders.
 */
export function modalOf(form: ElementRef<HTMLElement> | undefined): HTMLElement {
  const el = form?.nativeElement;
  return el?.closest<HTMLElement>('.ant-modal-content') ?? el ?? document.body;
}
