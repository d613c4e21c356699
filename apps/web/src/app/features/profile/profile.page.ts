import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { AuthService } from '../../core/auth/auth.service';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { PROFILE_LABELS } from './profile.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { ProfileApi } from './data-access/profile.api';
import { emptyPasswordForm, onCurrentPassword, PASSWORD_FORM_FIELDS, passwordFormErrors } from './password-form';

/** 个人设置: change one's own password (the API applies the policy and ends other sessions). */
@Component({
  selector: 'app-profile-page',
  imports: [FormsModule, NzCardModule, NzFormModule, NzInputModule, NzButtonModule, NzAlertModule, FormErrorsComponent, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile.page.html',
  styles: ['form { max-width: 420px; } nz-alert { margin-bottom: 16px; display: block; }'],
})
export class ProfilePage {
  private readonly api = inject(ProfileApi);
  private readonly auth = inject(AuthService);
  protected readonly labels = PROFILE_LABELS;
  protected readonly done = signal<string | null>(null);
  protected form = emptyPasswordForm();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly f = new FormErrors({
    fields: PASSWORD_FORM_FIELDS,
    check: () => passwordFormErrors(this.form, this.auth.user()?.username ?? ''),
    host: () => this.host,
    injector: inject(Injector),
  });

  protected async submit(): Promise<void> {
    const { currentPassword, newPassword } = this.form;
    this.done.set(null);
    const changed = await this.f.submit(() =>
      this.api.changePassword({ currentPassword, newPassword }).catch((caught: unknown) => {
        throw onCurrentPassword(caught);
      }),
    );
    if (!changed) return;
    this.form = emptyPasswordForm();
    this.f.reset();
    this.done.set(PROFILE_LABELS.profile.done);
  }
}
