import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { ApplicantLetterSummary } from '../../../use-cases/disclosure-requests/applicant-letters.ts';
import { csrfField } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { letterDownloadHref } from './request-links.ts';

/**
 * The documents issued on the applicant's case, each with DOCX and PDF download buttons. The query
 * code is never written into the page: the applicant types it again to download.
 */
export function renderLetterDownloads(options: {
  slug: string;
  caseNumber: string;
  letters: readonly ApplicantLetterSummary[];
  csrfToken: string;
}): SafeHtml {
  if (options.letters.length === 0) return html``;
  return html`<h3>文书下载</h3>
    <form method="post" action="${letterDownloadHref(options.slug)}" class="form" id="letter-downloads">
      ${csrfField(options.csrfToken)}
      <input type="hidden" name="caseNumber" value="${options.caseNumber}" />
      <div class="field">
        <label for="download-query-code">查询码（下载文书需再次输入）</label>
        <input id="download-query-code" name="queryCode" required maxlength="40" autocomplete="off" />
      </div>
      <ul class="letters-issued">
        ${options.letters.map(
          (letter) =>
            html`<li>
              <span class="nowrap">${formatChineseDate(letter.issuedOn)}</span> ${letter.title}${
                letter.documentNumber ? html`（${letter.documentNumber}）` : ''
              }
              <button type="submit" class="button" name="letter" value="${letter.id}.docx">下载 DOCX</button>
              <button type="submit" class="button" name="letter" value="${letter.id}.pdf">下载 PDF</button>
            </li>`,
        )}
      </ul>
    </form>`;
}
