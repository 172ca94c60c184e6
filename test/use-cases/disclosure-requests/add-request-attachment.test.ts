import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/database.ts';
import type { AgencyRow } from '../../../src/db/repositories/agencies.ts';
import { listAttachmentEventsOfRequest } from '../../../src/db/repositories/case-events.ts';
import { listAttachmentSummaries } from '../../../src/db/repositories/disclosure-requests.ts';
import type { StaffActor } from '../../../src/domain/access/actor.ts';
import { addRequestAttachment } from '../../../src/use-cases/disclosure-requests/add-request-attachment.ts';
import { maximumAttachmentBytes } from '../../../src/use-cases/disclosure-requests/attachment-rules.ts';
import { getCase } from '../../../src/use-cases/disclosure-requests/get-case.ts';
import { getRequestAttachment } from '../../../src/use-cases/disclosure-requests/get-request-attachment.ts';
import { registerRequest } from '../../../src/use-cases/disclosure-requests/register-request.ts';
import type { UseCaseContext } from '../../../src/use-cases/context.ts';
import { AccessDeniedError, ValidationError } from '../../../src/use-cases/errors.ts';
import { staffRegistrationInput } from '../../support/disclosure-requests.ts';
import { contextFor, makeAgency, makeStaff } from '../../support/factories.ts';
import { createTestDatabase } from '../../support/test-database.ts';

const now = () => new Date('2025-03-10T10:00:00+08:00');
let handle: DatabaseHandle;
let context: UseCaseContext;
let agency: AgencyRow;
let handler: StaffActor;
let officeHead: StaffActor;
let supervisor: StaffActor;
let otherAgencyHandler: StaffActor;
let requestId: string;

const pdf = new Uint8Array([...Buffer.from('%PDF-1.4 补正材料')]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

beforeAll(async () => {
  handle = await createTestDatabase();
  context = contextFor(handle, now);
  const parent = await makeAgency(context, { slug: 'files-parent' });
  agency = await makeAgency(context, { slug: 'files', parentSlug: parent.slug });
  const other = await makeAgency(context, { slug: 'files-other' });
  handler = (await makeStaff(context, { agency, roles: ['caseHandler'] })).actor;
  officeHead = (await makeStaff(context, { agency, roles: ['officeHead'] })).actor;
  supervisor = (await makeStaff(context, { agency: parent, roles: ['supervisor'] })).actor;
  otherAgencyHandler = (await makeStaff(context, { agency: other, roles: ['caseHandler'] })).actor;
  requestId = (
    await registerRequest(
      context,
      handler,
      staffRegistrationInput({
        agencySlug: agency.slug,
        receivedOn: '2025-03-03',
        attachments: [{ fileName: '申请书.png', mediaType: 'image/png', content: png }],
      }),
    )
  ).requestId;
});
afterAll(async () => handle.close());

async function storedCounts(): Promise<{ files: number; events: number }> {
  return {
    files: (await listAttachmentSummaries(handle.db, requestId)).length,
    events: (await listAttachmentEventsOfRequest(handle.db, requestId)).length,
  };
}

describe('addRequestAttachment', () => {
  it('stores the file with its event, and the case lists who added it, when, of what kind and why', async () => {
    const added = await addRequestAttachment(context, officeHead, {
      requestId,
      kind: 'applicantClarification',
      description: '申请人3月5日补正的申请表',
      file: { fileName: '补正申请表.pdf', mediaType: 'application/pdf', content: pdf },
    });
    expect(added.kind).toBe('applicantClarification');
    const view = await getCase(context, handler, { requestId });
    expect(
      view.attachments?.map(({ fileName, kindLabel, description, addedBy, addedByName, addedAt }) => ({
        fileName,
        kindLabel,
        description,
        addedBy,
        addedByName,
        addedAt,
      })),
    ).toEqual([
      {
        fileName: '申请书.png',
        kindLabel: '纸质申请扫描件',
        description: null,
        addedBy: `staff:${handler.userId}`,
        addedByName: '测试用户',
        addedAt: '2025-03-10T02:00:00.000Z',
      },
      {
        fileName: '补正申请表.pdf',
        kindLabel: '申请人补正材料',
        description: '申请人3月5日补正的申请表',
        addedBy: `staff:${officeHead.userId}`,
        addedByName: '测试用户',
        addedAt: '2025-03-10T02:00:00.000Z',
      },
    ]);
    const [event] = await listAttachmentEventsOfRequest(handle.db, requestId);
    expect(event?.payload).toEqual({
      requestId,
      kind: 'applicantClarification',
      description: '申请人3月5日补正的申请表',
      sizeBytes: pdf.byteLength,
      sha256: view.attachments?.[1]?.sha256,
    });
    // The download follows the attachment route's rule: case staff only.
    const file = await getRequestAttachment(context, handler, {
      requestId,
      attachmentId: added.attachmentId,
    });
    expect(Buffer.from(file.content).equals(Buffer.from(pdf))).toBe(true);
    await expect(
      getRequestAttachment(context, supervisor, { requestId, attachmentId: added.attachmentId }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('refuses an executable, an oversized file, a missing file or description, and saves nothing', async () => {
    const before = await storedCounts();
    const attempt = (overrides: Partial<Parameters<typeof addRequestAttachment>[2]>) =>
      addRequestAttachment(context, handler, {
        requestId,
        kind: 'paperLetterScan',
        description: '第三方来函',
        file: { fileName: '来函.pdf', mediaType: 'application/pdf', content: pdf },
        ...overrides,
      });
    await expect(
      attempt({
        file: {
          fileName: 'setup.exe',
          mediaType: 'application/octet-stream',
          content: new Uint8Array([0x4d, 0x5a]),
        },
      }),
    ).rejects.toThrow('附件“setup.exe”的类型不被接受，请上传 PDF、JPG、PNG 或 DOCX 文件');
    await expect(
      attempt({
        file: {
          fileName: '来函.pdf',
          mediaType: 'application/pdf',
          content: new Uint8Array([0x4d, 0x5a, 0, 0]),
        },
      }),
    ).rejects.toThrow('的内容与文件类型不符');
    const oversized = new Uint8Array(maximumAttachmentBytes + 1);
    oversized.set([0x25, 0x50, 0x44, 0x46]);
    await expect(
      attempt({ file: { fileName: '大文件.pdf', mediaType: 'application/pdf', content: oversized } }),
    ).rejects.toThrow('超过5MB');
    await expect(attempt({ file: null })).rejects.toThrow('请选择要上传的文件');
    const missingDescription = attempt({ description: '  ' });
    await expect(missingDescription).rejects.toBeInstanceOf(ValidationError);
    await expect(missingDescription).rejects.toThrow('请填写材料说明');
    await expect(attempt({ kind: 'applicantUpload' })).rejects.toThrow('请选择材料类型');
    expect(await storedCounts()).toEqual(before);
  });

  it('is refused to a supervisor and to another agency, and saves nothing', async () => {
    const before = await storedCounts();
    const input = {
      requestId,
      kind: 'otherDocument',
      description: '其他材料',
      file: { fileName: '材料.png', mediaType: 'image/png', content: png },
    };
    await expect(addRequestAttachment(context, supervisor, input)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(addRequestAttachment(context, otherAgencyHandler, input)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await storedCounts()).toEqual(before);
  });
});
