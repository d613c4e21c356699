import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { LABELS } from '../../core/labels';
import { ProfileApi } from './data-access/profile.api';

/** 个人设置: change one's own password (the API applies the policy and ends other sessions). */
@Component({
  selector: 'app-profile-page',
  imports: [ReactiveFormsModule, NzCardModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, ActionErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile.page.html',
  styles: ['form { max-width: 420px; } nz-alert { margin-bottom: 16px; display: block; }'],
})
export class ProfilePage {
  private readonly api = inject(ProfileApi);
  protected readonly labels = LABELS;
  protected readonly saving = new ActionState();
  protected readonly done = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', Validators.required],
    confirmPassword: ['', Validators.required],
  });

  protected async submit(): Promise<void> {
    const { currentPassword, newPassword, confirmPassword } = this.form.getRawValue();
    this.done.set(null);
    if (this.form.invalid) return this.saving.fail(LABELS.profile.required);
    if (newPassword !== confirmPassword) return this.saving.fail(LABELS.profile.mismatch);
    const changed = await this.saving.run(() => this.api.changePassword({ currentPassword, newPassword }));
    if (!changed) return;
    this.form.reset();
    this.done.set(LABELS.profile.done);
  }
}
