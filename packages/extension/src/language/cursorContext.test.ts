import { readPlan } from '@kehoach/schema/testing';
import { describe, expect, it } from 'vitest';
import { cursorContext } from './cursorContext.js';

/** Line starts as the engine's LineMap computes them (LF and CRLF). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

describe('cursorContext', () => {
  const plans = ['ha-noi/2024', 'ha-noi/2025', 'ha-noi/2026'].map((name) => [name, readPlan(name)] as const);

  it('places a cursor at a unit in the 2025 plan inside its indicator', () => {
    const text = readPlan('ha-noi/2025');
    const at = text.indexOf('unit: ', text.indexOf('  - id: cpi\n')) + 'unit: '.length;
    const ids = [...text.slice(text.indexOf('\nindicators:\n'), at).matchAll(/^  - id: /gm)].length;
    const ctx = cursorContext(text, at, lineStarts(text));
    expect(ctx).toMatchObject({ mode: 'value', key: 'unit' });
    expect(ctx.path).toEqual(['indicators', ids - 1]);
  });

  // The line index only skips searching for line breaks: the answer must be the one without it,
  // at the end of every line of every real plan, with LF and with CRLF.
  for (const [name, lf] of plans) {
    for (const [eol, text] of [['LF', lf], ['CRLF', lf.replace(/\n/g, '\r\n')]] as const) {
      it(`gives the same context with and without the line index on every line of ${name} (${eol})`, () => {
        const starts = lineStarts(text);
        let differing = 0;
        for (let k = 1; k < starts.length; k++) {
          const end = starts[k]! - (eol === 'CRLF' ? 2 : 1);
          if (JSON.stringify(cursorContext(text, end)) !== JSON.stringify(cursorContext(text, end, starts))) differing++;
        }
        expect(starts.length).toBeGreaterThan(100);
        expect(differing).toBe(0);
      });
    }
  }

  it('ignores a line index that is not of this text', () => {
    const text = readPlan('ha-noi/2025');
    const at = text.indexOf('unit: ', text.indexOf('  - id: cpi\n')) + 'unit: '.length;
    expect(cursorContext(text, at, [0, text.length + 10])).toEqual(cursorContext(text, at));
  });
});
