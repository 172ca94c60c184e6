import { createHash } from 'node:crypto';

/**
 * The tamper-evident event chain (architecture rule 6, Art. 45 records): each event stores the hash
 * of the previous event of its chain, and its own hash over its content and that previous hash.
 * Changing, removing or reordering any event breaks every later link.
 */
export const genesisHash = '0'.repeat(64);

export type ChainedEventContent = {
  chain: string;
  sequence: number;
  agencyId: string | null;
  actor: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  payload: unknown;
  /** ISO 8601 with milliseconds, UTC (`Date.prototype.toISOString`). */
  occurredAt: string;
  previousHash: string;
};

export type ChainedEvent = ChainedEventContent & { id: number; hash: string };

/** JSON with object keys sorted, so that a jsonb round trip (which reorders keys) keeps the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
}

export function hashEvent(content: ChainedEventContent): string {
  const canonical = canonicalJson({
    chain: content.chain,
    sequence: content.sequence,
    agencyId: content.agencyId,
    actor: content.actor,
    kind: content.kind,
    subjectType: content.subjectType,
    subjectId: content.subjectId,
    payload: content.payload,
    occurredAt: content.occurredAt,
    previousHash: content.previousHash,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

export type ChainProblem = {
  chain: string;
  eventId: number;
  sequence: number;
  problem: 'hash-mismatch' | 'broken-link' | 'sequence-gap' | 'head-mismatch';
  message: string;
};

/**
 * Checks one chain's events, fed in sequence order (in pages, so a long chain needs little memory),
 * and finally against the chain head. `finish` returns the problems found (empty when intact).
 */
export function createChainVerifier(chain: string): {
  add: (events: readonly ChainedEvent[]) => void;
  finish: (head?: { sequence: number; hash: string }) => ChainProblem[];
  count: () => number;
} {
  const problems: ChainProblem[] = [];
  let expectedPrevious = genesisHash;
  let expectedSequence = 1;
  let last: ChainedEvent | undefined;
  let seen = 0;
  return {
    add(events) {
      for (const event of events) {
        seen += 1;
        const where = { chain, eventId: event.id, sequence: event.sequence };
        if (event.sequence !== expectedSequence) {
          problems.push({
            ...where,
            problem: 'sequence-gap',
            message: `事件序号应为${expectedSequence}，实为${event.sequence}`,
          });
        }
        if (event.previousHash !== expectedPrevious) {
          problems.push({
            ...where,
            problem: 'broken-link',
            message: '事件记录的前一哈希与前一事件不符（有事件被删除或插入）',
          });
        }
        if (hashEvent(event) !== event.hash) {
          problems.push({
            ...where,
            problem: 'hash-mismatch',
            message: '事件内容与其哈希不符（事件被篡改）',
          });
        }
        expectedPrevious = event.hash;
        expectedSequence = event.sequence + 1;
        last = event;
      }
    },
    finish(head) {
      if (head && (head.sequence !== (last?.sequence ?? 0) || head.hash !== (last?.hash ?? genesisHash))) {
        problems.push({
          chain,
          eventId: last?.id ?? 0,
          sequence: head.sequence,
          problem: 'head-mismatch',
          message: '链头记录与最后一个事件不符（末尾事件被删除）',
        });
      }
      return problems;
    },
    count: () => seen,
  };
}
