import MarkdownIt from 'markdown-it';

// Raw HTML in an article is shown as text, never interpreted: an article may come from an
// import nobody read line by line. markdown-it's link check refuses javascript:, vbscript:,
// file: and non-image data: URLs.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet('href') ?? '');
  // Links that leave the help center open safely and pass no ranking to strangers' sites.
  if (/^https?:\/\//i.test(href)) token.attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown to safe HTML for the help center and the console's preview. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** Markdown to plain text (meta descriptions, snippets, answers). */
export function markdownToText(source: string): string {
  const html = md.render(source);
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
