import { ChangeDetectionStrategy, Component, type ElementRef, inject, Injector, input, output, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { DELIVERY_METHOD_LABELS, DELIVERY_METHODS, type DeliveryMethod, type NoticeView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { WORKFLOW_LABELS } from './workflow.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { WorkflowApi } from './data-access/workflow.api';
import { modalOf } from './modal-of';
import { deliveryErrors } from './record-forms';

/** 登记送达: how and when a notice reached the petitioner (it starts the petitioner's own windows). */
@Component({
  selector: 'app-delivery-modal',
  imports: [FormsModule, NzModalModule, NzFormModule, NzRadioModule, NzDatePickerModule, NzButtonModule, FormErrorsComponent, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="labels.deliver + ' · ' + notice().title" [nzFooter]="footer" [nzMaskClosable]="false" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form #formEl nz-form nzLayout="vertical" [attr.aria-label]="labels.deliver" data-testid="wf-delivery-form">
          <app-form-field [form]="f" field="method" [label]="labels.deliveryMethod" for="wf-delivery-method" required>
            <nz-radio-group
              id="wf-delivery-method"
              role="radiogroup"
              [attr.aria-label]="labels.deliveryMethod"
              name="method"
              [(ngModel)]="method"
              (ngModelChange)="f.edited('method')"
              data-testid="wf-delivery-method"
            >
              @for (m of methods; track m) {
                <label nz-radio [nzValue]="m">{{ methodLabels[m] }}</label>
              }
            </nz-radio-group>
          </app-form-field>
          <app-form-field [form]="f" field="deliveredAt" [label]="labels.deliveredAt" for="wf-delivered-at" required>
            <nz-date-picker
              nzId="wf-delivered-at"
              name="deliveredAt"
              nzShowTime
              nzFormat="yyyy-MM-dd HH:mm"
              [nzDisabledDate]="future"
              [(ngModel)]="deliveredAt"
              (ngModelChange)="f.edited('deliveredAt')"
              data-testid="wf-delivery-at"
            />
          </app-form-field>
        </form>
      </ng-container>
      <ng-template #footer>
        <app-form-errors class="footer-errors" [form]="f" testId="wf-delivery-problem" />
        <button nz-button type="button" (click)="closed.emit()">{{ labels.cancel }}</button>
        <button nz-button nzType="primary" type="button" [nzLoading]="f.busy()" (click)="submit()" data-testid="wf-delivery-submit">{{ labels.deliver }}</button>
      </ng-template>
    </nz-modal>
  `,
  styles: ['.footer-errors { text-align: left; margin-bottom: 8px; }'],
})
export class DeliveryModalComponent {
  private readonly api = inject(WorkflowApi);
  readonly notice = input.required<NoticeView>();
  readonly done = output<NoticeView>();
  readonly closed = output<void>();
  protected readonly labels = WORKFLOW_LABELS.workflow;
  protected readonly methods = DELIVERY_METHODS;
  protected readonly methodLabels = DELIVERY_METHOD_LABELS;
  protected method: DeliveryMethod | null = 'IN_PERSON';
  protected deliveredAt: Date | null = new Date();
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly f = new FormErrors({
    fields: ['method', 'deliveredAt'],
    check: () => deliveryErrors(this.method, this.deliveredAt, this.notice().issuedOn),
    host: () => modalOf(this.formEl()),
    injector: inject(Injector),
  });
  protected readonly future = (day: Date): boolean => day.getTime() > Date.now();
  /** One key per opening: a double click records one delivery. */
  private readonly key = crypto.randomUUID();

  protected async submit(): Promise<void> {
    await this.f.submit(async () => {
      const { method, deliveredAt } = this;
      if (!method || !deliveredAt) return;
      // A time picked to the minute may lie seconds ahead of the server's clock: never send a future instant.
      const at = new Date(Math.min(deliveredAt.getTime(), Date.now()));
      this.done.emit(await this.api.recordDelivery(this.notice().id, { method, deliveredAt: at.toISOString() }, this.key));
    });
  }
}
