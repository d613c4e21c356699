import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ResidentIdCheckResponse } from '@julu/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { FormErrors } from '../../core/forms/form-errors';
import { FormErrorsComponent } from '../../core/forms/form-errors.component';
import { RESIDENT_ID_LABELS } from './resident-id.labels';
import { FormFieldComponent } from '../../core/forms/form-field.component';
import { ResidentIdApi } from './data-access/resident-id.api';
import { residentIdErrors } from './resident-id.validator';

/** 身份证号码校验: the domain rule in the browser (the tip under the number), then the API's reading of it. */
@Component({
  selector: 'app-resident-id-page',
  imports: [FormsModule, NzCardModule, NzFormModule, NzInputModule, NzButtonModule, NzDescriptionsModule, FormErrorsComponent, FormFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './resident-id.page.html',
  styles: ['.result { margin-top: 16px; } form { max-width: 520px; }'],
})
export class ResidentIdPage {
  private readonly api = inject(ResidentIdApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly labels = RESIDENT_ID_LABELS;
  protected readonly result = signal<ResidentIdCheckResponse | null>(null);
  protected idNumber = '';
  protected readonly checking = new FormErrors({
    fields: ['idNumber'],
    check: () => residentIdErrors(this.idNumber),
    host: () => this.host,
    injector: inject(Injector),
  });

  protected async submit(): Promise<void> {
    this.result.set(null);
    await this.checking.submit(async () => this.result.set(await this.api.check(this.idNumber)));
  }
}
