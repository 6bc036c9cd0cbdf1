// Test support shared by both packages (`@kehoach/schema/testing`, resolved to source by vitest;
// not in the package's build): the real plans as fixtures, edits and positions by text, fuzzing
// and hostile inputs. Production code never imports it (an architecture test checks).
export { REPO_ROOT, planPath, readPlan } from './realPlans.js';
export {
  PLAN_2025,
  PLAN_2025_STANDALONE,
  PLAN_2025_URI,
  PLAN_2026_URI,
  DRAFT_2026,
  BASELINE_2025,
  modelOf,
  analyze,
  withCode,
  starts,
  positionOf,
  positionAfter,
  replaceOnce,
  replaceAll,
} from './fixtures.js';
export * from './fuzzEdits.js';
export { hostileTexts } from './hostileInputs.js';
export { expectedDraft, applyTextEdits, formProblems, commentsOf, writePlan, samplePlan, planForm, type PlanForm } from './writers.js';
export { INJECTIONS, INJECTION_TEXT, injectedPlan, yamlString, workflowCommandsIn, terminalHazardsIn, renderedMarkdown, markdownHazardsIn } from './injection.js';
