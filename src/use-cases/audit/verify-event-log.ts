import { createChainVerifier, type ChainProblem } from '../../domain/audit/event-chain.ts';
import { listChains, readChain } from '../../db/repositories/event-log.ts';
import type { Executor } from '../../db/database.ts';

export type AuditReport = { chains: number; events: number; problems: ChainProblem[] };

/** Walks every event chain (or one) and reports tampering: `gongkai audit verify`. */
export async function verifyEventLog(
  executor: Executor,
  options: { chain?: string } = {},
): Promise<AuditReport> {
  const heads = (await listChains(executor)).filter((head) => !options.chain || head.chain === options.chain);
  const problems: ChainProblem[] = [];
  let eventCount = 0;
  for (const head of heads) {
    const verifier = createChainVerifier(head.chain);
    for await (const page of readChain(executor, head.chain)) verifier.add(page);
    problems.push(...verifier.finish(head));
    eventCount += verifier.count();
  }
  return { chains: heads.length, events: eventCount, problems };
}
