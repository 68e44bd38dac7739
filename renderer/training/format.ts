/**
 * Kept only for results/WorstPredictions.tsx, whose owner moves its import to ../../shared/format;
 * then this file goes. No code here: the formats live in renderer/shared/format.ts.
 */
export { formatValue } from '../shared/format';
