import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  createChainVerifier,
  genesisHash,
  hashEvent,
  type ChainedEvent,
} from './event-chain.ts';

function buildChain(length: number): ChainedEvent[] {
  const chain: ChainedEvent[] = [];
  let previousHash = genesisHash;
  for (let sequence = 1; sequence <= length; sequence += 1) {
    const content = {
      chain: 'agency-1',
      sequence,
      agencyId: 'agency-1',
      actor: 'system:test',
      kind: 'thing.happened',
      subjectType: 'thing',
      subjectId: String(sequence),
      payload: { count: sequence, note: '说明' },
      occurredAt: new Date(Date.UTC(2025, 0, sequence)).toISOString(),
      previousHash,
    };
    const hash = hashEvent(content);
    chain.push({ ...content, id: sequence * 10, hash });
    previousHash = hash;
  }
  return chain;
}

function verify(events: ChainedEvent[], head?: { sequence: number; hash: string }) {
  const verifier = createChainVerifier('agency-1');
  verifier.add(events);
  return verifier.finish(head);
}

describe('event chain', () => {
  it('canonical JSON sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"x":2,"y":1}]},"b":1}',
    );
  });

  it('an intact chain verifies, also when fed in pages', () => {
    const events = buildChain(7);
    const last = events[6]!;
    const verifier = createChainVerifier('agency-1');
    verifier.add(events.slice(0, 3));
    verifier.add(events.slice(3));
    expect(verifier.finish({ sequence: 7, hash: last.hash })).toEqual([]);
    expect(verifier.count()).toBe(7);
  });

  it('detects a changed payload', () => {
    const events = buildChain(5);
    events[2] = { ...events[2]!, payload: { count: 99, note: '说明' } };
    expect(verify(events).map((problem) => [problem.sequence, problem.problem])).toEqual([
      [3, 'hash-mismatch'],
    ]);
  });

  it('detects a removed event in the middle', () => {
    const events = buildChain(5);
    events.splice(1, 1);
    const problems = verify(events).map((problem) => problem.problem);
    expect(problems).toContain('sequence-gap');
    expect(problems).toContain('broken-link');
  });

  it('detects a removed last event through the chain head', () => {
    const events = buildChain(5);
    const head = { sequence: 5, hash: events[4]!.hash };
    expect(verify(events.slice(0, 4), head).map((problem) => problem.problem)).toEqual(['head-mismatch']);
  });

  it('detects a re-hashed forgery because the next link breaks', () => {
    const events = buildChain(4);
    const forged = { ...events[1]!, payload: { count: 0 } };
    events[1] = { ...forged, hash: hashEvent(forged) };
    expect(verify(events).map((problem) => [problem.sequence, problem.problem])).toEqual([
      [3, 'broken-link'],
    ]);
  });
});
