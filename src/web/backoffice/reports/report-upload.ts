import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';

/** Limits of one upload (product decision): per file, per request, and how many files. */
export const uploadLimits = {
  fileBytes: 10 * 1024 * 1024,
  requestBytes: 30 * 1024 * 1024,
  files: 20,
} as const;

export const allowedExtensions = ['.html', '.htm', '.docx', '.txt', '.zip'] as const;

export type ReceivedFile = { fileName: string; bytes: Uint8Array; isTooLarge: boolean };

type UploadState = { files: ReceivedFile[]; totalBytes: number; isRequestTooLarge: boolean };

const uploadsByRequest = new WeakMap<FastifyRequest, UploadState>();

function stateOf(request: FastifyRequest): UploadState {
  let state = uploadsByRequest.get(request);
  if (!state) {
    state = { files: [], totalBytes: 0, isRequestTooLarge: false };
    uploadsByRequest.set(request, state);
  }
  return state;
}

/**
 * Reads one file part into memory. A file over the per-file limit is cut off by the parser and
 * marked; once the request's total passes its limit, further bytes are read and dropped, so the
 * request ends normally and the page can say what was wrong.
 */
async function receiveFile(request: FastifyRequest, part: MultipartFile): Promise<void> {
  const state = stateOf(request);
  const chunks: Buffer[] = [];
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    state.totalBytes += chunk.length;
    if (state.totalBytes > uploadLimits.requestBytes) state.isRequestTooLarge = true;
    if (!state.isRequestTooLarge) chunks.push(chunk);
  }
  // A file input left empty is sent as a part without name or content.
  if (part.filename === '' && chunks.length === 0) return;
  state.files.push({
    fileName: part.filename,
    bytes: new Uint8Array(Buffer.concat(chunks)),
    isTooLarge: part.file.truncated,
  });
}

/**
 * Multipart forms in `scope` only (the plugin is registered inside the report routes' own scope).
 * Text fields land in `request.body` as strings, so the CSRF check reads `_csrf` as for any form;
 * files are kept per request (`receivedFiles`).
 */
export async function registerReportUpload(scope: FastifyInstance): Promise<void> {
  await scope.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: {
      fileSize: uploadLimits.fileBytes,
      files: uploadLimits.files,
      fields: 10,
      fieldSize: 16 * 1024,
      parts: uploadLimits.files + 10,
    },
    onFile: async function onFile(this: FastifyRequest, part: MultipartFile) {
      await receiveFile(this, part);
    },
  });
}

export function receivedUpload(request: FastifyRequest): {
  files: ReceivedFile[];
  isRequestTooLarge: boolean;
} {
  const state = stateOf(request);
  return { files: state.files, isRequestTooLarge: state.isRequestTooLarge };
}

export function hasAllowedExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return allowedExtensions.some((extension) => lower.endsWith(extension));
}

/** Chinese messages for the parser's own limits (too many files or fields). */
export function uploadLimitMessage(code: string | undefined): string | undefined {
  switch (code) {
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return `一次最多上传 ${uploadLimits.files} 个文件，请分批上传。`;
    case 'FST_FIELDS_LIMIT':
    case 'FST_PROTO_VIOLATION':
      return '上传的表单内容不正确，请返回上一页重新选择文件。';
    case 'FST_REQ_FILE_TOO_LARGE':
      return `每个文件不能超过 ${uploadLimits.fileBytes / 1024 / 1024} MB。`;
    case 'FST_MP_PREMATURE_CLOSE':
      return '上传未完成（连接中断），请重新上传。';
    default:
      return undefined;
  }
}
