import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
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
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { RESIDENT_ID_LABELS } from '../resident-id/resident-id.labels';
import { PETITIONERS_LABELS } from './petitioners.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { PetitionersApi } from './data-access/petitioners.api';
import { CardListDirective } from '../../core/list/card-list.directive';
import { type LookupKind, revealErrors, SEARCH_API_FIELDS, searchErrors } from './petitioners-errors';

/** 信访人查询: exact lookup with masked results; a full value only with a stated reason (audited). */
@Component({
  selector: 'app-petitioners-page',
  imports: [
    FormErrorsComponent,
    FormFieldComponent,
    CardListDirective,
    FormsModule,
    NzFormModule,
    NzCardModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzAlertModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './petitioners.page.html',
  styles: [
    '.search, .reveal { display: flex; gap: 8px; flex-wrap: wrap; align-items: flex-start; } .search { margin-bottom: 12px; } .reveal { margin-top: 16px; }',
    '.search nz-form-item, .search app-form-field ::ng-deep nz-form-item, .reveal app-form-field ::ng-deep nz-form-item { margin-bottom: 0; } .value { width: 280px; max-width: 100%; } .reason { width: 320px; max-width: 100%; }',
    '.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; } .hint { color: rgba(0,0,0,.55); margin-bottom: 12px; } nz-alert { display: block; margin: 12px 0; }',
  ],
})
export class PetitionersPage {
  private readonly api = inject(PetitionersApi);
  protected readonly labels = { ...PETITIONERS_LABELS, residentId: RESIDENT_ID_LABELS.residentId };
  protected readonly fields = REVEALABLE_FIELDS;
  protected readonly fieldLabels = REVEALABLE_FIELD_LABELS;
  protected readonly politicalLabels = POLITICAL_STATUS_LABELS;
  protected readonly results = signal<PetitionerView[] | null>(null);
  protected readonly selected = signal<PetitionerView | null>(null);
  protected readonly revealed = signal<RevealResponse | null>(null);
  /** 查询 and 查看 (reveal), each error under its own form. */
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly searching = new FormErrors({
    fields: ['kind', 'value'],
    apiFields: SEARCH_API_FIELDS,
    check: () => searchErrors(this.kind, this.value),
    host: () => this.host.querySelector<HTMLElement>('[data-testid="petitioners-search-form"]') ?? this.host,
    injector: this.injector,
  });
  protected readonly revealing = new FormErrors({
    fields: ['field', 'reason'],
    check: () => revealErrors(this.reason),
    host: () => this.host.querySelector<HTMLElement>('[data-testid="petitioners-reveal-form"]') ?? this.host,
    injector: this.injector,
  });
  protected kind: LookupKind = 'idNumber';
  protected value = '';
  protected field: RevealableField = 'idNumber';
  protected reason = '';

  protected async search(): Promise<void> {
    this.selected.set(null);
    this.revealed.set(null);
    const query: FindPetitionersRequest = { [this.kind]: this.value.trim() };
    await this.searching.submit(async () => this.results.set(await this.api.find(query)));
  }

  protected pick(petitioner: PetitionerView): void {
    this.selected.set(petitioner);
    this.revealed.set(null);
    this.reason = '';
    this.revealing.reset();
  }

  protected async reveal(): Promise<void> {
    const petitioner = this.selected();
    if (!petitioner) return;
    this.revealed.set(null);
    await this.revealing.submit(async () => this.revealed.set(await this.api.reveal(petitioner.id, { field: this.field, reason: this.reason })));
  }
}
