import { findByName, formerProvinceById, type CatalogueEntry, isIdOf, isKnownJurisdiction, nameKey, provinceById, PROVINCES } from '../catalogue/index.js';
import type { IndicatorNode } from '../model/planView.js';
import { childPointer } from '../model/pointer.js';
import { isObject } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * Ids as the shared catalogue gives them, a hint only (ids chosen before stay valid):
 * an indicator whose printed name is a catalogue entry's, under another id (an alias counts as
 * the entry's id), so that provinces' plans can be compared; and a `jurisdiction.id` that is
 * none of the 34 provinces since 2025 nor of the 63 before; and, from 2026, a `baselines` entry
 * naming a former province the plan's province was not formed from. Invented examples (`vi-du-…`,
 * "ví dụ") are not provinces and are not noted.
 */
export const catalogueId: Rule = {
  code: 'catalogue-id',
  severity: 'hint',
  check(ctx) {
    const used = new Set(ctx.model.entities.keys());
    const byEntry = new Map<CatalogueEntry, IndicatorNode[]>();
    for (const ind of ctx.plan.indicators) {
      if (ind.dropped || ind.id === '') continue;
      const entry = findByName(ind.name);
      if (entry) byEntry.set(entry, [...(byEntry.get(entry) ?? []), ind]);
    }
    for (const [entry, [ind, ...others]] of byEntry) {
      // The catalogue's id already names another entity here, or several indicators bear the
      // entry's name: suggesting the id would make a duplicate.
      if (others.length > 0 || isIdOf(entry, ind!.id) || used.has(entry.id)) continue;
      ctx.reportAt(childPointer(ind!.pointer, 'id'), { problem: 'indicator', id: ind!.id, expected: entry.id, name: entry.name.vi }, { on: 'value' });
    }
    const raw = ctx.plan.raw;
    const id = isObject(raw.jurisdiction) && typeof raw.jurisdiction.id === 'string' ? raw.jurisdiction.id : undefined;
    if (id === undefined || id === '' || id.startsWith('vi-du')) return;
    if (isKnownJurisdiction(id)) {
      checkPredecessors(ctx, id);
      return;
    }
    const name = isObject(raw.jurisdiction) && typeof raw.jurisdiction.name === 'string' ? raw.jurisdiction.name : '';
    const named = name === '' ? undefined : PROVINCES.find((p) => nameKey(p.name) === nameKey(name) || nameKey(p.shortName) === nameKey(name));
    if (named) ctx.reportAt('/jurisdiction/id', { problem: 'jurisdiction-named', id, expected: named.id, name: named.name }, { on: 'value' });
    else ctx.reportAt('/jurisdiction/id', { problem: 'jurisdiction', id }, { on: 'value' });
  },
};

/** From 2026, each `baselines` entry's jurisdiction is one of the former provinces the plan's province was formed from. */
function checkPredecessors(ctx: RuleContext, id: string): void {
  const raw = ctx.plan.raw as { year?: unknown; baselines?: unknown };
  const province = provinceById(id);
  if (!province || typeof raw.year !== 'number' || raw.year < 2026 || !Array.isArray(raw.baselines)) return;
  const from = province.predecessors.length > 0 ? province.predecessors : [{ id: province.id, name: province.name }];
  raw.baselines.forEach((b: unknown, i) => {
    const declared = isObject(b) && isObject(b.jurisdiction) && typeof b.jurisdiction.id === 'string' ? b.jurisdiction.id : undefined;
    if (declared === undefined || from.some((p) => p.id === declared)) return;
    const former = formerProvinceById(declared);
    ctx.reportAt(`/baselines/${i}/jurisdiction/id`, {
      problem: 'predecessor',
      id: declared,
      name: former?.name ?? declared,
      province: province.name,
      predecessors: from.map((p) => p.name).join(', '),
    }, { on: 'value' });
  });
}
