import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, type ElementRef, inject, Injector, type OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { API_ROUTES, type ContentCategory, DIVERSION_ROUTE_LABELS, DIVERSION_ROUTES, type DiversionRuleView, MATTER_TYPE_LABELS, MATTER_TYPES } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { DIVERSION_RULES_LABELS } from './diversion-rules.labels';
import { modalOf } from '../workflow/modal-of';
import { LIMIT_UNIT_OPTIONS, limitText, RULE_API_FIELDS, ruleErrors, type RuleDraft, toDraft, toRequest } from './diversion-rule-form';
import { CardListDirective } from '../../core/list/card-list.directive';
import { InputLabelDirective } from '../../core/forms/input-label.directive';

/**
 * 分流规则表 for administrators: the current version of every rule; a revision is saved as the next
 * version (the API never edits a rule in place, so earlier decisions keep the wording they used).
 */
@Component({
  selector: 'app-diversion-rules-page',
  imports: [
    InputLabelDirective,
    ActionErrorComponent,
    FormErrorsComponent,
    NzFormModule,
    FormFieldComponent,
    FormsModule,
    NzCardModule,
    NzTableModule,
    NzTagModule,
    NzButtonModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzSwitchModule,
    NzCheckboxModule,
    NzModalModule,
    NzAlertModule,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './diversion-rules.page.html',
  styles: [
    '.hint { color: rgba(0,0,0,.45); } nz-alert { display: block; margin-bottom: 12px; } .bar { margin-bottom: 12px; } .old td { color: rgba(0,0,0,.4); }',
    'app-form-field nz-select { width: 100%; } .limit { display: flex; gap: 8px; } .footer-errors { text-align: left; margin-bottom: 8px; } .rule { min-width: 150px; } .basis { min-width: 140px; } .keywords { min-width: 120px; } .code { word-break: break-all; font-size: 12px; } .clock { cursor: help; } nz-tag { margin-bottom: 2px; } nz-tag.wrap { white-space: normal; }',
  ],
})
export class DiversionRulesPage implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly labels = DIVERSION_RULES_LABELS.diversionRules;
  protected readonly routes = DIVERSION_ROUTES;
  protected readonly routeLabels = DIVERSION_ROUTE_LABELS;
  protected readonly matterTypes = MATTER_TYPES;
  protected readonly matterLabels = MATTER_TYPE_LABELS;
  protected readonly limitUnits = LIMIT_UNIT_OPTIONS;
  protected readonly limitText = limitText;
  protected readonly rules = signal<DiversionRuleView[]>([]);
  protected readonly categories = signal<ContentCategory[]>([]);
  protected readonly categoryLabels = computed(() => new Map(this.categories().map((c) => [c.code, c.label])));
  protected readonly history = signal(false);
  protected readonly editing = signal<DiversionRuleView | null>(null);
  /** Loading (error at the top); 保存 of a rule (error in its dialog, not on the page behind it). */
  protected readonly loading = new ActionState();
  private readonly formEl = viewChild<ElementRef<HTMLElement>>('formEl');
  protected readonly saving = new FormErrors({
    fields: ['title', 'route', 'matterTypes', 'categoryCodes', 'keywordsText', 'legalBasis', 'competentOrgan', 'statutoryClock', 'limitAmount', 'limitUnit', 'priority', 'active'],
    apiFields: RULE_API_FIELDS,
    check: () => (this.draft ? ruleErrors(this.draft) : []),
    host: () => modalOf(this.formEl()),
    injector: inject(Injector),
  });
  protected readonly message = signal<{ type: 'success'; text: string } | null>(null);
  protected readonly editHint = computed(() => this.labels.editHint.replace('{version}', String((this.editing()?.version ?? 0) + 1)));
  protected draft: RuleDraft | null = null;

  ngOnInit(): void {
    void this.load();
    void firstValueFrom(this.http.get<ContentCategory[]>(API_ROUTES.contentCategories)).then((c) => this.categories.set(c.filter((x) => !x.retired)));
  }

  protected category(code: string): string {
    return `${code} ${this.categoryLabels().get(code) ?? ''}`.trim();
  }

  protected toggleHistory(on: boolean): void {
    this.history.set(on);
    void this.load();
  }

  protected edit(rule: DiversionRuleView): void {
    this.draft = toDraft(rule);
    this.message.set(null);
    this.saving.reset();
    this.editing.set(rule);
  }

  protected async save(): Promise<void> {
    const rule = this.editing();
    if (!rule || !this.draft) return;
    const draft = this.draft;
    const done = await this.saving.submit(async () => {
      const saved = await firstValueFrom(this.http.put<DiversionRuleView>(`${API_ROUTES.diversionRules}/${rule.code}`, toRequest(draft)));
      this.editing.set(null);
      this.message.set({ type: 'success', text: this.labels.saved.replace('{title}', saved.title).replace('{version}', String(saved.version)) });
    });
    if (done) await this.load();
  }

  private async load(): Promise<void> {
    await this.loading.run(async () =>
      this.rules.set(await firstValueFrom(this.http.get<DiversionRuleView[]>(API_ROUTES.diversionRules, { params: { history: String(this.history()) } }))),
    );
  }
}
