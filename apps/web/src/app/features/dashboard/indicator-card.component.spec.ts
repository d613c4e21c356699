import { TestBed } from '@angular/core/testing';
import type { IndicatorCard } from '@julu/contracts';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { APP_ICONS } from '../../core/icons';
import { IndicatorCardComponent } from './indicator-card.component';

const card = (kind: IndicatorCard['kind'], numerator: number, denominator: number, value: number): IndicatorCard => ({
  code: kind === 'COUNT' ? 'DUTY_COMPLETIONS' : 'ON_TIME_CLOSURE',
  name: kind === 'COUNT' ? '各敏感节点信访值班完成数' : '按期办结率',
  unit: kind === 'COUNT' ? '次' : '%',
  kind,
  direction: 'HIGHER_BETTER',
  formula: '',
  numeratorText: '',
  denominatorText: '',
  interpretation: '',
  target: { operator: '≥', value: kind === 'COUNT' ? 200 : 95 },
  available: true,
  warning: null,
  snapshot: { periodKey: '2026-11', orgUnitId: 'x', numerator, denominator, value, meetsTarget: null, definitionVersion: 1, computedAt: '' },
});

describe('IndicatorCardComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideNzIcons(APP_ICONS)] }));

  function render(c: IndicatorCard): string {
    const fixture = TestBed.createComponent(IndicatorCardComponent);
    fixture.componentRef.setInput('card', c);
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).querySelector('button')?.textContent ?? '';
  }

  it('Issue 17: a count card shows its count, not a meaningless 分子/分母 5/2', () => {
    const text = render(card('COUNT', 5, 2, 5));
    expect(text).toContain('5 次');
    expect(text).not.toContain('分子');
    expect(text).not.toContain('5 / 2');
  });

  it('a rate card keeps its numerator and denominator', () => {
    expect(render(card('RATE', 19, 20, 95))).toContain('19 / 20');
  });
});
