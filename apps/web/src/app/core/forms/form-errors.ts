import { HttpErrorResponse } from '@angular/common/http';
import { afterNextRender, computed, signal, type Injector } from '@angular/core';
import { apiErrorMessage } from '../api-error';
import { focusFirstInvalid } from './focus-first-invalid';

/** One problem of a form: on a control (`field`, as the template names it) or on the form as a whole (null). */
export interface FieldError {
  field: string | null;
  message: string;
}

export interface FormErrorsOptions {
  /** The form's own checks, run on submit and, after a first attempt, on every edit. */
  check: () => FieldError[];
  /**
   * The controls of the form, as the template's `data-field`s name them; a function where they
   * follow the data (a row per goal), read from signals so the form-level list follows too.
   */
  fields: readonly string[] | (() => readonly string[]);
  /** API field paths (validation `details[].field`) that the form shows under another name. */
  apiFields?: Readonly<Record<string, string>>;
  /** Where the form is, for moving the cursor to its first error. */
  host: () => HTMLElement;
  injector: Injector;
}

/** The problems an API refusal names (`details: [{field, message}]` or `[{field, problems}]`). */
export function apiFieldErrors(caught: unknown, known: (apiField: string) => string | null): FieldError[] {
  const details = caught instanceof HttpErrorResponse ? (caught.error as { details?: unknown } | null)?.details : undefined;
  const named: FieldError[] = [];
  if (Array.isArray(details)) {
    for (const d of details as { field?: unknown; message?: unknown; problems?: unknown }[]) {
      const field = typeof d.field === 'string' ? known(d.field) : null;
      const message = typeof d.message === 'string' ? d.message : Array.isArray(d.problems) ? d.problems.join('；') : null;
      if (field && message) named.push({ field, message });
    }
  }
  // A refusal with no field this form shows keeps the API's own sentence, which names what to fix.
  return named.length > 0 ? named : [{ field: null, message: apiErrorMessage(caught) }];
}

/**
 * The errors of one Ant-style form: each shown under its control (`nz-form-control`'s
 * `[nzErrorTip]="f.error('x')" [nzValidateStatus]="f.status('x')"`, the item marked `data-field="x"`),
 * the rest beside the submit button (`<app-form-errors [form]="f" />`). A submit that fails — by the
 * form's own check or by the API's refusal — scrolls to the first control in error and puts the
 * cursor in it. An edited control loses the API's complaint about it; after a first attempt the
 * form's own checks follow every edit.
 */
export class FormErrors {
  readonly busy = signal(false);
  private readonly checked = signal<FieldError[]>([]);
  private readonly reported = signal<FieldError[]>([]);
  private readonly all = computed(() => [...this.checked(), ...this.reported()]);
  private readonly byField = computed(() => {
    const map = new Map<string, string>();
    for (const e of this.all()) if (e.field && !map.has(e.field)) map.set(e.field, e.message);
    return map;
  });
  /** The messages no control shows: beside the submit button. */
  readonly formLevel = computed(() => this.all().flatMap((e) => (e.field === null || !this.fieldNames().includes(e.field) ? [e.message] : [])));
  private attempted = false;

  constructor(private readonly options: FormErrorsOptions) {}

  private fieldNames(): readonly string[] {
    const fields = this.options.fields;
    return typeof fields === 'function' ? fields() : fields;
  }

  error(field: string): string {
    return this.byField().get(field) ?? '';
  }

  status(field: string): 'error' | '' {
    return this.byField().has(field) ? 'error' : '';
  }

  /** Whether the form shows any problem now. */
  hasErrors(): boolean {
    return this.all().length > 0;
  }

  /** A control was edited: the API's complaint about it goes, and the form is checked again after a first attempt. */
  edited(field: string): void {
    this.reported.set(this.reported().filter((e) => e.field !== field));
    if (this.attempted) this.checked.set(this.options.check());
  }

  /**
   * Checks the form, then runs the request. False (and the cursor on the first problem) when the
   * check or the API refused; true when the request succeeded. A second submit while one runs is ignored.
   */
  async submit(work: () => Promise<unknown>): Promise<boolean> {
    if (this.busy()) return false;
    this.attempted = true;
    this.reported.set([]);
    this.checked.set(this.options.check());
    if (this.checked().length > 0) {
      this.focusFirst();
      return false;
    }
    this.busy.set(true);
    try {
      await work();
      return true;
    } catch (caught) {
      this.reported.set(apiFieldErrors(caught, (apiField) => this.fieldFor(apiField)));
      this.focusFirst();
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** A problem found outside the request (e.g. a confirmation declined by the server later). */
  fail(message: string, field: string | null = null): void {
    this.reported.set([...this.reported(), { field, message }]);
    this.focusFirst();
  }

  /** A fresh form: no problems, no attempt. */
  reset(): void {
    this.attempted = false;
    this.checked.set([]);
    this.reported.set([]);
  }

  private fieldFor(apiField: string): string | null {
    const mapped = this.options.apiFields?.[apiField];
    if (mapped) return mapped;
    return this.fieldNames().includes(apiField) ? apiField : null;
  }

  private focusFirst(): void {
    afterNextRender(() => focusFirstInvalid(this.options.host(), (field) => this.byField().has(field)), {
      injector: this.options.injector,
    });
  }
}
