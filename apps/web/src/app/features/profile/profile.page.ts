import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { apiErrorMessage } from '../../core/api-error';
import { LABELS } from '../../core/labels';
import { ProfileApi } from './data-access/profile.api';

/** 个人设置: change one's own password (the API applies the policy and ends other sessions). */
@Component({
  selector: 'app-profile-page',
  imports: [ReactiveFormsModule, NzCardModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile.page.html',
  styles: ['form { max-width: 420px; } nz-alert { margin-bottom: 16px; display: block; }'],
})
export class ProfilePage {
  private readonly api = inject(ProfileApi);
  protected readonly labels = LABELS;
  protected readonly saving = signal(false);
  protected readonly message = signal<{ type: 'success' | 'error'; text: string } | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', Validators.required],
    confirmPassword: ['', Validators.required],
  });

  protected async submit(): Promise<void> {
    const { currentPassword, newPassword, confirmPassword } = this.form.getRawValue();
    if (this.form.invalid) {
      this.message.set({ type: 'error', text: LABELS.profile.required });
      return;
    }
    if (newPassword !== confirmPassword) {
      this.message.set({ type: 'error', text: LABELS.profile.mismatch });
      return;
    }
    this.saving.set(true);
    this.message.set(null);
    try {
      await this.api.changePassword({ currentPassword, newPassword });
      this.form.reset();
      this.message.set({ type: 'success', text: LABELS.profile.done });
    } catch (error) {
      this.message.set({ type: 'error', text: apiErrorMessage(error) });
    } finally {
      this.saving.set(false);
    }
  }
}
