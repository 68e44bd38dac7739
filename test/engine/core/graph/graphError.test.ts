import { describe, expect, it } from 'vitest';
import { problem } from '../../../../engine/core/errors';
import { graphError } from '../../../../engine/core/graph/graphError';

describe('graphError', () => {
  const cycle = problem('GRAPH_CYCLE', 'a → b → a is a loop', { nodeId: 'a' });
  const missing = problem('NO_OUTPUT_NODE', 'the graph has no Output node');
  const warning = { ...problem('PARAM_UNKNOWN', 'conv1: unknown param "filtres"'), severity: 'warning' as const };

  it('is null without errors (warnings do not stop anything)', () => {
    expect(graphError([])).toBeNull();
    expect(graphError([warning])).toBeNull();
  });

  it('names the first error, where it is and how many more there are', () => {
    expect(graphError([cycle])).toMatchObject({
      code: 'GRAPH_CYCLE',
      message: 'a → b → a is a loop',
      problems: [cycle],
    });
    const error = graphError([warning, cycle, missing, missing], {
      where: 'x.convas.json',
      more: 'run convas validate',
    })!;
    expect(error.message).toBe('x.convas.json: a → b → a is a loop (and 2 more problems: run convas validate)');
    expect(error.hint).toBe(cycle.hint);
    expect(error.problems).toEqual([cycle, missing, missing]);
    expect(graphError([cycle, missing])!.message).toBe('a → b → a is a loop (and 1 more problem)');
  });
});
