import { afterRenderEffect, ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import type { ActionState } from './action-state';

/**
 * The error of one action, placed right next to its button or form: an inline error alert while
 * the action's last attempt failed, nothing otherwise. When it appears it is scrolled into view
 * (only as far as needed), so on a phone the officer sees why the tap did not work.
 */
@Component({
  selector: 'app-action-error',
  imports: [NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state().error(); as message) {
      <nz-alert nzType="error" nzShowIcon role="alert" [nzMessage]="message" [attr.data-testid]="testId()" />
    }
  `,
  styles: [':host { display: block; } nz-alert { display: block; margin-top: 8px; }'],
})
export class ActionErrorComponent {
  readonly state = input.required<ActionState>();
  /** The data-testid of the alert (present only while there is an error). */
  readonly testId = input('action-error');

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterRenderEffect(() => {
      if (this.state().error()) host.scrollIntoView?.({ block: 'nearest' });
    });
  }
}
