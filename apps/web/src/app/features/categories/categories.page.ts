import { ChangeDetectionStrategy, Component, computed, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { HttpClient } from '@angular/common/http';
import { API_ROUTES, type ContentCategory, type CreateContentCategoryRequest, type UpdateContentCategoryRequest } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { LABELS } from '../../core/labels';
import { CardListDirective } from '../../core/list/card-list.directive';

/** 内容分类: the two-level dictionary; renames keep the old label as an alias, entries retire but never vanish. */
@Component({
  selector: 'app-categories-page',
  imports: [ActionErrorComponent, FormsModule, NzCardModule, NzTableModule, NzTagModule, NzButtonModule, NzInputModule, NzSelectModule, NzAlertModule, CardListDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './categories.page.html',
  styles: [
    '.add { display: flex; gap: 8px; flex-wrap: wrap; margin-bottom: 12px; } .add input { width: 160px; } .add nz-select { width: 200px; }',
    '.child td:first-child { padding-left: 32px; } .retired { color: rgba(0,0,0,.35); } nz-alert { display: block; margin-bottom: 12px; } .rename { width: 160px; }',
  ],
})
export class CategoriesPage implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly labels = LABELS;
  protected readonly items = signal<ContentCategory[]>([]);
  protected readonly headings = computed(() => this.items().filter((c) => !c.parentCode && !c.retired));
  /** The last success; 新增's error under its form, a row's 改名/停用/恢复 error in that row. */
  protected readonly message = signal<{ type: 'success'; text: string } | null>(null);
  protected readonly loading = new ActionState();
  protected readonly adding = new ActionState();
  protected readonly changing = new ActionStates();
  protected readonly editing = signal<string | null>(null);
  protected draft: CreateContentCategoryRequest = { code: '', label: '', parentCode: undefined };
  protected newLabel = '';

  ngOnInit(): void {
    void this.load();
  }

  protected async add(): Promise<void> {
    const body: CreateContentCategoryRequest = {
      code: this.draft.code.trim(),
      label: this.draft.label.trim(),
      ...(this.draft.parentCode ? { parentCode: this.draft.parentCode } : {}),
    };
    if (await this.run(this.adding, () => firstValueFrom(this.http.post<ContentCategory>(API_ROUTES.contentCategories, body)), LABELS.categories.added))
      this.draft = { code: '', label: '', parentCode: undefined };
  }

  protected startRename(c: ContentCategory): void {
    this.editing.set(c.code);
    this.newLabel = c.label;
  }

  protected async rename(c: ContentCategory): Promise<void> {
    if (await this.update(c, { label: this.newLabel }, LABELS.categories.renamed)) this.editing.set(null);
  }

  protected async toggle(c: ContentCategory): Promise<void> {
    await this.update(c, { retired: !c.retired }, c.retired ? LABELS.categories.restored : LABELS.categories.retiredDone);
  }

  private update(c: ContentCategory, body: UpdateContentCategoryRequest, done: string): Promise<boolean> {
    return this.run(this.changing.for(c.code), () => firstValueFrom(this.http.patch<ContentCategory>(`${API_ROUTES.contentCategories}/${c.code}`, body)), done);
  }

  private async run(state: ActionState, change: () => Promise<ContentCategory>, done: string): Promise<boolean> {
    this.message.set(null);
    const ok = await state.run(async () => {
      const result = await change();
      this.message.set({ type: 'success', text: `${done}：${result.code} ${result.label}` });
    });
    if (ok) await this.load();
    return ok;
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => this.items.set(await firstValueFrom(this.http.get<ContentCategory[]>(API_ROUTES.contentCategories))));
  }
}
