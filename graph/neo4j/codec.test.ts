/** How values are stored as Neo4j properties and read back, without a database. */
import { int, isInt } from 'neo4j-driver';
import { ids } from '../model';
import type { GraphEdge, GraphNode, InstructionNode } from '../model';
import {
  CodecError,
  decodeEdge,
  decodeNode,
  decodeValue,
  encodeEdge,
  encodeNode,
  encodeValue,
  searchSource,
} from './codec';

/** What reading a node back gives: the stored properties, plus the bookkeeping the store adds. */
function roundTrip(node: GraphNode): GraphNode {
  const { props, keys } = encodeNode(node);
  return decodeNode(['Node', node.type], { ...props, id: node.id, prop_keys: keys, sources: ['document:x:en'] });
}

const instruction: InstructionNode = {
  id: ids.instruction('document:wtsa-78-2024:en', 'instructs-1'),
  type: 'Instruction',
  document: 'document:wtsa-78-2024:en',
  version: ids.version('WTSA', '78', 2024),
  kind: 'INSTRUCTS',
  clause: 'instructs-1',
  order: 3,
  heading: 'instructs Study Group 16',
  items: [
    { label: null, text: 'to continue its work on e-health;', clause: 'instructs-1/item-1' },
    { label: 'b)', text: 'json: not JSON', clause: 'instructs-1/item-2' },
  ],
};

describe('codec', () => {
  it('stores primitives and lists of primitives as they are, whole numbers as Integers', () => {
    expect(encodeValue('text')).toBe('text');
    expect(encodeValue(true)).toBe(true);
    expect(encodeValue(2.5)).toBe(2.5);
    expect(isInt(encodeValue(2024))).toBe(true);
    expect(encodeValue(['a', 'b'])).toEqual(['a', 'b']);
    expect(encodeValue([])).toEqual([]);
    expect(encodeValue([1, 2])).toEqual([int(1), int(2)]);
    expect(encodeValue([1, 2.5])).toEqual([1, 2.5]);
    expect(encodeValue(null)).toBeNull();
  });

  it('stores everything else as "json:" text, and strings that look like it too', () => {
    expect(encodeValue([{ a: 1 }])).toBe('json:[{"a":1}]');
    expect(encodeValue(['a', null])).toBe('json:["a",null]');
    expect(encodeValue('json:x')).toBe('json:"json:x"');
    expect(decodeValue('json:"json:x"')).toBe('json:x');
    expect(decodeValue('json:[{"a":1}]')).toEqual([{ a: 1 }]);
  });

  it('reads Integers, bigints and lists of them back as numbers', () => {
    expect(decodeValue(int(7))).toBe(7);
    expect(decodeValue(BigInt(7))).toBe(7);
    expect(decodeValue([int(1), int(2)])).toEqual([1, 2]);
    expect(decodeValue(undefined)).toBeNull();
  });

  it('round-trips nodes exactly, nulls included, leaving bookkeeping out', () => {
    expect(roundTrip(instruction)).toEqual(instruction);
    const resolution: GraphNode = {
      id: ids.resolution('PP', '183'),
      type: 'Resolution',
      body: 'PP',
      number: '183',
      title: null,
      titleSource: null,
    };
    expect(roundTrip(resolution)).toEqual(resolution);
    expect(encodeNode(resolution).props).not.toHaveProperty('title');
  });

  it('round-trips edges with their provenance and props', () => {
    const edge: GraphEdge = {
      id: ids.edge('INSTRUCTS', ids.version('PP', '183', 2022), 'sg:itu-d:2'),
      type: 'INSTRUCTS',
      from: ids.version('PP', '183', 2022),
      to: 'sg:itu-d:2',
      props: { kind: 'INSTRUCTS', order: 2, strong: false, note: null },
      provenance: { document: 'document:pp-183-2022:en', clause: null, span: [10, 20], quote: 'instructs' },
    };
    const { props, keys } = encodeEdge(edge);
    const stored = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
    expect(
      decodeEdge({
        type: edge.type,
        from: edge.from,
        to: edge.to,
        properties: { ...stored, id: edge.id, prop_keys: keys },
      }),
    ).toEqual(edge);
    const bare: GraphEdge = { ...edge, props: {}, provenance: null };
    const encoded = encodeEdge(bare);
    expect(
      decodeEdge({
        type: bare.type,
        from: bare.from,
        to: bare.to,
        properties: { id: bare.id, prop_keys: encoded.keys },
      }),
    ).toEqual(bare);
  });

  it('rejects properties named like the store bookkeeping', () => {
    const bad = { ...instruction, sources: ['x'] } as unknown as GraphNode;
    expect(() => encodeNode(bad)).toThrow(CodecError);
    const edge = {
      id: 'e',
      type: 'CITES',
      from: 'a',
      to: 'b',
      props: { prop_keys: 'x' },
      provenance: null,
    } as GraphEdge;
    expect(() => encodeEdge(edge)).toThrow(CodecError);
  });

  it('searches clause text and entity names, not instructions', () => {
    expect(searchSource(instruction)).toBeNull();
    expect(
      searchSource({
        id: 'org:who',
        type: 'Organization',
        name: 'World Health Organization',
        acronym: 'WHO',
        kind: 'un-agency',
      }),
    ).toBe('World Health Organization · WHO');
  });
});
