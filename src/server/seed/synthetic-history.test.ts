import { describe, expect, it } from 'vitest';
import { evaluateBundle } from '../../domain/bundle.ts';
import { isValidResidentIdNumber } from '../../domain/identity-numbers.ts';
import { loadCalendarFromFolder, loadCatalogFromFolder } from '../catalog/catalog-files.ts';
import {
  type CasePlan,
  dayOfInstant,
  isoOfDay,
  MAX_SYNTHETIC_CASES,
  SyntheticHistory,
  syntheticDeceasedId,
} from './synthetic-history.ts';

const catalog = loadCatalogFromFolder();
const calendar = loadCalendarFromFolder();
const counties = catalog.profiles.flatMap((p) =>
  p.regions
    .filter((r) => r.level === 'county')
    .map((r) => ({ code: r.code, nameZh: r.name, prefectureZh: '', pilot: r.pilot === true })),
);
const now = new Date('2026-12-01T06:30:00Z');
const history = () => SyntheticHistory.create({ catalog, calendar, counties, now });

describe('synthetic ID numbers', () => {
  it('are valid, distinct, and never carry a county code of the service', () => {
    const seen = new Set<string>();
    for (let i = 1; i <= 100_000; i++) {
      const { idNumber } = syntheticDeceasedId(i, counties[i % counties.length]?.code as string);
      seen.add(idNumber);
      if (i % 97 === 0) {
        expect(isValidResidentIdNumber(idNumber)).toBe(true);
        expect(idNumber.slice(4, 6)).toBe('01');
        expect(counties.some((c) => c.code === idNumber.slice(0, 6))).toBe(false);
      }
    }
    expect(seen.size).toBe(100_000);
    expect(isValidResidentIdNumber(syntheticDeceasedId(MAX_SYNTHETIC_CASES, '530102').idNumber)).toBe(true);
    expect(() => syntheticDeceasedId(MAX_SYNTHETIC_CASES + 1, '530102')).toThrow(RangeError);
    expect(() => syntheticDeceasedId(0, '530102')).toThrow(RangeError);
  });

  it('tell men (odd order digit) from women', () => {
    for (let i = 1; i < 200; i++) {
      const { idNumber, male } = syntheticDeceasedId(i, '530102');
      expect(Number(idNumber[16]) % 2 === 1).toBe(male);
    }
  });
});

describe('synthetic history', () => {
  const plans: CasePlan[] = [];
  const generator = history();
  for (let i = 1; i <= 4000; i++) plans.push(generator.plan(i));

  it('is the same for the same case number', () => {
    const again = history();
    for (const i of [1, 2, 777, 3999]) expect(again.plan(i)).toEqual(plans[i - 1]);
  });

  it('gives the bundle evaluateBundle gives for the answers', () => {
    for (const plan of plans.slice(0, 1500)) {
      const bundle = evaluateBundle(catalog, plan.regionCode, plan.answers);
      expect(bundle?.covered).toBe(true);
      expect(bundle?.questionnaire.complete).toBe(true);
      const applied = bundle?.matters.filter((m) => m.included === true && m.needsApplication) ?? [];
      expect(plan.subCases.map((s) => s.matter.code)).toEqual(applied.map((m) => m.code));
      expect(plan.issuerActs).toEqual(
        bundle?.matters.filter((m) => m.included === true && m.issuedBy).map((m) => m.code),
      );
    }
  });

  it('keeps every clock on the working-day calendar, local rest days included', () => {
    let ended = 0;
    let late = 0;
    let returned = 0;
    for (const plan of plans) {
      for (const sub of plan.subCases) {
        if (sub.clockStartedOn === null) continue;
        const committed = sub.committedWorkingDays as number;
        expect(sub.dueOn).toBe(
          calendar.dueDate(sub.clockStartedOn, committed + sub.pausedWorkingDays, plan.regionCode).due,
        );
        if (sub.pausedWorkingDays > 0 || sub.pausedSince) returned++;
        if (sub.endedOn === null) continue;
        ended++;
        const used =
          calendar.workingDaysBetween(sub.clockStartedOn, sub.endedOn, plan.regionCode) -
          sub.pausedWorkingDays;
        expect(sub.handledWorkingDays).toBe(used);
        expect(sub.endedOn > (sub.dueOn as string)).toBe(used > committed);
        if (used > committed) late++;
        expect(isoOfDay(dayOfInstant(sub.decidedAt as number))).toBe(sub.endedOn);
      }
    }
    expect(late / ended).toBeGreaterThan(0.05);
    expect(late / ended).toBeLessThan(0.25);
    expect(returned).toBeGreaterThan(0);
  });

  it('keeps events in order and none after now', () => {
    for (const plan of plans) {
      const times = [plan.submittedAt, plan.acceptedAt, plan.readyAt, plan.deliveredAt].filter(
        (t): t is number => t !== null,
      );
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(Math.max(...times, plan.updatedAt)).toBeLessThanOrEqual(now.getTime());
      expect(plan.deceased.dateOfDeath <= isoOfDay(dayOfInstant(plan.submittedAt))).toBe(true);
      for (const sub of plan.subCases) {
        if (plan.acceptedAt !== null && sub.decidedAt !== null)
          expect(sub.decidedAt).toBeGreaterThanOrEqual(plan.acceptedAt);
        expect(sub.updatedAt).toBeLessThanOrEqual(now.getTime());
      }
      for (const rating of plan.ratings) {
        expect(plan.state).toBe('delivered');
        expect(rating.createdAt).toBeGreaterThan(plan.deliveredAt as number);
        expect(rating.followUp !== null).toBe(rating.level <= 2);
      }
    }
  });

  it('has the shares of a real service', () => {
    const share = (f: (p: CasePlan) => boolean) => plans.filter(f).length / plans.length;
    expect(share((p) => p.channel === 'window')).toBeCloseTo(0.3, 1);
    expect(share((p) => p.proactive)).toBeCloseTo(0.1, 1);
    expect(share((p) => p.state === 'delivered')).toBeGreaterThan(0.85);
    expect(share((p) => p.state === 'rejected')).toBeGreaterThan(0.005);
    expect(share((p) => p.ratings.length > 0)).toBeGreaterThan(0.3);
    const subs = plans.flatMap((p) => p.subCases);
    expect(subs.length / plans.length).toBeGreaterThan(3);
    const open = subs.filter((s) => s.state === 'pending' || s.state === 'in_review');
    const today = isoOfDay(dayOfInstant(now.getTime()));
    expect(open.filter((s) => (s.dueOn as string) < today).length).toBeGreaterThan(0);
  });
});

describe('row ids of a bulk load', () => {
  it('are version 7 UUIDs, distinct and in the order they were made', async () => {
    const { orderedUuid } = await import('./synthetic-rows.ts');
    const ids = Array.from({ length: 50_000 }, () => orderedUuid());
    expect(
      ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
    ).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
