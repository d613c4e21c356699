import { ChangeDetectionStrategy, Component, inject, input, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DutySubsidyRateView } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { DUTY_LABELS } from './duty.labels';
import { DutyApi } from './data-access/duty.api';
import { CardListDirective } from '../../core/list/card-list.directive';
import { DateFieldComponent } from '../../core/forms/date-field.component';

/** 值班补助标准 with their effective dates; an administrator adds a new rate from a date on. */
@Component({
  selector: 'app-subsidy-rates',
  imports: [ActionErrorComponent, DateFieldComponent, FormsModule, NzTableModule, NzButtonModule, NzInputModule, NzSelectModule, CardListDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h4>{{ labels.subsidyRates }}</h4>
    <nz-table appCardList #t [nzData]="rates()" nzSize="small" [nzFrontPagination]="false" [nzShowPagination]="false" data-testid="subsidy-rates">
      <thead><tr><th>{{ labels.effectiveFrom }}</th><th>{{ labels.yuanPerPersonDay }}</th><th>{{ labels.halfShiftPersonDays }}</th></tr></thead>
      <tbody>
        @for (r of t.data; track r.effectiveFrom) {
          <tr><td>{{ r.effectiveFrom }}</td><td>{{ r.yuanPerPersonDay }}</td><td>{{ r.halfShiftPersonDays }}</td></tr>
        }
      </tbody>
    </nz-table>
    @if (canEdit()) {
      <div class="bar">
        <label>{{ labels.effectiveFrom }}<app-date-field [label]="labels.effectiveFrom" [(ngModel)]="form.effectiveFrom" data-testid="rate-from" /></label>
        <label>{{ labels.yuanPerPersonDay }}<input nz-input type="number" min="1" step="0.01" [(ngModel)]="form.yuanPerPersonDay" data-testid="rate-yuan" /></label>
        <div><label for="rate-half-shift">{{ labels.halfShiftPersonDays }}</label><nz-select nzId="rate-half-shift" [(ngModel)]="form.halfShiftPersonDays"><nz-option [nzValue]="0.5" nzLabel="0.5" /><nz-option [nzValue]="1" nzLabel="1" /></nz-select></div>
        <button nz-button nzType="primary" [nzLoading]="adding.busy()" (click)="add()" data-testid="rate-add">{{ labels.addRate }}</button>
      </div>
      <app-action-error [state]="adding" />
    }
    <app-action-error [state]="loading" />
  `,
  styles: [
    `h4 { margin: 16px 0 8px; }
     .bar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 8px; margin-top: 8px; }
     .bar input, .bar nz-select { display: block; width: 150px; }`,
  ],
})
export class SubsidyRatesComponent implements OnInit {
  private readonly api = inject(DutyApi);
  readonly canEdit = input(false);
  protected readonly labels = DUTY_LABELS;
  protected readonly rates = signal<DutySubsidyRateView[]>([]);
  protected readonly loading = new ActionState();
  protected readonly adding = new ActionState();
  protected form = { effectiveFrom: '', yuanPerPersonDay: 180, halfShiftPersonDays: 0.5 };

  ngOnInit(): void {
    void this.loading.run(async () => this.rates.set(await this.api.subsidyRates()));
  }

  protected async add(): Promise<void> {
    await this.adding.run(async () => {
      this.rates.set(await this.api.addSubsidyRate({ ...this.form, yuanPerPersonDay: Number(this.form.yuanPerPersonDay) }));
      this.form = { ...this.form, effectiveFrom: '' };
    });
  }
}
