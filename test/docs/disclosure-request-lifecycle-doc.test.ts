import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../../src/domain/applications/lifecycle/case-status.ts';
import { transitionTable } from '../../src/domain/applications/lifecycle/transition-table.ts';

const documentPath = fileURLToPath(new URL('../../docs/disclosure-request-lifecycle.md', import.meta.url));
const groups: Record<string, readonly string[]> = {
  'any status': caseStatuses,
  'before decision': [
    'registered',
    'inProgress',
    'awaitingClarification',
    'consulting',
    'awaitingFeePayment',
    'awaitingApproval',
  ],
  'clock movable': ['registered', 'inProgress', 'consulting', 'awaitingFeePayment', 'awaitingApproval'],
};

function expand(cell: string): string[] {
  return cell.split(', ').flatMap((part) => groups[part] ?? [part]);
}

describe('docs/disclosure-request-lifecycle.md', () => {
  it('shows the transition table as the code has it', () => {
    const rows = readFileSync(documentPath, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const documented = Object.fromEntries(
      rows.map(([command, label, from, roles, to]) => [
        command?.replaceAll('`', ''),
        {
          label,
          from: from === '(no case)' ? 'initial' : expand(from ?? ''),
          roles: (roles ?? '').split(', '),
          to: to === '(unchanged)' ? 'unchanged' : (to ?? '').split(', '),
        },
      ]),
    );
    const fromCode = Object.fromEntries(
      Object.entries(transitionTable).map(([command, rule]) => [
        command,
        { label: rule.label, from: rule.from, roles: [...rule.roles], to: rule.to },
      ]),
    );
    expect(documented).toEqual(fromCode);
  });
});
