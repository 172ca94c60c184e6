import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw, safeLinkTarget } from './html.ts';

describe('html template', () => {
  it('escapes every interpolated value by default', () => {
    const name = `<script>alert('x')</script> & "quotes" \`tick\``;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; &#96;tick&#96;">' +
        '&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; &#96;tick&#96;</p>',
    );
  });

  it('keeps nested templates and explicit raw fragments, renders arrays and skips empty values', () => {
    const items = ['<a>', 'b'].map((item) => html`<li>${item}</li>`);
    // prettier-ignore
    const rendered = html`<ul>${items}</ul>${null}${undefined}${false}${0}${raw('<hr>')}`;
    expect(rendered.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>0<hr>');
  });

  it('escapes the characters that matter in text and attributes', () => {
    expect(escapeHtml(`&<>"'\``)).toBe('&amp;&lt;&gt;&quot;&#39;&#96;');
  });

  it('allows only http(s) and site-relative link targets', () => {
    expect(safeLinkTarget('https://www.example.gov.cn/')).toBe('https://www.example.gov.cn/');
    expect(safeLinkTarget('/a/demo/')).toBe('/a/demo/');
    expect(safeLinkTarget('javascript:alert(1)')).toBeUndefined();
    expect(safeLinkTarget('//evil.example')).toBeUndefined();
    expect(safeLinkTarget('www.example.gov.cn')).toBeUndefined();
  });
});
