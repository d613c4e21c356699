import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { type OrgUnitSummary, type Role, ROLE_LABELS, ROLES, type UserSummary } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { apiErrorMessage } from '../../core/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';
import { UsersApi } from './data-access/users.api';
import { CardListDirective } from '../../core/list/card-list.directive';

/** 账号管理: the account list (a page at a time) and the form that creates an account. */
@Component({
  selector: 'app-users-page',
  imports: [ReactiveFormsModule, NzCardModule, NzTableModule, NzTagModule, NzFormModule, NzInputModule, NzSelectModule, NzButtonModule, NzAlertModule, CardListDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users.page.html',
  styles: ['.create { margin-top: 16px; } .more { margin-top: 12px; } nz-alert { display: block; margin-bottom: 12px; }'],
})
export class UsersPage implements OnInit {
  private readonly api = inject(UsersApi);
  protected readonly labels = LABELS;
  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly users = signal<UserSummary[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly units = signal<OrgUnitSummary[]>([]);
  protected readonly message = signal<{ type: 'success' | 'error'; text: string } | null>(null);
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    displayName: ['', Validators.required],
    password: ['', Validators.required],
    role: ['RECEPTION' as Role, Validators.required],
    orgUnitId: [''],
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [page, units] = await Promise.all([this.api.list(null), this.api.orgUnits()]);
      this.users.set(page.items);
      this.cursor.set(page.nextCursor);
      this.units.set(units.filter((u) => u.type !== 'COUNTY'));
    } catch (error) {
      this.message.set({ type: 'error', text: apiErrorMessage(error) });
    }
  }

  protected async more(): Promise<void> {
    const page = await this.api.list(this.cursor());
    this.users.update((list) => [...list, ...page.items]);
    this.cursor.set(page.nextCursor);
  }

  protected readonly currentUserId = inject(AuthService).user()?.id ?? null;

  protected async toggle(user: UserSummary): Promise<void> {
    this.message.set(null);
    try {
      const updated = await this.api.update(user.id, { disabled: !user.disabled });
      this.users.update((list) => list.map((u) => (u.id === updated.id ? updated : u)));
      this.message.set({ type: 'success', text: updated.disabled ? LABELS.users.disabledDone : LABELS.users.enabledDone });
    } catch (error) {
      this.message.set({ type: 'error', text: apiErrorMessage(error) });
    }
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.message.set({ type: 'error', text: LABELS.users.required });
      return;
    }
    const { orgUnitId, ...rest } = this.form.getRawValue();
    this.saving.set(true);
    this.message.set(null);
    try {
      const created = await this.api.create({ ...rest, ...(orgUnitId ? { orgUnitId } : {}) });
      this.users.update((list) => [...list, created].sort((a, b) => a.username.localeCompare(b.username)));
      this.form.reset();
      this.message.set({ type: 'success', text: `${LABELS.users.created}：${created.username}` });
    } catch (error) {
      this.message.set({ type: 'error', text: apiErrorMessage(error) });
    } finally {
      this.saving.set(false);
    }
  }
}
