import { z } from 'zod';
import { caseCommandSchema } from '../../domain/applications/lifecycle/case-schemas.ts';
import {
  appealCaseParamsSchema,
  applicationParamsSchema,
  attachmentParamsSchema,
  createAppealCaseBodySchema,
  createApplicationBodySchema,
  errorBodySchema,
  issueLetterBodySchema,
  letterFileParamsSchema,
  letterParamsSchema,
  listApplicationsQuerySchema,
  listAppealCasesQuerySchema,
  transitionBodySchema,
  updateAppealCaseBodySchema,
} from './api-schemas.ts';

type JsonObject = Record<string, unknown>;

/** One documented operation; `path` in Fastify syntax (`/applications/:requestId`). */
export type ApiOperation = {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  operationId: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  successStatus: 200 | 201;
  responseDescription: string;
  /** The media types of a file download; absent for a JSON answer. */
  fileMediaTypes?: readonly string[];
};

/** Every route of `/api/v1` (a test checks that this list and the registered routes agree). */
export const apiOperations: readonly ApiOperation[] = [
  {
    method: 'GET',
    path: '/applications',
    operationId: 'listApplications',
    summary: '工作队列：按阶段、状态、申请人类型、收到日期筛选，按答复期限排序',
    query: listApplicationsQuerySchema,
    successStatus: 200,
    responseDescription: '{ today, entries[], phaseCounts }；无个人信息查看权限时 applicantName 为 null',
  },
  {
    method: 'POST',
    path: '/applications',
    operationId: 'createApplication',
    summary: '提交或登记一件政府信息公开申请（第二十九条、第三十一条），返回申请编号和查询码',
    body: createApplicationBodySchema,
    successStatus: 201,
    responseDescription:
      '{ requestId, caseNumber, queryCode, receivedOn, isDuplicate }；同一 idempotencyKey 再次提交返回 200 和原申请',
  },
  {
    method: 'GET',
    path: '/applications/:requestId',
    operationId: 'getApplication',
    summary: '一件申请：状态、期限及其计算说明、可办理的操作、办理记录',
    params: applicationParamsSchema,
    successStatus: 200,
    responseDescription: 'CaseView；无个人信息查看权限时 applicant 与 attachments 为 null',
  },
  {
    method: 'POST',
    path: '/applications/:requestId/transitions',
    operationId: 'applyTransition',
    summary: '办理一步（补正、征求意见、收费、延期、答复、送达、办结、撤回……）',
    params: applicationParamsSchema,
    body: transitionBodySchema,
    successStatus: 200,
    responseDescription: '{ requestId, caseNumber, status, version, warnings[] }；版本过期返回 409',
  },
  {
    method: 'GET',
    path: '/applications/:requestId/attachments/:attachmentId',
    operationId: 'getApplicationAttachment',
    summary: '下载申请的附件（申请人上传的文件或纸质申请扫描件）；仅承办机关办理人员',
    params: attachmentParamsSchema,
    successStatus: 200,
    responseDescription: '文件内容（PDF、JPG、PNG 或 DOCX）',
    fileMediaTypes: ['application/octet-stream'],
  },
  {
    method: 'GET',
    path: '/applications/:requestId/same-applicant',
    operationId: 'listRequestsOfSameApplicant',
    summary: '同一申请人（同一身份证件）本月及以往的其他申请（第三十五条、重复申请）',
    params: applicationParamsSchema,
    successStatus: 200,
    responseDescription: '{ month, inSameMonth[], allOther[] }',
  },
  {
    method: 'GET',
    path: '/applications/:requestId/letters',
    operationId: 'listApplicationLetters',
    summary:
      '本案已出具的文书（登记回执、补正告知书、征询函、延期告知书、收费通知书、答复告知书），按出具顺序；仅承办机关办理人员',
    params: applicationParamsSchema,
    successStatus: 200,
    responseDescription:
      '[{ id, requestId, kind, kindLabel, title, documentNumber, issuedOn, issuedAt, issuedBy }]',
  },
  {
    method: 'POST',
    path: '/applications/:requestId/letters',
    operationId: 'issueApplicationLetter',
    summary: '出具一份文书并保存在本案中（编入本机关当年文号）；本案当前不能出具该文书时返回 400',
    params: applicationParamsSchema,
    body: issueLetterBodySchema,
    successStatus: 201,
    responseDescription:
      'CaseLetter：{ id, kind, kindLabel, documentNumber, issuedOn, issuedAt, issuedBy, letter }',
  },
  {
    method: 'GET',
    path: '/applications/:requestId/letters/:letterId',
    operationId: 'getApplicationLetter',
    summary: '一份文书：登记信息和文书内容（标题、文号、正文段落、法律依据、救济途径）',
    params: letterParamsSchema,
    successStatus: 200,
    responseDescription:
      'CaseLetter：{ id, kind, kindLabel, documentNumber, issuedOn, issuedAt, issuedBy, letter }',
  },
  {
    method: 'GET',
    path: '/applications/:requestId/letters/:letterId/:format',
    operationId: 'downloadApplicationLetter',
    summary: '下载文书的 DOCX 或 PDF 文件；服务器缺少中文字体时 PDF 返回 503，请改用 DOCX',
    params: letterFileParamsSchema,
    successStatus: 200,
    responseDescription: 'DOCX 或 PDF 文件',
    fileMediaTypes: [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/pdf',
    ],
  },
  {
    method: 'GET',
    path: '/appeal-cases',
    operationId: 'listAppealCases',
    summary: '本机关的行政复议、行政诉讼案件',
    query: listAppealCasesQuerySchema,
    successStatus: 200,
    responseDescription: 'AppealCaseView[]',
  },
  {
    method: 'POST',
    path: '/appeal-cases',
    operationId: 'createAppealCase',
    summary: '登记行政复议或行政诉讼案件',
    body: createAppealCaseBodySchema,
    successStatus: 201,
    responseDescription: 'AppealCaseView',
  },
  {
    method: 'PATCH',
    path: '/appeal-cases/:appealCaseId',
    operationId: 'updateAppealCase',
    summary: '登记复议或诉讼的审理结果和审结日期',
    params: appealCaseParamsSchema,
    body: updateAppealCaseBodySchema,
    successStatus: 200,
    responseDescription: 'AppealCaseView；版本过期返回 409',
  },
];

