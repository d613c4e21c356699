import { afterRenderEffect, Directive, ElementRef, inject, input } from '@angular/core';

/**
 * Names the <input>s an ng-zorro control renders inside itself — a select's search box, a range
 * picker's two fields, a checkbox without text — for a control that no <label for> names (a filter
 * bar's select, a checkbox in a table cell). ng-zorro takes no aria-label for them, and an
 * aria-label on the host names nothing a screen reader announces. One name names every input; a
 * list names them in order (a range picker's 起 and 止).
 */
@Directive({ selector: '[appInputLabel]' })
export class InputLabelDirective {
  readonly appInputLabel = input.required<string | readonly string[]>();

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterRenderEffect(() => {
      const names = this.appInputLabel();
      host.querySelectorAll('input:not([type=hidden])').forEach((field, i) => {
        const name = typeof names === 'string' ? names : names[i];
        if (name) field.setAttribute('aria-label', name);
      });
    });
  }
}
