import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import { parseFormBody, type FormBody } from './form-body.ts';
import {
  maximumAttachmentBytes,
  maximumAttachmentCount,
} from '../../use-cases/disclosure-requests/attachment-rules.ts';

/**
 * Multipart parsing for the request forms (attachments of an online request, the scan of a paper
 * one), registered in the scope of those routes only. Text fields land in `request.body` as
 * strings (so the global CSRF check reads `_csrf` as for any form); files are kept per request.
 * The use case checks sizes and types (`checkAttachments`); the parser only stops a flood.
 */
export type UploadedAttachment = { fileName: string; mediaType: string; content: Uint8Array };

const filesByRequest = new WeakMap<FastifyRequest, UploadedAttachment[]>();

export async function registerRequestAttachmentUpload(scope: FastifyInstance): Promise<void> {
  await scope.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: {
      // One byte over the limit is enough for the use case to refuse the file with its message.
      fileSize: maximumAttachmentBytes + 1,
      files: maximumAttachmentCount + 1,
      fields: 40,
      fieldSize: 64 * 1024,
      parts: maximumAttachmentCount + 41,
    },
    onFile: async function onFile(this: FastifyRequest, part: MultipartFile) {
      const chunks: Buffer[] = [];
      for await (const chunk of part.file as AsyncIterable<Buffer>) chunks.push(chunk);
      // A file input left empty is sent as a part without name or content.
      if (part.filename === '' && chunks.length === 0) return;
      const files = filesByRequest.get(this) ?? [];
      files.push({
        fileName: part.filename.split(/[\\/]/).pop() ?? part.filename,
        mediaType: part.mimetype,
        content: new Uint8Array(Buffer.concat(chunks)),
      });
      filesByRequest.set(this, files);
    },
  });
}

export function uploadedAttachments(request: FastifyRequest): UploadedAttachment[] {
  return filesByRequest.get(request) ?? [];
}

/** The text fields of a urlencoded or multipart body (file parts are read by `onFile` above). */
export function textFieldsOf(body: unknown): FormBody {
  if (body === null || typeof body !== 'object') return {};
  const fields: FormBody = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') fields[name] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) fields[name] = value;
  }
  return parseFormBody(fields);
}
