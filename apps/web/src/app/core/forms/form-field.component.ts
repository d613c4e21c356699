import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { NzFormStatusService } from 'ng-zorro-antd/core/form';
import { NzFormModule } from 'ng-zorro-antd/form';
import type { FormErrors } from './form-errors';

/**
 * One labelled control of a `FormErrors` form: the label, the control (projected) and the problem
 * with it, shown under it. Replaces the repeated
 * `nz-form-item[data-field] > nz-form-label + nz-form-control[nzErrorTip][nzValidateStatus]` markup:
 *
 * ```html
 * <app-form-field [form]="f" field="foundBy" [label]="labels.foundBy" for="hf-found-by" required>
 *   <input nz-input id="hf-found-by" name="foundBy" [(ngModel)]="form.foundBy" (ngModelChange)="f.edited('foundBy')" />
 * </app-form-field>
 * ```
 *
 * `field` may name several fields separated by spaces (an ID type and number in one row): the
 * first one with a problem is shown. The host carries `data-field`, so a failed submit puts the
 * cursor here (focusFirstInvalid). The projected control sits outside ng-zorro's own
 * nz-form-control in the injector tree, so this component provides the form status service
 * itself: an input or select in error gets its red border as it would inside nz-form-control.
 */
@Component({
  selector: 'app-form-field',
  imports: [NzFormModule],
  providers: [NzFormStatusService],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-field]': 'field()' },
  template: `
    <nz-form-item>
      @if (label(); as text) {
        <nz-form-label [nzFor]="for()" [nzRequired]="required()">{{ text }}</nz-form-label>
      }
      <nz-form-control [nzErrorTip]="error()" [nzValidateStatus]="status()" [nzExtra]="extra()">
        <ng-content />
      </nz-form-control>
    </nz-form-item>
  `,
  styles: [':host { display: block; }'],
})
export class FormFieldComponent {
  /** The form whose problems this field shows. */
  readonly form = input.required<FormErrors>();
  /** The field (or fields, separated by spaces) as `FormErrors` names them. */
  readonly field = input.required<string>();
  /** The label; none for a control named another way (a checkbox with its own text). */
  readonly label = input<string>('');
  /** The id of the control the label names (`id`, or `nzId` on an nz-select). */
  readonly for = input<string | undefined>(undefined);
  /** Marks the label as required (the asterisk); the form's check decides what is. */
  readonly required = input(false, { transform: (value: boolean | '') => value !== false });
  /** A hint under the control (ng-zorro keeps it below the problem, if any). */
  readonly extra = input<string | undefined>(undefined);

  private readonly fields = computed(() => this.field().split(' ').filter(Boolean));
  protected readonly error = computed(() => {
    const form = this.form();
    for (const field of this.fields()) {
      const message = form.error(field);
      if (message) return message;
    }
    return '';
  });
  protected readonly status = computed(() => (this.error() ? 'error' : ''));

  constructor() {
    const statusService = inject(NzFormStatusService);
    effect(() => statusService.formStatusChanges.next({ status: this.status(), hasFeedback: false }));
  }
}
