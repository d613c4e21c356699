import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { HttpClient } from '@angular/common/http';
import { API_ROUTES, type ContentCategory, type CreateContentCategoryRequest, type UpdateContentCategoryRequest } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { CATEGORIES_LABELS } from './categories.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { CardListDirective } from '../../core/list/card-list.directive';
import { CATEGORY_FIELDS, categoryErrors, emptyCategoryDraft, renameErrors } from './category-form';

/** 内容分类: the two-level dictionary; renames keep the old label as an alias, entries retire but never vanish. */
@Component({
  selector: 'app-categories-page',
  imports: [
    ActionErrorComponent,
    FormErrorsComponent,
    FormFieldComponent,
    FormsModule,
    NzFormModule,
    NzCardModule,
    NzTableModule,
    NzTagModule,
    NzButtonModule,
    NzInputModule,
    NzSelectModule,
    NzAlertModule,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './categories.page.html',
  styles: [
    '.add { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); column-gap: 16px; margin-bottom: 12px; } .add app-form-field ::ng-deep nz-form-item { margin-bottom: 8px; } .add-actions { grid-column: 1 / -1; }',
    '.child td:first-child { padding-left: 32px; } .retired { color: rgba(0,0,0,.35); } nz-alert { display: block; margin-bottom: 12px; } .rename { width: 160px; } .rename-form app-form-field ::ng-deep nz-form-item { margin-bottom: 4px; }',
  ],
})
export class CategoriesPage implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly labels = CATEGORIES_LABELS;
  protected readonly items = signal<ContentCategory[]>([]);
  protected readonly headings = computed(() => this.items().filter((c) => !c.parentCode && !c.retired));
  /** The last success; 新增's error under its form, a row's 改名/停用/恢复 error in that row. */
  protected readonly message = signal<{ type: 'success'; text: string } | null>(null);
  protected readonly loading = new ActionState();
  protected readonly changing = new ActionStates();
  protected readonly editing = signal<string | null>(null);
  protected draft = emptyCategoryDraft();
  protected newLabel = '';
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly adding = new FormErrors({
    fields: CATEGORY_FIELDS,
    check: () => categoryErrors(this.draft),
    host: () => this.host.querySelector<HTMLElement>('[data-testid="categories-add-form"]') ?? this.host,
    injector: this.injector,
  });
  /** 改名 of the row being edited (one at a time). */
  protected readonly renaming = new FormErrors({
    fields: ['newLabel'],
    apiFields: { label: 'newLabel' },
    check: () => renameErrors(this.newLabel),
    host: () => this.host.querySelector<HTMLElement>(`[data-testid="categories-row-${this.editing() ?? ''}"]`) ?? this.host,
    injector: this.injector,
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async add(): Promise<void> {
    const body: CreateContentCategoryRequest = {
      code: this.draft.code.trim(),
      label: this.draft.label.trim(),
      ...(this.draft.parentCode ? { parentCode: this.draft.parentCode } : {}),
    };
    this.message.set(null);
    const added = await this.adding.submit(() =>
      this.save(() => firstValueFrom(this.http.post<ContentCategory>(API_ROUTES.contentCategories, body)), CATEGORIES_LABELS.categories.added),
    );
    if (added) {
      this.draft = emptyCategoryDraft();
      this.adding.reset();
      await this.load();
    }
  }

  protected startRename(c: ContentCategory): void {
    this.editing.set(c.code);
    this.newLabel = c.label;
    this.renaming.reset();
  }

  protected async rename(c: ContentCategory): Promise<void> {
    const label = this.newLabel.trim();
    this.message.set(null);
    const renamed = await this.renaming.submit(() => this.save(() => this.patch(c, { label }), CATEGORIES_LABELS.categories.renamed));
    if (renamed) {
      this.editing.set(null);
      await this.load();
    }
  }

  protected async toggle(c: ContentCategory): Promise<void> {
    await this.update(c, { retired: !c.retired }, c.retired ? CATEGORIES_LABELS.categories.restored : CATEGORIES_LABELS.categories.retiredDone);
  }

  private async update(c: ContentCategory, body: UpdateContentCategoryRequest, done: string): Promise<boolean> {
    this.message.set(null);
    const ok = await this.changing.for(c.code).run(() => this.save(() => this.patch(c, body), done));
    if (ok) await this.load();
    return ok;
  }

  private patch(c: ContentCategory, body: UpdateContentCategoryRequest): Promise<ContentCategory> {
    return firstValueFrom(this.http.patch<ContentCategory>(`${API_ROUTES.contentCategories}/${c.code}`, body));
  }

  private async save(change: () => Promise<ContentCategory>, done: string): Promise<void> {
    const result = await change();
    this.message.set({ type: 'success', text: `${done}：${result.code} ${result.label}` });
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => this.items.set(await firstValueFrom(this.http.get<ContentCategory[]>(API_ROUTES.contentCategories))));
  }
}
