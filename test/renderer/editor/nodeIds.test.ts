import { expect, test } from 'vitest';
import { idForCopy, idForKind, nodeIdProblem } from '../../../renderer/editor/nodeIds';

test('new ids are short, numbered per kind, and single kinds start bare', () => {
  const taken = new Set(['input', 'conv1']);
  expect(idForKind('conv2d', taken)).toBe('conv2');
  expect(idForKind('dense', taken)).toBe('fc1');
  expect(idForKind('input', taken)).toBe('input2');
  expect(idForKind('output', taken)).toBe('output');
  expect(idForKind('somethingNew', taken)).toBe('somethingNew1');
  expect(idForKind('randomFlip', taken)).toBe('flip1');
});

test('copies take the next free number of the same base', () => {
  expect(idForCopy('conv1', new Set(['conv1', 'conv2']))).toBe('conv3');
  expect(idForCopy('stem', new Set(['stem']))).toBe('stem1');
  expect(idForCopy('block_2', new Set(['block_2']))).toBe('block1');
});

test('id rules: non-empty, safe alphabet, unique', () => {
  const taken = new Set(['conv1']);
  expect(nodeIdProblem('', taken)).toMatch(/empty/);
  expect(nodeIdProblem('1conv', taken)).toMatch(/letter/);
  expect(nodeIdProblem('my conv', taken)).toMatch(/letters/);
  expect(nodeIdProblem('conv1', taken)).toMatch(/already/);
  expect(nodeIdProblem('conv_a-2', taken)).toBeNull();
});
