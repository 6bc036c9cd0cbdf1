import type { Diagnostic, Range } from '../diagnostics/types.js';
import type { PlanModel } from '../model/model.js';
import type { Rule, RuleContext } from '../rules/rule.js';

/** Runs each rule on the model; a rule that throws becomes one diagnostic, never a crash. */
export function runRules(model: PlanModel, rules: readonly Rule[], baselines: readonly PlanModel[] = []): Diagnostic[] {
  if (model.value === null || typeof model.value !== 'object' || Array.isArray(model.value)) return [];
  const plan = model.plan;
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    if (rule.needsBaseline && baselines.length === 0) continue;
    const report = (range: Range, params: Diagnostic['params'], fix?: Diagnostic['fix']) =>
      out.push({ code: rule.code, severity: rule.severity, range, params, ...(fix ? { fix } : {}) });
    const ctx: RuleContext = {
      model,
      plan,
      ...(baselines[0] ? { baseline: baselines[0] } : {}),
      baselines,
      report,
      reportAt(pointer, params, options = {}) {
        if (options.range) return report(options.range, params, options.fix);
        const { span } = model.sourceMap.nearest(pointer);
        const [s, e] = options.on === 'key' && span.key ? span.key : span.value;
        let range = model.parsed.lines.range(s, e);
        // A block value is marked on its key, so the squiggle stays on one line.
        if (range.end.line > range.start.line && span.key) range = model.parsed.lines.range(span.key[0], span.key[1]);
        report(range, params, options.fix);
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      out.push({
        code: 'rule-crashed',
        severity: 'error',
        range: model.parsed.lines.range(0, 0),
        params: { rule: rule.code, detail: e instanceof Error ? e.message : String(e) },
      });
    }
  }
  return out;
}
