import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { type OrgUnitSummary, ROLE_LABELS, ROLES, type UserSummary } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { USERS_LABELS } from './users.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { UsersApi } from './data-access/users.api';
import { CardListDirective } from '../../core/list/card-list.directive';
import { emptyUserForm, PASSWORD_HINT, USER_FORM_FIELDS, userFormErrors } from './user-form';

/** 账号管理: the account list (a page at a time) and the form that creates an account. */
@Component({
  selector: 'app-users-page',
  imports: [
    ActionErrorComponent,
    FormsModule,
    FormErrorsComponent,
    FormFieldComponent,
    NzCardModule,
    NzTableModule,
    NzTagModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    NzButtonModule,
    NzAlertModule,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styles: [
    '.create { margin-top: 16px; } .more { margin-top: 12px; } nz-alert { display: block; margin-bottom: 12px; }',
    '.create-form { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); column-gap: 16px; } .create-form app-form-field ::ng-deep nz-form-item { margin-bottom: 12px; } .create-actions { grid-column: 1 / -1; }',
  ],
})
export class UsersPage implements OnInit {
  private readonly api = inject(UsersApi);
  protected readonly labels = USERS_LABELS;
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly users = signal<UserSummary[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly units = signal<OrgUnitSummary[]>([]);
  /** The last success; each action's error is shown beside it (a row's 停用/启用 in its row, 创建 under the form). */
  protected readonly message = signal<{ type: 'success'; text: string } | null>(null);
  protected readonly loading = new ActionState();
  protected readonly loadingMore = new ActionState();
  protected readonly toggling = new ActionStates();
  protected readonly passwordHint = PASSWORD_HINT;
  protected form = emptyUserForm();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly f = new FormErrors({
    fields: USER_FORM_FIELDS,
    check: () => userFormErrors(this.form, this.units()),
    host: () => this.host.querySelector<HTMLElement>('[data-testid="users-create-form"]') ?? this.host,
    injector: inject(Injector),
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => {
      const [page, units] = await Promise.all([this.api.list(null), this.api.orgUnits()]);
      this.users.set(page.items);
      this.cursor.set(page.nextCursor);
      this.units.set(units.filter((u) => u.type !== 'COUNTY'));
    });
  }

  protected async more(): Promise<void> {
    await this.loadingMore.run(async () => {
      const page = await this.api.list(this.cursor());
      this.users.update((list) => [...list, ...page.items]);
      this.cursor.set(page.nextCursor);
    });
  }

  protected readonly currentUserId = inject(AuthService).user()?.id ?? null;

  protected async toggle(user: UserSummary): Promise<void> {
    this.message.set(null);
    await this.toggling.for(user.id).run(async () => {
      const updated = await this.api.update(user.id, { disabled: !user.disabled });
      this.users.update((list) => list.map((u) => (u.id === updated.id ? updated : u)));
      this.message.set({ type: 'success', text: updated.disabled ? USERS_LABELS.users.disabledDone : USERS_LABELS.users.enabledDone });
    });
  }

  protected async create(): Promise<void> {
    const { orgUnitId, ...rest } = this.form;
    this.message.set(null);
    await this.f.submit(async () => {
      const created = await this.api.create({ ...rest, ...(orgUnitId ? { orgUnitId } : {}) });
      this.users.update((list) => [...list, created].sort((a, b) => a.username.localeCompare(b.username)));
      this.form = emptyUserForm();
      this.f.reset();
      this.message.set({ type: 'success', text: `${USERS_LABELS.users.created}：${created.username}` });
    });
  }
}
