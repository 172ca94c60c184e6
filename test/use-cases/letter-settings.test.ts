import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { AgencyRow } from '../../src/db/repositories/agencies.ts';
import { agencyLetterSettings, agencyLetterTemplates, events } from '../../src/db/schema/index.ts';
import type { StaffActor } from '../../src/domain/access/actor.ts';
import { defaultLetterTemplate } from '../../src/domain/applications/letters/default-letter-templates.ts';
import { letterTemplateKeys } from '../../src/domain/applications/letters/letter-kind.ts';
import type { UseCaseContext } from '../../src/use-cases/context.ts';
import { getCaseLetter, issueLetter } from '../../src/use-cases/disclosure-requests/case-letters.ts';
import { registerRequest } from '../../src/use-cases/disclosure-requests/register-request.ts';
import { AccessDeniedError, NotFoundError, ValidationError } from '../../src/use-cases/errors.ts';
import { buildAgencySampleLetter } from '../../src/use-cases/letter-settings/build-agency-sample-letter.ts';
import { getLetterSettings } from '../../src/use-cases/letter-settings/get-letter-settings.ts';
import { getLetterTemplate } from '../../src/use-cases/letter-settings/get-letter-template.ts';
import { listLetterTemplates } from '../../src/use-cases/letter-settings/list-letter-templates.ts';
import { previewLetterTemplate } from '../../src/use-cases/letter-settings/preview-letter-template.ts';
import { resetLetterTemplate } from '../../src/use-cases/letter-settings/reset-letter-template.ts';
import { saveLetterTemplate } from '../../src/use-cases/letter-settings/save-letter-template.ts';
import { updateLetterSettings } from '../../src/use-cases/letter-settings/update-letter-settings.ts';
import { staffRegistrationInput } from '../support/disclosure-requests.ts';
import { contextFor, makeAgency, makeStaff } from '../support/factories.ts';
import { createTestDatabase } from '../support/test-database.ts';

// Today: Monday 2 June 2025 (Beijing).
const now = () => new Date('2025-06-02T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
let admin: StaffActor;
let handler: StaffActor;
let officeHead: StaffActor;
let otherAdmin: StaffActor;

const edited = {
  title: '申请收件回执',
  body: '{申请人}：\r\n您的申请（{申请编号}）已收到，本机关将于{答复期限}前答复。\r\n',
  attachments: '申请书复印件\n\n',
};

async function eventsOf(kind: string, agencyId: string) {
  return handle.db
    .select()
    .from(events)
    .where(and(eq(events.kind, kind), eq(events.agencyId, agencyId)));
}

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  agency = await makeAgency(context, {
    slug: 'letter-settings',
    name: '示例市商务局',
    shortName: '示商务',
    officeName: '示例市商务局办公室',
  });
  const other = await makeAgency(context, { slug: 'letter-settings-other' });
  admin = (await makeStaff(context, { agency, roles: ['agencyAdmin'] })).actor;
  handler = (await makeStaff(context, { agency, roles: ['caseHandler'] })).actor;
  officeHead = (await makeStaff(context, { agency, roles: ['officeHead'] })).actor;
  otherAdmin = (await makeStaff(context, { agency: other, roles: ['agencyAdmin'] })).actor;
});
afterAll(async () => handle.close());

