import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/database.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { appendCaseEvents } from '../src/db/repositories/case-events.ts';
import { insertDisclosureRequest } from '../src/db/repositories/disclosure-requests.ts';
import type { StaffActor } from '../src/domain/access/actor.ts';
import { applyTransition } from '../src/domain/applications/lifecycle/apply-transition.ts';
import type { CaseCommand } from '../src/domain/applications/lifecycle/case-command.ts';
import type { CaseState } from '../src/domain/applications/lifecycle/case-state.ts';
import { buildBuiltInCalendar } from '../src/domain/calendar/built-in-calendar.ts';
import { addCalendarDays, type IsoDate } from '../src/domain/calendar/iso-date.ts';
import { createAgency } from '../src/use-cases/agencies/create-agency.ts';
import { cachedColumnsOf, replyDueDateOf } from '../src/use-cases/disclosure-requests/case-cache.ts';
import { listWorkQueue } from '../src/use-cases/disclosure-requests/list-work-queue.ts';
import { hashQueryCode } from '../src/use-cases/disclosure-requests/query-code-hash.ts';
import type { BenchResult } from './bench-result.ts';

const caseCount = 2_000;
const openCount = 40;
const today: IsoDate = '2025-12-01';
const calendar = buildBuiltInCalendar();

/** Builds a case's events with the domain (so they replay), for a receipt date and an ending. */
function buildCase(options: { receivedOn: IsoDate; ending: 'open' | 'withdrawn' | 'closed' }): CaseState {
  const { receivedOn } = options;
  const next = (days: number) => addCalendarDays(receivedOn, days);
  const commands: CaseCommand[] = [
    { type: 'register', receivedOn, channel: 'onlineForm', applicantType: 'naturalPerson' },
  ];
  if (options.ending === 'withdrawn') commands.push({ type: 'withdraw', date: next(3), reason: '撤回' });
  if (options.ending === 'closed') {
    commands.push(
      {
        type: 'proposeDecision',
        date: next(7),
        decision: {
          outcomeCode: 'notHeldByThisAgency',
          legalBasis: '《条例》第三十六条第（五）项',
          reasons: '本机关不掌握',
          itemsProvided: [],
          itemsWithheld: [],
          publishedLocation: null,
          itemResults: [],
        },
      },
      { type: 'approveDecision', date: next(8) },
      { type: 'recordDelivery', date: next(9), method: 'post' },
      { type: 'close', date: next(10) },
    );
  }
  let state: CaseState | null = null;
  for (const command of commands) {
    const result = applyTransition({
      state,
      command,
      roles: ['caseHandler', 'officeHead'],
      now: today,
      calendar,
    });
    if (!result.isAccepted) throw new Error(`${command.type}: ${result.message}`);
    state = result.state;
  }
  if (state === null) throw new Error('no case');
  return state;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The work queue of an agency with 2,000 requests (1,960 finished, 40 open) on the embedded
 * database: one query for the requests and their events, then replay and the deadline engine per
 * case in memory.
 */
export async function run(): Promise<BenchResult[]> {
  const handle = await openDatabase({ dataDirectory: 'memory://' });
  await migrateDatabase(handle);
  const context = { db: handle.db, now: () => new Date(`${today}T10:00:00+08:00`) };
  const agency = await createAgency(
    context,
    { kind: 'system', name: 'bench' },
    {
      slug: 'bench',
      name: '基准测试机关',
      shortName: '基准',
      level: 'city',
    },
  );
  const queryCodeHash = await hashQueryCode('ABCDE-FGHJK');
  const setupStart = performance.now();
  for (let index = 0; index < caseCount; index += 1) {
    const isOpen = index >= caseCount - openCount;
    // Finished cases spread over 2024–2025; open ones received in the last 30 days.
    const receivedOn = isOpen
      ? addCalendarDays(today, -1 - (index % 30))
      : addCalendarDays('2024-01-02', Math.floor((index * 690) / caseCount));
    const state = buildCase({
      receivedOn,
      ending: isOpen ? 'open' : index % 2 === 0 ? 'withdrawn' : 'closed',
    });
    await handle.db.transaction(async (transaction) => {
      const requestId = randomUUID();
      await insertDisclosureRequest(transaction, {
        id: requestId,
        agencyId: agency.id,
        caseNumber: `bench-${receivedOn.slice(0, 4)}-${String(index + 1).padStart(5, '0')}`,
        caseYear: Number(receivedOn.slice(0, 4)),
        caseSequence: index + 1,
        queryCodeHash,
        channel: 'onlineForm',
        receivedOn,
        applicantName: '测试',
        identityDocumentKind: 'residentIdentityCard',
        identityDocumentNumber: '330402199001011230',
        informationTitle: `基准测试申请 ${index + 1}`,
        informationDescription: '基准测试',
        requestedForm: 'electronic',
        deliveryMethod: 'email',
        ...cachedColumnsOf(state),
        status: state.status,
        applicantType: state.applicantType,
        version: state.events.length,
        replyDueDate: replyDueDateOf({ state, calendar, now: today }),
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      await appendCaseEvents(transaction, {
        agencyId: agency.id,
        requestId,
        actor: 'system:bench',
        events: state.events,
        occurredAt: new Date(),
      });
    });
  }
  const setupSeconds = (performance.now() - setupStart) / 1000;
  const officer: StaffActor = {
    kind: 'staff',
    userId: randomUUID(),
    agencyId: agency.id,
    roles: ['caseHandler'],
    displayName: '基准',
  };

  const measure = async (options: { runs: number; isFinishedIncluded: boolean; expected: number }) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let runIndex = 0; runIndex < options.runs + 2; runIndex += 1) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const queue = await listWorkQueue(context, officer, {
        isFinishedIncluded: options.isFinishedIncluded,
        limit: 5000,
      });
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      if (queue.entries.length !== options.expected) {
        throw new Error(`expected ${options.expected} entries, got ${queue.entries.length}`);
      }
      // The first two runs warm up (JIT, PGlite caches) and are not counted.
      if (runIndex >= 2) {
        wall.push(elapsed);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    return { wall: median(wall), cpu: median(cpu) };
  };
  const open = await measure({ runs: 20, isFinishedIncluded: false, expected: openCount });
  const all = await measure({ runs: 5, isFinishedIncluded: true, expected: caseCount });
  await handle.close();
  const method = `${caseCount} requests (${openCount} open) in embedded PGlite; median of timed runs after 2 warm-ups`;
  return [
    { name: 'open queue (40 of 2,000), wall', value: open.wall, unit: 'ms', method },
    { name: 'open queue (40 of 2,000), CPU', value: open.cpu, unit: 'ms', method },
    { name: 'all 2,000 requests, wall', value: all.wall, unit: 'ms', method },
    { name: 'all 2,000 requests, CPU', value: all.cpu, unit: 'ms', method },
    {
      name: 'set-up (not timed above)',
      value: setupSeconds,
      unit: 's',
      method: 'rows and events written one case per transaction',
    },
  ];
}
