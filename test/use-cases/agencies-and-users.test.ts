import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { agencyScope } from '../../src/domain/access/policy.ts';
import { countAgencies, listAgenciesInScope } from '../../src/db/repositories/agencies.ts';
import { listEventsForSubject } from '../../src/db/repositories/event-log.ts';
import { createAgency } from '../../src/use-cases/agencies/create-agency.ts';
import { updateAgencyDetails } from '../../src/use-cases/agencies/update-agency.ts';
import { AccessDeniedError, ConflictError, ValidationError } from '../../src/use-cases/errors.ts';
import { createUser } from '../../src/use-cases/users/create-user.ts';
import {
  contextFor,
  makeAgency,
  makeStaff,
  testPassword,
  testSystemActor,
  uniqueSlug,
} from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

describe('agencies', () => {
  it('creates an agency with its event and validates the credit code', async () => {
    const context = contextFor(handle);
    const agency = await makeAgency(context, { unifiedSocialCreditCode: '91350100M000100Y44' }).catch(
      (error: unknown) => error,
    );
    expect(agency).toBeInstanceOf(ValidationError);
    expect((agency as ValidationError).fieldErrors).toEqual({
      unifiedSocialCreditCode: '统一社会信用代码校验位不正确',
    });
    const created = await makeAgency(context, {
      unifiedSocialCreditCode: '91350100M000100Y43',
      officeEmail: 'gk@example.cn',
    });
    expect(created.unifiedSocialCreditCode).toBe('91350100M000100Y43');
    const events = await listEventsForSubject(handle.db, { subjectType: 'agency', subjectId: created.id });
    expect(events.map((event) => [event.kind, event.actor])).toEqual([['agency.created', 'system:test']]);
  });

  it('refuses a duplicate slug and changes nothing', async () => {
    const context = contextFor(handle);
    const slug = uniqueSlug();
    await makeAgency(context, { slug });
    const before = await countAgencies(handle.db);
    await expect(makeAgency(context, { slug })).rejects.toThrow(ConflictError);
    expect(await countAgencies(handle.db)).toBe(before);
  });

  it('lists fields in error with Chinese messages', async () => {
    const context = contextFor(handle);
    const error: ValidationError = await createAgency(context, testSystemActor, {
      slug: 'Bad Slug',
      name: '',
      shortName: '',
      level: 'galaxy' as 'city',
      officePostcode: '12',
    }).then(
      () => {
        throw new Error('expected a validation error');
      },
      (caught: unknown) => caught as ValidationError,
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual([
      'level',
      'name',
      'officePostcode',
      'shortName',
      'slug',
    ]);
    expect(error.fieldErrors.officePostcode).toBe('邮政编码应为6位数字');
  });

  it('lets a supervisor add and see agencies in its subtree only', async () => {
    const context = contextFor(handle);
    const city = await makeAgency(context, { name: '某市人民政府办公室' });
    const other = await makeAgency(context);
    const { actor: supervisor } = await makeStaff(context, { agency: city, roles: ['supervisor'] });
    const bureau = await makeAgency(context, { parentSlug: city.slug, level: 'city' }, supervisor);
    const town = await makeAgency(context, { parentSlug: bureau.slug, level: 'township' }, supervisor);
    await expect(makeAgency(context, { parentSlug: other.slug }, supervisor)).rejects.toThrow(
      AccessDeniedError,
    );
    await expect(makeAgency(context, {}, supervisor)).rejects.toThrow(AccessDeniedError);
    const visible = await listAgenciesInScope(handle.db, agencyScope(supervisor, 'agency.view'));
    expect(visible.map((agency) => agency.id).sort()).toEqual([city.id, bureau.id, town.id].sort());
  });

  it('lets the agency administrator edit contact details, recording what changed', async () => {
    const context = contextFor(handle);
    const agency = await makeAgency(context);
    const other = await makeAgency(context);
    const { actor: admin } = await makeStaff(context, { agency, roles: ['agencyAdmin'] });
    const details = { name: agency.name, shortName: '某局', officeTelephone: '0573-12345678' };
    const updated = await updateAgencyDetails(context, admin, { agencyId: agency.id, details });
    expect(updated.officeTelephone).toBe('0573-12345678');
    await expect(updateAgencyDetails(context, admin, { agencyId: other.id, details })).rejects.toThrow(
      AccessDeniedError,
    );
    const events = await listEventsForSubject(handle.db, { subjectType: 'agency', subjectId: agency.id });
    expect(events.at(-1)?.payload).toEqual({
      changed: {
        shortName: { from: '测试', to: '某局' },
        officeTelephone: { from: '', to: '0573-12345678' },
      },
    });
  });
});

describe('users', () => {
  it('lets an agency administrator create users in the own agency only, never system administrators', async () => {
    const context = contextFor(handle);
    const agency = await makeAgency(context);
    const other = await makeAgency(context);
    const { actor: admin } = await makeStaff(context, { agency, roles: ['agencyAdmin'] });
    const input = { displayName: '李四', password: testPassword, roles: ['caseHandler' as const] };
    const created = await createUser(context, admin, {
      ...input,
      agencySlug: agency.slug,
      username: uniqueSlug('li'),
    });
    expect(created.roles).toEqual(['caseHandler']);
    await expect(
      createUser(context, admin, { ...input, agencySlug: other.slug, username: uniqueSlug('li') }),
    ).rejects.toThrow(AccessDeniedError);
    await expect(
      createUser(context, admin, {
        ...input,
        roles: ['systemAdmin'],
        agencySlug: agency.slug,
        username: uniqueSlug('li'),
      }),
    ).rejects.toThrow(AccessDeniedError);
    const { actor: handler } = await makeStaff(context, { agency, roles: ['caseHandler'] });
    await expect(
      createUser(context, handler, { ...input, agencySlug: agency.slug, username: uniqueSlug('li') }),
    ).rejects.toThrow(AccessDeniedError);
  });

  it('refuses weak passwords, unknown roles and duplicate usernames', async () => {
    const context = contextFor(handle);
    const agency = await makeAgency(context);
    const username = uniqueSlug('dup');
    const base = {
      agencySlug: agency.slug,
      username,
      displayName: '王五',
      password: testPassword,
      roles: ['contributor' as const],
    };
    await expect(createUser(context, testSystemActor, { ...base, password: 'abc' })).rejects.toThrow(
      ValidationError,
    );
    await expect(
      createUser(context, testSystemActor, { ...base, roles: ['king' as 'contributor'] }),
    ).rejects.toThrow(ValidationError);
    await createUser(context, testSystemActor, base);
    await expect(createUser(context, testSystemActor, base)).rejects.toThrow(ConflictError);
  });
});
