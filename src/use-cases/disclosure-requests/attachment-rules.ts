import { createHash } from 'node:crypto';
import { ValidationError } from '../errors.ts';
import type { ValidAttachmentInput } from './request-input.ts';

/** Attachment limits of an application (issue 4: size- and type-limited). */
export const maximumAttachmentBytes = 5 * 1024 * 1024;
export const maximumAttachmentCount = 5;

/** Accepted types, each recognised by its first bytes (the declared type must match the content). */
const acceptedTypes: ReadonlyArray<{
  mediaType: string;
  extensions: readonly string[];
  magic: readonly number[];
}> = [
  { mediaType: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46] },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
];

export type CheckedAttachment = {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  content: Uint8Array;
};

function startsWith(content: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => content[index] === byte);
}

/**
 * Checks the attachments: at most `maximumAttachmentCount`, each non-empty and at most
 * `maximumAttachmentBytes`, of an accepted type whose content and extension agree. Executables and
 * scripts fail the content check whatever their name says. Throws a ValidationError in Chinese.
 */
export function checkAttachments(attachments: readonly ValidAttachmentInput[]): CheckedAttachment[] {
  if (attachments.length > maximumAttachmentCount) {
    throw new ValidationError(`附件最多${maximumAttachmentCount}个`, {
      attachments: `附件最多${maximumAttachmentCount}个`,
    });
  }
  return attachments.map((attachment, index) => {
    const field = `attachments.${index}`;
    const name = attachment.fileName.replace(/[\\/]/g, '_');
    const refuse = (message: string): never => {
      throw new ValidationError(`附件“${name}”${message}`, { [field]: message });
    };
    if (attachment.content.byteLength === 0) refuse('是空文件');
    if (attachment.content.byteLength > maximumAttachmentBytes) {
      refuse(`超过${maximumAttachmentBytes / 1024 / 1024}MB，请压缩或分开提交`);
    }
    const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
    const type = acceptedTypes.find((candidate) => candidate.extensions.includes(extension));
    if (!type) refuse('的类型不被接受，请上传 PDF、JPG、PNG 或 DOCX 文件');
    if (type && !startsWith(attachment.content, type.magic)) refuse('的内容与文件类型不符');
    return {
      fileName: name,
      mediaType: type?.mediaType ?? 'application/octet-stream',
      sizeBytes: attachment.content.byteLength,
      sha256: createHash('sha256').update(attachment.content).digest('hex'),
      content: attachment.content,
    };
  });
}
