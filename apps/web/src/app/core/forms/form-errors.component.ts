import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import type { FormErrors } from './form-errors';

/**
 * The problems of a form that no control shows (the API's refusal of the form as a whole), placed
 * beside its submit button. Focusable, so a failed submit with no field to fix lands here.
 */
@Component({
  selector: 'app-form-errors',
  imports: [NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (form().formLevel(); as messages) {
      @if (messages.length > 0) {
        <div data-form-errors tabindex="-1" role="alert" [attr.data-testid]="testId()">
          @for (message of messages; track $index) {
            <nz-alert nzType="error" nzShowIcon [nzMessage]="message" />
          }
        </div>
      }
    }
  `,
  styles: [':host { display: block; } nz-alert { display: block; margin-top: 8px; } [data-form-errors]:focus { outline: none; }'],
})
export class FormErrorsComponent {
  readonly form = input.required<FormErrors>();
  readonly testId = input('form-errors');
}
