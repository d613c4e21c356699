import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ResidentIdCheckResponse } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { apiErrorMessage } from '../../core/api-error';
import { LABELS } from '../../core/labels';
import { ResidentIdApi } from './data-access/resident-id.api';
import { residentIdValidator } from './resident-id.validator';

@Component({
  selector: 'app-resident-id-page',
  imports: [ReactiveFormsModule, NzCardModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, NzDescriptionsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './resident-id.page.html',
  styles: ['.result { margin-top: 16px; } form { max-width: 520px; }'],
})
export class ResidentIdPage {
  private readonly api = inject(ResidentIdApi);
  protected readonly labels = LABELS;
  protected readonly checking = signal(false);
  protected readonly result = signal<ResidentIdCheckResponse | null>(null);
  protected readonly apiError = signal<string | null>(null);
  protected readonly clientError = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    idNumber: ['', [Validators.required, residentIdValidator()]],
  });

  constructor() {
    this.form.controls.idNumber.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.clientError.set(null));
  }

  protected async submit(): Promise<void> {
    const control = this.form.controls.idNumber;
    this.result.set(null);
    this.apiError.set(null);
    if (control.invalid) {
      const errors = control.errors ?? {};
      this.clientError.set(typeof errors['residentId'] === 'string' ? errors['residentId'] : LABELS.residentId.required);
      return;
    }
    this.checking.set(true);
    try {
      this.result.set(await this.api.check(control.value));
    } catch (error) {
      this.apiError.set(apiErrorMessage(error));
    } finally {
      this.checking.set(false);
    }
  }
}
