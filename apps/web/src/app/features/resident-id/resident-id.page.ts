import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
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
  protected readonly control = inject(NonNullableFormBuilder).control('', [Validators.required, residentIdValidator()]);

  protected clientError(): string | null {
    if (!this.control.touched || this.control.valid) return null;
    const errors = this.control.errors ?? {};
    return typeof errors['residentId'] === 'string' ? errors['residentId'] : LABELS.residentId.required;
  }

  protected async submit(): Promise<void> {
    this.control.markAsTouched();
    this.control.updateValueAndValidity();
    this.result.set(null);
    this.apiError.set(null);
    if (this.control.invalid) return;
    this.checking.set(true);
    try {
      this.result.set(await this.api.check(this.control.value));
    } catch (error) {
      this.apiError.set(apiErrorMessage(error));
    } finally {
      this.checking.set(false);
    }
  }
}
