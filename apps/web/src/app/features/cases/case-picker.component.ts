import { ChangeDetectionStrategy, Component, computed, forwardRef, inject, input, signal } from '@angular/core';
import { type ControlValueAccessor, FormsModule, NG_VALUE_ACCESSOR } from '@angular/forms';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { CasesApi } from './data-access/cases.api';
import { CASE_PICKER_LABELS, type CaseOption, caseOptionLabel, caseOptionOf, lookupTerm, offeredOptions, unreadableCase } from './case-picker';

/**
 * Picks a 信访事项 by what a person knows of it — its 案件编号, a petitioner's name, words of its
 * title — among the cases they may see (POST /api/cases/lookup, visibility enforced by the API).
 * Its ngModel is the case's id ('' for none); the id itself is never shown: a value written in
 * (a record being edited) is named by its number and title.
 */
@Component({
  selector: 'app-case-picker',
  imports: [ActionErrorComponent, FormsModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => CasePickerComponent), multi: true }],
  template: `
    <nz-select
      [nzId]="inputId()"
      nzShowSearch
      nzServerSearch
      nzAllowClear
      [nzPlaceHolder]="labels.placeholder"
      [nzNotFoundContent]="searched() ? labels.noneFound : labels.typeToFind"
      [nzLoading]="search.busy()"
      [nzDisabled]="disabled()"
      [ngModel]="value()"
      (ngModelChange)="picked($event)"
      (nzOnSearch)="find($event)"
      (nzBlur)="onTouched()"
    >
      @for (c of options(); track c.id) {
        <nz-option [nzValue]="c.id" [nzLabel]="optionLabel(c)" />
      }
    </nz-select>
    <app-action-error [state]="search" />
  `,
  styles: [':host { display: block; } nz-select { width: 100%; }'],
})
export class CasePickerComponent implements ControlValueAccessor {
  private readonly api = inject(CasesApi);
  /** The id of the search input, for a <label for> (nz-form-label nzFor) and for moving the cursor to it. */
  readonly inputId = input.required<string>();
  protected readonly labels = CASE_PICKER_LABELS;
  protected readonly optionLabel = caseOptionLabel;
  protected readonly value = signal<string | null>(null);
  protected readonly disabled = signal(false);
  /** The matches of the last search the user typed. */
  private readonly found = signal<CaseOption[]>([]);
  /** The case chosen (or written in), kept among the options so the control shows its name. */
  private readonly chosen = signal<CaseOption | null>(null);
  protected readonly searched = signal(false);
  protected readonly options = computed(() => offeredOptions(this.found(), this.chosen()));
  /** The search and the naming of a case written in; their failure is shown under the control. */
  protected readonly search = new ActionState();
  /** Bumped by every search and every value written in: an answer to an older one is dropped. */
  private asked = 0;
  private onChange: (id: string) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  writeValue(id: string | null | undefined): void {
    const value = id || null;
    this.value.set(value);
    if (!value) {
      this.chosen.set(null);
      return;
    }
    const known = this.options().find((c) => c.id === value);
    if (known) this.chosen.set(known);
    else void this.name(value);
  }

  registerOnChange(fn: (id: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected picked(id: string | null): void {
    this.value.set(id || null);
    this.chosen.set(this.options().find((c) => c.id === id) ?? null);
    this.onChange(id ?? '');
  }

  protected async find(typed: string): Promise<void> {
    const term = lookupTerm(typed);
    const asked = ++this.asked;
    if (!term) {
      this.found.set([]);
      this.searched.set(false);
      return;
    }
    await this.search.run(async () => {
      const matches = await this.api.lookup(term);
      if (asked !== this.asked) return;
      this.found.set(matches.map(caseOptionOf));
      this.searched.set(true);
    });
  }

  /** A case written in (a record being edited): its number and title, read from the case itself. */
  private async name(id: string): Promise<void> {
    const asked = ++this.asked;
    this.chosen.set(null);
    const named = await this.search.run(async () => {
      const detail = await this.api.get(id);
      if (asked === this.asked) this.chosen.set(caseOptionOf(detail));
    });
    if (!named && asked === this.asked) this.chosen.set(unreadableCase(id));
  }
}
