/**
 * A deliberately small front-matter reader: `key: value` lines between two `---` lines. Values
 * are strings (optionally quoted); nothing is evaluated, so a file can never make the importer
 * run code or build odd objects, unlike a full YAML parser.
 */
export interface FrontMatter {
  data: Map<string, string>;
  body: string;
}

export interface FrontMatterError {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

const MAX_LINES = 200;

export function parseFrontMatter(text: string): FrontMatter | FrontMatterError {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { data: new Map(), body: lines.join('\n') };
  const data = new Map<string, string>();
  for (let i = 1; i < lines.length && i <= MAX_LINES; i++) {
    const line = lines[i]!;
    if (line.trim() === '---' || line.trim() === '...') {
      return { data, body: lines.slice(i + 1).join('\n') };
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const parsed = parseLine(line);
    if ('message' in parsed) return { line: i + 1, message: parsed.message };
    if (data.has(parsed.key)) {
      return { line: i + 1, message: `"${parsed.key}" is given twice; keep one.` };
    }
    data.set(parsed.key, parsed.value);
  }
  return {
    line: 1,
    message: `The front matter opened with --- on line 1 never closes: add a line with --- after its last key (within ${MAX_LINES} lines).`,
  };
}

function parseLine(line: string): { key: string; value: string } | { message: string } {
  if (/^\s/.test(line)) {
    return {
      message: 'Nested or indented values are not supported: write key: value on one line.',
    };
  }
  const m = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
  if (!m) {
    return {
      message: `Expected "key: value" or the closing ---, found "${line.slice(0, 60)}".`,
    };
  }
  const value = unquote(m[2]!.trim());
  if (value === undefined) return { message: `The value of "${m[1]}" has an unclosed quote.` };
  return { key: m[1]!.toLowerCase(), value };
}

function unquote(raw: string): string | undefined {
  if (raw.startsWith('"')) {
    if (raw.length < 2 || !raw.endsWith('"')) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  if (raw.startsWith("'")) {
    if (raw.length < 2 || !raw.endsWith("'")) return undefined;
    return raw.slice(1, -1).replace(/''/g, "'");
  }
  // As in YAML, " #" starts a comment after an unquoted value.
  return raw.replace(/\s+#.*$/, '');
}

/** A front-matter value written so that parseFrontMatter reads it back exactly. */
export function frontMatterValue(value: string): string {
  return JSON.stringify(value);
}
