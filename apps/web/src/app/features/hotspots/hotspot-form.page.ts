import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { type ContentCategory, type CreateHotspotRequest, type OrgUnitDetail, RISK_LEVEL_LABELS, RISK_LEVELS, UPWARD_DIRECTION_LABELS, UPWARD_DIRECTIONS } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { HOTSPOTS_LABELS } from './hotspots.labels';
import { HotspotsApi } from './data-access/hotspots.api';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { chinaDate } from '@julu/domain';
import { HOTSPOT_FIELDS, hotspotFormErrors } from './hotspot-form';

/** 登记信访隐患: every field of the ledger (DOMAIN.md §2.4); one column on a phone. */
@Component({
  selector: 'app-hotspot-form-page',
  imports: [
    ActionErrorComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormsModule,
    RouterLink,
    NzCardModule,
    NzFormModule,
    FormFieldComponent,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzButtonModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './hotspot-form.page.html',
  styles: [
    '.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 0 16px; } .wide { grid-column: 1 / -1; }',
    'nz-select, nz-input-number, app-date-field { width: 100%; } app-form-field ::ng-deep nz-form-item { margin-bottom: 16px; } app-action-error { display: block; margin-bottom: 12px; }',
    '.actions { display: flex; gap: 12px; } .actions > * { flex: 1; height: 44px; }',
  ],
})
export class HotspotFormPage implements OnInit {
  private readonly api = inject(HotspotsApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly user = inject(AuthService).user();
  protected readonly labels = HOTSPOTS_LABELS.hotspots;
  protected readonly levels = RISK_LEVELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly directions = UPWARD_DIRECTIONS;
  protected readonly directionLabels = UPWARD_DIRECTION_LABELS;
  protected readonly townshipFixed = this.user?.role === 'TOWNSHIP_OFFICER';
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly villages = signal<OrgUnitDetail[]>([]);
  protected readonly categories = signal<ContentCategory[]>([]);
  /** Loading the choices (its error at the top). */
  protected readonly loading = new ActionState();
  private readonly key = crypto.randomUUID();
  protected form: CreateHotspotRequest = {
    foundOn: chinaDate(new Date()),
    foundBy: this.user?.displayName ?? '',
    reportingOrg: '',
    townshipId: this.townshipFixed ? (this.user?.orgUnitId ?? '') : '',
    villageId: null,
    categoryCode: '',
    description: '',
    mainDemand: '',
    peopleInvolved: 1,
    groupType: '',
    possibleDirection: null,
    riskLevel: 3,
    leaderInCharge: '',
    responsibleOrg: '',
    responsiblePerson: '',
    stabilityPerson: '',
    measuresResolve: '',
    measuresStability: '',
    deadlineDays: 30,
  };
  /** 登记's problems: each under its control, the API's refusal of the whole beside the button. */
  protected readonly f = new FormErrors({
    fields: HOTSPOT_FIELDS,
    check: () => hotspotFormErrors(this.form),
    host: () => this.host,
    injector: inject(Injector),
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => {
      const [townships, categories] = await Promise.all([this.api.townships(), this.api.categories()]);
      this.townships.set(townships);
      this.categories.set(categories.filter((c) => !c.retired));
      const own = townships.find((t) => t.id === this.form.townshipId);
      if (own) {
        this.form.reportingOrg = own.name;
        this.villages.set(await this.api.villages(own.id));
      }
    });
  }

  protected async townshipChanged(id: string): Promise<void> {
    this.form.townshipId = id;
    this.form.villageId = null;
    this.f.edited('townshipId');
    this.villages.set(id ? await this.api.villages(id) : []);
  }

  protected async submit(): Promise<void> {
    await this.f.submit(async () => {
      const created = await this.api.create({ ...this.form, villageId: this.form.villageId || null }, this.key);
      await this.router.navigate(['/hotspots', created.id]);
    });
  }
}
