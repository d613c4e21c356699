import { ChangeDetectionStrategy, Component, computed, inject, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { canUse, DOCUMENT_ABBR_PATTERN, DOCUMENT_ABBR_RULE, DOCUMENT_ABBR_UNIT_TYPES, ORG_UNIT_TYPE_LABELS, type OrgUnitDetail, type OrgUnitType } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { LABELS } from '../../core/labels';
import { OrgApi } from './data-access/org.api';
import { childTypesOf, flattenTree } from './org-tree';

/** The unit's actions, each with its error beside its own buttons: name/retire, 机关代字, new child. */
type OrgAction = 'unit' | 'abbr' | 'add';
const ORG_ACTIONS: readonly OrgAction[] = ['unit', 'abbr', 'add'];

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
    NzInputModule,
    NzSelectModule,
    ActionErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org.page.html',
  styleUrl: './org.page.css',
})
export class OrgPage implements OnInit {
  private readonly api = inject(OrgApi);
  protected readonly labels = LABELS;
  protected readonly typeLabels = ORG_UNIT_TYPE_LABELS;
  protected readonly canEdit = canUse(inject(AuthService).user()?.role, 'administration');

  private readonly top = signal<OrgUnitDetail[]>([]);
  private readonly children = signal(new Map<string, OrgUnitDetail[]>());
  private readonly expanded = signal(new Set<string>());
  protected readonly includeRetired = signal(false);
  protected readonly selected = signal<OrgUnitDetail | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly loading = new ActionState();
  protected readonly changes = new ActionStates();
  protected readonly busy = computed(() => ORG_ACTIONS.some((action) => this.changes.for(action).busy()));
  protected readonly rows = computed(() => flattenTree(this.top(), this.children(), this.expanded()));
  protected readonly childTypes = computed(() => {
    const unit = this.selected();
    return unit && !unit.retired ? childTypesOf(unit.type) : [];
  });

  /** The 机关代字 field of units that issue notices, and its check before anything is sent. */
  protected readonly abbrUnitTypes = DOCUMENT_ABBR_UNIT_TYPES;
  protected readonly abbrError = signal<string | null>(null);
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
    this.abbrError.set(null);
    this.childName = '';
    this.childCode = '';
    this.childType = childTypesOf(unit.type)[0] ?? null;
    this.done.set(null);
    for (const action of ORG_ACTIONS) this.changes.for(action).clear();
  }

  protected async rename(): Promise<void> {
    const unit = this.selected();
    if (!unit || !this.newName.trim() || this.newName.trim() === unit.name) return;
    await this.run('unit', () => this.api.update(unit.id, { name: this.newName.trim() }), LABELS.org.renamed);
  }

  /** Saves the 机关代字 (the same rule as the API: 1–8 Chinese characters). */
  protected async saveAbbr(): Promise<void> {
    const unit = this.selected();
    const abbr = this.newAbbr.trim();
    if (!unit || abbr === (unit.documentAbbr ?? '')) return;
    if (!abbr) return this.clearAbbr();
    if (!DOCUMENT_ABBR_PATTERN.test(abbr)) {
      this.abbrError.set(DOCUMENT_ABBR_RULE);
      return;
    }
    this.abbrError.set(null);
    await this.run('abbr', () => this.api.update(unit.id, { documentAbbr: abbr }), LABELS.org.documentAbbrSaved);
  }

  protected async clearAbbr(): Promise<void> {
    const unit = this.selected();
    if (!unit?.documentAbbr) return;
    this.abbrError.set(null);
    await this.run('abbr', () => this.api.update(unit.id, { documentAbbr: null }), LABELS.org.documentAbbrCleared);
  }

  protected async setRetired(retired: boolean): Promise<void> {
    const unit = this.selected();
    if (!unit) return;
    await this.run('unit', () => this.api.update(unit.id, { retired }), retired ? LABELS.org.retiredDone : LABELS.org.restoredDone);
  }

  protected async addChild(): Promise<void> {
    const parent = this.selected();
    if (!parent || !this.childType) return;
    if (!this.childName.trim()) {
      this.changes.for('add').fail(LABELS.org.required);
      return;
    }
    const body = { name: this.childName.trim(), type: this.childType, parentId: parent.id, ...(this.childCode.trim() ? { code: this.childCode.trim() } : {}) };
    const created = await this.run('add', () => this.api.create(body), LABELS.org.added, parent);
    if (created && !this.expanded().has(parent.id) && childTypesOf(parent.type).includes('VILLAGE')) {
      const open = new Set(this.expanded());
      open.add(parent.id);
      this.expanded.set(open);
    }
  }

  /** Runs a change, shows its outcome (its error beside its own buttons), and reloads the affected part of the tree. */
  private async run(action: OrgAction, change: () => Promise<OrgUnitDetail>, done: string, keepSelected?: OrgUnitDetail): Promise<boolean> {
    this.done.set(null);
    return this.changes.for(action).run(async () => {
      const unit = await change();
      await this.reload();
      if (unit.parentId) await this.loadChildren(unit.parentId);
      const refreshed = this.findUnit((keepSelected ?? unit).id) ?? unit;
      this.select(refreshed);
      this.done.set(`${done}：${unit.name}`);
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
