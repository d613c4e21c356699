import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, type OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { type OrgUnitDetail, PUBLICITY_FORM_LABELS, PUBLICITY_FORMS } from '@julu/contracts';
import { chinaDate } from '@julu/domain';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ActionErrorComponent } from '../../core/actions/action-error.component';
import { ActionState } from '../../core/actions/action-state';
import { AuthService } from '../../core/auth/auth.service';
import { PUBLICITY_LABELS } from './publicity.labels';
import { PublicityApi } from './data-access/publicity.api';
import { DateFieldComponent } from '../../core/forms/date-field.component';
import { FilePickComponent } from '../../core/forms/file-pick.component';
import { FormErrors } from '../../core/forms/form-errors';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { EVENT_FIELDS, type EventForm, eventFormErrors } from './event-form';

/** 登记宣传活动: date, villages reached (from the officer's township), form, topic, participants and photos. */
@Component({
  selector: 'app-publicity-event-form-page',
  imports: [
    ActionErrorComponent,
    FilePickComponent,
    DateFieldComponent,
    FormErrorsComponent,
    FormsModule,
    NzFormModule,
    FormFieldComponent,
    RouterLink,
    NzCardModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzButtonModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publicity-event-form.page.html',
  styles: [
    'app-form-field ::ng-deep nz-form-item { margin-bottom: 16px; } nz-select, nz-input-number, app-date-field { width: 100%; } app-action-error { display: block; margin-bottom: 12px; }',
    '.actions { display: flex; gap: 12px; } .actions > * { flex: 1; height: 44px; }',
  ],
})
export class PublicityEventFormPage implements OnInit {
  private readonly api = inject(PublicityApi);
  private readonly router = inject(Router);
  private readonly user = inject(AuthService).user();
  protected readonly labels = PUBLICITY_LABELS.publicity;
  protected readonly forms = PUBLICITY_FORMS;
  protected readonly formLabels = PUBLICITY_FORM_LABELS;
  protected readonly townshipFixed = this.user?.role === 'TOWNSHIP_OFFICER';
  protected readonly townships = signal<OrgUnitDetail[]>([]);
  protected readonly villages = signal<OrgUnitDetail[]>([]);
  /** Loading the townships (error at the top). */
  protected readonly loading = new ActionState();
  protected form: EventForm = {
    heldOn: chinaDate(new Date()),
    townshipId: this.townshipFixed ? (this.user?.orgUnitId ?? '') : '',
    villageIds: [],
    form: 'MEETING',
    topic: '',
    participants: 0,
    note: '',
  };
  private photos: File[] = [];
  private readonly key = crypto.randomUUID();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** 提交's problems under their controls (the API's too), a refusal of the whole beside the button. */
  protected readonly f = new FormErrors({
    fields: EVENT_FIELDS,
    check: () => eventFormErrors(this.form, this.photos, chinaDate(new Date())),
    host: () => this.host,
    injector: inject(Injector),
  });

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    await this.loading.run(async () => {
      this.townships.set(await this.api.townships());
      if (this.form.townshipId) await this.townshipChanged(this.form.townshipId);
    });
  }

  protected async townshipChanged(id: string): Promise<void> {
    this.form.townshipId = id;
    this.form.villageIds = [];
    this.f.edited('townshipId');
    this.villages.set(id ? (await this.api.villages(id)).filter((v) => !v.retired) : []);
  }

  protected photosChosen(files: File[]): void {
    this.photos = files;
    this.f.edited('photos');
  }

  protected async submit(): Promise<void> {
    const f = this.form;
    await this.f.submit(async () => {
      const event = await this.api.create({ ...f, topic: f.topic.trim(), note: f.note.trim() }, this.key);
      for (const photo of this.photos) await this.api.uploadPhoto(event.id, photo);
      await this.router.navigate(['/publicity'], { queryParams: { saved: event.id } });
    });
  }
}
