import type { Letter } from '../../../domain/applications/letters/letter.ts';
import { html, type SafeHtml } from '../../shared/html.ts';

/** A letter as text on a page, for the template preview (the DOCX and PDF layouts are in src/render). */
export function renderLetterPreview(letter: Letter): SafeHtml {
  return html`<article class="card" aria-labelledby="preview-title">
    <h3 id="preview-title">${letter.title}</h3>
    ${letter.documentNumber ? html`<p>${letter.documentNumber}</p>` : html`<p class="muted">（无文号）</p>`}
    <p>${letter.addressee}：</p>
    ${letter.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${
      letter.attachments.length > 0
        ? html`<p>附件：</p>
            <ol>
              ${letter.attachments.map((line) => html`<li>${line}</li>`)}
            </ol>`
        : ''
    }
    <p>${letter.signature.agencyName}${letter.signature.sealLabel}</p>
    <p>${letter.signature.dateText}</p>
  </article>`;
}
