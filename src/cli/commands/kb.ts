import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportArticles, toJsonLines, toMarkdownFiles } from '../../core/kb/export-articles.js';
import { importArticles, type ImportSource } from '../../core/kb/import-articles.js';
import { findWorkspace } from '../../core/workspaces/find-workspace.js';
import { answererFor } from '../../server.js';
import { KB_LIMITS, ReaderLocale, type KbImportError } from '../../shared/schemas/kb.js';
import { jsonFlag, requireFlag, UsageError, type Command } from '../command.js';
import { withCore } from '../with-db.js';

export const kbImportCommand: Command = {
  words: ['kb', 'import'],
  usage: 'parley kb import PATH --workspace KEY [--json]',
  summary:
    'Import articles: a folder of Markdown files with front matter, or a JSON Lines file (- for stdin). Re-importing updates by id.',
  options: { ...jsonFlag, workspace: { type: 'string' } },
  positionals: [1, 1],
  async run(ctx) {
    const key = requireFlag(ctx, 'workspace');
    const source = await readSource(ctx.args[0]!);
    const result = await withCore(ctx.config, async (core) => {
      const workspace = await findWorkspace(core, key);
      return importArticles(core, {
        workspaceId: workspace.id,
        source,
        editor: { userId: null, label: 'CLI import' },
      });
    });
    if (ctx.flags.json) ctx.out(JSON.stringify(result));
    else {
      ctx.out(
        `Imported into ${key}: ${result.created} created, ${result.updated} updated, ` +
          `${result.unchanged} unchanged${result.errors.length ? `, ${result.errors.length} skipped` : ''}.`,
      );
      for (const e of result.errors) ctx.err(`${where(e)}: ${e.message}`);
    }
    return result.errors.length ? 1 : 0;
  },
};

export const kbExportCommand: Command = {
  words: ['kb', 'export'],
  usage: 'parley kb export --workspace KEY [--format jsonl|md] [--out PATH]',
  summary:
    'Export every article: JSON Lines to stdout or a file (default), or Markdown files into a folder.',
  options: { workspace: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const key = requireFlag(ctx, 'workspace');
    const format = (ctx.flags.format as string | undefined) ?? 'jsonl';
    const out = ctx.flags.out as string | undefined;
    if (format !== 'jsonl' && format !== 'md') throw new UsageError('--format is jsonl or md.');
    if (format === 'md' && !out) throw new UsageError('--format md needs --out DIR.');
    const lines = await withCore(ctx.config, async (core) =>
      exportArticles(core, (await findWorkspace(core, key)).id),
    );
    if (format === 'jsonl') {
      if (out) await writeFile(out, toJsonLines(lines));
      else if (lines.length) {
        ctx.out(toJsonLines(lines).trimEnd());
        await stdoutFlushed();
      }
    } else {
      await mkdir(out!, { recursive: true });
      for (const file of toMarkdownFiles(lines)) {
        await writeFile(path.join(out!, file.path), file.text);
      }
    }
    if (out) ctx.err(`Exported ${lines.length} articles to ${out}.`);
    return 0;
  },
};

export const kbAskCommand: Command = {
  words: ['kb', 'ask'],
  usage: 'parley kb ask "QUESTION" --workspace KEY [--locale TAG]',
  summary:
    "Answer a question from the published articles, or decline; prints JSON. --locale answers in the reader's language (pt-BR falls back to pt, then the workspace's).",
  options: { workspace: { type: 'string' }, locale: { type: 'string' } },
  positionals: [1, 1],
  async run(ctx) {
    const key = requireFlag(ctx, 'workspace');
    const question = ctx.args[0]!.trim();
    if (!question || question.length > KB_LIMITS.questionChars) {
      throw new UsageError(`QUESTION must be 1-${KB_LIMITS.questionChars} characters.`);
    }
    const locale = readLocale(ctx.flags.locale as string | undefined);
    const ask = answererFor(ctx.config, (problem) =>
      ctx.err(`The model server failed: ${problem}`),
    );
    const { evidence: _, ...answer } = await withCore(ctx.config, async (core) =>
      ask(core, { workspaceId: (await findWorkspace(core, key)).id, question, locale }),
    );
    ctx.out(JSON.stringify(answer, null, 2));
    return 0;
  },
};

/** The CLI is typed by a person: an odd tag is a mistake to point out, not to ignore. */
function readLocale(flag: string | undefined): string | undefined {
  if (flag === undefined) return undefined;
  const parsed = ReaderLocale.parse(flag);
  if (!parsed) throw new UsageError('--locale is a language tag such as en, de or pt-BR.');
  return parsed;
}

const where = (e: KbImportError) =>
  [e.file, e.line !== null ? `line ${e.line}` : null].filter(Boolean).join(', ') || 'import';

/** A folder means Markdown files; a file means JSON Lines (or one Markdown file); - is stdin. */
async function readSource(target: string): Promise<ImportSource> {
  if (target === '-') return { kind: 'jsonl', text: await readStdin() };
  const info = await stat(target).catch(() => {
    throw new UsageError(`PATH ${target} does not exist.`);
  });
  if (info.isDirectory()) return { kind: 'markdown', files: await markdownFiles(target) };
  if (info.size > KB_LIMITS.importBytes) {
    throw new UsageError(`${target} is larger than ${KB_LIMITS.importBytes / 1024 / 1024} MB.`);
  }
  const text = await readFile(target, 'utf8');
  if (/\.(md|markdown)$/i.test(target)) {
    return { kind: 'markdown', files: [{ path: path.basename(target), text }] };
  }
  return { kind: 'jsonl', text };
}

async function markdownFiles(dir: string): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.(md|markdown)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter(
      (f) =>
        !path
          .relative(dir, f)
          .split(path.sep)
          .some((part) => part.startsWith('.')),
    )
    .sort();
  if (files.length === 0) throw new UsageError(`No Markdown (.md) files in ${dir}.`);
  return Promise.all(
    files.map(async (f) => ({
      path: path.relative(dir, f).split(path.sep).join('/'),
      text: await readFile(f, 'utf8'),
    })),
  );
}

/**
 * The CLI exits right after a command; on a pipe, stdout is written asynchronously and anything
 * past the first 64 KB would be lost. A write's callback runs once everything before it is out.
 */
function stdoutFlushed(): Promise<void> {
  return new Promise((resolve) => process.stdout.write('', () => resolve()));
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
