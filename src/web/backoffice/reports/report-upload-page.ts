import { csrfField } from '../../shared/forms.ts';
import { html } from '../../shared/html.ts';
import { renderBackOfficePage } from '../back-office-layout.ts';
import type { StaffSession } from '../staff-session.ts';
import { importedReportsHref } from './report-labels.ts';
import { allowedExtensions, uploadLimits } from './report-upload.ts';

const megabytes = (bytes: number): number => bytes / 1024 / 1024;

function introduction(ownerAgencyName: string): string {
  return `上传各机关已公开的政府信息公开工作年度报告，系统读取三张统计表，按《年度报告格式》逐项核对勾稽关系，并与同一机关上一年度的报告对比。导入的报告归“${ownerAgencyName}”所有，同一文件再次导入只更新、不重复。`;
}

const filesHint = `可多选。支持 ${allowedExtensions.join('、')} 文件（.zip 压缩包中的每个文件分别导入）；每个文件不超过 ${megabytes(uploadLimits.fileBytes)} MB，一次合计不超过 ${megabytes(uploadLimits.requestBytes)} MB、最多 ${uploadLimits.files} 个文件。`;

const addressHint = '以 http:// 或 https:// 开头的报告页面地址（可选）。出于安全考虑，服务器不访问内网地址。';

/** The upload form: files (or a .zip) and an optional address; a message when the last try was refused. */
export function renderReportUploadPage(options: {
  session: StaffSession;
  csrfToken: string;
  ownerAgencyName: string;
  message?: string | undefined;
  addressValue?: string | undefined;
}): string {
  const hasError = options.message !== undefined;
  return renderBackOfficePage({
    session: options.session,
    csrfToken: options.csrfToken,
    current: 'reports',
    title: '导入年度报告',
    main: html`<p><a href="${importedReportsHref}">返回已导入的年度报告</a></p>
      <h1>导入年度报告</h1>
      <p>${introduction(options.ownerAgencyName)}</p>
      ${
        hasError
          ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
              <h2 id="error-summary-title">未能导入，请修改后重新提交</h2>
              <p>${options.message}</p>
            </div>`
          : ''
      }
      <form method="post" action="${importedReportsHref}" enctype="multipart/form-data" class="form">
        ${csrfField(options.csrfToken)}
        <div class="field${hasError ? ' field--invalid' : ''}">
          <label for="field-files">报告文件</label>
          <p class="field__hint" id="field-files-hint">${filesHint}</p>
          <input
            id="field-files"
            name="files"
            type="file"
            multiple
            accept="${allowedExtensions.join(',')}"
            aria-describedby="field-files-hint"
          />
        </div>
        <div class="field">
          <label for="field-address">或报告网址</label>
          <p class="field__hint" id="field-address-hint">${addressHint}</p>
          <input
            id="field-address"
            name="address"
            type="url"
            inputmode="url"
            maxlength="2000"
            value="${options.addressValue ?? ''}"
            aria-describedby="field-address-hint"
          />
        </div>
        <button type="submit" class="button">导入并核对</button>
      </form>`,
  });
}
