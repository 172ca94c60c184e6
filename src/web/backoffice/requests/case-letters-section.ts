import { letterKindLabels, type LetterKind } from '../../../domain/applications/letters/letter-kind.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import type { CaseLetter } from '../../../use-cases/disclosure-requests/case-letters.ts';
import { csrfField, selectField, submitButton } from '../../shared/forms.ts';
import { html, type SafeHtml } from '../../shared/html.ts';
import { caseHref } from './request-links.ts';

export function caseLetterHref(options: {
  caseNumber: string;
  letterId: string;
  format: 'docx' | 'pdf';
}): string {
  return caseHref(options.caseNumber, `/letters/${options.letterId}.${options.format}`);
}

/**
 * The formal documents of a case: the letters issued (DOCX and PDF downloads) and, for staff who
 * handle the case, a form to issue one of the kinds the case supports now.
 */
export function renderCaseLetters(options: {
  caseNumber: string;
  letters: readonly CaseLetter[];
  availableKinds: readonly LetterKind[];
  canHandle: boolean;
  csrfToken: string;
}): SafeHtml {
  const { caseNumber } = options;
  return html`<section aria-labelledby="letters-title" id="letters">
    <h2 id="letters-title">文书</h2>
    ${
      options.letters.length === 0
        ? html`<p class="muted">尚未生成文书。</p>`
        : html`<ul id="case-letters">
            ${options.letters.map(
              (letter) =>
                html`<li>
                  <strong>${letter.letter.title}</strong>
                  ${letter.documentNumber ? html`（${letter.documentNumber}）` : ''}
                  ${formatChineseDate(letter.issuedOn)}${letter.letter.isDraft ? '（草稿）' : ''} ·
                  <a href="${caseLetterHref({ caseNumber, letterId: letter.id, format: 'docx' })}" download
                    >下载 DOCX</a
                  >
                  ·
                  <a href="${caseLetterHref({ caseNumber, letterId: letter.id, format: 'pdf' })}" download
                    >下载 PDF</a
                  >
                </li>`,
            )}
          </ul>`
    }
    ${
      options.canHandle && options.availableKinds.length > 0
        ? html`<form
            method="post"
            action="${caseHref(caseNumber, '/letters')}"
            class="form"
            id="issue-letter"
          >
            ${csrfField(options.csrfToken)}
            ${selectField({
              name: 'kind',
              label: '文书种类',
              state: { values: {}, fieldErrors: {} },
              choices: options.availableKinds.map((kind) => ({ value: kind, label: letterKindLabels[kind] })),
              isRequired: true,
              hint: '按本案当前办理情况生成，文号自动编排，生成后保存在本案中。',
            })}
            <div class="form-actions">${submitButton('生成文书')}</div>
          </form>`
        : ''
    }
  </section>`;
}
