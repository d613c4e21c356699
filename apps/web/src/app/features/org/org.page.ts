import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { canUse, DOCUMENT_ABBR_UNIT_TYPES, ORG_UNIT_TYPE_LABELS, type OrgUnitDetail, type OrgUnitType } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { FormErrors, type FieldError } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { ORG_LABELS } from './org.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { OrgApi } from './data-access/org.api';
import { abbrErrors, CHILD_UNIT_API_FIELDS, CHILD_UNIT_FIELDS, childUnitErrors, renameErrors } from './org-forms';
import { childTypesOf, flattenTree } from './org-tree';

/** 组织机构: the county's tree; administrators add, rename, retire and restore units. */
@Component({
  selector: 'app-org-page',
  imports: [
    FormsModule,
    NzCardModule,
    NzButtonModule,
    NzIconModule,
    NzTagModule,
    NzAlertModule,
    NzCheckboxModule,
    NzDescriptionsModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    ActionErrorComponent,
    FormErrorsComponent,
    FormFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org.page.html',
  styleUrl: './org.page.css',
})
export class OrgPage implements OnInit {
  private readonly api = inject(OrgApi);
  protected readonly labels = ORG_LABELS;
  protected readonly typeLabels = ORG_UNIT_TYPE_LABELS;
  protected readonly canEdit = canUse(inject(AuthService).user()?.role, 'administration');

  private readonly top = signal<OrgUnitDetail[]>([]);
  private readonly children = signal(new Map<string, OrgUnitDetail[]>());
  private readonly expanded = signal(new Set<string>());
  protected readonly includeRetired = signal(false);
  protected readonly selected = signal<OrgUnitDetail | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly loading = new ActionState();
  /** 撤销/恢复: a button, its error beside it. The three forms below show theirs under their controls. */
  protected readonly retiring = new ActionState();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly renaming = this.formErrors('org-rename-form', ['name'], () => renameErrors(this.newName));
  protected readonly abbr = this.formErrors('org-abbr-form', ['documentAbbr'], () => abbrErrors(this.newAbbr));
  protected readonly adding = this.formErrors(
    'org-add-form',
    CHILD_UNIT_FIELDS,
    () => childUnitErrors({ name: this.childName, type: this.childType, code: this.childCode }),
    CHILD_UNIT_API_FIELDS,
  );
  private readonly actions = [this.retiring, this.renaming, this.abbr, this.adding];
  protected readonly busy = computed(() => this.actions.some((action) => action.busy()));
  protected readonly rows = computed(() => flattenTree(this.top(), this.children(), this.expanded()));
  protected readonly childTypes = computed(() => {
    const unit = this.selected();
    return unit && !unit.retired ? childTypesOf(unit.type) : [];
  });

  /** The 机关代字 field of units that issue notices, and its check before anything is sent. */
  protected readonly abbrUnitTypes = DOCUMENT_ABBR_UNIT_TYPES;
  protected readonly year = new Date().getFullYear();
  protected newAbbr = '';
  protected newName = '';
  protected childName = '';
  protected childType: OrgUnitType | null = null;
  protected childCode = '';

  ngOnInit(): void {
    void this.reload();
  }

  protected async toggleRetired(value: boolean): Promise<void> {
    this.includeRetired.set(value);
    this.children.set(new Map());
    this.expanded.set(new Set());
    await this.reload();
  }

  protected async toggle(unit: OrgUnitDetail): Promise<void> {
    const open = new Set(this.expanded());
    if (open.delete(unit.id)) {
      this.expanded.set(open);
      return;
    }
    await this.loadChildren(unit.id);
    open.add(unit.id);
    this.expanded.set(open);
  }

  protected select(unit: OrgUnitDetail): void {
    this.selected.set(unit);
    this.newName = unit.name;
    this.newAbbr = unit.documentAbbr ?? '';
    this.childName = '';
    this.childCode = '';
    this.childType = childTypesOf(unit.type)[0] ?? null;
    this.done.set(null);
    this.retiring.clear();
    for (const form of [this.renaming, this.abbr, this.adding]) form.reset();
  }

  protected async rename(): Promise<void> {
    const unit = this.selected();
    if (!unit) return;
    const name = this.newName.trim();
    await this.renaming.submit(() => (name === unit.name ? Promise.resolve() : this.apply(() => this.api.update(unit.id, { name }), ORG_LABELS.org.renamed)));
  }

  /** Saves the 机关代字 (the same rule as the API: 1–8 Chinese characters); an emptied field clears it. */
  protected async saveAbbr(): Promise<void> {
    const unit = this.selected();
    const abbr = this.newAbbr.trim();
    if (!unit || (abbr && abbr === unit.documentAbbr)) return;
    if (!abbr) return this.clearAbbr();
    await this.abbr.submit(() => this.apply(() => this.api.update(unit.id, { documentAbbr: abbr }), ORG_LABELS.org.documentAbbrSaved));
  }

  protected async clearAbbr(): Promise<void> {
    const unit = this.selected();
    if (!unit?.documentAbbr) return;
    this.newAbbr = '';
    await this.abbr.submit(() => this.apply(() => this.api.update(unit.id, { documentAbbr: null }), ORG_LABELS.org.documentAbbrCleared));
  }

  protected async setRetired(retired: boolean): Promise<void> {
    const unit = this.selected();
    if (!unit) return;
    this.done.set(null);
    await this.retiring.run(() => this.apply(() => this.api.update(unit.id, { retired }), retired ? ORG_LABELS.org.retiredDone : ORG_LABELS.org.restoredDone));
  }

  protected async addChild(): Promise<void> {
    const parent = this.selected();
    if (!parent) return;
    const type = this.childType;
    const code = this.childCode.trim();
    const created = await this.adding.submit(() =>
      type
        ? this.apply(() => this.api.create({ name: this.childName.trim(), type, parentId: parent.id, ...(code ? { code } : {}) }), ORG_LABELS.org.added, parent)
        : Promise.resolve(),
    );
    if (created && !this.expanded().has(parent.id) && childTypesOf(parent.type).includes('VILLAGE')) {
      const open = new Set(this.expanded());
      open.add(parent.id);
      this.expanded.set(open);
    }
  }

  /** Makes a change, reloads the affected part of the tree and says what was done; a refusal is thrown to the form that asked. */
  private async apply(change: () => Promise<OrgUnitDetail>, done: string, keepSelected?: OrgUnitDetail): Promise<void> {
    this.done.set(null);
    const unit = await change();
    await this.reload();
    if (unit.parentId) await this.loadChildren(unit.parentId);
    const refreshed = this.findUnit((keepSelected ?? unit).id) ?? unit;
    this.select(refreshed);
    this.done.set(`${done}：${unit.name}`);
  }

  /** One of the unit's forms: its errors under its controls, its cursor kept within it. */
  private formErrors(testId: string, fields: readonly string[], check: () => FieldError[], apiFields?: Readonly<Record<string, string>>): FormErrors {
    return new FormErrors({
      fields,
      check,
      apiFields,
      host: () => this.host.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? this.host,
      injector: this.injector,
    });
  }

  private findUnit(id: string): OrgUnitDetail | undefined {
    return this.top().find((u) => u.id === id) ?? [...this.children().values()].flat().find((u) => u.id === id);
  }

  private async reload(): Promise<void> {
    await this.loading.run(async () => {
      this.top.set(await this.api.list(null, this.includeRetired()));
      for (const id of this.expanded()) await this.loadChildren(id);
    });
  }

  private async loadChildren(parentId: string): Promise<void> {
    const units = await this.api.list(parentId, this.includeRetired());
    const next = new Map(this.children());
    next.set(parentId, units);
    this.children.set(next);
  }
}
