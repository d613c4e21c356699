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
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { LABELS } from '../../core/labels';
import { ResidentIdApi } from './data-access/resident-id.api';
import { residentIdValidator } from './resident-id.validator';

@Component({
  selector: 'app-resident-id-page',
  imports: [ReactiveFormsModule, NzCardModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, NzDescriptionsModule, ActionErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './resident-id.page.html',
  styles: ['.result { margin-top: 16px; } form { max-width: 520px; }'],
})
export class ResidentIdPage {
  private readonly api = inject(ResidentIdApi);
  protected readonly labels = LABELS;
  protected readonly checking = new ActionState();
  protected readonly result = signal<ResidentIdCheckResponse | null>(null);
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
    this.checking.clear();
    if (control.invalid) {
      const errors = control.errors ?? {};
      this.clientError.set(typeof errors['residentId'] === 'string' ? errors['residentId'] : LABELS.residentId.required);
      return;
    }
    await this.checking.run(async () => this.result.set(await this.api.check(control.value)));
  }
}
