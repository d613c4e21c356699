import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { HttpClient } from '@angular/common/http';
import { API_ROUTES, type ClockRule, type HolidayYearView, type UpdateClockRuleRequest } from '@julu/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState, ActionStates } from '../../core/actions/action-state';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { CALENDAR_ADMIN_LABELS } from './calendar-admin.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { emptyHolidayYear, HOLIDAY_YEAR_FIELDS, holidayYearErrors, holidayYearRequest } from './holiday-year-form';
import { CardListDirective } from '../../core/list/card-list.directive';

/** 法定期限与节假日: the State Council's arrangements by year, and the D1–D9 limits in force. */
@Component({
  selector: 'app-calendar-admin-page',
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
    NzInputNumberModule,
    NzSelectModule,
    NzSwitchModule,
    NzAlertModule,
    CardListDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-admin.page.html',
  styles: ['nz-card { margin-bottom: 16px; } nz-alert { display: block; margin-bottom: 12px; } .form { max-width: 640px; } .dates { white-space: normal; }'],
})
export class CalendarAdminPage implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly labels = CALENDAR_ADMIN_LABELS.calendarAdmin;
  protected readonly years = signal<HolidayYearView[]>([]);
  protected readonly rules = signal<ClockRule[]>([]);
  /** The last success; a rule's 保存 error in its row, the year form's (a parse problem or the API's refusal) under its buttons. */
  protected readonly message = signal<{ type: 'success'; text: string } | null>(null);
  protected readonly loading = new ActionState();
  protected readonly savingRule = new ActionStates();
  protected draft = emptyHolidayYear();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly year = new FormErrors({
    fields: HOLIDAY_YEAR_FIELDS,
    check: () => holidayYearErrors(this.draft),
    host: () => this.host.querySelector<HTMLElement>('[data-testid="year-form"]') ?? this.host,
    injector: inject(Injector),
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async addYear(): Promise<void> {
    this.message.set(null);
    const added = await this.year.submit(() => firstValueFrom(this.http.post<HolidayYearView>(API_ROUTES.holidayYears, holidayYearRequest(this.draft))));
    if (added) await this.yearSaved(`${this.labels.yearAdded}：${this.draft.year}`);
  }

  /** Loads a year into the form to correct it (a built-in year's correction overrides the shipped data). */
  protected editYear(year: HolidayYearView): void {
    const holidays = year.holidays.map((h) => `${h.name} ${h.from} ${h.to}`).join('\n');
    this.draft = { year: year.year, notice: year.notice, holidays, workdays: year.workdays.join(' ') };
    this.year.reset();
  }

  protected async correctYear(): Promise<void> {
    this.message.set(null);
    const request = (): Promise<unknown> => {
      const body = holidayYearRequest(this.draft);
      return firstValueFrom(this.http.put<HolidayYearView>(`${API_ROUTES.holidayYears}/${body.year}`, body));
    };
    if (await this.year.submit(request)) await this.yearSaved(`${this.labels.yearCorrected}：${this.draft.year}`);
  }

  private async yearSaved(text: string): Promise<void> {
    this.draft = emptyHolidayYear();
    this.year.reset();
    this.message.set({ type: 'success', text });
    await this.load();
  }

  protected async saveRule(rule: ClockRule): Promise<void> {
    const body: UpdateClockRuleRequest = { amount: rule.amount, unit: rule.unit, excludeStartDay: rule.excludeStartDay, extendPastDaysOff: rule.extendPastDaysOff };
    await this.run(this.savingRule.for(rule.code), async () => {
      await firstValueFrom(this.http.put<ClockRule>(`${API_ROUTES.clockRules}/${rule.code}`, body));
      return `${this.labels.ruleSaved}：${rule.code} ${rule.label}`;
    });
  }

  protected holidayText(year: HolidayYearView): string {
    return year.holidays.map((h) => (h.from === h.to ? `${h.name} ${h.from}` : `${h.name} ${h.from}～${h.to}`)).join('；');
  }

  private async run(state: ActionState, change: () => Promise<string>): Promise<void> {
    this.message.set(null);
    if (await state.run(async () => this.message.set({ type: 'success', text: await change() }))) await this.load();
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => {
      const [years, rules] = await Promise.all([
        firstValueFrom(this.http.get<HolidayYearView[]>(API_ROUTES.holidayYears)),
        firstValueFrom(this.http.get<ClockRule[]>(API_ROUTES.clockRules)),
      ]);
      this.years.set([...years].reverse());
      this.rules.set(rules);
    });
  }
}
