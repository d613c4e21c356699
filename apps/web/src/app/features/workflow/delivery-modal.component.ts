import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { DELIVERY_METHOD_LABELS, DELIVERY_METHODS, type DeliveryMethod, type NoticeView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { LABELS } from '../../core/labels';
import { WorkflowApi } from './data-access/workflow.api';

/** 登记送达: how and when a notice reached the petitioner (it starts the petitioner's own windows). */
@Component({
  selector: 'app-delivery-modal',
  imports: [FormsModule, NzModalModule, NzFormModule, NzRadioModule, NzDatePickerModule, NzButtonModule, ActionErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="labels.deliver + ' · ' + notice().title" [nzFooter]="footer" [nzMaskClosable]="false" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" data-testid="wf-delivery-form">
          <nz-form-item>
            <nz-form-label nzRequired nzFor="wf-delivery-method">{{ labels.deliveryMethod }}</nz-form-label>
            <nz-form-control>
              <nz-radio-group id="wf-delivery-method" name="method" [(ngModel)]="method" data-testid="wf-delivery-method">
                @for (m of methods; track m) {
                  <span nz-radio [nzValue]="m">{{ methodLabels[m] }}</span>
                }
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired nzFor="wf-delivered-at">{{ labels.deliveredAt }}</nz-form-label>
            <nz-form-control>
              <nz-date-picker id="wf-delivered-at" name="deliveredAt" nzShowTime nzFormat="yyyy-MM-dd HH:mm" [nzDisabledDate]="future" [(ngModel)]="deliveredAt" data-testid="wf-delivery-at" />
            </nz-form-control>
          </nz-form-item>
        </form>
        <app-action-error [state]="saving" testId="wf-delivery-problem" />
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ labels.cancel }}</button>
        <button nz-button nzType="primary" type="button" [nzLoading]="saving.busy()" (click)="submit()" data-testid="wf-delivery-submit">{{ labels.deliver }}</button>
      </ng-template>
    </nz-modal>
  `,
})
export class DeliveryModalComponent {
  private readonly api = inject(WorkflowApi);
  readonly notice = input.required<NoticeView>();
  readonly done = output<NoticeView>();
  readonly closed = output<void>();
  protected readonly labels = LABELS.workflow;
  protected readonly methods = DELIVERY_METHODS;
  protected readonly methodLabels = DELIVERY_METHOD_LABELS;
  protected method: DeliveryMethod = 'IN_PERSON';
  protected deliveredAt: Date | null = new Date();
  protected readonly saving = new ActionState();
  protected readonly future = (day: Date): boolean => day.getTime() > Date.now();
  /** One key per opening: a double click records one delivery. */
  private readonly key = crypto.randomUUID();

  protected async submit(): Promise<void> {
    const deliveredAt = this.deliveredAt;
    if (!deliveredAt) return this.saving.fail(LABELS.workflow.required.replace('{field}', LABELS.workflow.deliveredAt));
    await this.saving.run(async () => {
      // A time picked to the minute may lie seconds ahead of the server's clock: never send a future instant.
      const at = new Date(Math.min(deliveredAt.getTime(), Date.now()));
      this.done.emit(await this.api.recordDelivery(this.notice().id, { method: this.method, deliveredAt: at.toISOString() }, this.key));
    });
  }
}
