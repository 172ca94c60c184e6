import * as cheerio from 'cheerio';

export type UnusablePageKind = 'scriptShell' | 'listPage' | 'attachmentOnly';

export type PageDiagnosis = { kind: UnusablePageKind; message: string };

const attachmentPattern = /\.(pdf|docx?|wps|ofd)(?:$|[?#])/i;

/**
 * Why a web page with no report tables cannot be read: a shell whose content a script loads, a
 * list of reports, or a page that only links to the report as an attachment. Null when none of
 * these applies (the page is simply not a report).
 */
export function diagnoseReportPage(html: string): PageDiagnosis | null {
  const $ = cheerio.load(html);
  const scripts = $('script').length;
  $('script, style, noscript, template').remove();
  const text = $('body').text().replace(/\s+/g, '');
  const links = $('a[href]')
    .toArray()
    .map((element) => ({ href: $(element).attr('href') ?? '', text: $(element).text().replace(/\s+/g, '') }));
  const attachments = links.filter((link) => attachmentPattern.test(link.href));
  const reportLinks = links.filter((link) => /年度?报告|年报/.test(link.text));
  if (attachments.length > 0 && text.length < 3000) {
    const names = attachments
      .slice(0, 3)
      .map((link) => link.text || decodeURIComponent(link.href.split('/').pop() ?? link.href));
    return {
      kind: 'attachmentOnly',
      message: `该网页只以附件形式提供报告（${names.join('、')}），正文不在网页中；请下载附件，转换为文本或 Word 文件后再导入。`,
    };
  }
  if (reportLinks.length >= 3 && text.length < 200 * reportLinks.length) {
    return {
      kind: 'listPage',
      message: `该网页是报告列表（含 ${reportLinks.length} 个报告链接），不是报告正文；请打开其中一篇报告的网址再导入。`,
    };
  }
  if (scripts > 0 && text.length < 200) {
    return {
      kind: 'scriptShell',
      message:
        '该网页只是一个脚本框架，报告正文由浏览器运行脚本后才加载，无法直接读取；请在浏览器中打开后另存为网页文件再导入。',
    };
  }
  return null;
}
