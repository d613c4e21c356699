import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  type FindPetitionersRequest,
  POLITICAL_STATUS_LABELS,
  type PetitionerView,
  REVEALABLE_FIELD_LABELS,
  REVEALABLE_FIELDS,
  type RevealableField,
  type RevealResponse,
} from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { LABELS } from '../../core/labels';
import { PetitionersApi } from './data-access/petitioners.api';
import { CardListDirective } from '../../core/list/card-list.directive';

type LookupKind = 'idNumber' | 'phone' | 'name';

/** 信访人查询: exact lookup with masked results; a full value only with a stated reason (audited). */
@Component({
  selector: 'app-petitioners-page',
  imports: [ActionErrorComponent, CardListDirective, FormsModule, NzCardModule, NzTableModule, NzButtonModule, NzIconModule, NzInputModule, NzSelectModule, NzAlertModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './petitioners.page.html',
  styles: [
    '.search { display: flex; gap: 8px; margin-bottom: 12px; } .search input { width: 280px; }',
    '.reveal { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 16px; } .reveal input { width: 320px; }',
    '.hint { color: rgba(0,0,0,.55); margin-bottom: 12px; } nz-alert { display: block; margin: 12px 0; }',
  ],
})
export class PetitionersPage {
  private readonly api = inject(PetitionersApi);
  protected readonly labels = LABELS;
  protected readonly fields = REVEALABLE_FIELDS;
  protected readonly fieldLabels = REVEALABLE_FIELD_LABELS;
  protected readonly politicalLabels = POLITICAL_STATUS_LABELS;
  protected readonly results = signal<PetitionerView[] | null>(null);
  protected readonly selected = signal<PetitionerView | null>(null);
  protected readonly revealed = signal<RevealResponse | null>(null);
  /** 查询 and 查看 (reveal), each error under its own form. */
  protected readonly searching = new ActionState();
  protected readonly revealing = new ActionState();
  protected kind: LookupKind = 'idNumber';
  protected value = '';
  protected field: RevealableField = 'idNumber';
  protected reason = '';

  protected async search(): Promise<void> {
    this.selected.set(null);
    this.revealed.set(null);
    if (!this.value.trim()) {
      this.searching.fail(LABELS.petitioners.required);
      return;
    }
    const query: FindPetitionersRequest = { [this.kind]: this.value.trim() };
    await this.searching.run(async () => this.results.set(await this.api.find(query)));
  }

  protected pick(petitioner: PetitionerView): void {
    this.selected.set(petitioner);
    this.revealed.set(null);
    this.reason = '';
    this.revealing.clear();
  }

  protected async reveal(): Promise<void> {
    const petitioner = this.selected();
    if (!petitioner) return;
    this.revealed.set(null);
    await this.revealing.run(async () => this.revealed.set(await this.api.reveal(petitioner.id, { field: this.field, reason: this.reason })));
  }
}
