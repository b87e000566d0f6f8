import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from './render-markdown.js';

describe('rendering articles', () => {
  it('renders Markdown but shows raw HTML as text, so imported articles cannot run script', () => {
    const html = renderMarkdown(
      '# Returns\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>',
    );
    expect(html).toContain('<h1>Returns</h1>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses javascript: links and marks outside links nofollow', () => {
    const html = renderMarkdown('[x](javascript:alert(1)) [shop](https://shop.example/returns)');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain(
      '<a href="https://shop.example/returns" rel="nofollow noopener noreferrer">shop</a>',
    );
  });

  it('turns Markdown into plain text for descriptions', () => {
    expect(markdownToText('## Refunds\n\nWe refund **within 14 days** & <b>gladly</b>.')).toBe(
      'Refunds We refund within 14 days & <b>gladly</b>.',
    );
  });
});