describe('letter settings', () => {
  it('gives the defaults while the agency has saved none', async () => {
    const view = await getLetterSettings(context, admin, { agencyId: agency.id });
    expect(view.isDefault).toBe(true);
    expect(view.settings).toEqual({
      documentNumberPattern: '示商务依申〔{年}〕{序号}号',
      isReceiptNumbered: false,
      reconsiderationBody: null,
      court: null,
      feePaymentInstructions: '请持本通知书到示例市商务局办公室窗口缴纳',
    });
    expect(view.exampleDocumentNumber).toBe('示商务依申〔2025〕1号');
  });

  it('refuses an unusable 文号 pattern in Chinese and saves nothing', async () => {
    const attempt = updateLetterSettings(context, admin, {
      agencyId: agency.id,
      settings: { documentNumberPattern: '示商务[{年}]号', feePaymentInstructions: '' },
    });
    await expect(attempt).rejects.toThrow(ValidationError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError;
    expect(error.fieldErrors.documentNumberPattern).toContain('文号格式应包含 {序号}');
    expect(error.fieldErrors.documentNumberPattern).toContain('六角括号');
    expect(error.fieldErrors.feePaymentInstructions).toContain('请填写缴费方式');
    expect(await handle.db.select().from(agencyLetterSettings)).toEqual([]);
    expect(await eventsOf('letterSettings.updated', agency.id)).toEqual([]);
  });

  it('saves the settings with their event, blank remedy bodies meaning the general wording', async () => {
    const saved = await updateLetterSettings(context, admin, {
      agencyId: agency.id,
      settings: {
        documentNumberPattern: ' 示商务公开〔{年}〕{序号}号 ',
        isReceiptNumbered: 'on',
        reconsiderationBody: '示例市人民政府',
        court: '  ',
        feePaymentInstructions: '通过示例市非税收入缴费平台缴纳',
      },
    });
    expect(saved).toEqual({
      documentNumberPattern: '示商务公开〔{年}〕{序号}号',
      isReceiptNumbered: true,
      reconsiderationBody: '示例市人民政府',
      court: null,
      feePaymentInstructions: '通过示例市非税收入缴费平台缴纳',
    });
    const view = await getLetterSettings(context, admin, { agencyId: agency.id });
    expect(view.isDefault).toBe(false);
    expect(view.exampleDocumentNumber).toBe('示商务公开〔2025〕1号');
    const written = await eventsOf('letterSettings.updated', agency.id);
    expect(written).toHaveLength(1);
    expect(written[0]?.payload).toEqual({
      changed: {
        documentNumberPattern: { from: '示商务依申〔{年}〕{序号}号', to: '示商务公开〔{年}〕{序号}号' },
        isReceiptNumbered: { from: false, to: true },
        reconsiderationBody: { from: null, to: '示例市人民政府' },
        feePaymentInstructions: {
          from: '请持本通知书到示例市商务局办公室窗口缴纳',
          to: '通过示例市非税收入缴费平台缴纳',
        },
      },
    });
  });

  it('refuses a case handler, an office head and another agency’s administrator', async () => {
    const settings = { documentNumberPattern: '示〔{年}〕{序号}号', feePaymentInstructions: '窗口缴纳' };
    for (const actor of [handler, officeHead, otherAdmin]) {
      await expect(getLetterSettings(context, actor, { agencyId: agency.id })).rejects.toThrow(
        AccessDeniedError,
      );
      await expect(updateLetterSettings(context, actor, { agencyId: agency.id, settings })).rejects.toThrow(
        AccessDeniedError,
      );
    }
    const view = await getLetterSettings(context, admin, { agencyId: agency.id });
    expect(view.settings.documentNumberPattern).toBe('示商务公开〔{年}〕{序号}号');
  });
});

describe('letter templates', () => {
  it('lists every template key at its default text until the agency edits one', async () => {
    const { templates } = await listLetterTemplates(context, admin, { agencyId: agency.id });
    expect(templates.map((entry) => entry.key)).toEqual(letterTemplateKeys);
    expect(templates.every((entry) => !entry.isEdited)).toBe(true);
    const receipt = templates.find((entry) => entry.key === 'receipt');
    expect(receipt?.template).toEqual(defaultLetterTemplate('receipt'));
    expect(receipt?.label).toBe('政府信息公开申请登记回执');
  });

  it('refuses a template with an unknown or a missing placeholder, next to its field, and saves nothing', async () => {
    const attempt = saveLetterTemplate(context, admin, {
      agencyId: agency.id,
      templateKey: 'receipt',
      template: { title: '', body: '{申请人姓名}：已收到。', attachments: '' },
    });
    const error = (await attempt.catch((caught: unknown) => caught)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors.title).toBe('请填写文书标题');
    expect(error.fieldErrors.body).toContain('未知的占位符 {申请人姓名}');
    expect(error.fieldErrors.body).toContain('缺少必需的占位符 {答复期限}');
    expect(await handle.db.select().from(agencyLetterTemplates)).toEqual([]);
    await expect(
      saveLetterTemplate(context, admin, { agencyId: agency.id, templateKey: 'nonsense', template: edited }),
    ).rejects.toThrow(NotFoundError);
  });

  it('saves an edited template with its event, one paragraph a line, blank attachment lines dropped', async () => {
    const saved = await saveLetterTemplate(context, admin, {
      agencyId: agency.id,
      templateKey: 'receipt',
      template: edited,
    });
    expect(saved.isEdited).toBe(true);
    expect(saved.template).toEqual({
      key: 'receipt',
      title: '申请收件回执',
      body: '{申请人}：\n您的申请（{申请编号}）已收到，本机关将于{答复期限}前答复。',
      attachments: ['申请书复印件'],
    });
    const { entry } = await getLetterTemplate(context, admin, {
      agencyId: agency.id,
      templateKey: 'receipt',
    });
    expect(entry).toEqual(saved);
    const { templates } = await listLetterTemplates(context, admin, { agencyId: agency.id });
    expect(templates.filter((item) => item.isEdited).map((item) => item.key)).toEqual(['receipt']);
    const written = await eventsOf('letterTemplate.saved', agency.id);
    expect(written.map((event) => event.payload)).toEqual([
      { templateKey: 'receipt', title: '申请收件回执' },
    ]);
  });

  it('refuses template changes by a case handler and by another agency’s administrator', async () => {
    for (const actor of [handler, otherAdmin]) {
      await expect(listLetterTemplates(context, actor, { agencyId: agency.id })).rejects.toThrow(
        AccessDeniedError,
      );
      await expect(
        saveLetterTemplate(context, actor, {
          agencyId: agency.id,
          templateKey: 'receipt',
          template: { ...edited, title: '被改的标题' },
        }),
      ).rejects.toThrow(AccessDeniedError);
      await expect(
        resetLetterTemplate(context, actor, { agencyId: agency.id, templateKey: 'receipt' }),
      ).rejects.toThrow(AccessDeniedError);
    }
    const { entry } = await getLetterTemplate(context, admin, {
      agencyId: agency.id,
      templateKey: 'receipt',
    });
    expect(entry.template.title).toBe('申请收件回执');
  });

  it('builds the sample letter with the agency’s saved template and settings', async () => {
    const letter = await buildAgencySampleLetter(context, admin, {
      agencySlug: agency.slug,
      templateKey: 'receipt',
    });
    expect(letter.title).toBe('申请收件回执');
    expect(letter.attachments).toEqual(['申请书复印件']);
    // The agency numbers its receipts (saved above).
    expect(letter.documentNumber).toBe('示商务公开〔2025〕1号');
    await expect(
      buildAgencySampleLetter(context, handler, { agencySlug: agency.slug, templateKey: 'receipt' }),
    ).rejects.toThrow(AccessDeniedError);
    await expect(
      buildAgencySampleLetter(context, admin, { agencySlug: 'nobody-here', templateKey: 'receipt' }),
    ).rejects.toThrow(NotFoundError);
  });

  it('previews the entered text with the agency’s settings without saving it', async () => {
    const preview = await previewLetterTemplate(context, admin, {
      agencyId: agency.id,
      templateKey: 'decision.disclosed',
      template: {
        title: '答复书',
        body: '{申请人}：根据{法律依据}的规定，提供以下信息：\n{提供的信息}\n{救济途径}',
        attachments: '{附件}',
      },
    });
    expect(preview.letter.title).toBe('答复书');
    expect(preview.letter.documentNumber).toBe('示商务公开〔2025〕1号');
    expect(preview.letter.signature.agencyName).toBe('示例市商务局');
    expect(preview.letter.remedyNotice).toContain('向示例市人民政府申请行政复议');
    expect(preview.letter.remedyNotice).toContain('依法向人民法院提起行政诉讼');
    const { entry } = await getLetterTemplate(context, admin, {
      agencyId: agency.id,
      templateKey: 'decision.disclosed',
    });
    expect(entry.isEdited).toBe(false);
    await expect(
      previewLetterTemplate(context, handler, {
        agencyId: agency.id,
        templateKey: 'receipt',
        template: edited,
      }),
    ).rejects.toThrow(AccessDeniedError);
  });
});

describe('issued letters follow the settings and the edited templates', () => {
  it('numbers a receipt only when the agency numbers receipts, without gaps in the 文号', async () => {
    const plain = await makeAgency(context, { slug: 'letter-settings-plain', shortName: '示教' });
    const plainAdmin = (await makeStaff(context, { agency: plain, roles: ['agencyAdmin'] })).actor;
    const plainHandler = (await makeStaff(context, { agency: plain, roles: ['caseHandler'] })).actor;
    const submitted = await registerRequest(
      context,
      plainHandler,
      staffRegistrationInput({ agencySlug: plain.slug, receivedOn: '2025-05-26', channel: 'inPerson' }),
    );
    const first = await issueLetter(context, plainHandler, {
      requestId: submitted.requestId,
      kind: 'receipt',
    });
    const second = await issueLetter(context, plainHandler, {
      requestId: submitted.requestId,
      kind: 'receipt',
    });
    expect([first.documentNumber, second.documentNumber]).toEqual([null, null]);
    expect(first.letter.documentNumber).toBeNull();
    await updateLetterSettings(context, plainAdmin, {
      agencyId: plain.id,
      settings: {
        documentNumberPattern: '示教依申〔{年}〕{序号}号',
        isReceiptNumbered: true,
        feePaymentInstructions: '窗口缴纳',
      },
    });
    const numbered = await issueLetter(context, plainHandler, {
      requestId: submitted.requestId,
      kind: 'receipt',
    });
    expect(numbered.documentNumber).toBe('示教依申〔2025〕1号');
    expect(numbered.letter.documentNumber).toBe('示教依申〔2025〕1号');
  });

  it('gives letters issued in parallel distinct sequences, numbered or not', async () => {
    const busy = await makeAgency(context, { slug: 'letter-settings-busy', shortName: '示忙' });
    const busyAdmin = (await makeStaff(context, { agency: busy, roles: ['agencyAdmin'] })).actor;
    const busyHandler = (await makeStaff(context, { agency: busy, roles: ['caseHandler'] })).actor;
    const cases: Array<{ requestId: string }> = [];
    for (const receivedOn of ['2025-05-26', '2025-05-27']) {
      cases.push(
        await registerRequest(
          context,
          busyHandler,
          staffRegistrationInput({ agencySlug: busy.slug, receivedOn, channel: 'inPerson' }),
        ),
      );
    }
    const issueSix = () =>
      Promise.all(
        [...cases, ...cases, ...cases].map((submitted) =>
          issueLetter(context, busyHandler, { requestId: submitted.requestId, kind: 'receipt' }),
        ),
      );
    const unnumbered = await issueSix();
    expect(unnumbered.map((letter) => letter.documentNumber)).toEqual(Array(6).fill(null));
    await updateLetterSettings(context, busyAdmin, {
      agencyId: busy.id,
      settings: {
        documentNumberPattern: '示忙〔{年}〕{序号}号',
        isReceiptNumbered: 'on',
        feePaymentInstructions: '窗口',
      },
    });
    const numbered = await issueSix();
    expect(numbered.map((letter) => letter.documentNumber).sort()).toEqual(
      [1, 2, 3, 4, 5, 6].map((sequence) => `示忙〔2025〕${sequence}号`).sort(),
    );
  });

  it('issues with the agency’s pattern and edited text, and an issued letter keeps its text', async () => {
    const submitted = await registerRequest(
      context,
      handler,
      staffRegistrationInput({ agencySlug: agency.slug, receivedOn: '2025-05-26', channel: 'inPerson' }),
    );
    const issued = await issueLetter(context, handler, { requestId: submitted.requestId, kind: 'receipt' });
    expect(issued.documentNumber).toBe('示商务公开〔2025〕1号');
    expect(issued.letter.title).toBe('申请收件回执');
    // Received Monday 26 May in person (Art. 31); 20 working days (Art. 33) skip the Dragon Boat
    // holiday (31 May – 2 June 2025): 27–30 May, 3–6, 9–13, 16–20, 23 and 24 June.
    expect(issued.letter.paragraphs).toEqual([
      '张三：',
      `您的申请（${submitted.caseNumber}）已收到，本机关将于2025年6月24日前答复。`,
    ]);
    expect(issued.letter.attachments).toEqual(['申请书复印件']);

    await saveLetterTemplate(context, admin, {
      agencyId: agency.id,
      templateKey: 'receipt',
      template: { ...edited, title: '第二版回执' },
    });
    await updateLetterSettings(context, admin, {
      agencyId: agency.id,
      settings: {
        documentNumberPattern: '示商务新〔{年}〕{序号}号',
        isReceiptNumbered: true,
        feePaymentInstructions: '窗口缴纳',
      },
    });
    const kept = await getCaseLetter(context, handler, {
      requestId: submitted.requestId,
      letterId: issued.id,
    });
    expect(kept.letter).toEqual(issued.letter);
    expect(kept.documentNumber).toBe('示商务公开〔2025〕1号');
    const next = await issueLetter(context, handler, { requestId: submitted.requestId, kind: 'receipt' });
    expect(next.letter.title).toBe('第二版回执');
    expect(next.documentNumber).toBe('示商务新〔2025〕2号');

    await resetLetterTemplate(context, admin, { agencyId: agency.id, templateKey: 'receipt' });
    const afterReset = await issueLetter(context, handler, {
      requestId: submitted.requestId,
      kind: 'receipt',
    });
    expect(afterReset.letter.title).toBe('政府信息公开申请登记回执');
  });

  it('writes one reset event, and none for a template already at its default', async () => {
    const before = await eventsOf('letterTemplate.reset', agency.id);
    expect(before.map((event) => event.payload)).toEqual([{ templateKey: 'receipt' }]);
    const entry = await resetLetterTemplate(context, admin, { agencyId: agency.id, templateKey: 'receipt' });
    expect(entry.isEdited).toBe(false);
    expect(entry.template).toEqual(defaultLetterTemplate('receipt'));
    expect(await eventsOf('letterTemplate.reset', agency.id)).toHaveLength(1);
  });
});