export const apiBasePath = '/api/v1';

function jsonSchemaOf(schema: z.ZodType): JsonObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonObject;
  return rest;
}

function parametersOf(operation: ApiOperation): JsonObject[] {
  const parameters: JsonObject[] = [];
  for (const [location, schema] of [
    ['path', operation.params],
    ['query', operation.query],
  ] as const) {
    if (!schema) continue;
    const objectSchema = jsonSchemaOf(schema) as {
      properties?: Record<string, JsonObject>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(objectSchema.properties ?? {})) {
      parameters.push({
        name,
        in: location,
        required: location === 'path' || (objectSchema.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return parameters;
}

const errorResponses = (operation: ApiOperation): JsonObject => {
  const error = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return {
    '400': { description: '输入不符合要求（fieldErrors 指明字段）或办理步骤被拒绝', ...error },
    '401': { description: '未提供有效的接口令牌或登录会话', ...error },
    '403': { description: '无权限（角色不符、其他机关的数据，或会话请求缺少 CSRF 令牌）', ...error },
    ...(operation.params ? { '404': { description: '记录不存在', ...error } } : {}),
    ...(operation.method !== 'GET'
      ? { '409': { description: '记录已被他人修改（版本过期）', ...error } }
      : {}),
    ...(operation.operationId === 'createApplication'
      ? { '429': { description: '提交过于频繁', ...error } }
      : {}),
    ...(operation.operationId === 'downloadApplicationLetter'
      ? { '503': { description: '服务器缺少中文字体，暂时无法生成 PDF', ...error } }
      : {}),
  };
};

/** The OpenAPI 3.1 document of the API, generated from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const operation of apiOperations) {
    const path = `${apiBasePath}${operation.path.replace(/:(\w+)/g, '{$1}')}`;
    paths[path] ??= {};
    paths[path][operation.method.toLowerCase()] = {
      operationId: operation.operationId,
      summary: operation.summary,
      parameters: parametersOf(operation),
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchemaOf(operation.body) } },
            },
          }
        : {}),
      responses: {
        [String(operation.successStatus)]: {
          description: operation.responseDescription,
          content: operation.fileMediaTypes
            ? Object.fromEntries(
                operation.fileMediaTypes.map((mediaType) => [
                  mediaType,
                  { schema: { type: 'string', contentMediaType: mediaType } },
                ]),
              )
            : { 'application/json': { schema: { type: 'object' } } },
        },
        ...errorResponses(operation),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gongkai 政府信息公开申请接口',
      version: '1',
      description:
        '依申请公开的申请、办理和复议诉讼案件。认证：Authorization: Bearer <接口令牌>（gongkai token add 创建，无需 CSRF 令牌），或工作人员登录会话（后台登录后浏览器对 /api/v1 同样发送会话 Cookie；此时 POST、PATCH 等写操作须在 x-csrf-token 请求头中带后台页面的 CSRF 令牌，否则返回 403，见决定 0006）。',
    },
    servers: [{ url: '/' }],
    security: [{ apiToken: [] }, { staffSession: [] }],
    paths,
    components: {
      securitySchemes: {
        apiToken: { type: 'http', scheme: 'bearer' },
        staffSession: { type: 'apiKey', in: 'cookie', name: 'gongkai_session' },
      },
      schemas: { Error: jsonSchemaOf(errorBodySchema), CaseCommand: jsonSchemaOf(caseCommandSchema) },
    },
  };
}
