import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { AuthService } from '../../core/auth/auth.service';
import { DeploymentNames } from '../../core/deployment/deployment-names';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { LOGIN_LABELS } from './login.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { LOGIN_FIELDS, loginErrors, type LoginForm } from './login-form';

@Component({
  selector: 'app-login-page',
  imports: [FormsModule, RouterLink, NzCardModule, NzFormModule, NzInputModule, NzButtonModule, NzIconModule, FormErrorsComponent, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './login.page.css',
  templateUrl: './login.page.html',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly labels = LOGIN_LABELS;
  protected readonly names = inject(DeploymentNames);
  protected readonly form: LoginForm = { username: '', password: '' };
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** Empty fields under their controls; the API's refusal (wrong password, locked, offline) beside the button. */
  protected readonly f = new FormErrors({
    fields: LOGIN_FIELDS,
    check: () => loginErrors(this.form),
    host: () => this.host,
    injector: inject(Injector),
  });

  protected async submit(): Promise<void> {
    const { username, password } = this.form;
    if (await this.f.submit(() => this.auth.login(username, password))) await this.router.navigateByUrl('/');
  }
}
