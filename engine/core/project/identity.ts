/**
 * Who a project is and which graph a run trained: a project's stable `id` (every run records it, so
 * the app lists a project's runs from disk) and a hash of the trained part of a graph. Pure: the UI
 * compares a run's hash with the graph on the canvas.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Graph } from './schema';

/** JSON with object keys sorted, so equal values hash equally whatever order their keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** 16 bytes as an RFC 9562 UUID string with the given version nibble. */
function uuidOf(bytes: Uint8Array, version: number): string {
  const b = bytes.slice(0, 16);
  b[6] = (b[6]! & 0x0f) | (version << 4);
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = bytesToHex(b);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A new random project id (UUID v4): New, Save As and opening a template make a new project.
 * @example newProjectId(); // '3b0f…-4…'
 */
export const newProjectId = (): string => uuidOf(randomBytes(16), 4);

/**
 * The id a file written before ids existed gets when it is migrated: derived from its content
 * (UUID v8 of its SHA-256), so the same unsaved old file has the same id on every load — a run the
 * CLI trained from it is found again when the app opens it.
 * @example derivedProjectId({ version: 1, name: 'lenet', … }) === derivedProjectId(sameFileAgain); // true
 */
export const derivedProjectId = (raw: unknown): string => uuidOf(sha256(utf8ToBytes(canonical(raw))), 8);

/**
 * What training depends on in a graph, hashed: each node's id, kind, params and whether it trains,
 * and the edges in order (merges take inputs in edge order). Positions are left out: moving a node
 * does not make trained weights stale.
 * @example graphHash(lenet) === graphHash({ ...lenet, nodes: lenet.nodes.map(n => ({ ...n, position: { x: 0, y: 0 } })) }); // true
 */
export function graphHash(graph: Pick<Graph, 'nodes' | 'edges'>): string {
  const nodes = [...graph.nodes]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(n => [n.id, n.kind, n.params, n.trainable !== false]);
  const edges = graph.edges.map(e => [e.source, e.target]);
  return bytesToHex(sha256(utf8ToBytes(canonical([nodes, edges])))).slice(0, 32);
}
