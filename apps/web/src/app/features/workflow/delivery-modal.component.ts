import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { DELIVERY_METHOD_LABELS, DELIVERY_METHODS, type DeliveryMethod, type NoticeView } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { apiErrorMessage } from '../../core/api-error';
import { LABELS } from '../../core/labels';
import { WorkflowApi } from './data-access/workflow.api';

/** 登记送达: how and when a notice reached the petitioner (it starts the petitioner's own windows). */
@Component({
  selector: 'app-delivery-modal',
  imports: [FormsModule, NzModalModule, NzFormModule, NzRadioModule, NzDatePickerModule, NzButtonModule, NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal [nzVisible]="true" [nzTitle]="labels.deliver + ' · ' + notice().title" [nzFooter]="footer" [nzMaskClosable]="false" (nzOnCancel)="closed.emit()">
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" data-testid="wf-delivery-form">
          @if (problem(); as p) {
            <nz-alert nzType="error" nzShowIcon [nzMessage]="p" data-testid="wf-delivery-problem" />
          }
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
      </ng-container>
      <ng-template #footer>
        <button nz-button type="button" (click)="closed.emit()">{{ labels.cancel }}</button>
        <button nz-button nzType="primary" type="button" [nzLoading]="saving()" (click)="submit()" data-testid="wf-delivery-submit">{{ labels.deliver }}</button>
      </ng-template>
    </nz-modal>
  `,
  styles: ['nz-alert { display: block; margin-bottom: 12px; }'],
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
  protected readonly problem = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly future = (day: Date): boolean => day.getTime() > Date.now();
  /** One key per opening: a double click records one delivery. */
  private readonly key = crypto.randomUUID();

  protected async submit(): Promise<void> {
    if (!this.deliveredAt) {
      this.problem.set(LABELS.workflow.required.replace('{field}', LABELS.workflow.deliveredAt));
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    try {
      // A time picked to the minute may lie seconds ahead of the server's clock: never send a future instant.
      const at = new Date(Math.min(this.deliveredAt.getTime(), Date.now()));
      this.done.emit(await this.api.recordDelivery(this.notice().id, { method: this.method, deliveredAt: at.toISOString() }, this.key));
    } catch (error) {
      this.problem.set(apiErrorMessage(error));
    } finally {
      this.saving.set(false);
    }
  }
}
